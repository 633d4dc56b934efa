/// Finds where an array or object ends by its brackets and quotes alone, judging
/// nothing: for a document already judged valid and unchanged since, such as the
/// data file renew last wrote (see ``JSONReader/isKnownValid``).
///
/// It looks at the bytes eight at a time for the few that matter: quotes and
/// brackets outside strings, quotes and backslashes inside them. On bytes that are
/// not valid JSON its answer means nothing, but it stays inside the buffer.
enum JSONStructureSkip {
  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")

  /// The offset just past the array or object whose opening bracket is at `start`,
  /// or `nil` when there is none there or the bytes end before it closes.
  static func end(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard start < bytes.count, bytes[start] | 0x20 == UInt8(ascii: "{") else { return nil }
    let count = bytes.count
    var index = start
    var depth = 0
    while true {
      index = JSONWordScan.firstMarked(in: bytes, from: index, JSONWordScan.structural)
      guard index < count else { return nil }
      switch bytes[index] {
      case quote:
        guard let close = stringEnd(of: bytes, from: index + 1) else { return nil }
        index = close
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 { return index + 1 }
      default: break
      }
      index += 1
    }
  }

  /// The offset of the quote that closes the string whose contents start at `start`.
  private static func stringEnd(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    while true {
      index = JSONWordScan.firstMarked(in: bytes, from: index) { word in
        JSONWordScan.equal(word, quote) | JSONWordScan.equal(word, backslash)
      }
      guard index < bytes.count else { return nil }
      switch bytes[index] {
      case quote: return index
      // An escape is two bytes (`\"`, `\\`), or the start of `\uXXXX`.
      case backslash: index += 2
      default: index += 1
      }
    }
  }
}

extension JSONWordScan {
  /// Bytes that open or close a string, an array or an object: `"`, `[`, `]`, `{`
  /// and `}`. (`[` and `]` differ from `{` and `}` only in the bit 0x20.)
  @inline(__always)
  static func structural(_ word: UInt64) -> UInt64 {
    let folded = word | 0x2020_2020_2020_2020
    return equal(word, UInt8(ascii: "\"")) | equal(folded, UInt8(ascii: "{"))
      | equal(folded, UInt8(ascii: "}"))
  }
}
