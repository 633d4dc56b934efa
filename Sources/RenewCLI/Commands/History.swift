import RenewKit

/// `renew history`: renewals and activity, newest first.
extension Runner {
  /// `renew history`: entries of one card or all, newest first.
  func history(_ document: Document, query: String?) throws {
    let cards = try query.map { [document.cards[try resolve($0, in: document)]] } ?? document.cards
    let entries = HistoryEntry.entries(of: cards)
    if format == .json {
      output.standardOutput(JSONView.encode(entries.map { HistoryView($0) }))
      return
    }
    guard !entries.isEmpty else {
      say("No history yet. Record a renewal with 'renew log CARD' or activity with 'renew touch'.")
      return
    }
    output.standardOutput(historyTable(entries, showsCard: query == nil, width: tableWidth))
  }

  /// The history as a table; `showsCard` adds the CARD column.
  func historyTable(_ entries: [HistoryEntry], showsCard: Bool, width: Int?) -> String {
    var table = Table(
      header: ["DATE", "ID"] + (showsCard ? [.freeText("CARD")] : []) + [
        "TYPE", "AMOUNT", .freeText("DETAILS"),
      ])
    for entry in entries {
      var details: [String] = []
      var amount = "-"
      switch entry.event {
      case .renewal(let renewal):
        amount = renewal.amount?.description ?? "-"
        if let after = renewal.expiresAfter, after != renewal.expiresBefore {
          details.append("expires \(renewal.expiresBefore.map { "\($0) → " } ?? "")\(after)")
        }
        let how = [renewal.method?.rawValue, renewal.via.map { "via \($0)" }].compactMap { $0 }
        if !how.isEmpty { details.append(how.joined(separator: " ")) }
        if let receipt = renewal.receipt { details.append("receipt \(receipt)") }
      case .activity:
        break
      case .balance(let reading):
        amount = reading.amount.description
        details.append("balance read")
      case .topUp(let topUp):
        amount = topUp.amount.description
        if let via = topUp.via { details.append("via \(via)") }
        if let receipt = topUp.receipt { details.append("receipt \(receipt)") }
      case .expiry(let change):
        let before = change.expiresBefore.map { "\($0) → " } ?? ""
        details.append(
          change.expires.map { "expires \(before)\($0), set outright" } ?? "expiry cleared")
      }
      if let note = entry.event.note { details.append(note) }
      table.rows.append(
        [Table.Cell(entry.event.date.description), Table.Cell(entry.entry.id)]
          + (showsCard ? [Table.Cell(entry.card)] : [])
          + [
            Table.Cell(entry.event.type.rawValue), Table.Cell(amount),
            Table.Cell(details.joined(separator: "; ")),
          ])
    }
    return table.render(colored: isColored, width: width)
  }
}

/// One entry with the name of its card, for history listings.
struct HistoryEntry {
  /// The card's name.
  var card: String
  /// The entry.
  var entry: Entry

  /// What happened.
  var event: Event { entry.event }

  /// Every event of `cards`, newest first; events of one day in reverse file order
  /// (within a card, the latest recorded first).
  static func entries(of cards: [Card]) -> [HistoryEntry] {
    var numbered: [(entry: HistoryEntry, order: Int)] = []
    for card in cards {
      for entry in card.history {
        numbered.append((HistoryEntry(card: card.name, entry: entry), numbered.count))
      }
    }
    return numbered.sorted { lhs, rhs in
      lhs.entry.event.date != rhs.entry.event.date
        ? lhs.entry.event.date > rhs.entry.event.date : lhs.order > rhs.order
    }.map(\.entry)
  }
}
