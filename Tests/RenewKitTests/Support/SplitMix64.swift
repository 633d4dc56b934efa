/// A tiny seeded random number generator, so that property tests run the same cases every time.
///
/// Sebastiano Vigna's SplitMix64: one 64-bit state, a Weyl increment and a mix.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  /// Creates a generator whose sequence is fixed by `seed`.
  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

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
