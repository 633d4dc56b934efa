import RenewKit
import TestSupport
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

@Suite struct MoneyTests {
  @Test(
    "an amount and an ISO 4217 code are read in any of the command-line forms",
    arguments: [
      ("12.50 USD", "12.50", "USD"), ("12.50USD", "12.50", "USD"), ("USD 12.50", "12.50", "USD"),
      ("USD12.50", "12.50", "USD"), ("12.50 usd", "12.50", "USD"), ("eur 7", "7.00", "EUR"),
      ("12 USD", "12.00", "USD"), ("12.5 USD", "12.50", "USD"), ("0.125 USD", "0.125", "USD"),
      ("12.500 USD", "12.50", "USD"), ("0.1250 USD", "0.125", "USD"), ("0.10 USD", "0.10", "USD"),
      ("10 USD", "10.00", "USD"), ("0 JPY", "0.00", "JPY"), ("300 php", "300.00", "PHP"),
      ("007.50 GBP", "7.50", "GBP"), ("  12.50   USD ", "12.50", "USD"),
      ("999999999999.999999 USD", "999999999999.999999", "USD"),
    ])
  func parses(text: String, amount: String, currency: String) throws {
    let money = try #require(Money(text))
    #expect(money.amount == amount)
    #expect(money.currency == currency)
    #expect(money.description == "\(amount) \(currency)")
  }

  @Test(
    "negative, scientific, grouped, empty, unknown-currency and oversized amounts are refused",
    arguments: [
      "-5 USD", "-0.01 USD", "1 2 USD", "U S D 12", "12.5 0 USD", "USD -5", "1e3 USD", "1E3 USD",
      "1,000 USD", "1,50 EUR", "", " ",
      "USD", "12.50", "12.50 XYZ", "12.50 US", "12.50 USDX", "12.50 €", "$12.50",
      "1234567890123 USD", "0.1234567 USD", ".50 USD", "12. USD", "12.5.0 USD", "１２ USD",
      "USD 12.50 EUR", "NaN USD", "inf USD", "0x10 USD", "12.50\tUSD",
    ])
  func refuses(text: String) {
    #expect(Money(text) == nil)
  }

  @Test(
    "the amount alone is read with the code given apart, which is matched in any case",
    arguments: [
      ("12", "usd", "12.00 USD"), ("0.1", "Usd", "0.10 USD"), ("5.000000", "EUR", "5.00 EUR"),
      ("5.000001", "EUR", "5.000001 EUR"),
    ])
  func amountAndCode(amount: String, code: String, expected: String) {
    #expect(Money(amount: amount, currency: code)?.description == expected)
  }

  @Test("the same amount written with different trailing zeros is the same money")
  func equality() throws {
    #expect(try TestValues.money("12.5 USD") == TestValues.money("USD 12.500"))
    #expect(try TestValues.money("0.125 USD") != TestValues.money("0.13 USD"))
    #expect(try TestValues.money("1 USD") != TestValues.money("1 EUR"))
  }

  @Test("in JSON the amount is an exact decimal string beside its code")
  func encodesAsString() throws {
    let text = String(decoding: JSONWriter.encode(try TestValues.money("0.1 usd")), as: UTF8.self)
    #expect(text == "{\n  \"amount\" : \"0.10\",\n  \"currency\" : \"USD\"\n}\n")
  }

  @Test("any amount is written back in its shortest form with two fraction digits or more")
  func amountText() throws {
    var random = SplitMix64(seed: 0x0A30_0E7)
    let digits = Array("0123456789")
    for _ in 0..<2000 {
      let whole = String(
        (0..<Int.random(in: 1...12, using: &random)).map { _ in random.pick(digits) })
      let fraction = String(
        (0..<Int.random(in: 0...6, using: &random)).map { _ in random.pick(digits) })
      let text = fraction.isEmpty ? whole : whole + "." + fraction
      // The shortest form: no leading zeros but one before the point, and no
      // trailing zeros past the second fraction digit.
      var shortWhole = String(whole.drop { $0 == "0" })
      if shortWhole.isEmpty { shortWhole = "0" }
      var shortFraction = fraction + String(repeating: "0", count: max(0, 2 - fraction.count))
      while shortFraction.count > 2, shortFraction.last == "0" { shortFraction.removeLast() }
      let money = try #require(Money(amount: text, currency: "EUR"), "\(text)")
      #expect(money.amount == shortWhole + "." + shortFraction, "\(text)")
      #expect(Money(amount: money.amount, currency: "EUR") == money, "\(text)")
    }
  }

  @Test(
    "money survives a JSON round trip exactly",
    arguments: ["0.10 USD", "10.00 EUR", "0.125 BHD", "999999999999.999999 JPY", "0 CNY"])
  func jsonRoundTrip(text: String) throws {
    let money = try TestValues.money(text)
    let json = String(decoding: JSONWriter.encode(money), as: UTF8.self)
    let decoded = try Self.price(in: json)
    #expect(decoded == money)
    #expect(decoded?.description == money.description)
  }

  @Test(
    "JSON with a binary number, a negative amount or an unknown code is refused",
    arguments: [
      #"{"amount": 0.1, "currency": "USD"}"#, #"{"amount": "-1.00", "currency": "USD"}"#,
      #"{"amount": "1.00", "currency": "XYZ"}"#, #"{"amount": "1.00"}"#,
    ])
  func refusesBadJSON(json: String) {
    #expect(throws: DataError.self) { try Self.price(in: json) }
  }

  /// The price a card's plan holds when the data file writes it as `json`.
  static func price(in json: String) throws -> Money? {
    let document =
      #"{"cards": [{"name": "x", "number": "1", "added": "2026-01-01", "plan": {"price": "#
      + json + "}}]}"
    return try Document.decode(Array(document.utf8)).cards.first?.plan.price
  }
}
