import RenewKit

/// `renew status`: every active card, soonest due first, as a table or JSON.
extension Runner {
  /// The indices of the active cards (and retired ones, if asked) whose status
  /// `isShown`, with their status, soonest due first.
  func rows(
    _ document: Document, includeRetired: Bool = false, remindDays: Int? = nil,
    where isShown: (CardStatus) -> Bool = { _ in true }
  ) -> [(index: Int, status: CardStatus)] {
    // Sorted by day number (cards with no due date last), then name ignoring case:
    // keys made once per card, not once per comparison.
    // The keys are sorted with the cards' indices, not with the cards themselves.
    var keyed: [(day: Int, name: String, index: Int, status: CardStatus)] = []
    keyed.reserveCapacity(document.cards.count)
    for (index, card) in document.cards.enumerated() where includeRetired || !card.isRetired {
      let status = card.status(on: today, remindDays: remindDays)
      guard isShown(status) else { continue }
      keyed.append((status.due?.dayNumber ?? Int.max, Card.nameKey(card.name), index, status))
    }
    keyed.sort { lhs, rhs in
      if lhs.day != rhs.day { return lhs.day < rhs.day }
      if lhs.name != rhs.name { return lhs.name < rhs.name }
      return lhs.index < rhs.index
    }
    return keyed.map { ($0.index, $0.status) }
  }

  /// `renew status`: the active cards as a table or JSON, soonest due first.
  func status(_ document: Document, includeRetired: Bool, within: Int?) {
    let rows = rows(document, includeRetired: includeRetired) { status in
      guard let within else { return true }
      return status.daysLeft.map { $0 <= within } ?? false
    }
    if format == .json {
      writeJSON(
        rows.map { StatusView(card: document.cards[$0.index], status: $0.status, today: today) })
      return
    }
    guard !rows.isEmpty else {
      let add = "renew add NAME --number N --expires DATE --period 1m"
      if document.cards.isEmpty {
        say(language(en: "No cards yet. Add one: \(add)", zh: "还没有卡。添加一张：\(add)"))
      } else if let within {
        say(language(en: "Nothing due within \(within) days.", zh: "\(within) 天内没有到期的卡。"))
      } else {
        say(
          language(
            en: "No active cards; 'renew status --all' shows the retired ones.",
            zh: "没有在用的卡；'renew status --all' 可显示已停用的卡。"))
      }
      return
    }
    // A BALANCE column only when a card shown has a balance on record.
    let cards = document.cards
    let balances = rows.map { cards[$0.index].balance(on: today) }
    let showsBalance = balances.contains { $0 != nil }
    var table = Table(
      header: [
        column(.name, freeText: true), column(.number, freeText: true),
        column(.carrier, freeText: true), column(.due), column(.left), column(.state),
      ]
        + (showsBalance ? [column(.balance)] : []) + [column(.renew, freeText: true)])
    for ((index, status), balance) in zip(rows, balances) {
      let isRetired = cards[index].isRetired
      let state = status.state.word(retired: isRetired, in: language)
      // A card's hints are never empty text, so no hints are the empty list's "".
      let hints = Format.hints(cards[index], in: language)
      var row = [
        Table.Cell(cards[index].name), Table.Cell(cards[index].number),
        Table.Cell(cards[index].carrier ?? "-"), Table.Cell(status.due?.description ?? "-"),
        Table.Cell(status.daysLeft.map { Format.days($0, in: language) } ?? "-"),
        Table.Cell(state, color: isRetired ? .dim : Format.color(of: status.state)),
      ]
      if showsBalance { row.append(Table.Cell(balance?.description ?? "-")) }
      row.append(Table.Cell(hints.isEmpty ? "-" : hints))
      table.append(row)
    }
    table.render(colored: isColored, width: tableWidth) { output.standardOutputBytes($0) }
  }
}
