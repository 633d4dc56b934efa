import RenewKit

/// Every option renew knows, by its long name without dashes.
///
/// Options are looked up by these cases, never by strings, so that a misspelt
/// option is a compile error rather than a value that is never found. The
/// options that set a card's fields come from ``CardField``: a new field is a
/// new option without an edit here.
enum OptionName: Hashable, Sendable {
  /// `--number`, `--keep-alive`, `--method` …: sets a card field (and, for
  /// `--method` and `--note` on `log`, the entry's own).
  case field(CardField)
  /// `--no-auto-renew`, `--no-from-balance`: turns a flag field off.
  case off(CardField)
  // Global options, accepted before or after any command.
  /// `--file`, `--today`, `--json`, `--lang`, `--no-color`, `--help`, `--version`.
  case file, today, json, lang, noColor, help, version
  // Options of one or a few commands.
  /// The options of one command or a few.
  case name, expires, clear, all, within, yes, on, `for`, until, amount, via
  case receipt, force, balance, year, since, by, `in`, rate, months, out, new, exec
  /// The options of `list --names`, `export` and `import`.
  case names, format, history, update, dryRun

  /// Every option but the field ones, which ``allCases`` adds from ``CardField``.
  private static let ownCases: [OptionName] = [
    .file, .today, .json, .lang, .noColor, .help, .version, .name, .expires, .clear,
    .all, .within, .yes, .on, .for, .until, .amount, .via, .receipt, .force, .balance,
    .year, .since, .by, .in, .rate, .months, .out, .new, .exec, .names, .format, .history,
    .update, .dryRun,
  ]

  /// Every option.
  static let allCases: [OptionName] =
    ownCases + CardField.allCases.map(OptionName.field)
    + CardField.allCases.filter(\.isFlag).map(OptionName.off)

  /// The option named `name` (without dashes), if there is one.
  init?(rawValue name: String) {
    // A search through some sixty names costs less than building a dictionary of
    // them, which every run would pay for one or two options.
    guard let option = OptionName.allCases.first(where: { $0.rawValue == name }) else {
      return nil
    }
    self = option
  }

  /// The name as typed, without dashes: `keep-alive`.
  var rawValue: String {
    switch self {
    case .field(let field): return field.optionName
    case .file: return "file"
    case .today: return "today"
    case .json: return "json"
    case .lang: return "lang"
    case .noColor: return "no-color"
    case .help: return "help"
    case .version: return "version"
    case .name: return "name"
    case .expires: return "expires"
    case .off(let field): return "no-" + field.optionName
    case .balance: return "balance"
    case .clear: return "clear"
    case .all: return "all"
    case .within: return "within"
    case .yes: return "yes"
    case .on: return "on"
    case .for: return "for"
    case .until: return "until"
    case .year: return "year"
    case .since: return "since"
    case .by: return "by"
    case .in: return "in"
    case .rate: return "rate"
    case .months: return "months"
    case .out: return "out"
    case .new: return "new"
    case .exec: return "exec"
    case .amount: return "amount"
    case .via: return "via"
    case .receipt: return "receipt"
    case .force: return "force"
    case .names: return "names"
    case .format: return "format"
    case .history: return "history"
    case .update: return "update"
    case .dryRun: return "dry-run"
    }
  }

  /// The placeholder of the option's value in help (`DATE`), or `nil` for a flag.
  var placeholder: String? {
    switch self {
    case .field(let field): return field.placeholder
    case .json, .noColor, .help, .version, .off, .all, .yes, .force, .new, .names, .history,
      .update, .dryRun:
      return nil
    case .format: return "F"
    case .file: return "PATH"
    case .lang: return "en|zh"
    case .out: return "FILE"
    case .exec: return "CMD"
    case .today, .expires, .on, .until, .since: return "DATE"
    case .year: return "YYYY"
    case .by: return "G"
    case .in: return "CUR"
    case .rate: return "CUR=N"
    case .name: return "NEW"
    case .for: return "P"
    case .amount, .balance: return "MONEY"
    case .within, .months: return "N"
    case .via: return TextField.via.placeholder
    case .receipt: return TextField.receipt.placeholder
    case .clear: return "FIELD"
    }
  }

  /// Whether the option may be given more than once where a command does not say
  /// otherwise: the lists (`--method`, `--tag`) and `--clear`.
  var isRepeatable: Bool {
    switch self {
    case .field(let field): return field.isList
    case .clear, .rate: return true
    case .file, .today, .json, .lang, .noColor, .help, .version, .name, .expires, .off, .all,
      .within, .yes, .on, .for, .until, .amount, .via, .receipt, .force, .balance, .year,
      .since, .by, .in, .months, .out, .new, .exec, .names, .format, .history, .update, .dryRun:
      return false
    }
  }

  /// The global options, in the order help lists them.
  static let global: [OptionName] = [
    .file, .today, .json, .lang, .noColor, .help, .version,
  ]

  /// Whether the option belongs to every command (`--file`, `--json` …).
  var isGlobal: Bool { OptionName.global.contains(self) }

  /// The option as it is typed and listed: `--expires DATE`.
  var label: String { placeholder.map { "--\(rawValue) \($0)" } ?? "--\(rawValue)" }
}

extension CardField {
  /// The option that sets the field: `--keep-alive`, and `--method` and `--tag`
  /// (one value each, repeated) for the lists.
  var optionName: String {
    isList && label.hasSuffix("s") ? String(label.dropLast()) : label
  }

  /// The field's name as people read it, in `show` and in messages: `keep-alive`, `methods`.
  var label: String {
    var name = ""
    for character in rawValue {
      if character.isUppercase {
        name += "-" + character.lowercased()
      } else {
        name.append(character)
      }
    }
    return name
  }

  /// Whether the field holds a list, set by repeating its option.
  var isList: Bool {
    switch storage {
    case .methods, .tags: return true
    case .requiredText, .text, .country, .kind, .period, .money, .leadDays, .flag: return false
    }
  }

  /// The placeholder of the field's value in help.
  var placeholder: String? {
    switch storage {
    case .requiredText(let rules, _), .text(let rules, _): return rules.placeholder
    case .country: return "CC"
    case .kind: return "K"
    case .period: return "P"
    case .money: return "MONEY"
    case .leadDays: return "DAYS"
    case .methods: return "M"
    case .tags: return TextField.tag.placeholder
    case .flag: return nil
    }
  }
}

extension TextField {
  /// The placeholder of a value of this kind in help.
  var placeholder: String {
    switch self {
    case .name: return "NAME"
    case .number: return "N"
    case .carrier: return "C"
    case .tag: return "T"
    case .note, .how: return "TEXT"
    case .pay, .via: return "VIA"
    case .receipt: return "REF"
    }
  }
}
