/// What one renewal of a card normally buys: a period of validity, for a price.
public struct Plan: Sendable, Hashable {
  /// How far one renewal moves the expiry, such as `1m` or `365d`.
  public var period: Period?
  /// What one renewal normally costs; a logged renewal defaults to it.
  public var price: Money?

  /// Creates a plan.
  public init(period: Period? = nil, price: Money? = nil) {
    self.period = period
    self.price = price
  }

  /// Whether the plan says nothing at all.
  public var isEmpty: Bool { period == nil && price == nil }
}
