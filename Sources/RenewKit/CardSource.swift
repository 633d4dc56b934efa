/// Where a card read in a hurry came from: its bytes in the file, and the card as
/// they were read, so that a write can copy a card it did not change byte for byte
/// instead of decoding and encoding its history.
final class CardSource: Sendable {
  /// The whole file the card was read from (shared, not copied).
  let bytes: [UInt8]
  /// The card's object in ``bytes``.
  let range: Range<Int>
  /// How deep the card's object sits, for its indentation.
  let depth: Int
  /// The card as read: its fields and the clock written beside its history.
  let decoded: Card

  init(bytes: [UInt8], range: Range<Int>, depth: Int, decoded: Card) {
    self.bytes = bytes
    self.range = range
    self.depth = depth
    self.decoded = decoded
  }

  /// The card with its whole history, read from its bytes and replayed.
  func fullCard() throws -> Card {
    var reader = JSONReader(bytes: Array(bytes[range]))
    var (card, _) = try Card.read(from: &reader, index: 0)
    card.replay()
    return card
  }
}

extension Card {
  /// The card as it stands, with its history read from the file.
  ///
  /// A card read in a hurry and then changed is merged: its fields as they are
  /// now, its history as the file had it followed by what was recorded since, all
  /// replayed.
  ///
  /// - Parameter taken: The ids in use, which an entry without one (a hand edit)
  ///   does not get: it gets the id a full read derives for it.
  /// - Returns: The card with its whole history.
  /// - Throws: ``DataError`` or ``JSONError`` for a history renew cannot accept.
  func loaded(avoiding taken: Set<String> = []) throws -> Card {
    guard let source else { return self }
    var full = try source.fullCard()
    var taken = taken
    full.deriveMissingEntryIDs(avoiding: &taken)
    var current = self
    current.source = nil
    current.history = full.history + current.history
    current.replay()
    return current
  }
}

extension Document {
  /// Reads card `index`'s whole history from the file, when it was read in a hurry.
  ///
  /// A command that records, removes or shows entries of a card loads it first.
  ///
  /// - Throws: ``DataError`` or ``JSONError`` for a history renew cannot accept.
  public mutating func loadCard(at index: Int) throws {
    cards[index] = try cards[index].loaded(avoiding: ids)
  }

  /// Writes card `card` into `array`: its bytes as the file had them when it was
  /// read in a hurry and has not changed since, else encoded anew.
  ///
  /// - Returns: The card as written: with its fields and clock as a read of the
  ///   written file gives them, for the ``Summary``.
  func write(_ card: Card, to array: inout JSONArrayWriter) throws -> Card {
    guard let source = card.source else {
      array.appendObject { card.write(to: &$0) }
      return card
    }
    var plain = card
    plain.source = nil
    if plain == source.decoded {
      array.append(encoded: source.bytes[source.range], depth: source.depth)
      return card
    } else {
      let loaded = try card.loaded()
      array.appendObject { loaded.write(to: &$0) }
      return loaded
    }
  }
}
