import Testing

@testable import RenewKit

/// A card shares its values with its copies until one changes: it must still
/// behave as a value.
@Suite struct CardStorageTests {
  @Test("a changed copy leaves the card it was copied from as it was")
  func copiesAreValues() {
    var card = Card(name: "Smart PH", number: "+63 917 123 4567", added: .first)
    card.tags = ["travel"]
    var copy = card
    copy.name = "中国移动"
    copy.tags.append("bank")
    copy.clock.expiry = CalendarDate(year: 2026, month: 3, day: 31)
    #expect(card.name == "Smart PH")
    #expect(card.tags == ["travel"])
    #expect(card.clock.expiry == nil)
    #expect(copy.name == "中国移动")
    #expect(copy.tags == ["travel", "bank"])
    #expect(card != copy)
  }

  @Test("a write through a key path, a field or the shared empty card changes only that copy")
  func writesThroughOtherPaths() {
    let card = Card(name: "Smart PH", number: "+63 917 123 4567", added: .first)
    var byKeyPath = card
    byKeyPath[keyPath: \Card.name] = "Globe"
    byKeyPath[keyPath: \Card.note] = "kept"
    var byField = card
    CardField.note.set(.text("a note"), in: &byField)
    var vacated = Card.vacated
    vacated.name = "taken"
    #expect(card.name == "Smart PH")
    #expect(card.note == nil)
    #expect(byKeyPath.name == "Globe")
    #expect(byField.note == "a note")
    #expect(Card.vacated.name.isEmpty)
    #expect(vacated.name == "taken")
  }

  @Test("a card's dump shows its values")
  func dumpedWithItsValues() {
    var card = Card(name: "中国移动", number: "+86 138 0000 0000", added: .first)
    card.carrier = "China Mobile"
    var description = ""
    dump(card, to: &description)
    #expect(description.contains("中国移动"))
    #expect(description.contains("China Mobile"))
  }

  @Test("cards with the same values are equal and hash alike, whatever their storage or source")
  func equalityIgnoresStorageAndSource() {
    var card = Card(name: "A", number: "1", added: .first)
    card.note = "kept"
    var other = Card(name: "A", number: "1", added: .first)
    other.note = "kept"
    other.source = CardSource(bytes: .memory([]), range: 0..<0, depth: 2, decoded: other)
    #expect(card == other)
    #expect(card.hashValue == other.hashValue)
    other.note = "changed"
    #expect(card != other)
  }
}
