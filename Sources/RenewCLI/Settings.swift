import RenewKit

/// What the environment decides: where the data lives, whether to colour, how wide
/// a table may be, how long to wait for the lock. Read once, at start-up, from the
/// variables passed in.
struct Settings: Equatable {
  /// The data file's path.
  var dataPath: String
  /// Whether to colour the output.
  var isColored: Bool
  /// Seconds to wait for another renew's lock.
  var lockTimeout: Double
  /// The columns a table may take, or `nil` to never shorten one.
  var tableWidth: Int?
  /// The folder of this machine's state (`check --new`'s records), or `nil`
  /// without `XDG_STATE_HOME` and `HOME`.
  var stateFolder: String?
  /// Seconds a `check --exec` command may run.
  var hookTimeout: Double = 60

  /// The environment variable that overrides the time a `--exec` command may
  /// run, in seconds (for tests).
  static let hookTimeoutVariable = "RENEW_EXEC_TIMEOUT"

  /// The environment variable that overrides the lock wait, in seconds (for tests
  /// and for impatient scripts).
  static let lockTimeoutVariable = "RENEW_LOCK_TIMEOUT"

  /// Resolves the settings.
  ///
  /// The data file is `--file`, else `$RENEW_FILE`, else
  /// `$XDG_DATA_HOME/renew/renew.json`, else `~/.local/share/renew/renew.json`.
  /// Colour needs a terminal, and is off with `--no-color`, `NO_COLOR` (any
  /// non-empty value, as no-color.org says) or `TERM=dumb`. Tables are as wide
  /// as the terminal says it is (`terminalColumns`), else as `COLUMNS` says (a
  /// positive whole number; anything else is ignored); output that is not a
  /// terminal is never narrowed, whatever `COLUMNS` says.
  ///
  /// - Throws: ``UsageError`` for a malformed `RENEW_LOCK_TIMEOUT`, or when there is
  ///   no home folder to put the file in.
  static func resolve(
    _ invocation: Invocation, environment: [String: String], isTerminal: Bool,
    terminalColumns: Int? = nil
  ) throws -> Settings {
    func nonEmpty(_ name: String) -> String? {
      environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }
    let path: String
    if let file = invocation.file ?? nonEmpty("RENEW_FILE") {
      path = file
    } else if let data = nonEmpty("XDG_DATA_HOME"), data.hasPrefix("/") {
      path = "\(data)/renew/renew.json"
    } else if let home = nonEmpty("HOME") {
      path = "\(home)/.local/share/renew/renew.json"
    } else {
      throw UsageError.noDataLocation
    }
    var timeout = Store.defaultLockTimeout
    if let text = nonEmpty(lockTimeoutVariable) {
      guard let seconds = Double(text), seconds >= 0, seconds <= 3600 else {
        throw UsageError.invalidEnvironment(
          variable: lockTimeoutVariable, value: text, expected: .lockSeconds)
      }
      timeout = seconds
    }
    let isColored =
      isTerminal && !invocation.forbidsColor && nonEmpty("NO_COLOR") == nil
      && environment["TERM"] != "dumb"
    var tableWidth: Int?
    if isTerminal {
      let positive = { (columns: Int?) in columns.flatMap { $0 > 0 ? $0 : nil } }
      tableWidth = positive(terminalColumns) ?? positive(environment["COLUMNS"].flatMap { Int($0) })
    }
    var stateFolder: String?
    if let state = nonEmpty("XDG_STATE_HOME"), state.hasPrefix("/") {
      stateFolder = "\(state)/renew"
    } else if let home = nonEmpty("HOME") {
      stateFolder = "\(home)/.local/state/renew"
    }
    var hookTimeout = 60.0
    // Only `check --exec` runs commands: the variable cannot stop anything else.
    if case .check(_, _, exec: _?) = invocation.command, let text = nonEmpty(hookTimeoutVariable) {
      guard let seconds = Double(text), seconds > 0, seconds <= 3600 else {
        throw UsageError.invalidEnvironment(
          variable: hookTimeoutVariable, value: text, expected: .execSeconds)
      }
      hookTimeout = seconds
    }
    return Settings(
      dataPath: path, isColored: isColored, lockTimeout: timeout, tableWidth: tableWidth,
      stateFolder: stateFolder, hookTimeout: hookTimeout)
  }
}
