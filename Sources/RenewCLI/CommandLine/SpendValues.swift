import RenewKit

/// `spend --in CUR --rate CUR=N ...`: the currency to convert into and the rates.
struct Conversion: Equatable, Sendable {
  /// The ISO 4217 code every amount is converted into.
  var currency: String
  /// What one unit of each currency is in ``currency``, by code.
  var rates: [String: ExactAmount]
}

extension OptionValues {
  /// The days `spend` counts: `--year`, or `--since` to `--until` (default today),
  /// or the 12 months up to today.
  func spendRange() throws(UsageError) -> ClosedRange<CalendarDate> {
    if let year = string(.year) {
      for other in [OptionName.since, .until] where flag(other) {
        throw .conflictingOptions("year", other.rawValue)
      }
      guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(year),
        let first = CalendarDate(year: number, month: 1, day: 1),
        let last = CalendarDate(year: number, month: 12, day: 31)
      else {
        throw .invalidValue(option: "year", value: year, expected: .year)
      }
      return first...last
    }
    let until = try date(.until) ?? today
    guard let since = try date(.since) else {
      if flag(.until) { throw .spendUntilNeedsSince }
      // The 12 months up to today: from the day after today's date a year ago, or
      // from the first day there is when that is before it.
      let start = today.adding(months: -12).flatMap { $0.adding(days: 1) } ?? .first
      return start...today
    }
    if since > today && !flag(.until) {
      throw .futureDate(option: "since", date: since, today: today)
    }
    guard since <= until else { throw .emptyRange(since: since, until: until) }
    return since...until
  }

  /// `--by`: card (the default), month or year; 卡, 月 or 年.
  func grouping() throws(UsageError) -> SpendGrouping {
    guard let text = string(.by) else { return .card }
    guard let grouping = SpendGrouping(word: text) else {
      throw .invalidValue(option: "by", value: text, expected: .spendGrouping)
    }
    return grouping
  }

  /// `--in` with its `--rate`s; `nil` without `--in`.
  func conversion() throws(UsageError) -> Conversion? {
    guard let target = string(.in) else {
      if let rate = strings(.rate).first { throw .rateWithoutIn(rate) }
      return nil
    }
    let currency = try Values.currency(target, option: "in")
    var rates: [String: ExactAmount] = [:]
    for text in strings(.rate) {
      let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2 else {
        throw .invalidValue(option: "rate", value: text, expected: .rate)
      }
      let code: String
      do {
        code = try Values.currency(String(parts[0]), option: "rate")
      } catch .invalidValue(_, _, let expected) {
        // The whole value is echoed, as for every other fault of a rate.
        throw .invalidValue(option: "rate", value: text, expected: expected)
      }
      guard let rate = ExactAmount(decimal: parts[1].trimmed) else {
        throw .invalidValue(option: "rate", value: text, expected: .rateNumber)
      }
      guard code != currency else {
        throw .invalidValue(option: "rate", value: text, expected: .rateForTarget(currency))
      }
      guard rates[code] == nil else {
        throw .invalidValue(option: "rate", value: text, expected: .rateOnce(code))
      }
      rates[code] = rate
    }
    return Conversion(currency: currency, rates: rates)
  }
}
