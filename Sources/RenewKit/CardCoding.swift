extension Card: Codable {
  /// The keys of a card that are not ``CardField``s: its identity, clock and history.
  private enum OwnKey: String, CaseIterable {
    case name, added, retired, expires, anchorDay, history
  }

  /// How many characters of a name too long to show are shown in an error.
  static let shownNameLength = 40

  /// Decodes a card, with defaults for every optional field.
  ///
  /// Any failure after the name is read is reported as an ``InvalidCardError`` that
  /// names the card and the field (`history[3].via` for a field of a history
  /// entry), so that a user can find it in the file. Text follows the command
  /// line's rules (see ``TextField``); a name too long to show is named by its
  /// first ``shownNameLength`` characters.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: AnyCodingKey.self)
    let name = try container.decode(String.self, forKey: AnyCodingKey(OwnKey.name))
    func invalid(_ field: String, _ reason: String) -> InvalidCardError {
      InvalidCardError(card: name, field: field, reason: reason)
    }
    guard !name.trimmed.isEmpty else { throw invalid("name", "a card's name may not be empty") }
    if let problem = TextField.name.problem(in: name) {
      var shown = name
      if case .tooLong = problem {
        shown = String(name.unicodeScalars.prefix(Card.shownNameLength)) + "…"
      }
      throw InvalidCardError(card: shown, field: "name", reason: problem.reason)
    }
    let decoding = FieldDecoding(card: name)
    guard let added = try decoding.field(container, OwnKey.added, CalendarDate.self) else {
      throw invalid(OwnKey.added.rawValue, "a card needs the date it was added")
    }
    self.init(name: name, number: "", added: added)
    for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
      if let own = OwnKey(rawValue: key.stringValue) {
        try decodeOwn(own, from: container, with: decoding)
      } else if key.stringValue == "plan" {
        let plan = try decoding.nested(container, key)
        for planKey in plan.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
          guard let field = CardField(rawValue: planKey.stringValue), field.container == "plan"
          else { throw invalid("plan", "unknown field '\(planKey.stringValue)' in a plan") }
          field.set(try decoding.value(of: field, in: plan, at: "plan"), in: &self)
        }
      } else if let field = CardField(rawValue: key.stringValue), field.container == nil {
        field.set(try decoding.value(of: field, in: container, at: field.key), in: &self)
      } else {
        throw invalid(key.stringValue, "renew does not know this field")
      }
    }
    guard !number.trimmed.isEmpty else { throw invalid("number", "a card needs a number") }
  }

  private mutating func decodeOwn(
    _ key: OwnKey, from container: KeyedDecodingContainer<AnyCodingKey>,
    with decoding: FieldDecoding
  ) throws {
    switch key {
    case .name, .added: break
    case .retired: isRetired = try decoding.field(container, key, Bool.self) ?? false
    case .expires:
      expiry = try decoding.field(container, key, CalendarDate.self)
      anchorDay = anchorDay ?? expiry?.day
    case .anchorDay:
      guard let day = try decoding.field(container, key, Int.self) else { return }
      guard (1...31).contains(day) else {
        throw InvalidCardError(
          card: name, field: key.rawValue, reason: "\(day) is not a day of the month")
      }
      anchorDay = day
    case .history:
      do {
        history = try container.decodeField([Event].self, forKey: AnyCodingKey(key)) ?? []
      } catch let error as DecodingError {
        // An entry's own failure names the entry and its field: `history[3].via`.
        let path = error.path(below: container.codingPath)
        throw InvalidCardError(card: name, field: path ?? "history", reason: error.reason)
      }
    }
  }

  /// Encodes the card, leaving out fields that are unset.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: AnyCodingKey.self)
    try container.encode(name, forKey: AnyCodingKey(OwnKey.name))
    try container.encode(added, forKey: AnyCodingKey(OwnKey.added))
    if isRetired { try container.encode(true, forKey: AnyCodingKey(OwnKey.retired)) }
    try container.encodeIfPresent(expiry, forKey: AnyCodingKey(OwnKey.expires))
    try container.encodeIfPresent(anchorDay, forKey: AnyCodingKey(OwnKey.anchorDay))
    if !history.isEmpty { try container.encode(history, forKey: AnyCodingKey(OwnKey.history)) }
    var planValues: [(CardField, FieldValue)] = []
    for field in CardField.allCases {
      // A flag is always written, so that the file says `false` rather than nothing.
      guard let value = field.value(in: self) ?? (field.isFlag ? .flag(false) : nil) else {
        continue
      }
      if field.container == nil {
        try FieldEncoding.encode(value, of: field, in: &container)
      } else {
        planValues.append((field, value))
      }
    }
    guard !planValues.isEmpty else { return }
    var plan = container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: AnyCodingKey("plan"))
    for (field, value) in planValues { try FieldEncoding.encode(value, of: field, in: &plan) }
  }
}
