import RenewKit

/// Something renew did as asked but that the user should know about: printed on
/// stderr after the change, without changing the exit status.
enum Warning: Equatable {
  /// A card with neither an expiry nor a keep-alive window: `check` can never report it.
  case neverReported(card: String)
  /// `log --until` set an expiry earlier than the one the card had.
  case shortensExpiry(card: String, from: CalendarDate, to: CalendarDate)
  /// A renewal logged for a day before an expiry set outright, which then decides.
  case expirySetLater(card: String, on: CalendarDate, id: String, expiry: CalendarDate?)
  /// A top-up smaller than the card's `--min-top-up`.
  case belowMinimumTopUp(card: String, amount: Money, minimum: Money)

  /// The lines printed on stderr, each ending in a newline.
  func text(in language: Language) -> String {
    switch self {
    case .neverReported(let card):
      return "renew: warning: '\(card)' has no expiry and no keep-alive, "
        + "so 'renew check' will never report it\n"
        + "give it a clock: renew edit \(Format.shellQuoted(card)) --expires DATE "
        + "or --keep-alive 180d\n"
    case .shortensExpiry(let card, let from, let to):
      return "renew: warning: this shortens the expiry of '\(card)' from \(from) to \(to)\n"
    case .expirySetLater(let card, let day, let id, let expiry):
      return "renew: warning: the expiry of '\(card)' was set outright on \(day), after this "
        + "renewal, so it stays \(expiry.map(\.description) ?? "unset")\n"
        + "if that setting did not count this renewal, remove it: renew unlog "
        + "\(Format.shellQuoted(card)) \(id)\n"
    case .belowMinimumTopUp(let card, let amount, let minimum):
      return "renew: warning: \(amount) is less than the least top-up of '\(card)', "
        + "\(minimum); recorded all the same\n"
    }
  }
}
