extension Card: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case name, number, country, carrier, kind, tags, note, retired, added, expires, anchorDay,
      plan, keepAlive, grace, remind, methods, how, autoRenew, pay, history
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
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let name = try container.decode(String.self, forKey: .name)
    func invalid(_ key: CodingKeys, _ reason: String) -> InvalidCardError {
      InvalidCardError(card: name, field: key.stringValue, reason: reason)
    }
    func field<T: Decodable>(_ key: CodingKeys, _ type: T.Type) throws -> T? {
      do {
        return try container.decodeField(type, forKey: key)
      } catch let error as DecodingError {
        throw invalid(key, error.reason)
      }
    }
    func text(_ key: CodingKeys, _ textField: TextField) throws -> String? {
      guard let text = try field(key, String.self) else { return nil }
      if let problem = textField.problem(in: text) { throw invalid(key, problem.reason) }
      return text
    }
    guard !name.trimmed.isEmpty else { throw invalid(.name, "a card's name may not be empty") }
    if let problem = TextField.name.problem(in: name) {
      var shown = name
      if case .tooLong = problem {
        shown = String(name.unicodeScalars.prefix(Card.shownNameLength)) + "…"
      }
      throw InvalidCardError(card: shown, field: "name", reason: problem.reason)
    }
    if let unknown = try decoder.unknownKey(besides: CodingKeys.self) {
      throw InvalidCardError(card: name, field: unknown, reason: "renew does not know this field")
    }
    guard let number = try text(.number, .number), !number.trimmed.isEmpty else {
      throw invalid(.number, "a card needs a number")
    }
    guard let added = try field(.added, CalendarDate.self) else {
      throw invalid(.added, "a card needs the date it was added")
    }
    self.init(name: name, number: number, added: added)
    country = try field(.country, String.self)
    if let country, !Country.codes.contains(country) {
      throw invalid(.country, "'\(country)' is not an ISO 3166 alpha-2 country code")
    }
    carrier = try text(.carrier, .carrier)
    if let text = try field(.kind, String.self) {
      guard let kind = CardKind(rawValue: text) else {
        throw invalid(.kind, "'\(text)' is not a kind (sim, esim or virtual)")
      }
      self.kind = kind
    }
    // A repeated tag or method is refused: read once, it would be lost on the next write.
    var seenTags = Set<String>()
    for (index, tag) in (try field(.tags, [String].self) ?? []).enumerated() {
      if let problem = TextField.tag.problem(in: tag) {
        throw InvalidCardError(card: name, field: "tags[\(index)]", reason: problem.reason)
      }
      guard seenTags.insert(tag).inserted else {
        throw invalid(.tags, "'\(tag)' appears more than once")
      }
      tags.append(tag)
    }
    note = try text(.note, .note)
    isRetired = try field(.retired, Bool.self) ?? false
    expiry = try field(.expires, CalendarDate.self)
    anchorDay = try field(.anchorDay, Int.self) ?? expiry?.day
    if let anchorDay, !(1...31).contains(anchorDay) {
      throw invalid(.anchorDay, "\(anchorDay) is not a day of the month")
    }
    plan = try field(.plan, Plan.self) ?? Plan()
    keepAlive = try field(.keepAlive, Period.self)
    grace = try field(.grace, Period.self)
    remindDays = try field(.remind, Int.self)
    if let remindDays, !(0...Card.maximumRemindDays).contains(remindDays) {
      throw invalid(
        .remind, "\(remindDays) is not a number of days from 0 to \(Card.maximumRemindDays)")
    }
    for text in try field(.methods, [String].self) ?? [] {
      guard let method = RenewalMethod(rawValue: text) else {
        throw invalid(.methods, "'\(text)' is not a renewal method")
      }
      guard !methods.contains(method) else {
        throw invalid(.methods, "'\(text)' appears more than once")
      }
      methods.append(method)
    }
    how = try text(.how, .how)
    renewsAutomatically = try field(.autoRenew, Bool.self) ?? false
    payVia = try text(.pay, .pay)
    do {
      history = try container.decodeField([Event].self, forKey: .history) ?? []
    } catch let error as DecodingError {
      // An entry's own failure names the entry and its field: `history[3].via`.
      let path = error.path(below: decoder.codingPath)
      throw InvalidCardError(card: name, field: path ?? "history", reason: error.reason)
    }
  }

  /// Encodes the card, leaving out fields that are unset.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(number, forKey: .number)
    try container.encodeIfPresent(country, forKey: .country)
    try container.encodeIfPresent(carrier, forKey: .carrier)
    try container.encodeIfPresent(kind, forKey: .kind)
    if !tags.isEmpty { try container.encode(tags, forKey: .tags) }
    try container.encodeIfPresent(note, forKey: .note)
    if isRetired { try container.encode(true, forKey: .retired) }
    try container.encode(added, forKey: .added)
    try container.encodeIfPresent(expiry, forKey: .expires)
    try container.encodeIfPresent(anchorDay, forKey: .anchorDay)
    if !plan.isEmpty { try container.encode(plan, forKey: .plan) }
    try container.encodeIfPresent(keepAlive, forKey: .keepAlive)
    try container.encodeIfPresent(grace, forKey: .grace)
    try container.encodeIfPresent(remindDays, forKey: .remind)
    if !methods.isEmpty { try container.encode(methods, forKey: .methods) }
    try container.encodeIfPresent(how, forKey: .how)
    try container.encode(renewsAutomatically, forKey: .autoRenew)
    try container.encodeIfPresent(payVia, forKey: .pay)
    if !history.isEmpty { try container.encode(history, forKey: .history) }
  }
}
