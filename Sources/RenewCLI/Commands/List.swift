import RenewKit

/// `renew list`: every card with its plan and tags.
extension Runner {
  /// `renew list`: every card, retired ones too, optionally those with one tag.
  func list(_ document: Document, tag: String?, names: Bool = false) {
    let cards = document.cards.filter { Runner.isTagged($0, tag) }
    if names {
      output.standardOutput(cards.map { $0.name + "\n" }.joined())
      return
    }
    guard !cards.isEmpty else {
      say(
        tag.map {
          language(en: "No cards tagged \($0).", zh: Format.spaced("没有标签为", $0, "的卡。"))
        } ?? language(en: "No cards yet.", zh: "还没有卡。"))
      return
    }
    var table = Table(header: [
      column(.name, freeText: true), column(.number, freeText: true), column(.country),
      column(.carrier, freeText: true), column(.kind), column(.plan, freeText: true),
      column(.tags, freeText: true),
    ])
    let retired = language(en: " (retired)", zh: "（已停用）")
    for card in cards {
      table.append([
        Table.Cell(card.name + (card.isRetired ? retired : "")), Table.Cell(card.number),
        Table.Cell(card.country ?? "-"), Table.Cell(card.carrier ?? "-"),
        Table.Cell(card.kind?.word(in: language) ?? "-"),
        Table.Cell(card.plan.isEmpty ? "-" : Format.plan(card.plan, in: language)),
        Table.Cell(
          card.tags.isEmpty ? "-" : Format.value(.tags(card.tags), in: language)),
      ])
    }
    table.render(colored: isColored, width: tableWidth) { output.standardOutputBytes($0) }
  }
}

extension Runner {
  /// `renew list --json`: each card as stored, history and all, with where it
  /// stands; only those tagged `tag` when given.
  ///
  /// Every history is judged before a byte is written, then each card's is read
  /// from the data file again as it is written, and let go.
  func listWithHistory(_ document: Document, tag: String?) throws {
    try forEachCardInFull(document) { _ in }
    try writeJSONArray { append in
      try forEachCardInFull(document) { card in
        guard Runner.isTagged(card, tag) else { return }
        append(CardView(card: card, status: card.status(on: today), today: today))
      }
    }
  }

  /// Whether `card` has the tag `tag`, ignoring case; any card when `tag` is `nil`.
  static func isTagged(_ card: Card, _ tag: String?) -> Bool {
    tag.map { wanted in card.tags.contains { $0.lowercased() == wanted.lowercased() } } ?? true
  }
}
