import RenewKit
import Testing

@Suite struct PeriodTests {
  @Test(
    "N followed by d, w, m or y is a period, in either case",
    arguments: [
      ("30d", Period.days(30)), ("2w", .weeks(2)), ("1m", .months(1)), ("1y", .years(1)),
      ("180D", .days(180)), ("12M", .months(12)), ("2W", .weeks(2)), ("3Y", .years(3)),
      ("100000d", .days(100_000)), ("007d", .days(7)),
    ])
  func parses(text: String, expected: Period) {
    #expect(Period(text) == expected)
  }

  @Test(
    "zero, negative, unitless, unknown units, fractions and huge counts are refused",
    arguments: [
      "0d", "-1d", "+1d", "1x", "d", "", "1", "1.5m", " 1d", "1d ", "1 d", "1dd", "１d",
      "100001d", "9999999d", "99999999999999999999d", "1e3d", "m1", "0000007d", "1d1",
    ])
  func refuses(text: String) {
    #expect(Period(text) == nil)
  }

  @Test(
    "the description is the command-line form and reads back as the same period",
    arguments: [
      (Period.days(30), "30d"), (.weeks(2), "2w"), (.months(1), "1m"), (.years(100), "100y"),
      (.days(100_000), "100000d"),
    ])
  func descriptionRoundTrip(period: Period, text: String) {
    #expect(period.description == text)
    #expect(Period(period.description) == period)
  }

  @Test(
    "days and weeks count days; months and years follow the calendar",
    arguments: [
      ("2w", "2026-12-25", "2027-01-08"), ("30d", "2026-01-31", "2026-03-02"),
      ("1m", "2026-01-31", "2026-02-28"), ("1y", "2024-02-29", "2025-02-28"),
      ("4y", "2024-02-29", "2028-02-29"), ("365d", "2024-01-01", "2024-12-31"),
    ])
  func adding(period: String, start: String, expected: String) throws {
    let result = try TestValues.period(period).added(to: TestValues.date(start))
    #expect(result == (try TestValues.date(expected)))
  }

  @Test(
    "periods of the same length are told apart from others",
    arguments: [
      (Period.years(1), Period.months(12), true), (.weeks(2), .days(14), true),
      (.weeks(2), .days(2), false), (.months(1), .days(30), false), (.years(1), .months(1), false),
    ])
  func sameLength(_ first: Period, _ second: Period, _ isSame: Bool) {
    #expect(first.isSameLength(as: second) == isSame)
    #expect(second.isSameLength(as: first) == isSame)
  }

  @Test("only months and years are monthly")
  func isMonthly() {
    #expect(Period.months(1).isMonthly)
    #expect(Period.years(1).isMonthly)
    #expect(!Period.days(31).isMonthly)
    #expect(!Period.weeks(4).isMonthly)
  }
}
