/// What one renewal of a card normally buys: a period of validity, for a price.
public struct Plan: Sendable, Hashable, Codable {
  /// How far one renewal moves the expiry, such as `1m` or `365d`.
  public var period: Period?
  /// What one renewal normally costs; a logged renewal defaults to it.
  public var price: Money?

  /// Creates a plan.
  public init(period: Period? = nil, price: Money? = nil) {
    self.period = period
    self.price = price
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case period, price
  }

  /// Decodes a plan; both fields are optional, and no other is allowed.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    try decoder.rejectUnknownKeys(besides: CodingKeys.self, in: "a plan")
    period = try container.decodeIfPresent(Period.self, forKey: .period)
    price = try container.decodeIfPresent(Money.self, forKey: .price)
  }

  /// Whether the plan says nothing at all.
  public var isEmpty: Bool { period == nil && price == nil }
}
