import RenewKit

/// `renew add` and `renew edit`: a card's fields set from the options.
extension Runner {
  /// `renew add`: a new card with the fields given, refused if the name is taken.
  func add(name: String, changes: [CardChange]) throws {
    let card = try store.update { document in
      if let existing = document.index(named: name) {
        throw UsageError.duplicateName(name, existing: document.cards[existing].name)
      }
      var card = Card(name: name, number: "", added: today)
      for change in changes { card.apply(change) }
      try checkBalance(of: card)
      document.cards.append(card)
      document.lastChange = .command(.add, card: name, date: nil)
      return card
    }
    say(
      language(
        en: "added \(card.name) (\(card.number))",
        zh: Format.spaced("已添加", card.name, "（\(card.number)）"))
        + dueSummary(card))
    warnIfNeverReported(card)
  }

  /// `renew edit`: the changes given, applied to one card; a rename keeps names unique.
  func edit(query: String, changes: [CardChange]) throws {
    let (before, card) = try store.update { document in
      let index = try resolveWithHistory(query, in: &document)
      for case .rename(let name) in changes {
        if let other = document.index(named: name), other != index {
          throw UsageError.duplicateName(name, existing: document.cards[other].name)
        }
      }
      let before = document.cards[index]
      try change(&document.cards[index], with: changes)
      try checkBalance(of: document.cards[index], wasPaidFromBalance: before.isPaidFromBalance)
      document.lastChange = .command(.edit, card: before.name, date: nil)
      return (before, document.cards[index])
    }
    // The store writes nothing, and keeps no backup, for a change that changes nothing.
    guard card != before else {
      say(
        language(
          en: "\(card.name) already has those values; nothing changed",
          zh: Format.spaced(card.name, "已是这些值，未作更改")))
      return
    }
    let renamed =
      card.name == before.name
      ? "" : language(en: " (was \(before.name))", zh: "（原名 \(before.name)）")
    say(
      language(en: "changed \(card.name)", zh: Format.spaced("已修改", card.name)) + renamed
        + dueSummary(card))
    warnIfNeverReported(card)
    // An expiry set outright later than the day given decides: say why it did not move.
    let expiry = card.expiry(on: today)
    for case .expires(let date, let day?, _) in changes where date != expiry {
      if let setting = card.laterExpirySetting(than: day) {
        warn(
          .expirySetAgainLater(
            card: card.name, given: day, on: setting.event.date, id: setting.id, expiry: expiry))
      }
    }
  }

  /// Applies the changes `edit` or `import` makes to a card: an expiry or balance
  /// the card already has is not recorded again, and a reading is judged against
  /// the card as it was (as `balance` does), unless the price changes too.
  ///
  /// - Parameters:
  ///   - card: The card to change.
  ///   - changes: The changes given.
  ///   - cycleDay: The cycle day an expiry given would have, when not its own day
  ///     of the month (`import`'s `cycle-day` column, or the card's without one).
  /// - Returns: The changes applied.
  /// - Throws: ``UsageError`` for a reading in another currency, or a plan change
  ///   dated before the last one; the card is then left as it was.
  @discardableResult
  func change(
    _ card: inout Card, with changes: [CardChange], cycleDay: Int? = nil
  ) throws(UsageError) -> [CardChange] {
    let before = card
    let changes = changes.filter { !before.restates($0, on: today, cycleDay: cycleDay) }
    let setsPrice = changes.contains { if case .set(.price, _) = $0 { true } else { false } }
    if !setsPrice {
      for case .balance(let amount, _) in changes {
        do throws(BalanceError) {
          try before.checkBalanceCurrency(of: amount)
        } catch {
          throw .balance(card: before.name, error)
        }
      }
    }
    do throws(PlanChangeOrderError) {
      try card.apply(changes, on: today)
    } catch {
      throw .planChangeOrder(card: before.name, date: error.date, later: error.later)
    }
    return changes
  }

  /// Refuses a card whose balance or plan paid from it does not add up; the hint
  /// for a card `edit` left so depends on whether it `wasPaidFromBalance` before.
  func checkBalance(of card: Card, wasPaidFromBalance: Bool = false) throws(UsageError) {
    if let problem = card.balancePlanProblem {
      throw .balancePlan(card: card.name, problem, wasPaidFromBalance: wasPaidFromBalance)
    }
    if let problem = card.balanceCurrencyProblem { throw .balance(card: card.name, problem) }
    // Joined top-ups (import --update) can replay past what the file can hold.
    guard card.isBalanceInRange else { throw .balanceTooLarge(card: card.name) }
  }

  /// Warns when `card` is active and has no clock, so that `check` would stay silent about it.
  func warnIfNeverReported(_ card: Card) {
    if card.isNeverReported { warn(.neverReported(card: card.name)) }
  }
}

extension Card {
  /// Whether the card is active and has no clock: `check` can never report it.
  var isNeverReported: Bool { !isRetired && due == nil }
}
