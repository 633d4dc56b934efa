import RenewKit

/// The day a `log` or `touch` entry is dated: given outright, or `--on due`.
enum EntryDay: Equatable {
  /// A date, already checked not to be after today.
  case date(CalendarDate)
  /// The card's due date: the day an auto-renew charge was due.
  case due

  /// The date for `card`.
  ///
  /// - Throws: ``UsageError`` when `--on due` names no date (a card with no
  ///   clock) or a date after today (a card not yet due).
  func date(for card: Card, today: CalendarDate) throws(UsageError) -> CalendarDate {
    switch self {
    case .date(let date):
      return date
    case .due:
      guard let due = card.due else { throw .noDueDate(card: card.name) }
      guard due <= today else { throw .notYetDue(card: card.name, due: due, today: today) }
      return due
    }
  }
}
