/// A field of a card that `add` and `edit` set and `edit --clear` empties, declared
/// once: the command line, `show`, `--json` and the data file all take it from here.
///
/// Adding a field takes its stored property on ``Card``, a case here, its
/// ``storage`` and its line of help in the command-line table; the compiler
/// points at the last two. The name, the expiry and the history are not fields:
/// they are the card's identity and its clock, with rules of their own.
public enum CardField: String, CaseIterable, Sendable {
  case number, country, carrier, kind, period, price, keepAlive, grace, remind, methods, how
  case autoRenew, pay, fromBalance, minTopUp, tags, note

  /// Where the value lives on a card, and so what type it has.
  public var storage: FieldStorage {
    switch self {
    case .number: return .requiredText(.number, \.number)
    case .country: return .country(\.country)
    case .carrier: return .text(.carrier, \.carrier)
    case .kind: return .kind(\.kind)
    case .period: return .period(\.plan.period)
    case .price: return .money(\.plan.price)
    case .keepAlive: return .period(\.keepAlive)
    case .grace: return .period(\.grace)
    case .remind: return .leadDays(\.leadDays)
    case .methods: return .methods(\.methods)
    case .how: return .text(.how, \.how)
    case .autoRenew: return .flag(\.renewsAutomatically)
    case .pay: return .text(.pay, \.payVia)
    case .fromBalance: return .flag(\.isPaidFromBalance)
    case .minTopUp: return .money(\.minTopUp)
    case .tags: return .tags(\.tags)
    case .note: return .text(.note, \.note)
    }
  }

  /// The key in the data file and in `--json`.
  public var key: String { rawValue }

  /// The object the key sits in, if not the card itself: a plan's period and price.
  public var container: String? {
    switch self {
    case .period, .price: return "plan"
    case .number, .country, .carrier, .kind, .keepAlive, .grace, .remind, .methods, .how,
      .autoRenew, .pay, .fromBalance, .minTopUp, .tags, .note:
      return nil
    }
  }

  /// Whether `edit --clear` can empty it: every field but the number and the flags.
  public var isClearable: Bool {
    switch storage {
    case .requiredText, .flag: return false
    default: return true
    }
  }

  /// The value on `card`, or `nil` when it is unset (an empty list is unset, and so
  /// is a flag that is off).
  public func value(in card: Card) -> FieldValue? {
    switch storage {
    case .requiredText(_, let path): return .text(card[keyPath: path])
    case .text(_, let path): return card[keyPath: path].map(FieldValue.text)
    case .country(let path): return card[keyPath: path].map(FieldValue.country)
    case .kind(let path): return card[keyPath: path].map(FieldValue.kind)
    case .period(let path): return card[keyPath: path].map(FieldValue.period)
    case .money(let path): return card[keyPath: path].map(FieldValue.money)
    case .leadDays(let path):
      let days = card[keyPath: path]
      return days.isEmpty ? nil : .leadDays(days)
    case .methods(let path):
      let methods = card[keyPath: path]
      return methods.isEmpty ? nil : .methods(methods)
    case .tags(let path):
      let tags = card[keyPath: path]
      return tags.isEmpty ? nil : .tags(tags)
    case .flag(let path): return card[keyPath: path] ? .flag(true) : nil
    }
  }

  /// Sets the field on `card` to `value`, or empties it for `nil`.
  ///
  /// A value of another type than the field's is a programming error and is
  /// ignored (the command line and the decoder make values from ``storage``).
  public func set(_ value: FieldValue?, in card: inout Card) {
    switch (storage, value) {
    case (.requiredText(_, let path), nil): card[keyPath: path] = ""
    case (.requiredText(_, let path), .text(let text)?): card[keyPath: path] = text
    case (.text(_, let path), nil): card[keyPath: path] = nil
    case (.text(_, let path), .text(let text)?): card[keyPath: path] = text
    case (.country(let path), nil): card[keyPath: path] = nil
    case (.country(let path), .country(let code)?): card[keyPath: path] = code
    case (.kind(let path), nil): card[keyPath: path] = nil
    case (.kind(let path), .kind(let kind)?): card[keyPath: path] = kind
    case (.period(let path), nil): card[keyPath: path] = nil
    case (.period(let path), .period(let period)?): card[keyPath: path] = period
    case (.money(let path), nil): card[keyPath: path] = nil
    case (.money(let path), .money(let money)?): card[keyPath: path] = money
    case (.leadDays(let path), nil): card[keyPath: path] = []
    case (.leadDays(let path), .leadDays(let days)?): card[keyPath: path] = days
    case (.methods(let path), nil): card[keyPath: path] = []
    case (.methods(let path), .methods(let methods)?): card[keyPath: path] = methods
    case (.tags(let path), nil): card[keyPath: path] = []
    case (.tags(let path), .tags(let tags)?): card[keyPath: path] = tags
    case (.flag(let path), nil): card[keyPath: path] = false
    case (.flag(let path), .flag(let isOn)?): card[keyPath: path] = isOn
    default: assertionFailure("\(String(describing: value)) is not a value of \(self)")
    }
  }
}

/// Where a card field's value lives, and its type.
public enum FieldStorage: Sendable {
  /// Text that must be there (the number), with the rules of its ``TextField``.
  case requiredText(TextField, WritableKeyPath<Card, String> & Sendable)
  /// Optional one-line text, with the rules of its ``TextField``.
  case text(TextField, WritableKeyPath<Card, String?> & Sendable)
  /// An ISO 3166 alpha-2 country code.
  case country(WritableKeyPath<Card, String?> & Sendable)
  /// SIM, eSIM or virtual.
  case kind(WritableKeyPath<Card, CardKind?> & Sendable)
  /// A period such as `180d`.
  case period(WritableKeyPath<Card, Period?> & Sendable)
  /// An amount of money.
  case money(WritableKeyPath<Card, Money?> & Sendable)
  /// Lead days, largest first, each 0 to ``Card/maximumRemindDays``.
  case leadDays(WritableKeyPath<Card, [Int]> & Sendable)
  /// A list of renewal methods, each once.
  case methods(WritableKeyPath<Card, [RenewalMethod]> & Sendable)
  /// A list of tags, each once.
  case tags(WritableKeyPath<Card, [String]> & Sendable)
  /// On or off.
  case flag(WritableKeyPath<Card, Bool> & Sendable)
}

/// A value of a card field, typed.
public enum FieldValue: Sendable, Hashable {
  /// Text.
  case text(String)
  /// An ISO 3166 alpha-2 code, upper-case.
  case country(String)
  /// SIM, eSIM or virtual.
  case kind(CardKind)
  /// A period.
  case period(Period)
  /// Money.
  case money(Money)
  /// A number of days.
  case leadDays([Int])
  /// Renewal methods.
  case methods([RenewalMethod])
  /// Tags.
  case tags([String])
  /// On or off.
  case flag(Bool)
}
