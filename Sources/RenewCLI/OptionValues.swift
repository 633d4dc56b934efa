import RenewKit

/// The options of one command line, read as typed values.
struct OptionValues {
  let line: ParsedCommandLine
  /// The day relative dates count from.
  var today: CalendarDate

  /// Whether a flag was given.
  func flag(_ name: String) -> Bool { line.options[name] != nil }

  /// The raw value of a single-valued option.
  func string(_ name: String) -> String? { line.options[name]?.last.flatMap { $0 } }

  /// Every value of a repeatable option.
  func strings(_ name: String) -> [String] { line.options[name]?.compactMap { $0 } ?? [] }

  /// The value of the option that sets `field`, checked as text.
  func text(_ field: TextField) throws(UsageError) -> String? {
    try string(field.option).map { text throws(UsageError) in
      try Values.text(text, field: field)
    }
  }

  func date(_ name: String) throws(UsageError) -> CalendarDate? {
    try string(name).map { text throws(UsageError) in
      try Values.date(text, option: name, today: today)
    }
  }

  /// A date that may not be after today (`--on`).
  func pastDate(_ name: String) throws(UsageError) -> CalendarDate? {
    guard let date = try date(name) else { return nil }
    if date > today { throw .futureDate(option: name, date: date, today: today) }
    return date
  }

  /// The day of a `log` or `touch` entry: a date not after today, or `due`
  /// (the card's due date, for confirming an auto-renew charge); today when not given.
  func entryDay(_ name: String) throws(UsageError) -> EntryDay {
    if string(name)?.lowercased() == "due" { return .due }
    return .date(try pastDate(name) ?? today)
  }

  func period(_ name: String) throws(UsageError) -> Period? {
    try string(name).map { text throws(UsageError) in try Values.period(text, option: name) }
  }

  func money(_ name: String) throws(UsageError) -> Money? {
    try string(name).map { text throws(UsageError) in try Values.money(text, option: name) }
  }

  func method(_ name: String) throws(UsageError) -> RenewalMethod? {
    try string(name).map { text throws(UsageError) in try Values.method(text, option: name) }
  }

  func count(_ name: String) throws(UsageError) -> Int? {
    try string(name).map { text throws(UsageError) in
      try Values.count(text, option: name, range: 0...Card.maximumRemindDays)
    }
  }

  /// The field changes of `add` and `edit`, in a fixed order, with `--clear` last.
  func cardChanges() throws(UsageError) -> [CardChange] {
    var changes: [CardChange] = []
    if let name = string("name") { changes.append(.name(try Values.name(name, option: "name"))) }
    if let number = string("number") { changes.append(.number(try Values.number(number))) }
    if let country = string("country") { changes.append(.country(try Values.country(country))) }
    if let carrier = try text(.carrier) { changes.append(.carrier(carrier)) }
    if let kind = string("kind") { changes.append(.kind(try Values.kind(kind))) }
    if let expires = try date("expires") { changes.append(.expires(expires)) }
    if let period = try period("period") { changes.append(.period(period)) }
    if let price = try money("price") { changes.append(.price(price)) }
    if let keepAlive = try period("keep-alive") { changes.append(.keepAlive(keepAlive)) }
    if let grace = try period("grace") { changes.append(.grace(grace)) }
    if let remind = try count("remind") { changes.append(.remind(remind)) }
    if flag("method") {
      var methods: [RenewalMethod] = []
      for text in strings("method") {
        let method = try Values.method(text, option: "method")
        if !methods.contains(method) { methods.append(method) }
      }
      changes.append(.methods(methods))
    }
    if let how = try text(.how) { changes.append(.how(how)) }
    if flag("auto-renew") && flag("no-auto-renew") {
      throw .conflictingOptions("auto-renew", "no-auto-renew")
    }
    if flag("auto-renew") { changes.append(.autoRenew(true)) }
    if flag("no-auto-renew") { changes.append(.autoRenew(false)) }
    if let pay = try text(.pay) { changes.append(.pay(pay)) }
    if flag("tag") {
      var tags: [String] = []
      for text in strings("tag") {
        let tag = try Values.text(text, field: .tag)
        if !tags.contains(tag) { tags.append(tag) }
      }
      changes.append(.tags(tags))
    }
    if let note = try text(.note) { changes.append(.note(note)) }
    for field in strings("clear") {
      guard CommandSpecs.clearable.contains(field) else {
        throw .invalidValue(
          option: "clear", value: field,
          expected: "fields that can be cleared: \(CommandSpecs.clearable.joined(separator: ", "))")
      }
      if flag(field) { throw .conflictingOptions(field, "clear \(field)") }
      changes.append(OptionValues.cleared(field))
    }
    return changes
  }

  private static func cleared(_ field: String) -> CardChange {
    switch field {
    case "country": return .country(nil)
    case "carrier": return .carrier(nil)
    case "kind": return .kind(nil)
    case "expires": return .expires(nil)
    case "period": return .period(nil)
    case "price": return .price(nil)
    case "keep-alive": return .keepAlive(nil)
    case "grace": return .grace(nil)
    case "remind": return .remind(nil)
    case "method": return .methods([])
    case "how": return .how(nil)
    case "pay": return .pay(nil)
    case "tag": return .tags([])
    default: return .note(nil)
    }
  }
}
