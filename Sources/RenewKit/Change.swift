/// What one change to the document did, kept with it for `backups` and `undo`:
/// which command, on which card, for which day. Data, not words: the edge says it
/// in the user's language.
public enum Change: Sendable, Hashable {
  /// A command renew ran.
  case command(ChangeCommand, card: String, date: CalendarDate?)
  /// Text renew did not write (a file edited by hand), kept as it is.
  case text(String)

  /// The form kept in the data file: the command, the card and the date, separated
  /// by spaces (`log Smart PH 2026-11-21`).
  public var storedText: String {
    switch self {
    case .command(let command, let card, let date):
      return ([command.rawValue, card] + (date.map { [$0.description] } ?? [])).joined(
        separator: " ")
    case .text(let text):
      return text
    }
  }

  /// Reads the stored form back; text renew did not write stays ``text(_:)``.
  public init(storedText: String) {
    let words = storedText.split(separator: " ", omittingEmptySubsequences: false)
    guard words.count >= 2, let command = ChangeCommand(rawValue: String(words[0])) else {
      self = .text(storedText)
      return
    }
    var rest = words.dropFirst()
    var date: CalendarDate?
    if command.isDated, rest.count >= 2, let last = rest.last, let day = CalendarDate(iso: last) {
      date = day
      rest = rest.dropLast()
    }
    self = .command(command, card: rest.joined(separator: " "), date: date)
  }
}

/// The commands that change the document.
public enum ChangeCommand: String, Sendable, CaseIterable {
  /// A command that changes one card.
  case add, edit, remove, retire, unretire, log, touch, unlog, balance
  /// `renew top-up`.
  case topUp = "top-up"
  /// `renew import`: the card is the file's name.
  case `import`

  /// Whether the change is of one day (a renewal, activity), so that its date is kept.
  public var isDated: Bool {
    switch self {
    case .log, .touch, .unlog, .balance, .topUp: return true
    case .add, .edit, .remove, .retire, .unretire, .import: return false
    }
  }
}
