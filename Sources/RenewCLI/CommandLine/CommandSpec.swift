import RenewKit

/// A command's help and shape: usage, what it does, its arguments, options,
/// examples and the output formats it can print.
struct CommandSpec: Sendable {
  /// The usage line, such as `renew log CARD [--on DATE] …`.
  let usage: String
  /// One line for the command list, lowercase and without a final period.
  let summary: Localized
  /// Paragraphs shown under the usage line, hand-wrapped at 72 columns.
  let details: Localized
  /// The options, in the order help lists them.
  let options: [OptionHelp]
  /// Example command lines.
  let examples: [CommandExample]
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
    OptionHelp(
      .file,
      Localized(
        en: "use this data file instead of the default",
        zh: "使用这个数据文件，而不是默认的")),
    OptionHelp(
      .today,
      Localized(
        en: "act as if today were DATE (also $RENEW_TODAY)",
        zh: "把 DATE 当作今天（也可用 $RENEW_TODAY）")),
    OptionHelp(
      .json,
      Localized(
        en: "print JSON (\(jsonCommands.joined(separator: ", ")))",
        zh: "输出 JSON（\(jsonCommands.joined(separator: "、"))）")),
    OptionHelp(
      .lang,
      Localized(
        en: "English or Chinese (else RENEW_LANG, LC_ALL, LC_MESSAGES, LANG)",
        zh: "英文或中文（否则看 RENEW_LANG、LC_ALL、LC_MESSAGES、LANG）")),
    OptionHelp(
      .noColor,
      Localized(
        en: "never colour the output (also NO_COLOR, TERM=dumb)",
        zh: "输出不带颜色（也可用 NO_COLOR、TERM=dumb）")),
    OptionHelp(.help, Localized(en: "show help", zh: "显示帮助")),
    OptionHelp(.version, Localized(en: "show the version", zh: "显示版本号")),
  ]

  /// The global options every command's help points to `renew --help` for: all
  /// but `--help` and `--version`, which need no pointing to.
  static var pointedGlobalOptions: [OptionName] {
    globalOptions.map(\.name).filter { $0 != .help && $0 != .version }
  }

  private static var jsonCommands: [String] { CommandName.accepting(.json).map(\.rawValue) }

  /// The help of `--on` on the commands that record an entry (`touch`, `balance`,
  /// `top-up`).
  static let entryDateHelp = Localized(
    en: "when (default today; not in the future; 'due': the due date)",
    zh: "日期（默认今天；不能是将来；'due' 表示到期日）")

  /// The options of `add` and `edit` that set a card: every ``CardField``, in table
  /// order, with `--expires` before the plan; `edit` adds `--name`, `--no-auto-renew`
  /// and `--clear`.
  static func cardOptions(for command: CommandName) -> [OptionHelp] {
    var options = CardField.allCases.map { OptionHelp(.field($0), $0.help) }
    let clock = options.firstIndex { $0.name == .field(.period) } ?? options.endIndex
    options.insert(
      OptionHelp(
        .expires,
        Localized(
          en: "last day of validity; starts a new cycle",
          zh: "有效期的最后一天；开始新的周期")),
      at: clock)
    options.insert(
      OptionHelp(
        .on,
        Localized(
          en: "when --expires was true (default today, or the expiry if past)",
          zh: "--expires 所依据的日期（默认今天；已过则取有效期）")),
      at: clock + 1)
    let balance = options.firstIndex { $0.name == .field(.fromBalance) } ?? options.endIndex
    options.insert(
      OptionHelp(
        .balance,
        Localized(en: "what the carrier says the balance is today", zh: "运营商显示的今日余额")),
      at: balance)
    guard command == .edit else { return options }
    return [OptionHelp(.name, Localized(en: "rename the card", zh: "给卡改名"))] + options + [
      OptionHelp(
        .off(.autoRenew),
        Localized(en: "the carrier no longer charges by itself", zh: "运营商不再自动扣费")),
      OptionHelp(
        .off(.fromBalance),
        Localized(en: "the plan is no longer paid from the balance", zh: "套餐不再从余额扣费")),
      OptionHelp(.clear, Localized(en: "empty an optional field", zh: "清空一个可选字段")),
    ]
  }
}

extension CardField {
  /// The field's line of help on `add` and `edit`.
  var help: Localized {
    switch self {
    case .number:
      return Localized(en: "the phone number, as you write it", zh: "手机号码，按你习惯的写法")
    case .country:
      return Localized(
        en: "ISO 3166 country code, such as PH or GB", zh: "ISO 3166 国家/地区代码，如 PH 或 GB")
    case .carrier: return Localized(en: "the carrier's name", zh: "运营商名称")
    case .kind:
      return Localized(
        en: Format.alternatives(CardKind.allCases.map(\.rawValue), in: .english),
        zh: Format.alternatives(CardKind.allCases.map(\.bothWords), in: .chinese))
    case .period:
      return Localized(
        en: "what one renewal buys: 30d, 2w, 1m, 1y", zh: "每次续费的周期：30d、2w、1m、1y")
    case .price:
      return Localized(
        en: "what one renewal costs: \"10.00 USD\"", zh: "每次续费的价格：\"10.00 USD\"")
    case .keepAlive:
      return Localized(
        en: "activity needed within this window: 180d", zh: "保号周期，期内须有一次保号活动：180d")
    case .grace:
      return Localized(
        en: "how long after the due date it can be saved", zh: "宽限期：过了到期日多久之内还能恢复")
    case .remind:
      return Localized(
        en: "days before the due date to warn: 7, or 30,7,1 (default 7)",
        zh: "提前几天提醒：7，或 30,7,1（默认 7）")
    case .methods:
      return Localized(
        en: "online, app, phone, store, auto, third-party, kiosk or sms",
        zh: "续费方式：online、app、phone、store、auto、third-party、kiosk 或 sms")
    case .how:
      return Localized(
        en: "how to renew, in words: \"send 101 to 10086\"",
        zh: "用文字写明怎么续费：\"发送 101 到 10086\"")
    case .autoRenew:
      return Localized(
        en: "the carrier charges a bound payment method", zh: "运营商从绑定的支付方式自动扣费")
    case .pay:
      return Localized(
        en: "how you pay, or what auto-renew charges: PayPal, Visa 4242",
        zh: "支付方式，或自动续费扣款的账户：PayPal、Visa 4242")
    case .fromBalance:
      return Localized(
        en: "renews from the balance; needs an expiry, --period and --price",
        zh: "从余额扣费续期；需要有效期、--period 和 --price")
    case .minTopUp:
      return Localized(
        en: "the least a top-up may be: \"10 CNY\"", zh: "单次充值的最低金额：\"10 CNY\"")
    case .tags: return Localized(en: "a label for grouping", zh: "用于分组的标签")
    case .note: return Localized(en: "a note", zh: "备注")
    }
  }
}

/// One option as a command lists it, with that command's line of help.
struct OptionHelp: Sendable {
  /// The option.
  let name: OptionName
  /// One line of help.
  let help: Localized
  /// Whether this command takes it more than once.
  let isRepeatable: Bool

  /// An option with its help; repeatable where the option is, unless `repeatable` says.
  init(_ name: OptionName, _ help: Localized, repeatable: Bool? = nil) {
    self.name = name
    self.help = help
    self.isRepeatable = repeatable ?? name.isRepeatable
  }
}

/// An example command line in a command's help, with what it is for when that is
/// not plain from the line.
///
/// The line is what a user types, the same in both languages; only the comment
/// after it is translated. A plain string literal makes an example without a
/// comment.
struct CommandExample: Sendable, ExpressibleByStringLiteral {
  /// The command line, as typed (it may continue on an indented second line).
  let line: String
  /// What the example does, shown after `#`, or `nil`.
  let comment: Localized?
  /// The spaces between the line and the `#` of its comment.
  let spacing: Int

  /// An example with a comment `spacing` spaces after the line.
  init(_ line: String, comment: Localized, spacing: Int = 2) {
    self.line = line
    self.comment = comment
    self.spacing = spacing
  }

  /// An example without a comment.
  init(_ line: String) {
    self.line = line
    self.comment = nil
    self.spacing = 0
  }

  /// An example without a comment, written as a string literal.
  init(stringLiteral line: String) {
    self.init(line)
  }

  /// The example as help prints it, in `language`.
  func text(in language: Language) -> String {
    guard let comment else { return line }
    return line + String(repeating: " ", count: spacing) + "# " + comment.text(in: language)
  }
}

/// A positional argument: what help and errors call it, and whether it may be left out.
struct ArgumentSpec: Sendable {
  /// The placeholder, such as `CARD`.
  let placeholder: String
  /// Whether it may be left out.
  let isOptional: Bool
  /// What a shell's completion offers for it.
  var completion: ValueCompletion = .none

  /// A new card's name, for `add`.
  static let name = ArgumentSpec(placeholder: "NAME", isOptional: false)
  /// The card a command acts on.
  static let card = ArgumentSpec(placeholder: "CARD", isOptional: false, completion: .cards)
  /// A card to narrow the listing to (`history`).
  static let optionalCard = ArgumentSpec(
    placeholder: "CARD", isOptional: true, completion: .cards)
  /// A history entry, by id or id prefix (`unlog`).
  static let optionalEntry = ArgumentSpec(placeholder: "ENTRY", isOptional: true)
  /// An amount of money (`balance`, `top-up`).
  static let money = ArgumentSpec(placeholder: "MONEY", isOptional: false)
  /// The command to explain (`help`).
  static let optionalCommand = ArgumentSpec(
    placeholder: "COMMAND", isOptional: true, completion: .commands)
  /// The shell a completion script is for (`completion`).
  static let shell = ArgumentSpec(
    placeholder: "SHELL", isOptional: false, completion: .words(Shell.allCases.map(\.rawValue)))
  /// A file to read (`import`).
  static let file = ArgumentSpec(placeholder: "FILE", isOptional: false, completion: .files)
  /// The common ancestor of a merge.
  static let base = ArgumentSpec(placeholder: "BASE", isOptional: false, completion: .files)
  /// Our side of a merge, which receives the result.
  static let ours = ArgumentSpec(placeholder: "OURS", isOptional: false, completion: .files)
  /// Their side of a merge.
  static let theirs = ArgumentSpec(
    placeholder: "THEIRS", isOptional: false, completion: .files)
}
