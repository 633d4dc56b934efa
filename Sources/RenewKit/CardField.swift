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
    case .number:
      return .requiredText(.number, .init(get: { $0.number }, set: { $0.number = $1 }))
    case .country:
      return .country(.init(get: { $0.country }, set: { $0.country = $1 }))
    case .carrier:
      return .text(.carrier, .init(get: { $0.carrier }, set: { $0.carrier = $1 }))
    case .kind:
      return .kind(.init(get: { $0.kind }, set: { $0.kind = $1 }))
    case .period:
      return .period(.init(get: { $0.plan.period }, set: { $0.plan.period = $1 }))
    case .price:
      return .money(.init(get: { $0.plan.price }, set: { $0.plan.price = $1 }))
    case .keepAlive:
      return .period(.init(get: { $0.keepAlive }, set: { $0.keepAlive = $1 }))
    case .grace:
      return .period(.init(get: { $0.grace }, set: { $0.grace = $1 }))
    case .remind:
      return .leadDays(.init(get: { $0.leadDays }, set: { $0.leadDays = $1 }))
    case .methods:
      return .methods(.init(get: { $0.methods }, set: { $0.methods = $1 }))
    case .how:
      return .text(.how, .init(get: { $0.how }, set: { $0.how = $1 }))
    case .autoRenew:
      return .flag(.init(get: { $0.renewsAutomatically }, set: { $0.renewsAutomatically = $1 }))
    case .pay:
      return .text(.pay, .init(get: { $0.payVia }, set: { $0.payVia = $1 }))
    case .fromBalance:
      return .flag(.init(get: { $0.isPaidFromBalance }, set: { $0.isPaidFromBalance = $1 }))
    case .minTopUp:
      return .money(.init(get: { $0.minTopUp }, set: { $0.minTopUp = $1 }))
    case .tags:
      return .tags(.init(get: { $0.tags }, set: { $0.tags = $1 }))
    case .note:
      return .text(.note, .init(get: { $0.note }, set: { $0.note = $1 }))
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
    case .requiredText(_, let property): return .text(property.get(card))
    case .text(_, let property): return property.get(card).map(FieldValue.text)
    case .country(let property): return property.get(card).map(FieldValue.country)
    case .kind(let property): return property.get(card).map(FieldValue.kind)
    case .period(let property): return property.get(card).map(FieldValue.period)
    case .money(let property): return property.get(card).map(FieldValue.money)
    case .leadDays(let property):
      let days = property.get(card)
      return days.isEmpty ? nil : .leadDays(days)
    case .methods(let property):
      let methods = property.get(card)
      return methods.isEmpty ? nil : .methods(methods)
    case .tags(let property):
      let tags = property.get(card)
      return tags.isEmpty ? nil : .tags(tags)
    case .flag(let property): return property.get(card) ? .flag(true) : nil
    }
  }

  /// Sets the field on `card` to `value`, or empties it for `nil`.
  ///
  /// A value of another type than the field's is a programming error and is
  /// ignored (the command line and the decoder make values from ``storage``).
  public func set(_ value: FieldValue?, in card: inout Card) {
    switch (storage, value) {
    case (.requiredText(_, let property), nil): property.set(&card, "")
    case (.requiredText(_, let property), .text(let text)?): property.set(&card, text)
    case (.text(_, let property), nil): property.set(&card, nil)
    case (.text(_, let property), .text(let text)?): property.set(&card, text)
    case (.country(let property), nil): property.set(&card, nil)
    case (.country(let property), .country(let code)?): property.set(&card, code)
    case (.kind(let property), nil): property.set(&card, nil)
    case (.kind(let property), .kind(let kind)?): property.set(&card, kind)
    case (.period(let property), nil): property.set(&card, nil)
    case (.period(let property), .period(let period)?): property.set(&card, period)
    case (.money(let property), nil): property.set(&card, nil)
    case (.money(let property), .money(let money)?): property.set(&card, money)
    case (.leadDays(let property), nil): property.set(&card, [])
    case (.leadDays(let property), .leadDays(let days)?): property.set(&card, days)
    case (.methods(let property), nil): property.set(&card, [])
    case (.methods(let property), .methods(let methods)?): property.set(&card, methods)
    case (.tags(let property), nil): property.set(&card, [])
    case (.tags(let property), .tags(let tags)?): property.set(&card, tags)
    case (.flag(let property), nil): property.set(&card, false)
    case (.flag(let property), .flag(let isOn)?): property.set(&card, isOn)
    default: assertionFailure("\(String(describing: value)) is not a value of \(self)")
    }
  }
}

/// Where a card field's value lives, and its type.
public enum FieldStorage: Sendable {
  /// Text that must be there (the number), with the rules of its ``TextField``.
  case requiredText(TextField, CardProperty<String>)
  /// Optional one-line text, with the rules of its ``TextField``.
  case text(TextField, CardProperty<String?>)
  /// An ISO 3166 alpha-2 country code.
  case country(CardProperty<String?>)
  /// SIM, eSIM or virtual.
  case kind(CardProperty<CardKind?>)
  /// A period such as `180d`.
  case period(CardProperty<Period?>)
  /// An amount of money.
  case money(CardProperty<Money?>)
  /// Lead days, largest first, each 0 to ``Card/maximumRemindDays``.
  case leadDays(CardProperty<[Int]>)
  /// A list of renewal methods, each once.
  case methods(CardProperty<[RenewalMethod]>)
  /// A list of tags, each once.
  case tags(CardProperty<[String]>)
  /// On or off.
  case flag(CardProperty<Bool>)
}

/// Where on a card a field's value is kept: how to read it and how to set it.
///
/// Two functions rather than a key path: a key path is made at run time when it is
/// first used, and every command would pay for seventeen of them at start-up.
public struct CardProperty<Value>: Sendable {
  /// The value on a card.
  public let get: @Sendable (Card) -> Value
  /// Sets the value on a card.
  public let set: @Sendable (inout Card, Value) -> Void

  /// The property that `get` reads and `set` changes.
  public init(
    get: @escaping @Sendable (Card) -> Value, set: @escaping @Sendable (inout Card, Value) -> Void
  ) {
    self.get = get
    self.set = set
  }
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
