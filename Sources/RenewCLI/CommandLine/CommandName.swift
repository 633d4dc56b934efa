/// Every command renew knows, in the order help lists them.
///
/// Parsing switches over these cases without a `default:`, so a command added
/// here and not wired into parsing, help or running is a compile error.
enum CommandName: String, CaseIterable, Sendable {
  /// The everyday commands.
  case status, check, log, touch, unlog
  /// The balance on the card.
  case balance
  case topUp = "top-up"
  /// The commands that change or show cards.
  case add, edit, list, show, retire, unretire, remove
  /// History, backups, undo and help.
  case history, spend, forecast, calendar, backups, undo
  /// Every card as JSON or CSV.
  case export
  /// The cards of a CSV or JSON file.
  case `import`
  /// Other devices, the shell and the manual: git's merge driver, completion
  /// scripts, the manual page, and help.
  case merge, completion, man, help

  /// The heading the command is listed under in `renew --help`.
  var group: CommandGroup {
    switch self {
    case .status, .check, .log, .touch, .unlog, .balance, .topUp: return .everyday
    case .add, .edit, .list, .show, .retire, .unretire, .remove: return .cards
    case .history, .spend, .forecast, .calendar, .backups, .undo, .export, .import, .merge,
      .completion, .man, .help:
      return .data
    }
  }

  /// The commands that print `format`, in table order.
  static func accepting(_ format: OutputFormat) -> [CommandName] {
    allCases.filter { $0.spec.formats.contains(format) }
  }
}

/// A heading of the command list in `renew --help`.
enum CommandGroup: CaseIterable, Sendable {
  /// `status`, `check`, `log`, `touch`.
  case everyday
  /// Adding, changing and retiring cards.
  case cards
  /// History, backups, undo and help.
  case data
}

/// What a command can print: text for people, or JSON for scripts.
enum OutputFormat: Sendable, Hashable {
  /// Tables and sentences.
  case text
  /// One JSON document (`--json`).
  case json

  /// The option that asks for this format; `nil` for text, which needs none.
  var option: OptionName? {
    switch self {
    case .text: return nil
    case .json: return .json
    }
  }
}
