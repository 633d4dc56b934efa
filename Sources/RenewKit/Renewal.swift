/// A logged renewal: when, for how much, how, and what it did to the expiry.
public struct Renewal: Sendable, Hashable {
  /// The day the renewal was made.
  public var date: CalendarDate
  /// What was paid, if known.
  public var amount: Money?
  /// How it was paid.
  public var method: RenewalMethod?
  /// Through whom or what, such as `Alipay` or a shop's name.
  public var via: String?
  /// A receipt or order reference.
  public var receipt: String?
  /// A free-text note.
  public var note: String?
  /// How far it moved the expiry: a period, or a new expiry outright; `nil` for a
  /// renewal of a card with no clock, which only counts as activity.
  public var term: RenewalTerm?
  /// The expiry before this renewal, if the card had one.
  public var expiresBefore: CalendarDate?
  /// The expiry after this renewal, if the card has one.
  public var expiresAfter: CalendarDate?

  /// Creates a renewal record.
  public init(
    date: CalendarDate, amount: Money? = nil, method: RenewalMethod? = nil, via: String? = nil,
    receipt: String? = nil, note: String? = nil, term: RenewalTerm? = nil,
    expiresBefore: CalendarDate? = nil, expiresAfter: CalendarDate? = nil
  ) {
    self.date = date
    self.amount = amount
    self.method = method
    self.via = via
    self.receipt = receipt
    self.note = note
    self.term = term
    self.expiresBefore = expiresBefore
    self.expiresAfter = expiresAfter
  }
}
