import RenewKit
import Testing

@Suite struct CardQueryTests {
  private let document = Document(cards: [
    Card(name: "Smart PH", number: "+63 917 123 4567", added: .first),
    Card(name: "Smartone HK", number: "+852 9876 4567", added: .first),
    Card(name: "中国移动", number: "+86 138 0013 8000", added: .first),
    Card(name: "Three UK", number: "+44 7700 900123", added: .first),
    Card(name: "giffgaff", number: "+44 7700 900456", added: .first),
    Card(name: "US Mobile", number: "+1 (415) 555-0123", added: .first),
  ])

  private var names: [String] { document.cards.map(\.name) }

  @Test(
    "a card is found by its name in any case, by a unique prefix, or by the end of its number",
    arguments: [
      ("Smart PH", 0), ("smart ph", 0), ("SMART PH", 0), ("中国移动", 2), ("中国", 2),
      ("three", 3), ("GIFF", 4), ("smarto", 1), ("+63 917 123 4567", 0), ("917-123-4567", 0),
      ("1234567", 0), ("50123", 5), ("555-0123", 5), ("(415) 555-0123", 5), ("900123", 3),
      ("0013 8000", 2), ("8000", 2),
    ])
  func resolves(query: String, index: Int) throws {
    #expect(try document.resolve(query) == index)
  }

  @Test("an exact name wins over a longer name it is a prefix of")
  func exactBeatsPrefix() throws {
    let document = Document(cards: [
      Card(name: "Smart PH", number: "1111", added: .first),
      Card(name: "Smart", number: "2222", added: .first),
    ])
    #expect(try document.resolve("SMART") == 1)
  }

  @Test("a prefix of several names is ambiguous and lists them")
  func ambiguousPrefix() {
    #expect(
      throws: CardLookupError.ambiguous(
        query: "smart", candidates: [CardCandidate("Smart PH"), CardCandidate("Smartone HK")])
    ) {
      try document.resolve("smart")
    }
  }

  @Test("digits that end several numbers are ambiguous and list the cards with their numbers")
  func ambiguousNumber() {
    let expected = CardLookupError.ambiguous(
      query: "4567",
      candidates: [
        CardCandidate("Smart PH", number: "+63 917 123 4567"),
        CardCandidate("Smartone HK", number: "+852 9876 4567"),
      ])
    #expect(throws: expected) { try document.resolve("4567") }
  }

  @Test(
    "three digits, a middle part of a number or an unknown name match nothing and list every card",
    arguments: ["123", "0013", "vodafone", "", "Smart PH X", "4567x"])
  func unknown(query: String) {
    #expect(throws: CardLookupError.unknown(query: query, names: names)) {
      try document.resolve(query)
    }
  }

  @Test("an empty document lists no candidates")
  func emptyDocument() {
    #expect(throws: CardLookupError.unknown(query: "smart", names: [])) {
      try Document().resolve("smart")
    }
  }

  @Test("the name index ignores case but not the rest of the name")
  func indexNamed() {
    #expect(document.index(named: "GIFFGAFF") == 4)
    #expect(document.index(named: "giff") == nil)
  }
}
