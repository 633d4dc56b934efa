import RenewKit

/// `renew list`: every card with its plan and tags.
extension Runner {
  /// `renew list`: every card, retired ones too, optionally those with one tag.
  func list(_ document: Document, tag: String?) {
    let cards = document.cards.filter { card in
      tag.map { wanted in card.tags.contains { $0.lowercased() == wanted.lowercased() } } ?? true
    }
    if format == .json {
      output.standardOutput(
        JSONView.encode(
          cards.map { CardView(card: $0, status: $0.status(on: today), today: today) }))
      return
    }
    guard !cards.isEmpty else {
      say(tag.map { "No cards tagged \($0)." } ?? "No cards yet.")
      return
    }
    var table = Table(header: [
      .freeText("NAME"), .freeText("NUMBER"), "COUNTRY", .freeText("CARRIER"), "KIND",
      .freeText("PLAN"), .freeText("TAGS"),
    ])
    for card in cards {
      table.rows.append([
        Table.Cell(card.name + (card.isRetired ? " (retired)" : "")), Table.Cell(card.number),
        Table.Cell(card.country ?? "-"), Table.Cell(card.carrier ?? "-"),
        Table.Cell(card.kind?.rawValue ?? "-"),
        Table.Cell(card.plan.isEmpty ? "-" : Format.plan(card.plan)),
        Table.Cell(card.tags.isEmpty ? "-" : card.tags.joined(separator: ", ")),
      ])
    }
    output.standardOutput(table.render(colored: isColored, width: tableWidth))
  }
}
