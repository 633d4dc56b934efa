/// Short ids for cards and entries: eight characters of Crockford's base 32 in lower
/// case (no i, l, o or u), so that an id is easy to read out and type.
///
/// New ids are random and checked against every id in the document, so none is
/// given twice; 40 bits make a repeat after a deletion as unlikely as a lottery
/// win. A file that has no ids yet (format 1) gets ids derived from what it holds,
/// so that reading it twice shows the same ids, and writing it keeps them.
public enum Identifier {
  /// The characters ids are made of.
  static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)
  /// How many characters an id has.
  public static let length = 8

  /// A random id that is not in `taken`.
  static func random(avoiding taken: Set<String>) -> String {
    var generator = SystemRandomNumberGenerator()
    while true {
      let id = text(of: generator.next())
      if !taken.contains(id) { return id }
    }
  }

  /// An id derived from `seed`, not in `taken` (another one is derived if it is).
  static func derived(from seed: String, avoiding taken: Set<String>) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in seed.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    while true {
      let id = text(of: hash)
      if !taken.contains(id) { return id }
      hash = (hash ^ 0x9E37_79B9_7F4A_7C15) &* 0x0000_0100_0000_01B3
    }
  }

  /// Whether `text` has the form of an id.
  public static func isWellFormed(_ text: String) -> Bool {
    text.utf8.count == length && text.utf8.allSatisfy { alphabet.contains($0) }
  }

  private static func text(of bits: UInt64) -> String {
    var bytes: [UInt8] = []
    var value = bits
    for _ in 0..<length {
      bytes.append(alphabet[Int(value & 31)])
      value >>= 5
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Document {
  /// Every id in the document, of cards and entries.
  var ids: Set<String> {
    var ids = Set<String>()
    for card in cards {
      ids.insert(card.id)
      for entry in card.history { ids.insert(entry.id) }
    }
    ids.remove("")
    return ids
  }

  /// Gives a random id to every card and entry that has none yet (new ones).
  mutating func assignMissingIDs() {
    let isMissing = cards.contains { card in
      card.id.isEmpty || card.history.contains { $0.id.isEmpty }
    }
    guard isMissing else { return }
    var taken = ids
    for cardIndex in cards.indices {
      if cards[cardIndex].id.isEmpty {
        cards[cardIndex].id = Identifier.random(avoiding: taken)
        taken.insert(cards[cardIndex].id)
      }
      for entryIndex in cards[cardIndex].history.indices
      where cards[cardIndex].history[entryIndex].id.isEmpty {
        let id = Identifier.random(avoiding: taken)
        cards[cardIndex].history[entryIndex].id = id
        taken.insert(id)
      }
    }
  }
}
