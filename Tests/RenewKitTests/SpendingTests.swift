import Testing

@testable import RenewKit

/// `spend`'s arithmetic: exact sums per currency, conversion, half-even rounding.
@Suite("Spending")
struct SpendingTests {
  /// A card with renewals of `amounts`, one per month from 2026-01-10.
  static func card(_ name: String, paying amounts: [String]) throws -> Card {
    var card = Card(name: name, number: "1", added: try TestValues.date("2026-01-01"))
    for (index, text) in amounts.enumerated() {
      let day = try #require(try TestValues.date("2026-01-10").adding(months: index))
      var renewal = Renewal(date: day)
      renewal.amount = Money(text)
      _ = try card.renew(renewal, for: .period(.months(1)))
    }
    card.record(
      .topUp(
        TopUp(date: try TestValues.date("2026-06-01"), amount: try #require(Money("20 CNY")))))
    card.record(
      .balance(
        BalanceReading(
          date: try TestValues.date("2026-06-02"), amount: try #require(Money("99 CNY")))
      ))
    return card
  }

  static let first = CalendarDate(year: 2026, month: 1, day: 1) ?? .first
  static let last = CalendarDate(year: 2026, month: 12, day: 31) ?? .last
  static let year2026 = first...last

  @Test("renewals and top-ups are summed per currency, readings never")
  func perCurrency() throws {
    let cards = [
      try Self.card("a", paying: ["10 USD", "10.50 USD", "8 CNY"]),
      try Self.card("b", paying: ["0.01 USD"]),
    ]
    let report = try SpendReport(cards: cards, range: Self.year2026, by: .card)
    #expect(report.groups.map(\.name) == ["a", "b"])
    #expect(report.groups[0].sums["USD"]?.description == "20.50")
    #expect(report.groups[0].sums["CNY"]?.description == "28.00")
    #expect(report.groups[0].count == 4)
    #expect(report.totals["USD"]?.description == "20.51")
    #expect(report.totals["CNY"]?.description == "48.00")
    let byMonth = try SpendReport(cards: cards, range: Self.year2026, by: .month)
    #expect(byMonth.groups.map(\.name) == ["2026-01", "2026-02", "2026-03", "2026-06"])
    let march = try SpendReport(
      cards: cards,
      range: try TestValues.date("2026-03-01")...(try TestValues.date("2026-03-31")), by: .year)
    #expect(march.groups.map(\.name) == ["2026"])
    #expect(march.totals == ["CNY": ExactAmount(units: 800, scale: 2)])
  }

  @Test("conversion is exact and rounds half to even only at the end")
  func conversion() throws {
    // 0.01 USD at 0.5 is 0.005, twice: 0.01 in all, though each alone rounds to 0.00.
    let cards = [try Self.card("a", paying: ["0.01 USD", "0.01 USD"])]
    let rates = ["USD": try #require(ExactAmount(decimal: "0.5"))]
    let report = try SpendReport(
      cards: cards, range: Self.year2026, by: .card, converting: ("CNY", rates))
    #expect(report.totals["CNY"]?.description == "20.01")
    #expect(report.groups.first?.sums["CNY"]?.description == "20.01")
    #expect(throws: SpendError.missingRates(currencies: ["USD"])) {
      try SpendReport(cards: cards, range: Self.year2026, by: .card, converting: ("CNY", [:]))
    }
  }

  @Test("cards are grouped in name order ignoring case, as status lists them")
  func nameOrder() throws {
    let cards = [
      try Self.card("Banana", paying: ["1 USD"]), try Self.card("apple", paying: ["1 USD"]),
    ]
    let report = try SpendReport(cards: cards, range: Self.year2026, by: .card)
    #expect(report.groups.map(\.name) == ["apple", "Banana"])
  }

  @Test("without conversion, sums are exact, as paid: nothing is rounded")
  func exactWithoutConversion() throws {
    let cards = [try Self.card("a", paying: ["0.125 USD", "1.0005 USD"])]
    let report = try SpendReport(cards: cards, range: Self.year2026, by: .card)
    #expect(report.totals["USD"]?.description == "1.1255")
    #expect(report.groups.first?.sums["USD"]?.description == "1.1255")
  }

  @Test(
    "half to even at the cent",
    arguments: [
      ("0.125", "0.12"), ("0.135", "0.14"), ("0.1251", "0.13"), ("2.005", "2.00"),
      ("2.015", "2.02"), ("7.1", "7.10"), ("3", "3.00"), ("0.004999", "0.00"),
    ])
  func halfEven(text: String, rounded: String) throws {
    #expect(try #require(ExactAmount(decimal: text)).rounded().description == rounded)
  }

  @Test(
    "a rate is a positive decimal",
    arguments: [
      "", "0", "0.00", "-1", "1e3", "1.", ".5", "1,5", "7.10.1", "1234567890123", "0.12345678901",
      "１",
    ])
  func badRates(text: String) {
    #expect(ExactAmount(decimal: text) == nil)
  }
}
