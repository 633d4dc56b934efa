import RenewKit

/// `renew balance` and `renew top-up`: the money on a card.
extension Runner {
  /// `renew balance` (a reading) and `renew top-up`: recorded if the amount is in
  /// the balance's currency; a top-up below the card's least is kept with a warning.
  func recordMoney(query: String, on day: EntryDay, _ event: Event) throws {
    guard let amount = event.balanceAmount else { return }
    let (card, event) = try store.update { document in
      let index = try resolveWithHistory(query, in: &document)
      let name = document.cards[index].name
      let event = event.dated(try day.date(for: document.cards[index], today: today))
      do throws(BalanceError) {
        try document.cards[index].checkBalanceCurrency(of: amount)
      } catch { throw UsageError.balance(card: name, error) }
      let command: ChangeCommand = event.type == .topUp ? .topUp : .balance
      document.lastChange = .command(command, card: name, date: event.date)
      document.cards[index].record(event)
      guard document.cards[index].isBalanceInRange else {
        throw UsageError.balanceTooLarge(card: name)
      }
      return (document.cards[index], event)
    }
    let what = event.type == .topUp ? "a top-up" : "a balance"
    let zhWhat = event.type == .topUp ? "充值" : "余额"
    say(
      language(
        en: "recorded \(what) of \(amount) on \(card.name) on \(event.date)",
        zh: Format.spaced("已为", card.name, "记录 \(event.date) 的\(zhWhat) \(amount)"))
        + dueSummary(card, afterClause: true))
    if event.type == .topUp, let minimum = card.minTopUp, !amount.covers(minimum) {
      warn(.belowMinimumTopUp(card: card.name, amount: amount, minimum: minimum))
    }
  }
}
