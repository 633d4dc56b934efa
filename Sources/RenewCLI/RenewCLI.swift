import RenewKit

/// The command-line interface: arguments in, text and an exit status out.
public enum RenewCLI {
  /// Runs one invocation of renew.
  ///
  /// Never exits and never reads the process's state: everything comes in
  /// through the parameters, so tests run it in-process.
  ///
  /// - Parameters:
  ///   - arguments: The arguments after the program name.
  ///   - environment: The environment variables.
  ///   - today: Today by the system clock; `--today` and `RENEW_TODAY` override it.
  ///   - output: Where to write, and what the terminal allows.
  /// - Returns: The exit status: 0, 1 (`check` found something), 64, 65, 66 (`check`
  ///   without a data file), 74 (also when standard output cannot be written) or 75.
  public static func run(
    arguments: [String], environment: [String: String], today: CalendarDate, output: Output
  ) -> Int32 {
    let language = Language(arguments: arguments, environment: environment)
    let code = runCommand(
      arguments: arguments, environment: environment, today: today, output: output,
      language: language)
    // Output that did not reach its destination (`>/dev/full`) is a failure too.
    guard let failure = output.standardOutputFailure() else { return code }
    let report = ErrorReport(OutputError(code: failure), language: language)
    output.standardError(report.text)
    return report.code
  }

  private static func runCommand(
    arguments: [String], environment: [String: String], today: CalendarDate, output: Output,
    language: Language
  ) -> Int32 {
    do {
      let invocation = try Invocation.parse(
        arguments, clock: today, environmentToday: environment["RENEW_TODAY"])
      switch invocation.command {
      case .help(let name):
        output.standardOutput(
          name.map { Help.command($0, in: language) } ?? Help.overview(in: language))
        return 0
      case .completion(let shell):
        output.standardOutput(Completion.script(for: shell, in: language))
        return 0
      case .manual:
        output.standardOutput(Manual.page(in: language))
        return 0
      case .merge(let base, let ours, let theirs):
        // git's driver needs no data file, home folder or lock: only the three files.
        let runner = Runner(
          store: Store(path: ours), today: invocation.today, format: .text, isColored: false,
          tableWidth: nil, output: output, language: language)
        return try runner.merge(base: base, ours: ours, theirs: theirs)
      case .version:
        output.standardOutput(Help.version + "\n")
        return 0
      default:
        let settings = try Settings.resolve(
          invocation, environment: environment, isTerminal: output.isTerminal,
          terminalColumns: output.terminalColumns)
        let runner = Runner(
          store: Store(path: settings.dataPath, lockTimeout: settings.lockTimeout),
          today: invocation.today, format: invocation.format,
          isColored: settings.isColored, tableWidth: settings.tableWidth, output: output,
          environment: environment, stateFolder: settings.stateFolder,
          hookTimeout: settings.hookTimeout, language: language)
        return try runner.run(invocation.command)
      }
    } catch {
      let report = ErrorReport(error, language: language)
      output.standardError(report.text)
      return report.code
    }
  }
}
