import RenewKit

/// Turns any error into the text renew prints and the exit code it returns.
///
/// This is the one place where messages and exit codes are decided: 64 for
/// usage (an undo over a file changed outside renew, without `--force`, too), 65
/// for a data file that cannot be understood or is too large, 74 for one that
/// cannot be read or written or is not a regular file, 75 for a lock held too long.
struct ErrorReport: Equatable {
  /// The first line, starting `renew: `.
  var message: String
  /// A second line that hints at the fix, if there is one.
  var hint: String?
  /// The exit status.
  var code: Int32

  /// Exit status for a command line renew cannot act on.
  static let usage: Int32 = 64
  /// Exit status for a data file that cannot be understood.
  static let dataError: Int32 = 65
  /// Exit status for `check` with no data file at the path in use (`EX_NOINPUT`).
  static let noInput: Int32 = 66
  /// Exit status for a data file that cannot be read or written.
  static let ioError: Int32 = 74
  /// Exit status for a lock held by another renew for too long.
  static let tempFail: Int32 = 75

  /// Both lines, each ending in a newline.
  ///
  /// Every control, format and separator character in them is written as an
  /// escape (`\u{1B}`, `\u{2028}`), so that input echoed in a message can neither
  /// break the line nor drive the terminal.
  var text: String {
    "renew: \(ErrorReport.escaped(message))\n" + (hint.map { "\(ErrorReport.escaped($0))\n" } ?? "")
  }

  /// `line` with every scalar that ``Unicode/Scalar/isForbiddenInText`` written as `\u{…}`.
  static func escaped(_ line: String) -> String {
    guard line.firstForbiddenScalar != nil else { return line }
    var result = ""
    for scalar in line.unicodeScalars {
      if scalar.isForbiddenInText {
        result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Exit status for a `check --exec` command that failed or timed out (`EX_UNAVAILABLE`).
  static let unavailable: Int32 = 69

  /// The lines for a `check --exec` command that did not succeed for `card`.
  static func hookFailed(
    _ command: String, card: String, _ outcome: HookOutcome, isRetried: Bool,
    language: Language
  ) -> String {
    let how: String
    switch outcome {
    case .exited(let status): how = "exited with status \(status)"
    case .signaled(let signal): how = "was killed by signal \(signal)"
    case .timedOut: how = "ran too long and was stopped"
    case .notStarted(let code): how = "could not be started: \(SystemError.reason(of: code))"
    }
    return ErrorReport(
      message: "--exec for '\(card)' \(how): \(command)",
      hint: isRetried ? "'\(card)' is tried again on the next 'renew check --new'" : nil,
      code: unavailable
    ).text
  }

  /// A report with its lines and exit status.
  init(message: String, hint: String? = nil, code: Int32) {
    self.message = message
    self.hint = hint
    self.code = code
  }

  /// The report for any error renew can throw, in `language`.
  init(_ error: any Error, language: Language) {
    switch error {
    case let error as UsageError: self = ErrorReport.describe(error)
    case let error as StoreError: self = ErrorReport.describe(error)
    case let error as CardLookupError: self = ErrorReport.describe(.cardLookup(error))
    case let error as RenewalError: self = ErrorReport.describe(.renewal(error))
    case let error as SystemError: self = ErrorReport.describe(StoreError.system(error))
    case let error as OutputError:
      self.init(
        message: "cannot write to standard output: \(SystemError.reason(of: error.code))",
        code: ErrorReport.ioError)
    default: self.init(message: "\(error)", code: 70)
    }
  }

  private static func see(_ command: String?) -> String {
    command.map { "see 'renew help \($0)'" } ?? "see 'renew --help'"
  }

  private static func describe(_ error: UsageError) -> ErrorReport {
    switch error {
    case .unknownCommand(let word, let suggestion):
      return ErrorReport(
        message: "unknown command '\(word)'",
        hint: suggestion.map { "did you mean '\($0)'?" } ?? "see 'renew --help'", code: usage)
    case .unknownOption(let option, let command, let suggestion):
      let scope = command.map { " for '\($0)'" } ?? ""
      return ErrorReport(
        message: "unknown option '\(option)'\(scope)",
        hint: suggestion.map { "did you mean '\($0)'?" } ?? see(command), code: usage)
    case .missingValue(let option, let placeholder):
      return ErrorReport(
        message: "option '--\(option)' needs a value",
        hint: "give it as '--\(option) \(placeholder)' or '--\(option)=\(placeholder)'",
        code: usage)
    case .unexpectedValue(let option):
      return ErrorReport(
        message: "option '--\(option)' takes no value", hint: "give it as '--\(option)'",
        code: usage)
    case .repeatedOption(let option):
      return ErrorReport(
        message: "option '--\(option)' given more than once", hint: "give it once", code: usage)
    case .missingArgument(let command, let placeholder):
      return ErrorReport(
        message: "'\(command)' needs \(placeholder)", hint: see(command), code: usage)
    case .unexpectedArgument(let command, let argument, let afterOptionsEnd):
      // After `--`, options are taken as arguments: quoting would not help.
      let hint =
        afterOptionsEnd
        ? "'--' ends the options: give options before it; \(see(command))"
        : "put a value with spaces in quotes; \(see(command))"
      return ErrorReport(
        message: "unexpected argument '\(argument)' for '\(command)'", hint: hint, code: usage)
    case .missingOption(let command, let option):
      return ErrorReport(
        message: "'\(command)' needs --\(option)", hint: see(command), code: usage)
    case .invalidValue(let option, let value, let expected):
      return ErrorReport(
        message: "invalid value '\(value)' for --\(option)", hint: expected, code: usage)
    case .invalidText(let option, let value, .forbiddenScalar(let scalar)):
      return ErrorReport(
        message: option.map { "invalid value '\(value)' for --\($0)" } ?? "invalid NAME '\(value)'",
        hint: "text may not contain \(scalar.codePointDescription); "
          + "give one line of visible characters",
        code: usage)
    case .invalidText(let option, _, .tooLong(let limit)):
      return ErrorReport(
        message: "\(option.map { "--\($0)" } ?? "NAME") is longer than \(limit) characters",
        hint: "shorten it to \(limit) characters or fewer", code: usage)
    case .invalidArgument(let placeholder, let value, let expected):
      return ErrorReport(message: "invalid \(placeholder) '\(value)'", hint: expected, code: usage)
    case .invalidEnvironment(let variable, let value, let expected):
      return ErrorReport(
        message: "invalid value '\(value)' in \(variable)", hint: expected, code: usage)
    case .noDataLocation:
      return ErrorReport(
        message: "HOME is not set, so there is no default data file",
        hint: "give --file PATH or set RENEW_FILE", code: usage)
    case .noDataFile(let path):
      return ErrorReport(
        message: "there is no data file at \(path)",
        hint: "in a crontab, set RENEW_FILE or give --file PATH: cron's environment is small",
        code: noInput)
    case .nothingToChange(let command):
      return ErrorReport(
        message: "'\(command)' needs at least one option to change", hint: see(command),
        code: usage)
    case .argumentsWithoutCommand(let word):
      return ErrorReport(
        message: "unexpected argument '\(word)' with no command", hint: "see 'renew --help'",
        code: usage)
    case .balancePlan(let card, .missing(let fields)):
      let options = fields.map { "--\($0)" }
      return ErrorReport(
        message:
          "'\(card)' cannot be paid from its balance without \(Format.list(options, in: .english))",
        hint: "give \(Format.list(options, in: .english)), or leave out --from-balance", code: usage
      )
    case .balancePlan(let card, .freePlan):
      return ErrorReport(
        message: "'\(card)' costs nothing, so its balance would pay for ever",
        hint: "give --price the plan's real price, or leave out --from-balance", code: usage)
    case .balancePlan(let card, .autoRenew):
      return ErrorReport(
        message: "'\(card)' cannot renew both from its balance and by auto-renew",
        hint: "give --from-balance or --auto-renew, not both", code: usage)
    case .balance(let card, .priceCurrency(let price, let balance)):
      return ErrorReport(
        message: "'\(card)' has a balance in \(balance), but its price is in \(price)",
        hint: "a card's balance has one currency; give the price in \(balance)", code: usage)
    case .balance(let card, .currency(let given, let balance)):
      return ErrorReport(
        message: "'\(card)' has a balance in \(balance), not \(given)",
        hint: "a card's balance has one currency; give the amount in \(balance)", code: usage)
    case .spendUntilNeedsSince:
      return ErrorReport(
        message: "--until needs --since: spend counts from --since to --until",
        hint: "give --since DATE too, or --year YYYY", code: usage)
    case .emptyRange(let since, let until):
      return ErrorReport(
        message: "--since \(since) is after --until \(until)", hint: "give --since first",
        code: usage)
    case .outIsDataFile(let path):
      return ErrorReport(
        message: "--out \(path) is renew's data file or one of its backups",
        hint: "give another file, such as ~/Sync/renew.ics", code: usage)
    case .balanceTooLarge(let card):
      return ErrorReport(
        message: "the balance of '\(card)' would pass 999999999999.99, more than renew keeps",
        hint: "record what the carrier says with 'renew balance'", code: usage)
    case .noStateLocation:
      return ErrorReport(
        message: "HOME is not set, so check --new has nowhere to keep what it reported",
        hint: "set XDG_STATE_HOME or HOME", code: usage)
    case .spendTooLarge:
      return ErrorReport(
        message: "the sums are too large to add up exactly (past 38 digits)",
        hint: "check the rates given with --rate", code: usage)
    case .rateWithoutIn(let rate):
      return ErrorReport(
        message: "--rate \(rate) needs --in: the currency to convert into",
        hint: "give --in CUR, such as --in CNY", code: usage)
    case .missingRate(let currency, let target):
      return ErrorReport(
        message: "no rate for \(currency) to convert into \(target)",
        hint: "give --rate \(currency)=N: what one \(currency) is in \(target)", code: usage)
    case .conflictingOptions(let first, let second):
      return ErrorReport(
        message: "options '--\(first)' and '--\(second)' cannot be used together",
        hint: "give one of them", code: usage)
    case .optionNeedsAnother(let option, let needs):
      return ErrorReport(
        message: "--\(option) says when the expiry was set, so it needs \(needs)",
        hint: "give \(needs), or leave out --\(option)", code: usage)
    case .futureDate(let option, let date, let today):
      return ErrorReport(
        message: "--\(option) \(date) is in the future (today is \(today))",
        hint: "record things after they happen", code: usage)
    case .noDueDate(let card):
      return ErrorReport(
        message: "'\(card)' has no due date, so --on due names no day",
        hint: "give --on DATE, or give the card a clock with --expires or --keep-alive",
        code: usage)
    case .notYetDue(let card, let due, let today):
      return ErrorReport(
        message: "'\(card)' is due on \(due), after today (\(today)), so --on due is in the future",
        hint: "give --on DATE for a renewal made before the due date", code: usage)
    case .formatNotSupported(let command, let format):
      let option = format.option.map { "--\($0.rawValue)" } ?? "text"
      let commands = CommandName.accepting(format).map(\.rawValue)
      return ErrorReport(
        message: "\(option) is not available for '\(command)'",
        hint: "\(option) works with \(Format.list(commands, in: .english))", code: usage)
    case .duplicateName(let name, let existing):
      return ErrorReport(
        message: "a card named '\(existing)' already exists",
        hint: "names are unique ignoring case; choose another name than '\(name)'", code: usage)
    case .cardLookup(.unknown(let query, let names)):
      return ErrorReport(
        message: "no card matches '\(query)'",
        hint: names.isEmpty
          ? "there are no cards yet; add one with 'renew add'"
          : "cards: \(names.joined(separator: ", "))", code: usage)
    case .cardLookup(.ambiguous(let query, let candidates)):
      return ErrorReport(
        message: "'\(query)' matches more than one card",
        hint: "candidates: \(candidates.joined(separator: ", "))", code: usage)
    case .renewal(.noPeriod(let card)):
      return ErrorReport(
        message: "'\(card)' has no plan period, so renew cannot tell the new expiry",
        hint: "give --for PERIOD or --until DATE, or set one with "
          + "'renew edit \(Format.shellQuoted(card)) --period P'",
        code: usage)
    case .renewal(.untilBeforeRenewal(let until, let renewal)):
      return ErrorReport(
        message: "--until \(until) is before the renewal date \(renewal)",
        hint: "--until is the new expiry date", code: usage)
    case .renewal(.outOfRange(let card)):
      return ErrorReport(
        message: "the new expiry of '\(card)' would be after 9999-12-31",
        hint: Values.lastDateHint + "; give a shorter --for or an --until", code: usage)
    case .nothingToUnlog(let card):
      return ErrorReport(
        message: "'\(card)' has no history to remove an entry from",
        hint: "see 'renew history'", code: usage)
    case .entryLookup(let query, let card, let candidates, let isAmbiguous):
      return ErrorReport(
        message: isAmbiguous
          ? "'\(query)' matches more than one entry of '\(card)'"
          : "no entry of '\(card)' has an id starting '\(query)'",
        hint: "\(isAmbiguous ? "candidates" : "entries"): \(candidates.joined(separator: ", "))",
        code: usage)
    case .removeNeedsConfirmation(let card):
      return ErrorReport(
        message: "not removing '\(card)' without --yes",
        hint: "run 'renew remove \(Format.shellQuoted(card)) --yes', or keep its history with "
          + "'renew retire'",
        code: usage)
    }
  }

  private static func describe(_ error: StoreError) -> ErrorReport {
    let recover =
      "nothing was changed; 'renew undo --force' or the backups folder has earlier versions"
    switch error {
    case .invalidJSON(let path, let error):
      return ErrorReport(
        message: "\(path):\(error.line):\(error.column): not valid JSON: "
          + DataFileText.reason(error.reason),
        hint: recover, code: dataError)
    case .invalidData(let path, let error):
      return ErrorReport(
        message: DataFileText.message(path: path, error), hint: recover, code: dataError)
    case .emptyFile(let path):
      return ErrorReport(
        message: "\(path): not a renew data file: the file is empty", hint: recover,
        code: dataError)
    case .newerVersion(let path, let found, let supported):
      return ErrorReport(
        message: "\(path) was written by a newer renew (format \(found); this one reads up to "
          + "\(supported))",
        hint: "upgrade renew; the file was left as it is", code: dataError)
    case .notRegularFile(let path, let kind):
      return ErrorReport(
        message: "\(path) is \(describe(kind)), not a regular file",
        hint: "the data file must be a regular file or a link to one; nothing was changed",
        code: ioError)
    case .tooLarge(let path, let size, let limit):
      return ErrorReport(
        message: "\(path) is too large for a renew data file (\(size) bytes; the limit is "
          + "\(limit))",
        hint: "nothing was changed; check that this is the right file", code: dataError)
    case .system(let error):
      return ErrorReport(
        message: "cannot \(verb(error.operation)) \(error.path): \(error.reason)",
        hint: "nothing was changed", code: ioError)
    case .locked(let lockPath, let seconds):
      let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
      return ErrorReport(
        message: "another renew is using the data file (waited \(shown) s for \(lockPath))",
        hint: "try again when it has finished; nothing was changed", code: tempFail)
    case .nothingToUndo(let folder):
      return ErrorReport(
        message: "nothing to undo", hint: "no backups left in \(folder)", code: usage)
    case .changedOutside(let path):
      return ErrorReport(
        message: "not undoing: \(path) was changed outside renew since renew last wrote it",
        hint: "'renew undo --force' restores the backup anyway and keeps the changed file "
          + "in the backups folder",
        code: usage)
    }
  }

  /// What renew was doing, as the verb of "cannot … PATH".
  private static func verb(_ operation: FileOperation) -> String {
    switch operation {
    case .read: "read"
    case .write: "write"
    case .createFolder: "create folder"
    case .openLock: "open lock file"
    case .lock: "lock"
    }
  }

  private static func describe(_ kind: FileKind) -> String {
    switch kind {
    case .characterDevice: "a character device"
    case .blockDevice: "a block device"
    case .namedPipe: "a named pipe (FIFO)"
    case .socket: "a socket"
    case .other: "a special file"
    }
  }
}
