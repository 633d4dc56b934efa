import RenewKit

/// A command's help and shape: usage, what it does, its arguments, options,
/// examples and the output formats it can print.
struct CommandSpec: Sendable {
  /// The usage line, such as `renew log CARD [--on DATE] …`.
  let usage: String
  /// One line for the command list.
  let summary: String
  /// Paragraphs shown under the usage line.
  let details: String
  /// The options, in the order help lists them.
  let options: [OptionHelp]
  /// Example command lines.
  let examples: [String]
  /// The positional arguments, in order; optional ones last.
  let arguments: [ArgumentSpec]
  /// The formats it prints; `--json` needs ``OutputFormat/json``.
  let formats: [OutputFormat]

  /// How many positional arguments it takes at least and at most.
  var argumentCount: ClosedRange<Int> {
    arguments.filter { !$0.isOptional }.count...arguments.count
  }

  /// How the command lists `option`, or `nil` when it does not take it.
  func option(_ name: OptionName) -> OptionHelp? {
    options.first { $0.name == name }
  }

  /// The global options with their help, in the order help lists them.
  static let globalOptions: [OptionHelp] = [
    OptionHelp(.file, "use this data file instead of the default"),
    OptionHelp(.today, "act as if today were DATE (also $RENEW_TODAY)"),
    OptionHelp(
      .json,
      "print JSON (\(CommandName.accepting(.json).map(\.rawValue).joined(separator: ", ")))"),
    OptionHelp(.lang, "speak English or Chinese (also $RENEW_LANG, $LC_ALL, $LANG)"),
    OptionHelp(.noColor, "never colour the output (also NO_COLOR, TERM=dumb)"),
    OptionHelp(.help, "show help"),
    OptionHelp(.version, "show the version"),
  ]

  /// The options of `add` and `edit` that set a card: every ``CardField``, in table
  /// order, with `--expires` before the plan; `edit` adds `--name`, `--no-auto-renew`
  /// and `--clear`.
  static func cardOptions(for command: CommandName) -> [OptionHelp] {
    var options = CardField.allCases.map { OptionHelp(.field($0), $0.help) }
    let clock = options.firstIndex { $0.name == .field(.period) } ?? options.endIndex
    options.insert(OptionHelp(.expires, "last day of validity; starts a new cycle"), at: clock)
    options.insert(
      OptionHelp(.on, "when --expires was true (default today, or the expiry if past)"),
      at: clock + 1)
    let balance = options.firstIndex { $0.name == .field(.fromBalance) } ?? options.endIndex
    options.insert(OptionHelp(.balance, "what the carrier says the balance is today"), at: balance)
    guard command == .edit else { return options }
    return [OptionHelp(.name, "rename the card")] + options + [
      OptionHelp(.off(.autoRenew), "the carrier no longer charges by itself"),
      OptionHelp(.off(.fromBalance), "the plan is no longer paid from the balance"),
      OptionHelp(.clear, "empty an optional field"),
    ]
  }
}

extension CardField {
  /// The field's line of help on `add` and `edit`.
  var help: String {
    switch self {
    case .number: return "the phone number, as you write it"
    case .country: return "ISO 3166 country code, such as PH or GB"
    case .carrier: return "the carrier's name"
    case .kind: return "sim, esim or virtual"
    case .period: return "what one renewal buys: 30d, 2w, 1m, 1y"
    case .price: return "what one renewal costs: \"10.00 USD\""
    case .keepAlive: return "activity needed within this window: 180d"
    case .grace: return "how long after the due date it can be saved"
    case .remind: return "days before the due date to warn: 7, or 30,7,1 (default 7)"
    case .methods: return "online, app, phone, store, auto, third-party, kiosk or sms"
    case .how: return "how to renew, in words: \"send 101 to 10086\""
    case .autoRenew: return "the carrier charges a bound payment method"
    case .pay: return "how you pay, or what auto-renew charges: PayPal, Visa 4242"
    case .fromBalance: return "the plan renews itself from the balance (needs --price)"
    case .minTopUp: return "the least a top-up may be: \"10 CNY\""
    case .tags: return "a label for grouping"
    case .note: return "a note"
    }
  }
}

/// One option as a command lists it, with that command's line of help.
struct OptionHelp: Sendable {
  /// The option.
  let name: OptionName
  /// One line of help.
  let help: String
  /// Whether this command takes it more than once.
  let isRepeatable: Bool

  /// An option with its help; repeatable where the option is, unless `repeatable` says.
  init(_ name: OptionName, _ help: String, repeatable: Bool? = nil) {
    self.name = name
    self.help = help
    self.isRepeatable = repeatable ?? name.isRepeatable
  }
}

/// A positional argument: what help and errors call it, and whether it may be left out.
struct ArgumentSpec: Sendable {
  /// The placeholder, such as `CARD`.
  let placeholder: String
  /// Whether it may be left out.
  let isOptional: Bool

  /// A new card's name, for `add`.
  static let name = ArgumentSpec(placeholder: "NAME", isOptional: false)
  /// The card a command acts on.
  static let card = ArgumentSpec(placeholder: "CARD", isOptional: false)
  /// A card to narrow the listing to (`history`).
  static let optionalCard = ArgumentSpec(placeholder: "CARD", isOptional: true)
  /// A history entry, by id or id prefix (`unlog`).
  static let optionalEntry = ArgumentSpec(placeholder: "ENTRY", isOptional: true)
  /// An amount of money (`balance`, `top-up`).
  static let money = ArgumentSpec(placeholder: "MONEY", isOptional: false)
  /// The command to explain (`help`).
  static let optionalCommand = ArgumentSpec(placeholder: "COMMAND", isOptional: true)
}
