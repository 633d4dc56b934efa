/// Reads a card's values from the data file, with errors that name the card and the field.
struct FieldDecoding {
  /// The card's name, for errors.
  let card: String

  /// The value at `key`, or `nil` when it is absent or `null`.
  func field<T: Decodable, Key: RawRepresentable<String>>(
    _ container: KeyedDecodingContainer<AnyCodingKey>, _ key: Key, _ type: T.Type
  ) throws -> T? {
    try decode(type, in: container, at: AnyCodingKey(key.rawValue), path: key.rawValue)
  }

  /// The object at `key`.
  func nested(
    _ container: KeyedDecodingContainer<AnyCodingKey>, _ key: AnyCodingKey
  ) throws -> KeyedDecodingContainer<AnyCodingKey> {
    do {
      return try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: key)
    } catch let error as DecodingError {
      throw InvalidCardError(card: card, field: key.stringValue, reason: error.reason)
    }
  }

  /// The value of `field` in `container`, checked by the field's rules; `path`
  /// names it in errors.
  func value(
    of field: CardField, in container: KeyedDecodingContainer<AnyCodingKey>, at path: String
  ) throws -> FieldValue? {
    let key = AnyCodingKey(field.key)
    func invalid(_ reason: String) -> InvalidCardError {
      InvalidCardError(card: card, field: path, reason: reason)
    }
    func read<T: Decodable>(_ type: T.Type) throws -> T? {
      try decode(type, in: container, at: key, path: path)
    }
    switch field.storage {
    case .requiredText(let rules, _), .text(let rules, _):
      guard let text = try read(String.self) else { return nil }
      if let problem = rules.problem(in: text) { throw invalid(problem.reason) }
      return .text(text)
    case .country:
      guard let code = try read(String.self) else { return nil }
      guard Country.codes.contains(code) else {
        throw invalid("'\(code)' is not an ISO 3166 alpha-2 country code")
      }
      return .country(code)
    case .kind:
      guard let text = try read(String.self) else { return nil }
      guard let kind = CardKind(rawValue: text) else {
        throw invalid("'\(text)' is not a kind (sim, esim or virtual)")
      }
      return .kind(kind)
    case .period: return try read(Period.self).map(FieldValue.period)
    case .money: return try read(Money.self).map(FieldValue.money)
    case .days:
      guard let days = try read(Int.self) else { return nil }
      guard (0...Card.maximumRemindDays).contains(days) else {
        throw invalid("\(days) is not a number of days from 0 to \(Card.maximumRemindDays)")
      }
      return .days(days)
    case .methods:
      var methods: [RenewalMethod] = []
      for text in try read([String].self) ?? [] {
        guard let method = RenewalMethod(rawValue: text) else {
          throw invalid("'\(text)' is not a renewal method")
        }
        // Read once, a repeated method would be lost on the next write.
        guard !methods.contains(method) else { throw invalid("'\(text)' appears more than once") }
        methods.append(method)
      }
      return methods.isEmpty ? nil : .methods(methods)
    case .tags:
      var tags: [String] = []
      for (index, tag) in (try read([String].self) ?? []).enumerated() {
        if let problem = TextField.tag.problem(in: tag) {
          throw InvalidCardError(card: card, field: "\(path)[\(index)]", reason: problem.reason)
        }
        guard !tags.contains(tag) else { throw invalid("'\(tag)' appears more than once") }
        tags.append(tag)
      }
      return tags.isEmpty ? nil : .tags(tags)
    case .flag: return try read(Bool.self).map(FieldValue.flag)
    }
  }

  private func decode<T: Decodable>(
    _ type: T.Type, in container: KeyedDecodingContainer<AnyCodingKey>, at key: AnyCodingKey,
    path: String
  ) throws -> T? {
    do {
      return try container.decodeField(type, forKey: key)
    } catch let error as DecodingError {
      throw InvalidCardError(card: card, field: path, reason: error.reason)
    }
  }
}

/// Writes a card's values to the data file.
enum FieldEncoding {
  /// Writes `value` under the key of `field`.
  static func encode(
    _ value: FieldValue, of field: CardField,
    in container: inout KeyedEncodingContainer<AnyCodingKey>
  ) throws {
    let key = AnyCodingKey(field.key)
    switch value {
    case .text(let text), .country(let text): try container.encode(text, forKey: key)
    case .kind(let kind): try container.encode(kind, forKey: key)
    case .period(let period): try container.encode(period, forKey: key)
    case .money(let money): try container.encode(money, forKey: key)
    case .days(let days): try container.encode(days, forKey: key)
    case .methods(let methods): try container.encode(methods, forKey: key)
    case .tags(let tags): try container.encode(tags, forKey: key)
    case .flag(let isOn): try container.encode(isOn, forKey: key)
    }
  }
}

extension AnyCodingKey {
  /// The key named `name`.
  init(_ name: String) {
    self.init(stringValue: name)
  }

  /// The key named by a raw-valued enum case.
  init<Key: RawRepresentable<String>>(_ key: Key) {
    self.init(stringValue: key.rawValue)
  }
}

extension CardField {
  /// Whether the field is on or off rather than holding a value.
  public var isFlag: Bool {
    if case .flag = storage { return true }
    return false
  }
}
