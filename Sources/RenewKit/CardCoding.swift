/// The keys of a card in the data file: its own (identity, clock, history), the
/// plan, and every ``CardField`` that sits on the card itself.
enum CardKey: Hashable, Sendable, CaseIterable, RawRepresentable {
  case id, name, added, retired, clock, history, plan
  /// Format 1 kept the expiry and cycle day on the card; format 2 replays them.
  case expires, anchorDay
  case field(CardField)

  static let allCases: [CardKey] =
    [.id, .name, .added, .retired, .clock, .history, .plan, .expires, .anchorDay]
    + CardField.allCases.filter { $0.container == nil }.map(CardKey.field)

  /// The reader's table of these keys.
  static let table = JSONKeyTable<CardKey>()

  init?(rawValue: String) {
    guard let key = CardKey.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
    self = key
  }

  var rawValue: String {
    switch self {
    case .id: "id"
    case .clock: "clock"
    case .name: "name"
    case .added: "added"
    case .retired: "retired"
    case .expires: "expires"
    case .anchorDay: "anchorDay"
    case .history: "history"
    case .plan: "plan"
    case .field(let field): field.key
    }
  }
}

/// The keys of a card's plan: the fields whose container is `plan`.
struct PlanKey: Hashable, Sendable, CaseIterable, RawRepresentable {
  let field: CardField

  static let allCases = CardField.allCases.filter { $0.container == "plan" }.map(PlanKey.init)
  /// The reader's table of these keys.
  static let table = JSONKeyTable<PlanKey>()

  init(_ field: CardField) { self.field = field }
  init?(rawValue: String) {
    guard let field = CardField(rawValue: rawValue), field.container == "plan" else { return nil }
    self.field = field
  }
  var rawValue: String { field.key }
}

/// What a card's keys say of the format it was written in, for the document to
/// judge once it knows its version: format 1 kept the expiry on the card.
struct CardFormat {
  /// The keys that belong to one format only.
  var keys: [CardKey] = []
  /// Format 1's stored expiry.
  var expiry: CalendarDate?
  /// Format 1's stored cycle day.
  var anchorDay: Int?
  /// Whether the history was skipped, its clock taken as written.
  var skippedHistory = false
  /// Whether the card has its replayed clock.
  var hasClock: Bool { keys.contains(.clock) }
}

/// The keys of a card's replayed clock.
enum ClockKey: String, CaseIterable, Sendable {
  case expires, anchorDay, lastActivity, balance, chargeRefused

  /// The reader's table of these keys.
  static let table = JSONKeyTable<ClockKey>()
}

extension Card {
  /// How many characters of a name too long to show are shown in an error.
  static let shownNameLength = 40

  /// Reads the card at `index` of the document's `cards`.
  ///
  /// A problem in a field is reported as a ``DataError`` naming the card and the
  /// field (`history[3].via` for a field of a history entry), so that a user can
  /// find it in the file; text follows the command line's rules (see
  /// ``TextField``). A syntax error is thrown as the ``JSONError`` it is.
  static func read(
    from reader: inout JSONReader, index: Int, depth: ReadDepth = .full
  ) throws -> (Card, CardFormat) {
    let summary = depth != .full
    let reading = ObjectReading()
    var card = Card(name: "", number: "", added: .first)
    var format = CardFormat()
    var name: String?
    var added: CalendarDate?
    let depth = reader.depth
    let range =
      try reading.value("", in: &reader) { r in
        try r.readObject(keys: CardKey.table) { key, r in
          switch key {
          case .name?: name = try reading.value("name", in: &r) { try $0.readString() }
          case .added?: added = try reading.date("added", in: &r)
          case .retired?:
            card.isRetired =
              try reading.value("retired", in: &r) { try $0.readOptionalBool() } ?? false
          case .id?:
            format.keys.append(.id)
            guard let id = try reading.value("id", in: &r, { try $0.readOptionalString() }) else {
              return
            }
            guard Identifier.isWellFormed(id) else { return reading.record("id", .notAnID(id)) }
            card.id = id
          case .clock?:
            // The replayed clock, kept for readers in a hurry; the history is the truth.
            format.keys.append(.clock)
            _ = try reading.value("clock", in: &r) { r in
              try r.readNull()
                ? nil
                : try r.readObject(keys: ClockKey.table) { key, r in
                  switch key {
                  case .expires?: card.clock.expiry = try reading.date("clock.expires", in: &r)
                  case .lastActivity?:
                    card.clock.lastActivity = try reading.date("clock.lastActivity", in: &r)
                  case .anchorDay?:
                    card.clock.anchorDay = try reading.value("clock.anchorDay", in: &r) {
                      try $0.readOptionalInt()
                    }
                  case .balance?: card.clock.balance = try reading.money("clock.balance", in: &r)
                  case .chargeRefused?:
                    card.clock.isChargeRefused =
                      try reading.value("clock.chargeRefused", in: &r) {
                        try $0.readOptionalBool()
                      } ?? false
                  case nil:
                    reading.record("clock.\(ObjectReading.key(of: r.unknownKey()))", .unknownField)
                    _ = try r.skipValue()
                  }
                }
            }
          case .expires?:
            format.keys.append(.expires)
            format.expiry = try reading.date("expires", in: &r)
          case .anchorDay?:
            format.keys.append(.anchorDay)
            guard let day = try reading.value("anchorDay", in: &r, { try $0.readOptionalInt() })
            else { return }
            guard (1...31).contains(day) else {
              return reading.record("anchorDay", .notADayOfMonth(day))
            }
            format.anchorDay = day
          case .history?:
            // A reader in a hurry takes the clock as written, and steps over the
            // history judging its syntax (no slower than skimming its brackets).
            if summary {
              format.skippedHistory = true
              _ = try r.skipValue()
              return
            }
            var position = 0
            _ = try reading.value("history", in: &r) { r in
              try r.readNull()
                ? nil
                : try r.readArray { entry in
                  defer { position += 1 }
                  if let read = try Entry.read(
                    from: &entry, at: "history[\(position)]", into: reading)
                  {
                    card.history.append(read)
                  }
                }
            }
          case .plan?:
            _ = try reading.value("plan", in: &r) { r in
              try r.readNull()
                ? nil
                : try r.readObject(keys: PlanKey.table) { key, r in
                  guard let field = key?.field else {
                    reading.record("plan.\(ObjectReading.key(of: r.unknownKey()))", .unknownField)
                    _ = try r.skipValue()
                    return
                  }
                  let value = try field.read(from: &r, at: "plan.\(field.key)", into: reading)
                  field.set(value, in: &card)
                }
            }
          case .field(let field)?:
            field.set(try field.read(from: &r, at: field.key, into: reading), in: &card)
          case nil:
            reading.record(ObjectReading.key(of: r.unknownKey()), .unknownField)
            _ = try r.skipValue()
          }
        }
      }
    guard let range else {
      throw DataError(
        card: nil, field: "cards[\(index)]", problem: reading.first?.problem ?? .emptyName)
    }
    guard let name else {
      throw DataError(
        card: nil, field: "cards[\(index)]",
        problem: reading.first?.problem ?? .json(.missingKey("name")))
    }
    guard !name.trimmed.isEmpty else {
      throw DataError(card: name, field: "name", problem: .emptyName)
    }
    if let problem = TextField.name.problem(in: name) {
      var shown = name
      if case .tooLong = problem {
        shown = String(name.unicodeScalars.prefix(Card.shownNameLength)) + "…"
      }
      throw DataError(card: shown, field: "name", problem: .text(problem))
    }
    if let (field, problem) = reading.first {
      throw DataError(card: name, field: field, problem: problem)
    }
    guard !card.number.trimmed.isEmpty else {
      throw DataError(card: name, field: "number", problem: .missingNumber)
    }
    guard let added else { throw DataError(card: name, field: "added", problem: .missingAdded) }
    card.name = name
    card.added = added
    // A balance has one currency, as the commands keep it.
    var currency: String?
    for (position, entry) in card.history.enumerated() {
      guard let amount = entry.event.balanceAmount else { continue }
      if let currency, currency != amount.currency {
        throw DataError(
          card: name, field: "history[\(position)].currency",
          problem: .balanceCurrency(given: amount.currency, balance: currency))
      }
      currency = amount.currency
    }
    if summary {
      // Kept, so that a write can copy the card as it is if it does not change it
      // (a card without history too: its bytes are all there is to it).
      card.source = CardSource(
        bytes: .memory(reader.bytes), range: range, depth: depth, decoded: card)
    }
    return (card, format)
  }

  /// Writes the card's members as the data file holds them, leaving out fields that are unset.
  public func write(to object: inout JSONObjectWriter) {
    object.member("id", id)
    object.member("name", name)
    object.member("added", added)
    if isRetired { object.member("retired", true) }
    // A card with history always carries its clock, even an empty one: a card
    // without one makes every quick read replay the whole file.
    if clock != Clock() || !history.isEmpty {
      object.memberObject("clock") { clockObject in
        clockObject.member("expires", ifPresent: clock.expiry)
        clockObject.member("anchorDay", ifPresent: clock.anchorDay)
        clockObject.member("lastActivity", ifPresent: clock.lastActivity)
        clockObject.member("balance", ifPresent: clock.balance)
        if clock.isChargeRefused { clockObject.member("chargeRefused", true) }
      }
    }
    if !history.isEmpty {
      object.memberArray("history") { array in
        for entry in history { array.appendObject { entry.write(to: &$0, nulls: false) } }
      }
    }
    var plan: [(CardField, FieldValue)] = []
    for field in CardField.allCases {
      // A flag is always written, so that the file says `false` rather than nothing.
      guard let value = field.value(in: self) ?? (field.isFlag ? .flag(false) : nil) else {
        continue
      }
      if field.container == nil {
        object.member(field.key, value)
      } else {
        plan.append((field, value))
      }
    }
    if !plan.isEmpty {
      object.memberObject("plan") { object in
        for (field, value) in plan { object.member(field.key, value) }
      }
    }
  }
}
