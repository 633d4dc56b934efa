import RenewKit
import Testing

@Suite struct CalendarDateTests {
  @Test(
    "a real YYYY-MM-DD date is read as that day",
    arguments: [
      ("2026-11-21", 2026, 11, 21), ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29),
      ("0001-01-01", 1, 1, 1), ("9999-12-31", 9999, 12, 31), ("0042-03-04", 42, 3, 4),
    ])
  func parsesValidDates(text: String, year: Int, month: Int, day: Int) throws {
    let date = try #require(CalendarDate(iso: text))
    #expect((date.year, date.month, date.day) == (year, month, day))
    #expect(date.description == text)
  }

  @Test(
    "a day that does not exist or a form other than YYYY-MM-DD is refused",
    arguments: [
      "2026-02-30", "2025-02-29", "1900-02-29", "2100-02-29", "2026-04-31", "2026-13-01",
      "2026-00-10", "2026-01-00", "2026-01-32", "0000-01-01", "2026-1-01", "2026-11-1",
      "20261101", "2026/11/01", "26-11-01", "2026-11-01T00:00", " 2026-11-01", "2026-11-01 ",
      "+202-11-01", "-001-11-01", "２０２６-11-01", "2026−11−01", "", "today",
    ])
  func refusesInvalidDates(text: String) {
    #expect(CalendarDate(iso: text) == nil)
  }

  @Test(
    "only years divisible by 4, except centuries not divisible by 400, are leap years",
    arguments: [
      (1900, false), (2000, true), (2023, false), (2024, true), (2100, false), (2400, true),
    ]
  )
  func leapYears(year: Int, isLeap: Bool) {
    #expect(CalendarDate.isLeapYear(year) == isLeap)
    #expect(CalendarDate.daysInMonth(year: year, month: 2) == (isLeap ? 29 : 28))
    #expect((CalendarDate(year: year, month: 2, day: 29) != nil) == isLeap)
  }

  @Test(
    "day numbers count days from 1970-01-01 and convert back",
    arguments: [
      ("1970-01-01", 0), ("1969-12-31", -1), ("2000-03-01", 11_017), ("2024-02-29", 19_782),
      ("2026-11-21", 20_778), ("0001-01-01", -719_162), ("9999-12-31", 2_932_896),
    ])
  func dayNumbers(text: String, dayNumber: Int) throws {
    let date = try TestValues.date(text)
    #expect(date.dayNumber == dayNumber)
    #expect(CalendarDate(dayNumber: dayNumber) == date)
  }

  @Test("a date keeps its year, month and day in four bytes, the first and last days too")
  func compact() throws {
    #expect(MemoryLayout<CalendarDate>.size == 4)
    for (date, parts) in [
      (CalendarDate.first, [1, 1, 1]), (CalendarDate.last, [9999, 12, 31]),
      (try TestValues.date("2028-02-29"), [2028, 2, 29]),
    ] {
      #expect([date.year, date.month, date.day] == parts)
    }
  }

  @Test("day numbers outside years 1 to 9999 give no date")
  func dayNumbersOutOfRange() throws {
    #expect(CalendarDate(dayNumber: -719_163) == nil)
    #expect(CalendarDate(dayNumber: 2_932_897) == nil)
    #expect(try TestValues.date("9999-12-31").adding(days: 1) == nil)
    #expect(try TestValues.date("0001-01-01").adding(days: -1) == nil)
  }

  @Test("walking day by day from 1600 to 2400 moves the day number by exactly one each time")
  func dayNumberWalk() throws {
    var parts = CalendarDateParts(year: 1600, month: 1, day: 1)
    var expected = try #require(CalendarDate(year: 1600, month: 1, day: 1)).dayNumber
    while parts.year < 2400 {
      let date = try #require(CalendarDate(year: parts.year, month: parts.month, day: parts.day))
      guard date.dayNumber == expected else {
        Issue.record("\(date) has day number \(date.dayNumber), expected \(expected)")
        return
      }
      expected += 1
      parts.day += 1
      if parts.day > CalendarDateParts.daysInMonth(year: parts.year, month: parts.month) {
        parts.day = 1
        parts.month += 1
        if parts.month > 12 {
          parts.month = 1
          parts.year += 1
        }
      }
    }
    #expect(expected == (try TestValues.date("2400-01-01")).dayNumber)
  }

  @Test(
    "days until another date count calendar days, negative when it is earlier",
    arguments: [
      ("2026-01-01", "2026-12-31", 364), ("2024-01-01", "2025-01-01", 366),
      ("2026-03-28", "2026-03-30", 2), ("2026-10-24", "2026-10-26", 2),
      ("2024-02-28", "2024-03-01", 2), ("1900-02-28", "1900-03-01", 1),
      ("2026-03-01", "2026-02-28", -1), ("2026-11-21", "2026-11-21", 0),
    ])
  func daysUntil(from: String, to: String, days: Int) throws {
    #expect(try TestValues.date(from).days(until: TestValues.date(to)) == days)
  }

  @Test(
    "adding months keeps the anchor day, clamped to the month's length",
    arguments: [
      ("2026-01-31", 1, nil, "2026-02-28"), ("2028-01-31", 1, nil, "2028-02-29"),
      ("2026-02-28", 1, 31, "2026-03-31"), ("2026-03-31", 1, nil, "2026-04-30"),
      ("2026-04-30", 1, 31, "2026-05-31"), ("2026-11-30", 2, 31, "2027-01-31"),
      ("2026-05-15", -3, nil, "2026-02-15"), ("2026-01-31", -2, nil, "2025-11-30"),
      ("2024-02-29", 12, nil, "2025-02-28"), ("2025-02-28", 36, 29, "2028-02-29"),
      ("2026-06-30", 1, 30, "2026-07-30"), ("2026-12-31", 14, nil, "2028-02-29"),
    ] as [(String, Int, Int?, String)])
  func addingMonths(start: String, months: Int, anchorDay: Int?, expected: String) throws {
    let result = try TestValues.date(start).adding(months: months, anchorDay: anchorDay)
    #expect(result == (try TestValues.date(expected)))
  }

  @Test("adding months past year 9999 or before year 1 gives no date")
  func addingMonthsOutOfRange() throws {
    #expect(try TestValues.date("9999-12-01").adding(months: 1) == nil)
    #expect(try TestValues.date("0001-01-15").adding(months: -1) == nil)
    #expect(try TestValues.date("2026-01-15").adding(months: 12 * 8000) == nil)
  }

  @Test("dates order by year, then month, then day")
  func ordering() throws {
    let dates = try ["2026-02-01", "2025-12-31", "2026-01-31", "2026-01-30"].map {
      try TestValues.date($0)
    }
    #expect(
      dates.sorted().map(\.description) == [
        "2025-12-31", "2026-01-30", "2026-01-31", "2026-02-01",
      ])
  }
}
