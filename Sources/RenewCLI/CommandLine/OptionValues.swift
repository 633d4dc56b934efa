import RenewKit

/// The options of one command line, read as typed values.
struct OptionValues {
  /// The scanned command line.
  let line: CommandLineScan
  /// The day relative dates count from.
  var today: CalendarDate

  /// Whether a flag was given.
  func flag(_ name: OptionName) -> Bool { line.options.contains { $0.name == name } }

  /// The raw value of a single-valued option.
  func string(_ name: OptionName) -> String? { line.options.last { $0.name == name }?.value }

  /// Every value of a repeatable option.
  func strings(_ name: OptionName) -> [String] {
    line.options.compactMap { $0.name == name ? $0.value : nil }
  }

  /// The value of the option that sets `field`, checked as text.
  func text(_ field: TextField) throws(UsageError) -> String? {
    try string(field.option).map { text throws(UsageError) in
      try Values.text(text, field: field)
    }
  }

  /// A DATE.
  func date(_ name: OptionName) throws(UsageError) -> CalendarDate? {
    try string(name).map { text throws(UsageError) in
      try Values.date(text, option: name.rawValue, today: today)
    }
  }

  /// A date that may not be after today (`--on`).
  func pastDate(_ name: OptionName) throws(UsageError) -> CalendarDate? {
    guard let date = try date(name) else { return nil }
    if date > today { throw .futureDate(option: name.rawValue, date: date, today: today) }
    return date
  }

  /// The day of a `log` or `touch` entry: a date not after today, or `due` (到期日:
  /// the card's due date, for confirming an auto-renew charge); today when not given.
  func entryDay(_ name: OptionName) throws(UsageError) -> EntryDay {
    if string(name).flatMap(DueWord.init(word:)) == .due { return .due }
    return .date(try pastDate(name) ?? today)
  }

  /// A PERIOD.
  func period(_ name: OptionName) throws(UsageError) -> Period? {
    try string(name).map { text throws(UsageError) in
      try Values.period(text, option: name.rawValue)
    }
  }

  /// MONEY.
  func money(_ name: OptionName) throws(UsageError) -> Money? {
    try string(name).map { text throws(UsageError) in
      try Values.money(text, option: name.rawValue)
    }
  }

  /// One renewal method.
  func method(_ name: OptionName) throws(UsageError) -> RenewalMethod? {
    try string(name).map { text throws(UsageError) in
      try Values.method(text, option: name.rawValue)
    }
  }

  /// A number of DAYS.
  func count(_ name: OptionName) throws(UsageError) -> Int? {
    try string(name).map { text throws(UsageError) in
      try Values.count(text, option: name.rawValue, range: 0...Card.maximumRemindDays)
    }
  }

  /// The value the options give `field`, parsed by the field's type; `nil` when
  /// its option is not on the line.
  func value(of field: CardField) throws(UsageError) -> FieldValue? {
    let option = OptionName.field(field)
    guard flag(option) else { return nil }
    let text = string(option) ?? ""
    switch field.storage {
    case .requiredText: return .text(try Values.number(text))
    case .text(let rules, _): return .text(try Values.text(text, field: rules))
    case .country: return .country(try Values.country(text))
    case .kind: return .kind(try Values.kind(text))
    case .period: return .period(try Values.period(text, option: option.rawValue))
    case .money: return .money(try Values.money(text, option: option.rawValue))
    case .leadDays: return .leadDays(try Values.leadDays(text, option: option.rawValue))
    case .methods:
      var methods: [RenewalMethod] = []
      for text in strings(option) {
        let method = try Values.method(text, option: option.rawValue)
        if !methods.contains(method) { methods.append(method) }
      }
      return .methods(methods)
    case .tags:
      var tags: [String] = []
      for text in strings(option) {
        let tag = try Values.text(text, field: .tag)
        if !tags.contains(tag) { tags.append(tag) }
      }
      return .tags(tags)
    case .flag: return .flag(true)
    }
  }

  /// The changes of `add` and `edit`: a rename, then every field in table order,
  /// then `--clear`.
  func cardChanges() throws(UsageError) -> [CardChange] {
    var changes: [CardChange] = []
    if let name = string(.name) { changes.append(.rename(try Values.name(name, option: "name"))) }
    // An expiry set or cleared is an entry, dated by --on or by RenewKit's rule.
    let on = try pastDate(.on)
    if let expires = try date(.expires) { changes.append(.expires(expires, on: on, today: today)) }
    for field in CardField.allCases where flag(.field(field)) && flag(.off(field)) {
      throw .conflictingOptions(field.optionName, OptionName.off(field).rawValue)
    }
    for field in CardField.allCases {
      if let value = try value(of: field) { changes.append(.set(field, value)) }
    }
    for field in CardField.allCases where flag(.off(field)) {
      changes.append(.set(field, .flag(false)))
    }
    if let balance = string(.balance) {
      changes.append(.balance(try Values.money(balance, option: "balance"), on: today))
    }
    for text in strings(.clear) {
      let option = OptionName(rawValue: text)
      guard let option, OptionValues.clearable.contains(option) else {
        throw .invalidValue(option: "clear", value: text, expected: .clearable)
      }
      if flag(option) { throw .conflictingOptions(text, "clear \(text)") }
      switch option {
      case .field(let field): changes.append(.set(field, nil))
      default: changes.append(.expires(nil, on: on, today: today))
      }
    }
    if flag(.on), !changes.contains(where: { if case .expires = $0 { true } else { false } }) {
      throw .optionNeedsAnother(option: "on", needs: ["--expires", "--clear expires"])
    }
    return changes
  }

  /// What `edit --clear` can empty: the expiry and every clearable field, in the
  /// order help lists them.
  static let clearable: [OptionName] = CommandSpec.cardOptions(for: .edit).map(\.name).filter {
    option in
    switch option {
    case .field(let field): return field.isClearable
    case .expires: return true
    default: return false
    }
  }
}
