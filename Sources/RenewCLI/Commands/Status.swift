import RenewKit

/// `renew status`: every active card, soonest due first, as a table or JSON.
extension Runner {
  /// The indices of the active cards (and retired ones, if asked) whose status
  /// `isShown`, with their status, in the file's order, and the order to show
  /// them in (positions in `shown`): soonest due first.
  func rows(
    _ document: Document, includeRetired: Bool = false, remindDays: Int? = nil,
    where isShown: (CardStatus) -> Bool = { _ in true }
  ) -> (shown: [(index: Int, status: CardStatus)], order: [Int]) {
    // Sorted by day number (cards with no due date last), then name ignoring case,
    // then place in the file (the sort is stable). The keys are made once per card,
    // not once per comparison, and what is sorted is their positions: moving a
    // number is cheaper than moving a name and a status.
    var shown: [(index: Int, status: CardStatus)] = []
    var days: [Int] = []
    var names: [String] = []
    shown.reserveCapacity(document.cards.count)
    days.reserveCapacity(document.cards.count)
    names.reserveCapacity(document.cards.count)
    for (index, card) in document.cards.enumerated() where includeRetired || !card.isRetired {
      let status = card.status(on: today, remindDays: remindDays)
      guard isShown(status) else { continue }
      shown.append((index, status))
      days.append(status.due?.dayNumber ?? Int.max)
      names.append(Card.nameKey(card.name))
    }
    var order = Array(shown.indices)
    order.sort { lhs, rhs in
      days[lhs] != days[rhs] ? days[lhs] < days[rhs] : names[lhs] < names[rhs]
    }
    return (shown, order)
  }

  /// `renew status`: the active cards as a table or JSON, soonest due first.
  func status(_ document: Document, includeRetired: Bool, within: Int?) {
    let (rows, order) = rows(document, includeRetired: includeRetired) { status in
      guard let within else { return true }
      return status.daysLeft.map { $0 <= within } ?? false
    }
    if format == .json {
      writeJSON(
        order.map {
          StatusView(card: document.cards[rows[$0].index], status: rows[$0].status, today: today)
        })
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
    // One row's cells, the array used again for every row.
    var row: [Table.Cell] = []
    row.reserveCapacity(table.header.count)
    for ((index, status), balance) in zip(rows, balances) {
      let isRetired = cards[index].isRetired
      let state = status.state.word(retired: isRetired, in: language)
      // A card's hints are never empty text, so no hints are the empty list's "".
      let hints = Format.hints(cards[index], in: language)
      row.removeAll(keepingCapacity: true)
      row.append(Table.Cell(cards[index].name))
      row.append(Table.Cell(cards[index].number))
      row.append(Table.Cell(cards[index].carrier ?? "-"))
      row.append(Table.Cell(status.due?.description ?? "-"))
      row.append(Table.Cell(status.daysLeft.map { Format.days($0, in: language) } ?? "-"))
      row.append(Table.Cell(state, color: isRetired ? .dim : Format.color(of: status.state)))
      if showsBalance { row.append(Table.Cell(balance?.description ?? "-")) }
      row.append(Table.Cell(hints.isEmpty ? "-" : hints))
      table.append(row)
    }
    // The rows were added in the file's order, which reads the cards one after
    // another in memory, and are shown soonest due first.
    table.render(colored: isColored, width: tableWidth, order: order) {
      output.standardOutputBytes($0)
    }
  }
}
