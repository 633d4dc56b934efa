import RenewKit

/// What the user asked for, with every value parsed into its type.
enum Command: Equatable {
  case status(includeRetired: Bool, within: Int?)
  /// `onlyNew`: `--new`; `exec`: `--exec CMD`.
  case check(within: Int?, onlyNew: Bool, exec: String?)
  case add(name: String, changes: [CardChange])
  case edit(card: String, changes: [CardChange])
  /// `names`: `--names`, the names alone.
  case list(tag: String?, names: Bool)
  case show(card: String)
  case remove(card: String, isConfirmed: Bool)
  case retire(card: String)
  case unretire(card: String)
  /// `renewal.date` is filled in from `day` when the card is known.
  case log(card: String, day: EntryDay, renewal: Renewal, term: RenewalTerm?)
  /// `activity.date` is filled in from `day` when the card is known.
  case touch(card: String, day: EntryDay, activity: Activity)
  /// A balance reading or a top-up (`renew balance`, `renew top-up`); its date is
  /// filled in from `day` when the card is known.
  case money(card: String, day: EntryDay, event: Event)
  /// `entry` is an id or id prefix; `nil` means the entry recorded last.
  case unlog(card: String, entry: String?)
  case history(card: String?)
  /// `renew calendar`: the due dates as iCalendar, to stdout or `out`.
  case calendar(out: String?, includeRetired: Bool)
  /// `renew forecast`: what the coming months cost.
  case forecast(months: Int)
  /// `renew spend`: what was paid, in a range of days.
  case spend(
    card: String?, range: ClosedRange<CalendarDate>, by: SpendGrouping, conversion: Conversion?)
  /// `renew backups`.
  case backups
  /// `undo`; `force` restores the backup even over a file changed outside renew.
  case undo(force: Bool)
  /// `renew export`: every card as JSON, or CSV of cards or of entries.
  case export(format: DataFormat, history: Bool)
  /// `renew import`: the cards of `path` (`-`: stdin), in `format` or the one its
  /// name or first character says.
  case importCards(path: String, format: DataFormat?, update: Bool, dryRun: Bool)
  /// `renew merge`: git's merge driver.
  case merge(base: String, ours: String, theirs: String)
  /// `renew completion`: a completion script.
  case completion(Shell)
  /// `renew man`: the manual page.
  case manual
  /// Help on renew (`nil`) or on one command.
  case help(CommandName?)
  /// `renew --version`.
  case version

  /// The command `line` names, with its arguments and options checked and parsed.
  ///
  /// How each command validates its options is here, in one place per command.
  static func parse(
    _ line: CommandLineScan, values: OptionValues
  ) throws(UsageError) -> Command {
    guard let name = line.command else {
      if let word = line.arguments.first { throw .argumentsWithoutCommand(word) }
      return .status(includeRetired: false, within: nil)
    }
    let spec = name.spec
    let arguments = line.arguments
    let count = spec.argumentCount
    if arguments.count > count.upperBound {
      throw .unexpectedArgument(
        command: name.rawValue, argument: arguments[count.upperBound],
        afterOptionsEnd: line.endsOptions)
    }
    if arguments.count < count.lowerBound {
      throw .missingArgument(
        command: name.rawValue, placeholder: spec.arguments[arguments.count].placeholder)
    }
    let first = arguments.first ?? ""
    switch name {
    case .status:
      return .status(includeRetired: values.flag(.all), within: try values.count(.within))
    case .check:
      if let command = values.string(.exec), command.trimmed.isEmpty {
        throw .invalidValue(option: "exec", value: command, expected: .shellCommand)
      }
      return .check(
        within: try values.count(.within), onlyNew: values.flag(.new), exec: values.string(.exec))
    case .add:
      guard values.flag(.field(.number)) else {
        throw .missingOption(command: "add", option: "number")
      }
      return .add(name: try Values.name(first, option: nil), changes: try values.cardChanges())
    case .edit:
      let changes = try values.cardChanges()
      guard !changes.isEmpty else { throw .nothingToChange(command: "edit") }
      return .edit(card: first, changes: changes)
    case .list:
      if values.flag(.names) && values.flag(.json) { throw .conflictingOptions("names", "json") }
      return .list(tag: try values.text(.tag), names: values.flag(.names))
    case .show: return .show(card: first)
    case .remove: return .remove(card: first, isConfirmed: values.flag(.yes))
    case .retire: return .retire(card: first)
    case .unretire: return .unretire(card: first)
    case .log: return try log(card: first, values: values)
    case .touch:
      return .touch(
        card: first, day: try values.entryDay(.on),
        activity: Activity(date: values.today, note: try values.text(.note)))
    case .balance:
      let amount = try Values.moneyArgument(arguments[1])
      let reading = BalanceReading(date: values.today, amount: amount, note: try values.text(.note))
      return .money(card: first, day: try values.entryDay(.on), event: .balance(reading))
    case .topUp:
      let amount = try Values.moneyArgument(arguments[1])
      if amount.units == 0 {
        throw .invalidArgument(placeholder: "MONEY", value: arguments[1], expected: .topUpAmount)
      }
      let topUp = TopUp(
        date: values.today, amount: amount, via: try values.text(.via),
        receipt: try values.text(.receipt), note: try values.text(.note))
      return .money(card: first, day: try values.entryDay(.on), event: .topUp(topUp))
    case .unlog: return .unlog(card: first, entry: arguments.dropFirst().first)
    case .history: return .history(card: arguments.first)
    case .calendar:
      if let out = values.string(.out), out.isEmpty {
        throw .invalidValue(option: "out", value: out, expected: .fileName)
      }
      return .calendar(out: values.string(.out), includeRetired: values.flag(.all))
    case .forecast:
      guard let text = values.string(.months) else { return .forecast(months: 12) }
      let range = 1...120
      guard text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isWholeNumber }),
        let months = Int(text), range.contains(months)
      else {
        throw .invalidValue(option: "months", value: text, expected: .months(range))
      }
      return .forecast(months: months)
    case .spend:
      return .spend(
        card: arguments.first, range: try values.spendRange(), by: try values.grouping(),
        conversion: try values.conversion())
    case .backups: return .backups
    case .undo: return .undo(force: values.flag(.force))
    case .export:
      let format = try dataFormat(values) ?? .json
      if values.flag(.history) && format != .csv {
        throw .optionNeedsAnother(option: "history", needs: ["--format csv"])
      }
      return .export(format: format, history: values.flag(.history))
    case .import:
      if first.isEmpty {
        throw .invalidArgument(placeholder: "FILE", value: first, expected: .inputFile)
      }
      return .importCards(
        path: first, format: try dataFormat(values), update: values.flag(.update),
        dryRun: values.flag(.dryRun))
    case .merge:
      if let empty = arguments.first(where: \.isEmpty) {
        throw .invalidArgument(placeholder: "FILE", value: empty, expected: .fileName)
      }
      return .merge(base: first, ours: arguments[1], theirs: arguments[2])
    case .completion:
      guard let shell = Shell(rawValue: first.lowercased()) else {
        throw .invalidArgument(placeholder: "SHELL", value: first, expected: .shell)
      }
      return .completion(shell)
    case .man: return .manual
    case .help:
      guard let topic = arguments.first else { return .help(nil) }
      guard let command = CommandName(rawValue: topic) else {
        throw .unknownCommand(
          topic,
          suggestion: Suggestion.closest(to: topic, among: CommandName.allCases.map(\.rawValue)))
      }
      return .help(command)
    }
  }

  /// `--format`, if given.
  private static func dataFormat(_ values: OptionValues) throws(UsageError) -> DataFormat? {
    guard let text = values.string(.format) else { return nil }
    guard let format = DataFormat(rawValue: text.lowercased()) else {
      throw .invalidValue(option: "format", value: text, expected: .dataFormat)
    }
    return format
  }
}
