/// A length of time in whole calendar units: `30d`, `2w`, `1m`, `1y`.
///
/// Months and years are calendar months: adding them keeps an anchor day
/// (see ``CalendarDate/adding(months:anchorDay:)``), so `1m` is not 30 days.
public enum Period: Sendable, Hashable {
  /// A number of days.
  case days(Int)
  /// A number of weeks of seven days.
  case weeks(Int)
  /// A number of calendar months.
  case months(Int)
  /// A number of calendar years.
  case years(Int)

  /// The largest count accepted, enough for any plan (`3650d`, `120m`, `100y`).
  public static let maximumCount = 100_000

  /// Parses `N` followed by `d`, `w`, `m` or `y`, with N from 1 to ``maximumCount``.
  public init?(_ text: some StringProtocol) {
    // Byte by byte: a data file holds a period on every card and every renewal.
    var count = 0
    var digits = 0
    var unit: UInt8?
    for byte in text.utf8 {
      guard unit == nil else { return nil }
      if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) && digits < 6 {
        count = count * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      } else {
        unit = byte
      }
    }
    guard let unit, digits > 0 else { return nil }
    guard (1...Period.maximumCount).contains(count) else { return nil }
    switch unit {
    case UInt8(ascii: "d"), UInt8(ascii: "D"): self = .days(count)
    case UInt8(ascii: "w"), UInt8(ascii: "W"): self = .weeks(count)
    case UInt8(ascii: "m"), UInt8(ascii: "M"): self = .months(count)
    case UInt8(ascii: "y"), UInt8(ascii: "Y"): self = .years(count)
    default: return nil
    }
  }

  /// Whether this period counts calendar months (and so follows an anchor day).
  public var isMonthly: Bool {
    switch self {
    case .days, .weeks: return false
    case .months, .years: return true
    }
  }

  /// Whether `other` always covers the same span: `1y` and `12m`, `2w` and `14d`.
  public func isSameLength(as other: Period) -> Bool {
    func canonical(_ period: Period) -> (isMonthly: Bool, count: Int) {
      switch period {
      case .days(let count): return (false, count)
      case .weeks(let count): return (false, count * 7)
      case .months(let count): return (true, count)
      case .years(let count): return (true, count * 12)
      }
    }
    return canonical(self) == canonical(other)
  }

  /// The date this period after `date`, keeping `anchorDay` for months and years.
  public func added(to date: CalendarDate, anchorDay: Int? = nil) -> CalendarDate? {
    switch self {
    case .days(let count): return date.adding(days: count)
    case .weeks(let count): return date.adding(days: count * 7)
    case .months(let count): return date.adding(months: count, anchorDay: anchorDay)
    case .years(let count): return date.adding(months: count * 12, anchorDay: anchorDay)
    }
  }
}

extension Period: CustomStringConvertible {
  /// The command-line form, such as `30d` or `1y`.
  public var description: String {
    switch self {
    case .days(let count): return "\(count)d"
    case .weeks(let count): return "\(count)w"
    case .months(let count): return "\(count)m"
    case .years(let count): return "\(count)y"
    }
  }
}
