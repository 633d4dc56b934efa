import RenewKit

/// What the user asked for, with every value parsed into its type.
enum Command: Equatable {
  case status(includeRetired: Bool, within: Int?)
  case check(within: Int?)
  case add(name: String, changes: [CardChange])
  case edit(card: String, changes: [CardChange])
  case list(tag: String?)
  case show(card: String)
  case remove(card: String, isConfirmed: Bool)
  case retire(card: String)
  case unretire(card: String)
  /// `renewal.date` is filled in from `day` when the card is known.
  case log(card: String, day: EntryDay, renewal: Renewal, term: RenewalTerm?)
  /// `activity.date` is filled in from `day` when the card is known.
  case touch(card: String, day: EntryDay, activity: Activity)
  case history(card: String?)
  case backups
  /// `undo`; `force` restores the backup even over a file changed outside renew.
  case undo(force: Bool)
  /// Help on renew (`nil`) or on the named command.
  case help(String?)
  case version
}

/// A parsed invocation: the command and the global options that shape it.
struct Invocation: Equatable {
  var command: Command
  /// `--file`, if given.
  var file: String?
  /// The day renew acts on: `--today`, else `$RENEW_TODAY`, else the clock's.
  var today: CalendarDate
  /// `--json`.
  var printsJSON: Bool
  /// `--no-color`.
  var forbidsColor: Bool

  /// Parses a whole command line.
  ///
  /// - Parameters:
  ///   - words: The arguments after the program name.
  ///   - clock: Today by the system clock, for `today`, `yesterday` and `tomorrow`.
  ///   - environmentToday: `$RENEW_TODAY`, if set.
  /// - Returns: The invocation, or help when `-h` or `--help` appears anywhere.
  /// - Throws: ``UsageError``.
  static func parse(
    _ words: [String], clock: CalendarDate, environmentToday: String? = nil
  ) throws(UsageError) -> Invocation {
    let help = ParsedCommandLine.helpRequest(in: words)
    if help.isRequested {
      return Invocation(
        command: .help(help.command?.name), file: nil, today: clock, printsJSON: false,
        forbidsColor: false)
    }
    let line = try ParsedCommandLine.parse(words)
    var values = OptionValues(line: line, today: clock)
    if let text = values.string("today") {
      values.today = try Values.date(text, option: "today", today: clock)
    } else if let text = environmentToday, !text.isEmpty {
      do {
        values.today = try Values.date(text, option: "today", today: clock)
      } catch {
        throw .invalidEnvironment(variable: "RENEW_TODAY", value: text, expected: Values.dateHint)
      }
    }
    if values.flag("json"), let spec = line.command, !spec.acceptsJSON {
      throw .jsonNotSupported(command: spec.name)
    }
    if let file = values.string("file"), file.isEmpty {
      throw .invalidValue(option: "file", value: file, expected: "give the data file's path")
    }
    let invocation = Invocation(
      command: try values.flag("version") ? .version : command(from: line, values: values),
      file: values.string("file"), today: values.today, printsJSON: values.flag("json"),
      forbidsColor: values.flag("no-color"))
    return invocation
  }

  private static func command(
    from line: ParsedCommandLine, values: OptionValues
  ) throws(UsageError) -> Command {
    guard let spec = line.command else {
      if let word = line.arguments.first { throw .argumentsWithoutCommand(word) }
      return .status(includeRetired: false, within: nil)
    }
    let arguments = line.arguments
    if arguments.count > spec.arguments.upperBound {
      throw .unexpectedArgument(
        command: spec.name, argument: arguments[spec.arguments.upperBound],
        afterOptionsEnd: line.endsOptions)
    }
    if arguments.count < spec.arguments.lowerBound {
      let placeholder = spec.usage.split(separator: " ").dropFirst(2).first.map(String.init)
      throw .missingArgument(command: spec.name, placeholder: placeholder ?? "an argument")
    }
    let first = arguments.first ?? ""
    switch spec.name {
    case "status":
      return .status(includeRetired: values.flag("all"), within: try values.count("within"))
    case "check": return .check(within: try values.count("within"))
    case "add":
      guard values.string("number") != nil else {
        throw .missingOption(command: "add", option: "number")
      }
      return .add(name: try Values.name(first, option: nil), changes: try values.cardChanges())
    case "edit":
      let changes = try values.cardChanges()
      guard !changes.isEmpty else { throw .nothingToChange(command: "edit") }
      return .edit(card: first, changes: changes)
    case "list": return .list(tag: try values.text(.tag))
    case "show": return .show(card: first)
    case "remove": return .remove(card: first, isConfirmed: values.flag("yes"))
    case "retire": return .retire(card: first)
    case "unretire": return .unretire(card: first)
    case "log": return try log(card: first, values: values)
    case "touch":
      return .touch(
        card: first, day: try values.entryDay("on"),
        activity: Activity(date: values.today, note: try values.text(.note)))
    case "history": return .history(card: arguments.first)
    case "backups": return .backups
    case "undo": return .undo(force: values.flag("force"))
    default:
      guard let topic = arguments.first else { return .help(nil) }
      guard CommandSpecs.spec(topic) != nil else {
        throw .unknownCommand(
          topic, suggestion: Suggestion.closest(to: topic, among: CommandSpecs.all.map(\.name)))
      }
      return .help(topic)
    }
  }

  private static func log(card: String, values: OptionValues) throws(UsageError) -> Command {
    if values.string("for") != nil && values.string("until") != nil {
      throw .conflictingOptions("for", "until")
    }
    let day = try values.entryDay("on")
    var term: RenewalTerm?
    if let period = try values.period("for") { term = .period(period) }
    if let until = try values.date("until") { term = .until(until) }
    let renewal = Renewal(
      date: values.today, amount: try values.money("amount"), method: try values.method("method"),
      via: try values.text(.via), receipt: try values.text(.receipt),
      note: try values.text(.note))
    return .log(card: card, day: day, renewal: renewal, term: term)
  }
}
