/// Everything renew stores: the cards, with their histories, in one versioned document.
public struct Document: Sendable, Hashable {
  /// The newest format version this renew reads.
  ///
  /// Version 3 is version 2 with `plan-change` entries, which renew writes only
  /// when a card has one: a file without them stays readable by builds that know
  /// only version 2, and those builds refuse a file with them as newer rather
  /// than as invalid.
  public static let currentVersion = 3
  /// The format version of a document with no `plan-change` entry.
  static let baseVersion = 2

  /// Every card, retired ones included, in the order they were added.
  public var cards: [Card]
  /// What the change that wrote this document did, for `backups` and `undo`.
  public var lastChange: Change?

  /// An empty document of the current version.
  public init(cards: [Card] = [], lastChange: Change? = nil) {
    self.cards = cards
    self.lastChange = lastChange
  }

  /// Checks what reading each card cannot: that names are unique regardless of case.
  ///
  /// - Throws: ``DataError`` naming the second card of a duplicate pair.
  public func validate() throws(DataError) {
    var seen = Set<String>()
    seen.reserveCapacity(cards.count)
    for index in cards.indices where !seen.insert(Card.nameKey(cards[index].name)).inserted {
      throw DataError(card: cards[index].name, field: "name", problem: .sameNameAsAnother)
    }
  }

  /// The index of the card named `name`, ignoring case.
  public func index(named name: String) -> Int? {
    let key = Card.nameKey(name)
    return cards.firstIndex { Card.nameKey($0.name) == key }
  }
}

/// How much of a document to read.
public enum ReadDepth: Sendable {
  /// Every entry of every card, each card's clock replayed from them: for changes,
  /// and for commands that show history.
  case full
  /// Each card's fields and the clock written beside its history, the history's
  /// syntax judged in full (numbers, literals, commas) while it is stepped over:
  /// for changes, which copy the cards they do not touch into the file they write,
  /// and for commands that show one card's history. The store takes it from the
  /// ``Summary`` beside the data file while that is the file's and knows where each
  /// card lies in it: each card's history is then read from the file held open.
  case summary
  /// What ``summary`` reads, with no way back to any history: for the commands that
  /// only show cards (`status`, `check`, `list`, `forecast`, `calendar`). The store
  /// takes it from the ``Summary`` beside the data file while that is the file's.
  case glance
}

/// The keys of the document.
private enum DocumentKey: String, CaseIterable, Sendable {
  case cards, lastChange, version

  /// The reader's table of these keys.
  static let table = JSONKeyTable<DocumentKey>()
}

extension Document {
  /// Reads a document from the data file's bytes.
  ///
  /// A missing key takes its default, so `{}` is an empty document. A file of a
  /// newer version is refused before anything in its cards is judged.
  ///
  /// - Throws: ``JSONError`` when the bytes are not JSON, ``NewerVersionError``,
  ///   or ``DataError`` naming the card and field renew cannot accept.
  public static func decode(_ bytes: [UInt8], depth: ReadDepth = .full) throws -> Document {
    do {
      let summary = try JSONReader.decode(bytes) { reader in
        try read(from: &reader, depth: depth)
      }
      // A file of format 1 has no clocks: the whole document is read in full then.
      guard let summary else {
        return try JSONReader.decode(bytes) { reader in try read(from: &reader, depth: .full) }
          ?? Document()
      }
      return summary
    } catch let error as DataError {
      // The version comes last in the file: a problem in an earlier card of a
      // newer file is the newer version's, not the card's.
      if let version = version(in: bytes), version > currentVersion {
        throw NewerVersionError(found: version)
      }
      throw error
    }
  }

  /// The document, or `nil` when `summary` was asked for and the file is of format 1,
  /// which an upgrade reads in full.
  private static func read(from reader: inout JSONReader, depth: ReadDepth) throws -> Document? {
    let summary = depth != .full
    let reading = ObjectReading()
    var document = Document()
    var formats: [CardFormat] = []
    var version = baseVersion
    let isObject =
      try reading.value("", in: &reader) { r in
        try r.readObject(keys: DocumentKey.table) { key, r in
          switch key {
          case .cards?:
            var index = 0
            _ = try reading.value("cards", in: &r) { r in
              try r.readNull()
                ? nil
                : try r.readArray { element in
                  let (card, format) = try Card.read(
                    from: &element, index: index, depth: depth)
                  document.cards.append(card)
                  formats.append(format)
                  index += 1
                }
            }
          case .lastChange?:
            document.lastChange = try reading.value("lastChange", in: &r) {
              try $0.readOptionalString()
            }.map(Change.init(storedText:))
          case .version?:
            version = try reading.value("version", in: &r) { try $0.readOptionalInt() } ?? version
          case nil:
            reading.record(ObjectReading.key(of: r.unknownKey()), .unknownField)
            _ = try r.skipValue()
          }
        }
      } != nil
    guard version <= currentVersion else { throw NewerVersionError(found: version) }
    if let (field, problem) = reading.first {
      throw DataError(card: nil, field: field, problem: problem)
    }
    guard isObject else { throw DataError(card: nil, field: "", problem: .json(.missingKey(""))) }
    guard version >= 1 else {
      throw DataError(card: nil, field: "version", problem: .versionDoesNotExist(version))
    }
    for (index, format) in formats.enumerated() {
      // The keys of the other format are unknown in this one.
      let otherFormat: [CardKey] = version == 1 ? [.id, .clock] : [.expires, .anchorDay]
      if let key = format.keys.first(where: otherFormat.contains) {
        throw DataError(
          card: document.cards[index].name, field: key.rawValue, problem: .unknownField)
      }
      if format.skippedHistory || summary {
        guard version >= 2 else { return nil }
        // A card with history but without its clock (a hand edit) is read again
        // alone, in full, and replayed; the next change writes its clock back.
        if format.skippedHistory, !format.hasClock, let source = document.cards[index].source {
          document.cards[index] = try source.fullCard()
        }
      } else if version == 1 {
        document.cards[index].upgrade(from: format)
      } else {
        document.cards[index].replay()
      }
    }
    try document.validate()
    try document.assignDerivedIDs()
    return document
  }

  /// The document's `version`, if it can be found, without judging anything else.
  private static func version(in bytes: [UInt8]) -> Int? {
    var version: Int?
    _ = try? JSONReader.decode(bytes) { reader in
      try reader.readObject(keys: DocumentKey.table) { key, r in
        if key == .version { version = try? r.readInt() }
        _ = try? r.skipValue()
      }
    }
    return version
  }

  /// The data file's bytes: pretty-printed, keys sorted, with a final newline.
  ///
  /// - Parameter capacity: Bytes to reserve, such as the size of the file last read.
  /// - Returns: The bytes, in renew's JSON style.
  /// - Throws: ``JSONError`` or ``DataError`` when a card read in a hurry and then
  ///   changed has a history renew cannot accept, ``SystemError`` when the data
  ///   file a card is copied from cannot be read.
  public func encoded(reservingCapacity capacity: Int = 4096) throws -> [UInt8] {
    try encodedWithCards(reservingCapacity: capacity, copyingFrom: fileReadFrom).joined()
  }

  /// The data file held open that the first card read from one was read from.
  var fileReadFrom: OpenFile? {
    cards.lazy.compactMap { $0.source?.file }.first
  }

  /// The data file's bytes, as ``encoded(reservingCapacity:)``, with the cards
  /// copied from `file`, held open, left to be read from it as they are written,
  /// and the cards whose history was read to write them, for the ``Summary``.
  /// A card read from another file is written from its bytes, read now.
  ///
  /// The version is 3 when a card's bytes hold the entry type `plan-change`, else 2.
  /// A card copied unchanged has no history at hand: its bytes are searched for
  /// the quoted word instead, so every card is judged the same way. The word can
  /// only be a whole JSON string there, so at worst a note that says exactly
  /// `plan-change` makes the file version 3, which every renew that reads it also reads.
  func encodedWithCards(
    reservingCapacity capacity: Int, copyingFrom file: OpenFile?
  ) throws -> EncodedDocument {
    var writer = JSONWriter(reservingCapacity: capacity)
    var encoded = EncodedDocument(copyingFrom: file)
    encoded.places.reserveCapacity(cards.count)
    // Members in sorted order, so that the object never moves the bytes it holds
    // (the copies' offsets point into them).
    try writer.writeObject { object throws in
      try object.memberArray("cards") { array throws in
        for card in cards { try encoded.append(card, to: &array) }
      }
      object.member("lastChange", ifPresent: lastChange?.storedText)
      let hasPlanChange = encoded.places.contains { $0.mentionsPlanChange }
      object.member("version", hasPlanChange ? 3 : Document.baseVersion)
    }
    encoded.bytes = writer.finish()
    return encoded
  }

  /// Whether a card's bytes hold the entry type `plan-change`, quotes included.
  static func mentionsPlanChange(_ card: ArraySlice<UInt8>) -> Bool {
    card.withUnsafeBufferPointer { bytes in
      // `g`: no entry key or other entry type has it; of a card's keys only
      // `grace`, `tags` and `chargeRefused` do.
      JSONWordScan.contains(planChangeWord, pivot: 10, in: bytes)
    }
  }

  /// The entry type `plan-change` as the file holds it, quotes included.
  private static let planChangeWord = Array("\"\(EntryType.plan.rawValue)\"".utf8)
}
