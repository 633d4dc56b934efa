/// A day in the proleptic Gregorian calendar, with no time of day and no time zone.
///
/// Expiry dates, renewal dates and due dates are all calendar dates: a card that
/// expires on 2026-03-31 is valid for the whole of that day wherever its owner is.
/// Day counts are differences of day numbers, never seconds divided by 86,400.
/// Years are limited to 1...9999 so that every date has a four-digit form.
public struct CalendarDate: Sendable, Hashable, Comparable {
  /// The year, 1...9999.
  public var year: Int { Int(storedYear) }
  /// The month, 1...12.
  public var month: Int { Int(storedMonth) }
  /// The day of the month, 1...28, 29, 30 or 31 depending on the month.
  public var day: Int { Int(storedDay) }

  // Four bytes, not three words: a data file holds dates by the hundred thousand,
  // two or three on every entry.
  private let storedYear: Int16
  private let storedMonth: UInt8
  private let storedDay: UInt8

  /// Creates a date, or returns `nil` when the day does not exist (`2026-02-30`).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= CalendarDate.daysInMonth(year: year, month: month)
    else { return nil }
    self.init(unchecked: year, month, day)
  }

  /// Parses the ISO 8601 calendar form `YYYY-MM-DD` and nothing else.
  public init?(iso string: some StringProtocol) {
    let utf8 = Array(string.utf8)
    guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in utf8[range] {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    self.init(year: year, month: month, day: day)
  }

  /// Whether `year` has a February 29.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in `month` of `year`.
  public static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The number of days since 1970-01-01 (negative before it).
  ///
  /// Howard Hinnant's `days_from_civil`, exact for every date in range.
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date with the given day number, or `nil` outside years 1...9999.
  public init?(dayNumber: Int) {
    guard (CalendarDate.first.dayNumber...CalendarDate.last.dayNumber).contains(dayNumber) else {
      return nil
    }
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    storedYear = Int16(year)
    storedMonth = UInt8(month)
    storedDay = UInt8(day)
  }

  /// 0001-01-01, the earliest date renew handles.
  public static let first = CalendarDate(unchecked: 1, 1, 1)
  /// 9999-12-31, the latest date renew handles.
  public static let last = CalendarDate(unchecked: 9999, 12, 31)

  /// The date `count` days later (earlier when negative), or `nil` past year 9999.
  public func adding(days count: Int) -> CalendarDate? {
    CalendarDate(dayNumber: dayNumber + count)
  }

  /// The date `count` months later, on `anchorDay` clamped to that month's length.
  ///
  /// This is how carriers count monthly validity: a cycle anchored on the 31st
  /// runs Jan 31 → Feb 28 (29 in a leap year) → Mar 31 → Apr 30. The anchor
  /// defaults to this date's own day.
  public func adding(months count: Int, anchorDay: Int? = nil) -> CalendarDate? {
    let monthIndex = year * 12 + (month - 1) + count
    let newYear = monthIndex / 12
    let newMonth = monthIndex % 12 + 1
    guard (1...9999).contains(newYear) else { return nil }
    let anchor = min(max(anchorDay ?? day, 1), 31)
    return CalendarDate(
      year: newYear, month: newMonth,
      day: min(anchor, CalendarDate.daysInMonth(year: newYear, month: newMonth)))
  }

  /// The number of calendar days from this date to `other` (negative when `other` is earlier).
  public func days(until other: CalendarDate) -> Int {
    other.dayNumber - dayNumber
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.storedYear, lhs.storedMonth, lhs.storedDay)
      < (rhs.storedYear, rhs.storedMonth, rhs.storedDay)
  }
}

extension CalendarDate: CustomReflectable {
  /// The year, month and day, as `dump` and failed expectations show a date.
  public var customMirror: Mirror {
    Mirror(self, children: ["year": year, "month": month, "day": day])
  }
}

extension CalendarDate: CustomStringConvertible {
  /// The ISO 8601 form, `YYYY-MM-DD`.
  public var description: String {
    // Digit by digit into ten bytes: `status` and every `--json` show dates by the
    // thousand. The year is 1...9999, so four digits always hold it.
    String(unsafeUninitializedCapacity: 10) { text in
      func put(_ value: Int, digits: Int, endingAt end: Int) {
        var value = value
        for index in (end - digits..<end).reversed() {
          text[index] = UInt8(ascii: "0") + UInt8(value % 10)
          value /= 10
        }
      }
      put(year, digits: 4, endingAt: 4)
      text[4] = UInt8(ascii: "-")
      put(month, digits: 2, endingAt: 7)
      text[7] = UInt8(ascii: "-")
      put(day, digits: 2, endingAt: 10)
      return 10
    }
  }
}
