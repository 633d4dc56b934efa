import RenewKit
import TestSupport
import Testing

/// Invariants of exact money, over a few thousand seeded random amounts.
@Suite struct MoneyPropertyTests {
  private static let codes = ["USD", "EUR", "PHP", "CNY", "GBP", "JPY", "BHD"]

  /// A canonical amount: 1 to 12 integer digits without leading zeros, 2 to 6 fraction digits,
  /// the last of which is not 0 when there are more than 2.
  private func randomAmount(_ random: inout SplitMix64) -> String {
    func digits(_ count: Int) -> String {
      String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
    }
    let integerDigits = Int.random(in: 1...12, using: &random)
    let integer =
      integerDigits == 1
      ? digits(1) : String(Int.random(in: 1...9, using: &random)) + digits(integerDigits - 1)
    let fractionDigits = Int.random(in: 2...6, using: &random)
    var fraction = digits(fractionDigits)
    if fractionDigits > 2 {
      fraction = String(fraction.dropLast()) + String(Int.random(in: 1...9, using: &random))
    }
    return "\(integer).\(fraction)"
  }

  @Test("the text of any amount reads back as the same text, in every form")
  func textRoundTrip() throws {
    var random = SplitMix64(seed: 0x5EED_0201)
    for _ in 0..<4000 {
      let amount = randomAmount(&random)
      let code = Self.codes[Int.random(in: 0..<Self.codes.count, using: &random)]
      let text = "\(amount) \(code)"
      let money = try #require(Money(text), "refused \(text)")
      try #require(money.description == text)
      try #require(Money("\(code.lowercased()) \(amount)") == money)
      try #require(Money("\(amount)\(code)") == money)
      try #require(Money(amount: money.amount, currency: money.currency) == money)
    }
  }

  @Test("trailing zeros beyond two fraction digits never change the amount")
  func trailingZeros() throws {
    var random = SplitMix64(seed: 0x5EED_0202)
    for _ in 0..<2000 {
      let amount = randomAmount(&random)
      let fraction = amount.split(separator: ".")[1]
      let room = Money.maximumScale - fraction.count
      guard room > 0 else { continue }
      let padded = amount + String(repeating: "0", count: Int.random(in: 1...room, using: &random))
      try #require(Money(amount: padded, currency: "USD")?.amount == amount)
    }
  }

  @Test("a minus sign in front of any amount is refused")
  func negativesRefused() {
    var random = SplitMix64(seed: 0x5EED_0203)
    for _ in 0..<2000 {
      let text = "-\(randomAmount(&random)) USD"
      guard Money(text) == nil else {
        Issue.record("accepted \(text)")
        return
      }
    }
  }
}
