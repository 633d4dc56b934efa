import RenewKit
import TestSupport
import Testing

/// Invariants of the calendar arithmetic, over a few thousand seeded random cases.
@Suite struct CalendarPropertyTests {
  private func date(_ parts: CalendarDateParts) throws -> CalendarDate {
    try #require(CalendarDate(year: parts.year, month: parts.month, day: parts.day))
  }

  @Test("every day number in range converts to a date and back")
  func dayNumberRoundTrip() throws {
    var random = SplitMix64(seed: 0x5EED_0001)
    let range = CalendarDate.first.dayNumber...CalendarDate.last.dayNumber
    for _ in 0..<5000 {
      let number = Int.random(in: range, using: &random)
      let date = try #require(CalendarDate(dayNumber: number))
      try #require(date.dayNumber == number, "day number \(number) came back as \(date)")
    }
  }

  @Test("every valid date converts to a day number and back, and through its text")
  func dateRoundTrip() throws {
    var random = SplitMix64(seed: 0x5EED_0002)
    for _ in 0..<5000 {
      let original = try date(random.date(years: 1...9999))
      try #require(CalendarDate(dayNumber: original.dayNumber) == original)
      try #require(CalendarDate(iso: original.description) == original)
    }
  }

  @Test("days until is the difference of day numbers and agrees with adding days")
  func daysUntilAgreesWithAdding() throws {
    var random = SplitMix64(seed: 0x5EED_0003)
    for _ in 0..<3000 {
      let start = try date(random.date())
      let count = Int.random(in: -5000...5000, using: &random)
      let end = try #require(start.adding(days: count))
      try #require(start.days(until: end) == count, "\(start) + \(count) days = \(end)")
      try #require((count > 0) == (start < end))
    }
  }

  @Test("adding n months then m months equals adding n + m months when the anchor is kept")
  func monthsCompose() throws {
    var random = SplitMix64(seed: 0x5EED_0004)
    for _ in 0..<3000 {
      let start = try date(random.date())
      let anchor = Int.random(in: 1...31, using: &random)
      let first = Int.random(in: 0...60, using: &random)
      let second = Int.random(in: 0...60, using: &random)
      let stepwise = start.adding(months: first, anchorDay: anchor)?
        .adding(months: second, anchorDay: anchor)
      let direct = start.adding(months: first + second, anchorDay: anchor)
      try #require(stepwise == direct, "\(start) anchor \(anchor) + \(first)m + \(second)m")
    }
  }

  @Test("adding months to a day that fits every month lands on that same day")
  func monthsComposeWithoutAnchor() throws {
    var random = SplitMix64(seed: 0x5EED_0005)
    for _ in 0..<3000 {
      var parts = random.date()
      parts.day = Int.random(in: 1...28, using: &random)
      let start = try date(parts)
      let first = Int.random(in: -24...60, using: &random)
      let second = Int.random(in: 0...60, using: &random)
      let stepwise = start.adding(months: first)?.adding(months: second)
      let direct = try #require(start.adding(months: first + second))
      try #require(stepwise == direct)
      try #require(direct.day == parts.day)
      let months = (direct.year - start.year) * 12 + direct.month - start.month
      try #require(months == first + second)
    }
  }

  @Test("adding months keeps the anchor or, in a shorter month, that month's last day")
  func monthsClampToMonthEnd() throws {
    var random = SplitMix64(seed: 0x5EED_0006)
    for _ in 0..<3000 {
      let start = try date(random.date())
      let anchor = Int.random(in: 1...31, using: &random)
      let result = try #require(
        start.adding(months: Int.random(in: 1...120, using: &random), anchorDay: anchor))
      let length = CalendarDateParts.daysInMonth(year: result.year, month: result.month)
      try #require(result.day == min(anchor, length))
    }
  }
}
