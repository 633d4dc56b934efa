/// The help text and shape of every command: its arguments, options and formats.
///
/// Parsing, help, completions and the man page all read this table, so an
/// option cannot exist without help and a command cannot exist without a spec.
/// Every text for people is a ``Localized``, so a command cannot have help in
/// one language only; usage lines, option labels and example lines are typed the
/// same in both.
extension CommandName {
  /// The command's spec.
  var spec: CommandSpec {
    switch self {
    case .status: return .status
    case .check: return .check
    case .add: return .add
    case .edit: return .edit
    case .list: return .list
    case .show: return .show
    case .remove: return .remove
    case .retire: return .retire
    case .unretire: return .unretire
    case .log: return .log
    case .touch: return .touch
    case .balance: return .balance
    case .topUp: return .topUp
    case .unlog: return .unlog
    case .history: return .history
    case .spend: return .spend
    case .forecast: return .forecast
    case .calendar: return .calendar
    case .backups: return .backups
    case .undo: return .undo
    case .export: return .export
    case .import: return .import
    case .merge: return .merge
    case .completion: return .completion
    case .man: return .man
    case .help: return .help
    }
  }
}
