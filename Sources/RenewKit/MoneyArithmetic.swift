extension Money {
  /// An amount from its units at `scale`, written with at least two fraction digits
  /// and no trailing zeros beyond them.
  init(units: UInt64, scale: Int, currency: String) {
    var units = units
    var scale = scale
    while scale > 2, units % 10 == 0 {
      units /= 10
      scale -= 1
    }
    while scale < 2 {
      units *= 10
      scale += 1
    }
    self.units = units
    self.scale = scale
    self.currency = currency
  }

  /// Nothing, in `currency`.
  public static func zero(_ currency: String) -> Money {
    Money(units: 0, scale: 2, currency: currency)
  }

  /// Both amounts in units of the finer scale, or `nil` past what 64 bits hold.
  private func aligned(with other: Money) -> (UInt64, UInt64, Int)? {
    let scale = max(self.scale, other.scale)
    func units(_ money: Money) -> UInt64? {
      var units = money.units
      for _ in money.scale..<scale {
        let (product, overflow) = units.multipliedReportingOverflow(by: 10)
        if overflow { return nil }
        units = product
      }
      return units
    }
    guard let left = units(self), let right = units(other) else { return nil }
    return (left, right, scale)
  }

  /// The sum, exactly; `nil` for another currency, or past what 64 bits hold
  /// (some ten million million at six decimal places).
  public func adding(_ other: Money) -> Money? {
    guard currency == other.currency else { return nil }
    guard let (left, right, scale) = aligned(with: other) else { return nil }
    let (sum, overflow) = left.addingReportingOverflow(right)
    guard !overflow else { return nil }
    return Money(units: sum, scale: scale, currency: currency)
  }

  /// The difference, exactly; `nil` for another currency or when `other` is larger.
  public func subtracting(_ other: Money) -> Money? {
    guard currency == other.currency, let (left, right, scale) = aligned(with: other) else {
      return nil
    }
    guard left >= right else { return nil }
    return Money(units: left - right, scale: scale, currency: currency)
  }

  /// Whether this amount covers `other` (same currency, at least as much).
  public func covers(_ other: Money) -> Bool {
    guard currency == other.currency, let (left, right, _) = aligned(with: other) else {
      return false
    }
    return left >= right
  }

  /// How many whole times `other` fits in this amount, and what is left; `nil`
  /// for another currency or when `other` is nothing.
  public func divided(by other: Money) -> (count: UInt64, remainder: Money)? {
    guard currency == other.currency, other.units > 0 else { return nil }
    guard let (left, right, scale) = aligned(with: other) else {
      // Too much to align: more times than any calendar needs, the rest unknown.
      return (UInt64.max, Money.zero(currency))
    }
    return (left / right, Money(units: left % right, scale: scale, currency: currency))
  }
}
