/// Everything renew stores: the cards, with their histories, in one versioned document.
public struct Document: Sendable, Hashable {
  /// The format version this renew writes, and the newest it reads.
  public static let currentVersion = 1

  /// Every card, retired ones included, in the order they were added.
  public var cards: [Card]
  /// What the change that wrote this document did, such as `log Smart PH 2026-11-21`.
  public var lastChange: String?

  /// An empty document of the current version.
  public init(cards: [Card] = [], lastChange: String? = nil) {
    self.cards = cards
    self.lastChange = lastChange
  }

  /// Checks what decoding cannot: that names are present and unique regardless of case.
  ///
  /// - Throws: ``InvalidCardError`` naming the second card of a duplicate pair.
  public func validate() throws {
    var seen = Set<String>()
    for card in cards where !seen.insert(card.name.lowercased()).inserted {
      throw InvalidCardError(
        card: card.name, field: "name", reason: "another card has the same name")
    }
  }

  /// The index of the card named `name`, ignoring case.
  public func index(named name: String) -> Int? {
    let key = name.lowercased()
    return cards.firstIndex { $0.name.lowercased() == key }
  }
}

/// The document was written by a newer renew than this one.
public struct NewerVersionError: Error, Sendable, Equatable {
  /// The version in the file.
  public var found: Int
}

extension Document: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case version, cards, lastChange
  }

  /// Decodes a document, refusing one of a newer version before reading its cards.
  ///
  /// A missing key takes its default, so `{}` is an empty document.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let version = try container.decodeField(Int.self, forKey: .version) ?? Document.currentVersion
    guard version <= Document.currentVersion else { throw NewerVersionError(found: version) }
    guard version >= 1 else {
      throw DecodingError.dataCorruptedError(
        forKey: .version, in: container, debugDescription: "version \(version) does not exist")
    }
    try decoder.rejectUnknownKeys(besides: CodingKeys.self, in: "the document")
    cards = try container.decodeIfPresent([Card].self, forKey: .cards) ?? []
    lastChange = try container.decodeIfPresent(String.self, forKey: .lastChange)
  }

  /// Encodes the document as the current version.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Document.currentVersion, forKey: .version)
    try container.encode(cards, forKey: .cards)
    try container.encodeIfPresent(lastChange, forKey: .lastChange)
  }
}
