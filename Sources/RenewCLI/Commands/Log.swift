import RenewKit

/// `renew log` and `renew touch`: a renewal or activity recorded on a card.
///
/// What `log` checks is here: its options when the line is parsed, the card's
/// due date for `--on due` and the price default when it runs. The calendar
/// rules it applies (stacking, late renewals, `--until`) are RenewKit's
/// `Card.renew(_:for:)`.
extension Command {
  /// `renew log`'s options: `--for` or `--until`, a past `--on` (or `due`), and the
  /// renewal's details.
  static func log(card: String, values: OptionValues) throws(UsageError) -> Command {
    if values.flag(.for) && values.flag(.until) { throw .conflictingOptions("for", "until") }
    let day = try values.entryDay(.on)
    var term: RenewalTerm?
    if let period = try values.period(.for) { term = .period(period) }
    if let until = try values.date(.until) { term = .until(until) }
    let renewal = Renewal(
      date: values.today, amount: try values.money(.amount),
      method: try values.method(.field(.methods)), via: try values.text(.via),
      receipt: try values.text(.receipt), note: try values.text(.note))
    return .log(card: card, day: day, renewal: renewal, term: term)
  }
}

extension Runner {
  /// `renew log`: records a renewal and moves the expiry by the calendar rules.
  func log(query: String, on day: EntryDay, _ renewal: Renewal, term: RenewalTerm?) throws {
    let (card, recorded, previous) = try store.update { document in
      let index = try resolveWithHistory(query, in: &document)
      var renewal = renewal
      renewal.date = try day.date(for: document.cards[index], today: today)
      document.lastChange = .command(.log, card: document.cards[index].name, date: renewal.date)
      // The plan's price is what the plan's period costs, not what any term costs.
      let plan = document.cards[index].plan
      let isPlanTerm: Bool
      switch term {
      case nil: isPlanTerm = true
      case .period(let period):
        isPlanTerm = plan.period.map { $0.isSameLength(as: period) } ?? false
      case .until: isPlanTerm = false
      }
      if renewal.amount == nil, isPlanTerm { renewal.amount = plan.price }
      // For a plan paid from the balance, the expiry its charges reached today.
      let previous = document.cards[index].expiry(on: today)
      let recorded = try document.cards[index].renew(renewal, for: term)
      return (document.cards[index], recorded, previous)
    }
    var line = language(
      en: "logged \(card.name) on \(recorded.date)",
      zh: Format.spaced("已为", card.name, "记录 \(recorded.date) 的续费"))
    if let amount = recorded.amount {
      line += language(en: " for \(amount)", zh: "，金额 \(amount)")
    }
    // The card's expiry, before and after: a renewal logged for an earlier day is
    // replayed under the later ones, which it moves too.
    if let after = card.expiry(on: today), after != previous {
      let was = previous.map { language(en: " (was \($0))", zh: "（原为 \($0)）") }
      line += language(en: "; expires \(after)", zh: "；有效期至 \(after)") + (was ?? "")
    }
    say(line + dueSummary(card, afterClause: true))
    if let before = recorded.expiresBefore, let after = recorded.expiresAfter, after < before {
      warn(.shortensExpiry(card: card.name, from: before, to: after))
    }
    // An expiry set outright after the renewal's day already counts it: say why the
    // expiry did not move.
    if recorded.expiresAfter != card.expiry,
      let setting = card.laterExpirySetting(than: recorded.date)
    {
      warn(
        .expirySetLater(
          card: card.name, on: setting.event.date, id: setting.id, expiry: card.expiry))
    }
  }

  /// `renew touch`: records keep-alive activity.
  func touch(query: String, on day: EntryDay, _ activity: Activity) throws {
    let (card, activity) = try store.update { document in
      let index = try resolveWithHistory(query, in: &document)
      var activity = activity
      activity.date = try day.date(for: document.cards[index], today: today)
      document.lastChange = .command(.touch, card: document.cards[index].name, date: activity.date)
      document.cards[index].touch(activity)
      return (document.cards[index], activity)
    }
    say(
      language(
        en: "recorded activity on \(card.name) on \(activity.date)",
        zh: Format.spaced("已为", card.name, "记录 \(activity.date) 的保号活动"))
        + dueSummary(card, afterClause: true))
  }
}
