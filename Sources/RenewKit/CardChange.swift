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
  ///
  /// - Throws: ``PlanChangeOrderError`` when the plan would change on a day before
  ///   a plan change already recorded: each one keeps the plan charged up to its
  ///   day, so they only chain in date order. The card is then left as it was.
  public mutating func apply(
    _ changes: [CardChange], on today: CalendarDate
  ) throws(PlanChangeOrderError) {
    var changed = self
    for change in changes { changed.apply(change) }
    let plan = chargedPlan
    // A card with a plan change had its plan charged before; one without never did.
    let lastChange = history.filter { $0.event.type == .plan }.max { $0.event.date < $1.event.date }
    if changed.chargedPlan != plan, plan != nil || lastChange != nil {
      if let lastChange, lastChange.event.date > today {
        throw PlanChangeOrderError(date: today, later: lastChange)
      }
      // Before the entries the changes recorded, as when it is made first.
      changed.history.insert(
        Entry(.plan(PlanChange(date: today, previous: plan))), at: history.count)
      changed.replay()
    }
    self = changed
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

extension Card {
  /// Whether `change` only says again what the card says on `today`: an expiry
  /// set outright (not backdated with `--on`) to the expiry and cycle day the card
  /// has, or a balance equal to the one it has. Recorded, either would be an entry
  /// that changes nothing.
  ///
  /// - Parameters:
  ///   - change: The change given.
  ///   - today: The day it is made.
  ///   - cycleDay: The cycle day the expiry would have; by default its own day of
  ///     the month, as an expiry set outright has.
  /// - Returns: `true` when recording it would change nothing.
  public func restates(
    _ change: CardChange, on today: CalendarDate, cycleDay: Int? = nil
  ) -> Bool {
    switch change {
    case .expires(let date?, nil, _):
      return date == expiry(on: today) && (anchorDay ?? date.day) == (cycleDay ?? date.day)
    case .balance(let amount, _):
      return amount == balance(on: today)
    case .expires, .rename, .set:
      return false
    }
  }
}

/// A change of the plan paid from the balance dated before one already recorded.
public struct PlanChangeOrderError: Error, Sendable, Equatable {
  /// The day the new plan change would have.
  public var date: CalendarDate
  /// The latest plan change recorded.
  public var later: Entry
}
