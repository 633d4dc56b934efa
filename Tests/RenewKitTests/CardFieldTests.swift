import RenewKit
import Testing

/// Each field's get and set, written by hand in `CardField.storage`, reach the
/// field's own property and no other.
@Suite struct CardFieldTests {
  /// A value of `field`'s type that no other field is given.
  private static func value(for field: CardField, _ index: Int) throws -> FieldValue {
    switch field.storage {
    case .requiredText, .text: return .text("text of \(field.key)")
    case .country: return .country("PH")
    case .kind: return .kind(.esim)
    case .period: return .period(.days(index + 1))
    case .money: return .money(try #require(Money(amount: "\(index + 1).00", currency: "USD")))
    case .leadDays: return .leadDays([index])
    case .methods: return .methods([.sms])
    case .tags: return .tags(["tag \(index)"])
    case .flag: return .flag(true)
    }
  }

  @Test("setting a field changes that field alone, and reads back what was set")
  func eachFieldItsOwn() throws {
    let blank = Card(name: "中国移动", number: "+86 138 0013 8000", added: .first)
    for (index, field) in CardField.allCases.enumerated() {
      let value = try Self.value(for: field, index)
      var card = blank
      field.set(value, in: &card)
      #expect(field.value(in: card) == value, "\(field)")
      for other in CardField.allCases where other != field {
        #expect(other.value(in: card) == other.value(in: blank), "\(field) changed \(other)")
      }
      field.set(nil, in: &card)
      if field == .number {
        // A card always has a number: emptying it leaves an empty one to refuse.
        #expect(card.number.isEmpty)
        #expect(field.value(in: card) == .text(""))
      } else {
        #expect(card == blank, "\(field) was not emptied")
      }
    }
  }
}
