import RenewKit

/// A parsed invocation: the command and the global options that shape it.
struct Invocation: Equatable {
  /// What to do.
  var command: Command
  /// `--file`, if given.
  var file: String?
  /// The day renew acts on: `--today`, else `$RENEW_TODAY`, else the clock's.
  var today: CalendarDate
  /// What to print: text, or JSON with `--json`.
  var format: OutputFormat
  /// `--no-color`.
  var forbidsColor: Bool

  /// Parses a whole command line.
  ///
  /// - Parameters:
  ///   - words: The arguments after the program name.
  ///   - clock: Today by the system clock, for `today`, `yesterday` and `tomorrow`
  ///     (今天, 昨天, 明天).
  ///   - environmentToday: `$RENEW_TODAY`, if set.
  /// - Returns: The invocation, or help when `-h` or `--help` appears anywhere.
  /// - Throws: ``UsageError``.
  static func parse(
    _ words: [String], clock: CalendarDate, environmentToday: String? = nil
  ) throws(UsageError) -> Invocation {
    let line = try CommandLineScan(words)
    if line.asksForHelp {
      return Invocation(
        command: .help(line.command), file: nil, today: clock, format: .text, forbidsColor: false)
    }
    if let mistake = line.mistake { throw mistake }
    var values = OptionValues(line: line, today: clock)
    if let text = values.string(.today) {
      values.today = try Values.date(text, option: "today", today: clock)
    } else if let text = environmentToday, !text.isEmpty, !values.flag(.version),
      !(line.command.map(Invocation.isUndated) ?? false)
    {
      do {
        values.today = try Values.date(text, option: "today", today: clock)
      } catch {
        throw .invalidEnvironment(variable: "RENEW_TODAY", value: text, expected: .date)
      }
    }
    let format: OutputFormat = values.flag(.json) ? .json : .text
    if let command = line.command, !command.spec.formats.contains(format) {
      throw .formatNotSupported(command: command.rawValue, format: format)
    }
    if let text = values.string(.lang), Language(option: text) == nil {
      throw .invalidValue(option: "lang", value: text, expected: .language)
    }
    if let file = values.string(.file), file.isEmpty {
      throw .invalidValue(option: "file", value: file, expected: .filePath)
    }
    return Invocation(
      command: try values.flag(.version) ? .version : Command.parse(line, values: values),
      file: values.string(.file), today: values.today, format: format,
      forbidsColor: values.flag(.noColor))
  }

  /// Whether `command` has no use for today's date, so that a malformed
  /// `RENEW_TODAY` in the environment (git's, cron's) does not stop it.
  private static func isUndated(_ command: CommandName) -> Bool {
    switch command {
    case .merge, .completion, .man, .help: return true
    case .status, .check, .log, .touch, .unlog, .balance, .topUp, .add, .edit, .list, .show,
      .retire, .unretire, .remove, .history, .spend, .forecast, .calendar, .backups, .undo,
      .export, .import:
      return false
    }
  }
}
