/// One change to one field of a card, as `renew add` and `renew edit` make them.
///
/// `nil` payloads clear an optional field.
public enum CardChange: Sendable, Hashable {
  /// Renames the card.
  case name(String)
  /// Sets the phone number.
  case number(String)
  /// Sets or clears the ISO 3166 country code.
  case country(String?)
  /// Sets or clears the carrier.
  case carrier(String?)
  /// Sets or clears the kind of card.
  case kind(CardKind?)
  /// Sets the expiry outright, starting a new cycle on its day, or clears it.
  case expires(CalendarDate?)
  /// Sets or clears the plan's period.
  case period(Period?)
  /// Sets or clears the plan's price.
  case price(Money?)
  /// Sets or clears the keep-alive window.
  case keepAlive(Period?)
  /// Sets or clears the grace period.
  case grace(Period?)
  /// Sets or clears the reminder window in days.
  case remind(Int?)
  /// Replaces the renewal methods.
  case methods([RenewalMethod])
  /// Sets or clears the free-text renewal instructions.
  case how(String?)
  /// Turns auto-renew on or off.
  case autoRenew(Bool)
  /// Sets or clears the payment route auto-renew charges.
  case pay(String?)
  /// Replaces the tags.
  case tags([String])
  /// Sets or clears the note.
  case note(String?)
}

extension Card {
  /// Applies one change.
  public mutating func apply(_ change: CardChange) {
    switch change {
    case .name(let value): name = value
    case .number(let value): number = value
    case .country(let value): country = value
    case .carrier(let value): carrier = value
    case .kind(let value): kind = value
    case .expires(let value): setExpiry(value)
    case .period(let value): plan.period = value
    case .price(let value): plan.price = value
    case .keepAlive(let value): keepAlive = value
    case .grace(let value): grace = value
    case .remind(let value): remindDays = value
    case .methods(let value): methods = value
    case .how(let value): how = value
    case .autoRenew(let value): renewsAutomatically = value
    case .pay(let value): payVia = value
    case .tags(let value): tags = value
    case .note(let value): note = value
    }
  }
}
