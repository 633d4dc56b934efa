/// Looks at eight bytes at once (SWAR: SIMD within a register), for the loops over
/// string contents, where most bytes need nothing done.
///
/// Each function returns a word with the high bit of each byte that matches set.
/// The lowest bit set is exact; bits above it may be wrong (a borrow crosses bytes),
/// so a caller steps to the first match with `trailingZeroBitCount >> 3` and looks
/// at that byte itself.
enum JSONWordScan {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `offset`, the first in the lowest bits.
  @inline(__always)
  static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64? {
    guard offset + 8 <= bytes.count, let base = bytes.baseAddress else { return nil }
    return UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
  }

  /// The offset of the first byte at or after `start` that `marks` marks, looking
  /// a word at a time; where no whole word is left, the offset of the first byte
  /// not yet looked at, for the caller to look at one by one.
  @inline(__always)
  static func firstMarked(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ marks: (UInt64) -> UInt64
  ) -> Int {
    var index = start
    while let word = load(bytes, at: index) {
      let marked = marks(word)
      if marked != 0 { return index + marked.trailingZeroBitCount >> 3 }
      index += 8
    }
    return index
  }

  /// Whether `word` occurs in `bytes`: each place of its byte at `pivot` is found a
  /// word at a time, so a pivot that is rare in `bytes` makes the search about as
  /// fast as reading them.
  static func contains(_ word: [UInt8], pivot: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let key = word[pivot]
    var index = pivot
    while index < bytes.count {
      index = firstMarked(in: bytes, from: index) { equal($0, key) }
      guard index < bytes.count else { return false }
      // Past the last whole word, `firstMarked` leaves each byte to be looked at.
      if bytes[index] == key {
        let start = index - pivot
        if start + word.count <= bytes.count,
          word.indices.allSatisfy({ bytes[start + $0] == word[$0] })
        {
          return true
        }
      }
      index += 1
    }
    return false
  }

  /// Bytes below `limit` (at most 0x80).
  @inline(__always)
  static func below(_ word: UInt64, _ limit: UInt64) -> UInt64 {
    (word &- (ones &* limit)) & ~word & highBits
  }

  /// Bytes equal to `byte`.
  @inline(__always)
  static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    below(word ^ (ones &* UInt64(byte)), 1)
  }

  /// Bytes a JSON string cannot hold as they are: `"`, `\` and control characters.
  @inline(__always)
  static func escaped(_ word: UInt64) -> UInt64 {
    below(word, 0x20) | equal(word, UInt8(ascii: "\"")) | equal(word, UInt8(ascii: "\\"))
  }

  /// Bytes that need a look when reading a string: those of ``escaped(_:)`` and
  /// those of multi-byte UTF-8 characters.
  @inline(__always)
  static func special(_ word: UInt64) -> UInt64 {
    escaped(word) | (word & highBits)
  }
}
