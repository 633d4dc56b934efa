/// Any key, for listing what an object really holds.
struct AnyCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }

  init(stringValue: String) {
    self.stringValue = stringValue
  }

  init?(intValue: Int) {
    nil
  }
}

extension Decoder {
  /// The first key of this object that is not among `known`, if any.
  ///
  /// renew refuses a file with keys it does not know rather than drop them
  /// silently on its next write.
  func unknownKey<Key: CodingKey & CaseIterable>(besides known: Key.Type) throws -> String? {
    let names = Set(Key.allCases.map(\.stringValue))
    return try container(keyedBy: AnyCodingKey.self).allKeys.map(\.stringValue)
      .sorted().first { !names.contains($0) }
  }
}

extension Decoder {
  /// Throws when this object has a key that is not among `known`; `object` names
  /// what it is in the message (`a plan`).
  func rejectUnknownKeys<Key: CodingKey & CaseIterable>(
    besides known: Key.Type, in object: String
  ) throws {
    guard let unknown = try unknownKey(besides: known) else { return }
    throw DecodingError.dataCorrupted(
      DecodingError.Context(
        codingPath: codingPath, debugDescription: "unknown field '\(unknown)' in \(object)"))
  }
}

extension KeyedDecodingContainer {
  /// `decodeIfPresent`, with every failure turned into a `DecodingError` at this key.
  ///
  /// `JSONDecoder` reports a number that does not fit (`1e400`, `1.5` for a whole
  /// number) with an internal error type, which it later turns into a bare "not
  /// valid JSON"; converted here, the message can name the card and the field.
  func decodeField<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    do {
      return try decodeIfPresent(type, forKey: key)
    } catch let error as DecodingError {
      throw error
    } catch {
      let text = String(describing: error)
      let parsed = text.split(separator: "\"", omittingEmptySubsequences: false)
      let reason =
        text.hasPrefix("numberIsNotRepresentable") && parsed.count >= 2
        ? "\(parsed[1]) is out of range or not a whole number" : text
      throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: reason)
    }
  }
}

extension KeyedDecodingContainer {
  /// A text value, checked against `field`'s rules (see ``TextField``); `nil` when absent.
  func decodeText(_ field: TextField, forKey key: Key) throws -> String? {
    guard let text = try decodeField(String.self, forKey: key) else { return nil }
    if let problem = field.problem(in: text) {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: self, debugDescription: problem.reason)
    }
    return text
  }
}

extension DecodingError {
  /// Where the failure is, below the object at `base`, as a reader of the file
  /// would write it: `history[3].via`; `nil` when it is at `base` itself.
  ///
  /// A missing key is placed at the object that lacks it; the reason names the key.
  func path(below base: [any CodingKey]) -> String? {
    let codingPath: [any CodingKey]
    switch self {
    case .dataCorrupted(let context), .keyNotFound(_, let context),
      .typeMismatch(_, let context), .valueNotFound(_, let context):
      codingPath = context.codingPath
    @unknown default: return nil
    }
    guard codingPath.count > base.count else { return nil }
    var path = ""
    for key in codingPath.dropFirst(base.count) {
      if let index = key.intValue {
        path += "[\(index)]"
      } else {
        path += (path.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return path
  }
}
