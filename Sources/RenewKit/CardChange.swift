/// One change to a card, as `renew add` and `renew edit` make them.
public enum CardChange: Sendable, Hashable {
  /// Renames the card.
  case rename(String)
  /// Sets a field, or empties it for `nil`.
  case set(CardField, FieldValue?)
  /// Sets the expiry outright, starting a new cycle on its day, or clears it: an
  /// `expiry` entry dated `on`, or when `on` is `nil` as ``Card/settingDate(for:today:)`` says.
  case expires(CalendarDate?, on: CalendarDate?, today: CalendarDate)
  /// Records what the carrier says the balance is on a day (`--balance`).
  case balance(Money, on: CalendarDate)
}

extension Card {
  /// Applies the changes an `edit` makes on `today`. A new price or period of a
  /// plan paid from the balance, or its end, applies to the charges after `today`:
  /// a ``PlanChange`` keeps the plan that made the charges up to that day.
  ///
  /// A plan that starts being paid from the balance for the first time records
  /// nothing: the carrier is taken to have charged it all along, as for a card
  /// added with it. Started again after it was ended, it records that nothing was
  /// charged since the end.
  public mutating func apply(_ changes: [CardChange], on today: CalendarDate) {
    var changed = self
    for change in changes { changed.apply(change) }
    let plan = chargedPlan
    // A card with a plan change had its plan charged before; one without never did.
    let wasCharged = history.contains { $0.event.type == .plan }
    if changed.chargedPlan != plan, plan != nil || wasCharged {
      history.append(Entry(.plan(PlanChange(date: today, previous: plan))))
    }
    for change in changes { apply(change) }
  }

  /// Applies one change.
  public mutating func apply(_ change: CardChange) {
    switch change {
    case .rename(let name): self.name = name
    case .set(let field, let value):
      field.set(value, in: &self)
      // What the balance pays changes the charges the history gives.
      if isPaidFromBalance || field == .fromBalance { replay() }
    case .balance(let amount, let day):
      record(.balance(BalanceReading(date: day, amount: amount)))
    case .expires(let date, let day, let today):
      // Clearing an expiry the card does not have records nothing.
      if date == nil && expiry == nil { return }
      setExpiry(date, on: day ?? settingDate(for: date, today: today))
    }
  }
}
