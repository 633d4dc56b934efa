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
  /// Every key's UTF-8 bytes, one after another.
  private let names: [UInt8]
  /// Where each key's bytes start in `names`; one more entry marks the end.
  private let nameStarts: [Int]
  /// An open-addressing table from hash to key number plus one (0 is empty).
  private let slots: [Int]

  /// A table of every case of `Key`, by its raw value.
  public init() {
    keys = Array(Key.allCases)
    var names: [UInt8] = []
    var nameStarts: [Int] = []
    for key in keys {
      nameStarts.append(names.count)
      names.append(contentsOf: key.rawValue.utf8)
    }
    nameStarts.append(names.count)
    var size = 8
    while size < keys.count * 4 { size *= 2 }
    var slots = [Int](repeating: 0, count: size)
    for number in keys.indices {
      let name = names[nameStarts[number]..<nameStarts[number + 1]]
      var slot = JSONKeyTable.slot(name.withUnsafeBufferPointer { JSONKeyHash.hash($0) }, size)
      // Two cases with one raw value cannot be told apart; the first one is kept.
      while slots[slot] != 0
        && !names[nameStarts[slots[slot] - 1]..<nameStarts[slots[slot]]]
          .elementsEqual(name)
      {
        slot = (slot + 1) & (size - 1)
      }
      if slots[slot] == 0 { slots[slot] = number + 1 }
    }
    self.names = names
    self.nameStarts = nameStarts
    self.slots = slots
  }

  /// The number of the key whose UTF-8 text is `text`, or `nil` when it is not in the table.
  func number(of text: UnsafeBufferPointer<UInt8>) -> Int? {
    var slot = JSONKeyTable.slot(JSONKeyHash.hash(text), slots.count)
    while true {
      let entry = slots[slot]
      guard entry != 0 else { return nil }
      let start = nameStarts[entry - 1]
      let end = nameStarts[entry]
      if end - start == text.count {
        let isEqual = names.withUnsafeBufferPointer { names in
          text.indices.allSatisfy { names[start + $0] == text[$0] }
        }
        if isEqual { return entry - 1 }
      }
      slot = (slot + 1) & (slots.count - 1)
    }
  }

  /// The slot a hash starts probing at, in a table of `size` (a power of two).
  @inline(__always)
  private static func slot(_ hash: UInt64, _ size: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (size - 1)
  }
}
