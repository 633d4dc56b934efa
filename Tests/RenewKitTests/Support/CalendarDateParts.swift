import TestSupport

extension SplitMix64 {
  /// A valid date with a year in `years`.
  mutating func date(years: ClosedRange<Int> = 1900...2200) -> CalendarDateParts {
    let year = Int.random(in: years, using: &self)
    let month = Int.random(in: 1...12, using: &self)
    let day = Int.random(
      in: 1...CalendarDateParts.daysInMonth(year: year, month: month), using: &self)
    return CalendarDateParts(year: year, month: month, day: day)
  }
}

/// A year, month and day chosen by the generator, checked independently of `CalendarDate`.
struct CalendarDateParts: Sendable, Hashable {
  var year: Int
  var month: Int
  var day: Int

  /// The month lengths written out by hand, so that tests do not trust the code they test.
  static func daysInMonth(year: Int, month: Int) -> Int {
    let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    return [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  }
}
