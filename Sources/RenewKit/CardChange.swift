/// One change to a card, as `renew add` and `renew edit` make them.
public enum CardChange: Sendable, Hashable {
  /// Renames the card.
  case rename(String)
  /// Sets a field, or empties it for `nil`.
  case set(CardField, FieldValue?)
  /// Sets the expiry outright, starting a new cycle on its day, or clears it.
  case expires(CalendarDate?)
}

extension Card {
  /// Applies one change.
  public mutating func apply(_ change: CardChange) {
    switch change {
    case .rename(let name): self.name = name
    case .set(let field, let value): field.set(value, in: &self)
    case .expires(let date): setExpiry(date)
    }
  }
}
