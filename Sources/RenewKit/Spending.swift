/// A non-negative decimal held exactly, wide enough for an amount times a rate
/// summed over a lifetime of renewals: `units` × 10^-`scale`.
public struct ExactAmount: Sendable, Hashable {
  /// The amount in units of 10^-``scale``.
  public var units: UInt128
  /// How many fraction digits ``units`` carries.
  public var scale: Int

  /// An amount from its units at `scale`.
  public init(units: UInt128, scale: Int) {
    self.units = units
    self.scale = scale
  }

  /// The amount of `money`, exactly.
  public init(_ money: Money) {
    self.init(units: UInt128(money.units), scale: money.scale)
  }

  /// Parses a positive decimal such as `7.10` or `0.1385`: digits, at most one
  /// point, at most 12 digits before it and 10 after; `nil` for anything else,
  /// and for zero.
  public init?(decimal text: some StringProtocol) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
      whole.count <= 12, parts.count == 1 || !parts[1].isEmpty,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard fraction.count <= 10, let units = UInt128(String(whole) + String(fraction)), units > 0
    else {
      return nil
    }
    self.init(units: units, scale: fraction.count)
  }

  /// The sum, exactly; `nil` past what 128 bits hold.
  public func adding(_ other: ExactAmount) -> ExactAmount? {
    let scale = max(self.scale, other.scale)
    guard let left = units(at: scale), let right = other.units(at: scale) else { return nil }
    let (sum, overflow) = left.addingReportingOverflow(right)
    return overflow ? nil : ExactAmount(units: sum, scale: scale)
  }

  /// The product, exactly; `nil` past what 128 bits hold.
  public func multiplied(by other: ExactAmount) -> ExactAmount? {
    let (product, overflow) = units.multipliedReportingOverflow(by: other.units)
    return overflow ? nil : ExactAmount(units: product, scale: scale + other.scale)
  }

  /// The units at a finer `scale`, or `nil` past what 128 bits hold.
  private func units(at scale: Int) -> UInt128? {
    var units = self.units
    for _ in self.scale..<scale {
      let (product, overflow) = units.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      units = product
    }
    return units
  }

  /// The amount rounded to `digits` fraction digits, half to even (a tie goes to
  /// the even last digit: 0.125 → 0.12, 0.135 → 0.14).
  public func rounded(to digits: Int = 2) -> ExactAmount {
    guard scale > digits else {
      return ExactAmount(units: units(at: digits) ?? units, scale: digits)
    }
    var divisor: UInt128 = 1
    for _ in digits..<scale { divisor *= 10 }
    let (quotient, remainder) = units.quotientAndRemainder(dividingBy: divisor)
    let half = divisor / 2
    let roundsUp = remainder > half || (remainder == half && quotient % 2 == 1)
    return ExactAmount(units: roundsUp ? quotient + 1 : quotient, scale: digits)
  }
}

extension ExactAmount: CustomStringConvertible {
  /// The digits with a decimal point and at least two fraction digits: `7.10`.
  public var description: String {
    let shown = scale < 2 ? ExactAmount(units: units(at: 2) ?? units, scale: 2) : self
    var digits = String(shown.units)
    if digits.count <= shown.scale {
      digits = String(repeating: "0", count: shown.scale - digits.count + 1) + digits
    }
    let point = digits.index(digits.endIndex, offsetBy: -shown.scale)
    return digits[..<point] + "." + digits[point...]
  }
}

/// How `renew spend` groups what was paid.
public enum SpendGrouping: String, Sendable, CaseIterable {
  /// By card name.
  case card
  /// By calendar month, `2026-11`.
  case month
  /// By calendar year, `2026`.
  case year
}

/// What was paid in a range of days, grouped, with totals per currency.
public struct SpendReport: Sendable, Hashable {
  /// One group's sums, one per currency, in currency order.
  public struct Group: Sendable, Hashable {
    /// The card's name, the month (`2026-11`) or the year (`2026`).
    public var name: String
    /// The card's id when grouped by card, else `nil`.
    public var id: String?
    /// The sums, by currency code.
    public var sums: [String: ExactAmount]
    /// How many payments the group holds.
    public var count: Int
  }

  /// The groups, by card name or in date order.
  public var groups: [Group]
  /// The totals over every group, by currency code.
  public var totals: [String: ExactAmount]
  /// The currencies converted at a rate: the rates the report used.
  public var converted: Set<String> = []
}

/// Why `spend` cannot add up what was paid.
public enum SpendError: Error, Sendable, Equatable {
  /// Amounts in currencies that have no rate under `--in`: each of them, in
  /// code order.
  case missingRates(currencies: [String])
  /// A sum past what 128 bits hold.
  case tooLarge
}

extension SpendReport {
  /// The amounts of renewals and top-ups dated in `range` (never readings, never
  /// projected charges), grouped; with `conversion`, each amount converted into
  /// its currency at its rate (one unit of the key is the value), exactly, and
  /// every sum rounded half to even to cents at the end. Without it, sums are exact.
  ///
  /// - Parameters:
  ///   - cards: The cards to add up.
  ///   - range: The first and last day counted.
  ///   - grouping: How to group.
  ///   - conversion: The currency to convert into and the rates to use.
  /// - Throws: ``SpendError`` naming every currency without a rate.
  public init(
    cards: [Card], range: ClosedRange<CalendarDate>, by grouping: SpendGrouping,
    converting conversion: (currency: String, rates: [String: ExactAmount])? = nil
  ) throws(SpendError) {
    var tally = SpendTally(range: range, by: grouping, converting: conversion)
    for card in cards { try tally.add(card) }
    self = try tally.report()
  }
}

/// A ``SpendReport`` being added up, a card at a time, so that no card need be
/// kept once added.
public struct SpendTally: Sendable {
  private let range: ClosedRange<CalendarDate>
  private let grouping: SpendGrouping
  private let conversion: (currency: String, rates: [String: ExactAmount])?
  private var groups: [String: SpendReport.Group] = [:]
  private var totals: [String: ExactAmount] = [:]
  private var converted: Set<String> = []
  private var missing: Set<String> = []

  /// An empty tally of what was paid in `range`, grouped by `grouping`, converted
  /// as `conversion` says (see ``SpendReport/init(cards:range:by:converting:)``).
  public init(
    range: ClosedRange<CalendarDate>, by grouping: SpendGrouping,
    converting conversion: (currency: String, rates: [String: ExactAmount])? = nil
  ) {
    self.range = range
    self.grouping = grouping
    self.conversion = conversion
  }

  /// Adds what was paid for `card` in the range.
  ///
  /// - Throws: ``SpendError/tooLarge`` for a sum past what 128 bits hold.
  public mutating func add(_ card: Card) throws(SpendError) {
    func add(_ amount: ExactAmount, _ currency: String, to sums: inout [String: ExactAmount])
      throws(SpendError)
    {
      guard let sum = (sums[currency] ?? ExactAmount(units: 0, scale: 2)).adding(amount) else {
        throw .tooLarge
      }
      sums[currency] = sum
    }
    for entry in card.history where range.contains(entry.event.date) {
      guard let paid = entry.event.paid else { continue }
      var amount = ExactAmount(paid)
      var currency = paid.currency
      if let conversion, currency != conversion.currency {
        guard let rate = conversion.rates[currency] else {
          missing.insert(currency)
          continue
        }
        guard let inTarget = amount.multiplied(by: rate) else { throw .tooLarge }
        converted.insert(currency)
        (amount, currency) = (inTarget, conversion.currency)
      }
      let date = entry.event.date
      let name: String
      switch grouping {
      case .card: name = card.name
      case .month: name = String(date.description.prefix(7))
      case .year: name = String(date.description.prefix(4))
      }
      var group =
        groups[name]
        ?? SpendReport.Group(name: name, id: grouping == .card ? card.id : nil, sums: [:], count: 0)
      try add(amount, currency, to: &group.sums)
      group.count += 1
      groups[name] = group
      try add(amount, currency, to: &totals)
    }
  }

  /// The report of every card added.
  ///
  /// - Throws: ``SpendError/missingRates(currencies:)`` naming every currency
  ///   without a rate.
  public func report() throws(SpendError) -> SpendReport {
    if !missing.isEmpty { throw .missingRates(currencies: missing.sorted()) }
    var groups = groups
    var totals = totals
    if conversion != nil {
      // Converted sums are rounded half to even to cents once, at the end, each
      // from its exact sum; sums of amounts as paid stay exact.
      groups = groups.mapValues { group in
        var group = group
        group.sums = group.sums.mapValues { $0.rounded() }
        return group
      }
      totals = totals.mapValues { $0.rounded() }
    }
    let grouping = grouping
    return SpendReport(
      // Each name's key made once, not once per comparison.
      groups: groups.values.map { (key: grouping == .card ? Card.nameKey($0.name) : "", group: $0) }
        .sorted { ($0.key, $0.group.name) < ($1.key, $1.group.name) }
        .map(\.group),
      totals: totals, converted: converted)
  }
}

extension Event {
  /// What was paid, which `spend` adds up: a renewal's or a top-up's amount.
  public var paid: Money? {
    switch self {
    case .renewal(let renewal): renewal.amount
    case .topUp(let topUp): topUp.amount
    case .activity, .expiry, .balance, .plan: nil
    }
  }
}
