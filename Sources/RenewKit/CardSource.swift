/// Where a card read in a hurry came from: its bytes in the file, and the card as
/// they were read, so that a write can copy a card it did not change byte for byte
/// instead of decoding and encoding its history.
final class CardSource: Sendable {
  /// Where the card's bytes are.
  enum Bytes: Sendable {
    /// In the whole file, read into memory (shared, not copied).
    case memory([UInt8])
    /// In the data file, held open and read when needed (a card read from a
    /// ``Summary``), with whether they hold the word `"plan-change"`, and the
    /// card's record in that summary, which the next summary can copy.
    case file(OpenFile, mentionsPlanChange: Bool, summary: ArraySlice<UInt8>)
  }

  /// Where the card's bytes are.
  let bytes: Bytes
  /// The card's object in ``bytes``.
  let range: Range<Int>
  /// How deep the card's object sits, for its indentation.
  let depth: Int
  /// The card as read: its fields and the clock written beside its history.
  let decoded: Card

  init(bytes: Bytes, range: Range<Int>, depth: Int, decoded: Card) {
    self.bytes = bytes
    self.range = range
    self.depth = depth
    self.decoded = decoded
  }

  /// The card's object as the file holds it.
  ///
  /// - Throws: ``SystemError`` when the data file it is read from cannot be read.
  func object() throws(SystemError) -> ArraySlice<UInt8> {
    switch bytes {
    case .memory(let bytes): bytes[range]
    case .file(let file, _, _): try file.bytes(in: range)[...]
    }
  }

  /// Whether the card's bytes hold the entry type `plan-change`, which makes the
  /// file version 3 (see ``Document/encodedWithCards(reservingCapacity:copyingFrom:)``).
  var mentionsPlanChange: Bool {
    switch bytes {
    case .memory(let bytes): Document.mentionsPlanChange(bytes[range])
    case .file(_, let mentionsPlanChange, _): mentionsPlanChange
    }
  }

  /// The card with its whole history, read from its bytes and replayed.
  func fullCard() throws -> Card {
    var reader = JSONReader(bytes: Array(try object()))
    var (card, _) = try Card.read(from: &reader, index: 0)
    card.replay()
    return card
  }

  /// The data file the card's bytes are in, held open; `nil` for bytes in memory.
  var file: OpenFile? {
    if case .file(let file, _, _) = bytes { file } else { nil }
  }

  /// The card's record in the ``Summary`` it was read from, as it was read.
  var summaryRecord: ArraySlice<UInt8>? {
    if case .file(_, _, let record) = bytes { record } else { nil }
  }

  /// Where the card lies in the file, for a ``Summary``: `nil` when a write would
  /// not copy it as it is, because `card`, the card read, is not what its bytes
  /// say (an id derived for it) or sits at another depth than a data file's cards.
  func place(of card: Card) -> CardPlace? {
    var plain = card
    plain.source = nil
    guard depth == CardPlace.depth, plain == decoded else { return nil }
    return CardPlace(range: range, mentionsPlanChange: mentionsPlanChange)
  }
}

/// Where a card's object lies in the data file, as a ``Summary`` keeps it so that a
/// change can copy the card from the file without reading the rest.
struct CardPlace: Equatable {
  /// The card's object.
  var range: Range<Int>
  /// Whether its bytes hold the entry type `plan-change` (see ``CardSource/mentionsPlanChange``).
  var mentionsPlanChange: Bool

  /// How deep a data file's cards sit: in the document's object, in its `cards` array.
  static let depth = 2
}

extension Card {
  /// The card as it stands, with its history read from the file.
  ///
  /// A card read in a hurry and then changed is merged: its fields as they are
  /// now, its history as the file had it followed by what was recorded since, all
  /// replayed.
  ///
  /// - Parameter taken: The ids in use, which an entry without one (a hand edit)
  ///   does not get: it gets the id a full read derives for it. Asked only when
  ///   an entry has none.
  /// - Returns: The card with its whole history.
  /// - Throws: ``DataError`` or ``JSONError`` for a history renew cannot accept.
  func loaded(avoiding taken: () -> Set<String> = { [] }) throws -> Card {
    guard let source else { return self }
    var full = try source.fullCard()
    if full.history.contains(where: { $0.id.isEmpty }) {
      var taken = taken()
      full.deriveMissingEntryIDs(avoiding: &taken)
    }
    var current = self
    current.source = nil
    current.history = full.history + current.history
    current.replay()
    return current
  }
}

extension Card {
  /// The card with its whole history as the file holds it, replayed: read from its
  /// bytes when it was read in a hurry, with the id the read gave it.
  fileprivate func readInFull() throws -> Card {
    guard let source else { return self }
    var full = try source.fullCard()
    // The card's own id, which a read in a hurry may have derived.
    full.id = id
    return full
  }
}

extension Document {
  /// Reads card `index`'s whole history from the file, when it was read in a hurry.
  ///
  /// A command that records, removes or shows entries of a card loads it first.
  ///
  /// - Throws: ``DataError`` or ``JSONError`` for a history renew cannot accept.
  public mutating func loadCard(at index: Int) throws {
    cards[index] = try cards[index].loaded { ids }
  }
}

extension Document {
  /// Calls `body` with each card in turn, its whole history read and replayed.
  ///
  /// A card read in a hurry has its history read from its bytes just then, and let
  /// go once `body` returns, so that one card's history is held at a time: the
  /// commands that go through every entry (`history`, `spend`, `export`, `list
  /// --json`) need no more memory for ten years of history than for one. The
  /// document is given up a card at a time as well: a caller that hands it over
  /// (`consume`) holds what `body` keeps of the cards read and the cards not yet
  /// read, never both whole; one that keeps its own copy loses nothing.
  ///
  /// Ids are judged as a full read judges them, in the file's order: an id that
  /// appears twice is refused where it appears again, and an entry without one
  /// (a hand edit) gets the id a full read derives for it, which avoids every id
  /// the file gives, later cards' too: those are gathered, in a pass of their own,
  /// only when a card first needs an id made up.
  ///
  /// - Throws: ``DataError`` or ``JSONError`` for a history renew cannot accept,
  ///   ``SystemError`` when the data file cannot be read, or what `body` throws.
  public consuming func forEachCardInFull(_ body: (Card) throws -> Void) throws {
    var taken = Set<String>(minimumCapacity: cards.count)
    for card in cards where !card.id.isEmpty { taken.insert(card.id) }
    // Every id a later card gives an entry, once a card needs an id made up; the
    // ids of the cards before it are taken already.
    var given: Set<String>?
    for index in cards.indices {
      var card = Card.vacated
      swap(&card, &cards[index])
      var full = try card.readInFull()
      for position in full.history.indices {
        let id = full.history[position].id
        guard id.isEmpty || taken.insert(id).inserted else {
          throw DataError(
            card: card.name, field: "history[\(position)].id", problem: .repeatedID(id))
        }
      }
      if full.history.contains(where: { $0.id.isEmpty }) {
        if given == nil {
          var ids = Set<String>()
          for each in cards[(index + 1)...] {
            for entry in try each.readInFull().history { ids.insert(entry.id) }
          }
          given = ids
        }
        var avoiding = taken.union(given ?? [])
        full.deriveMissingEntryIDs(avoiding: &avoiding)
        for entry in full.history { taken.insert(entry.id) }
      }
      try body(full)
    }
  }
}
