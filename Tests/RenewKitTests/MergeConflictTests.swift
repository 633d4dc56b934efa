import Testing

@testable import RenewKit

/// The conflicts of a merge name each card as the merged document has it, in the
/// order of the merged cards.
@Suite struct MergeConflictTests {
  /// A card with an id and a monthly plan.
  func card(_ name: String, id: String) throws -> Card {
    var card = Card(name: name, number: "1", added: try TestValues.date("2026-01-01"))
    card.id = id
    card.apply(.set(.period, .period(.months(1))))
    return card
  }

  @Test("a conflict on a card renamed by them names it by its new name")
  func renamedByThem() throws {
    let base = try card("m", id: "c1")
    var ours = base
    ours.apply(.set(.note, .text("ours")))
    var theirs = base
    theirs.name = "Smart PH"
    theirs.apply(.set(.note, .text("theirs")))
    let merge = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [ours]),
      theirs: Document(cards: [theirs]))
    #expect(merge.merged.cards.map(\.name) == ["Smart PH"])
    #expect(merge.merged.cards.first?.note == "ours")
    #expect(merge.conflicts.map(\.card) == ["Smart PH"])
  }

  @Test("a card renamed apart from one of the same name is named so in all its conflicts")
  func renamedApart() throws {
    let base = [try card("a", id: "c1"), try card("b", id: "c2")]
    var ours = base
    ours[0].name = "X"
    ours[1].apply(.set(.note, .text("ours")))
    var theirs = base
    theirs[1].name = "x"
    theirs[1].apply(.set(.note, .text("theirs")))
    let merge = DocumentMerge(
      base: Document(cards: base), ours: Document(cards: ours), theirs: Document(cards: theirs))
    #expect(merge.merged.cards.map(\.name) == ["X", "x (2)"])
    #expect(merge.conflicts.map(\.what) == [.field(.note), .sameName("x")])
    #expect(merge.conflicts.map(\.card) == ["x (2)", "x (2)"])
  }

  @Test("conflicts come in the order of the merged cards")
  func inCardOrder() throws {
    let base = [try card("a", id: "c1"), try card("b", id: "c2"), try card("c", id: "c3")]
    var ours = base
    ours[0].name = "q"
    ours[2].apply(.set(.note, .text("ours")))
    var theirs = base
    theirs[1].name = "Q"
    theirs[2].apply(.set(.note, .text("theirs")))
    let merge = DocumentMerge(
      base: Document(cards: base), ours: Document(cards: ours), theirs: Document(cards: theirs))
    #expect(merge.merged.cards.map(\.name) == ["q", "Q (2)", "c"])
    #expect(merge.conflicts.map(\.card) == ["Q (2)", "c"])
  }
}
