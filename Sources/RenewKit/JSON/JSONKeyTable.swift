/// The keys a caller knows for one kind of object, for ``JSONReader/readObject(keys:_:)``.
///
/// Built once (keep it in a `static let`), it finds a key from its bytes with one
/// hash and one comparison, without making a `String`, and numbers the keys so that
/// the reader can catch a repeated one with a bit in a 64-bit mask: constant work per
/// object, with no set built for each. Keys after the 64th are still checked, by the
/// slower means used for keys the table does not know.
///
/// ```swift
/// enum Key: String, CaseIterable { case name, number, history }
/// static let keys = JSONKeyTable<Key>()
/// ```
public struct JSONKeyTable<Key: RawRepresentable & CaseIterable & Sendable>: Sendable
where Key.RawValue == String {
  /// The keys, in the order of `Key.allCases`.
  let keys: [Key]
  /// Every key's UTF-8 bytes, for keys longer than ``JSONKeyWords/capacity``.
  private let names: [[UInt8]]
  /// The table, a power of two in size, at most a quarter full.
  private let slots: [JSONKeySlot]

  /// A table of every case of `Key`, by its raw value.
  public init() {
    keys = Array(Key.allCases)
    names = keys.map { Array($0.rawValue.utf8) }
    var size = 8
    while size < keys.count * 4 { size *= 2 }
    var slots = [JSONKeySlot](repeating: JSONKeySlot(), count: size)
    for (number, name) in names.enumerated() {
      let words = name.withUnsafeBufferPointer { JSONKeyTable.words($0) }
      var slot = name.withUnsafeBufferPointer { JSONKeyTable.slot(JSONKeyHash.hash($0), size) }
      // Of two cases with one raw value, which cannot be told apart, the first is kept.
      while slots[slot].number >= 0 && names[slots[slot].number] != name {
        slot = (slot + 1) & (size - 1)
      }
      if slots[slot].number < 0 { slots[slot] = JSONKeySlot(words: words, number: number) }
    }
    self.slots = slots
  }

  /// The number of the key whose UTF-8 text is `bytes[range]`, or `nil` when it is
  /// not in the table.
  @inline(__always)
  func number(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    let isShort = range.count <= JSONKeyWords.capacity
    let words = isShort ? JSONKeyWords(bytes, range) : JSONKeyWords(low: 0, high: 0, count: 0)
    let hash = isShort ? words.hash : JSONKeyHash.hash(bytes, range)
    return slots.withUnsafeBufferPointer { slots in
      var slot = JSONKeyTable.slot(hash, slots.count)
      while true {
        let entry = slots[slot]
        guard entry.number >= 0 else { return nil }
        if isShort ? entry.words == words : names[entry.number].elementsEqual(bytes[range]) {
          return entry.number
        }
        slot = (slot + 1) & (slots.count - 1)
      }
    }
  }

  /// The words of a short key, or words that match nothing for a long one.
  private static func words(_ name: UnsafeBufferPointer<UInt8>) -> JSONKeyWords {
    guard name.count <= JSONKeyWords.capacity else {
      return JSONKeyWords(low: 0, high: 0, count: -1)
    }
    return JSONKeyWords(name, 0..<name.count)
  }

  /// The slot a hash starts probing at, in a table of `size` (a power of two).
  @inline(__always)
  private static func slot(_ hash: UInt64, _ size: Int) -> Int {
    Int(truncatingIfNeeded: hash >> 40) & (size - 1)
  }
}

/// One slot of a ``JSONKeyTable``'s open-addressing table.
///
/// Outside the generic table so that its arrays need no metadata made at run time
/// for each kind of key, which costs a scan of every protocol conformance at start-up.
private struct JSONKeySlot {
  /// The key's text, when it is short; zero otherwise.
  var words = JSONKeyWords(low: 0, high: 0, count: -1)
  /// The key's number, or -1 for an empty slot.
  var number = -1
}
