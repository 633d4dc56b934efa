/// Steps over a value in one loop, for the long histories that `status`, `check` and
/// `list` read past: no call per token but for strings and numbers, and no set of
/// keys per object. renew writes every object's keys sorted, so a key need only be
/// compared with the one before it: when each key is greater than the last, none
/// is repeated.
///
/// It answers only when it is sure the value is valid, and so is never the one
/// to report a fault: on a fault, keys out of order (a hand edit), a key it does
/// not compare (escaped, or longer than ``JSONKeyWords/capacity``) or nesting
/// deeper than ``maximumDepth``, it returns `nil`, and the reader steps over the
/// value the exact way, which finds the fault and places it. So it accepts only
/// what the exact way accepts, repeated keys refused, and ends where it ends; a
/// property test holds the two to that.
enum JSONQuickSkip {
  /// The deepest nesting it follows.
  static let maximumDepth = 64

  /// Where it is in the grammar.
  private enum Place {
    case value, key, afterValue
  }

  /// The offset just past the value whose first byte is at `start`, or `nil` when
  /// the exact reader must decide.
  static func end(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    withUnsafeTemporaryAllocation(of: JSONKeyWords.self, capacity: maximumDepth + 1) {
      lastKeys in
      end(of: bytes, from: start, lastKeys: lastKeys)
    }
  }

  /// ``end(of:from:)``, with room for the last key read at each depth.
  private static func end(
    of bytes: UnsafeBufferPointer<UInt8>, from start: Int,
    lastKeys: UnsafeMutableBufferPointer<JSONKeyWords>
  ) -> Int? {
    let count = bytes.count
    var index = start
    // One bit per open container, 1 for an object; the innermost is bit 0.
    var containers: UInt64 = 0
    var depth = 0
    var place = Place.value

    @inline(__always) func skipWhitespace() {
      index = JSONReader.whitespaceEnd(in: bytes, from: index)
    }

    while true {
      if place == .afterValue && depth == 0 { return index }
      skipWhitespace()
      guard index < count else { return nil }
      let byte = bytes[index]
      switch place {
      case .value:
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          guard depth < maximumDepth else { return nil }
          let isObject = byte == UInt8(ascii: "{")
          containers = containers << 1 | (isObject ? 1 : 0)
          depth += 1
          index += 1
          // Smaller than any key: the first key of the object follows it.
          lastKeys[depth] = JSONKeyWords(low: 0, high: 0, count: 0)
          skipWhitespace()
          guard index < count else { return nil }
          if bytes[index] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
            index += 1
            close(&containers, &depth)
            place = .afterValue
          } else {
            place = isObject ? .key : .value
          }
          continue
        case UInt8(ascii: "\""):
          let outcome = JSONStringScanner.scan(bytes, from: index)
          guard outcome.fault == nil else { return nil }
          index = outcome.offset + 1
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
          let literal: StaticString =
            byte == UInt8(ascii: "t") ? "true" : byte == UInt8(ascii: "f") ? "false" : "null"
          let length = literal.utf8CodeUnitCount
          guard index + length <= count else { return nil }
          for offset in 0..<length where bytes[index + offset] != literal.utf8Start[offset] {
            return nil
          }
          index += length
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
          guard case .success(let number) = JSONNumberScanner.scan(bytes, from: index) else {
            return nil
          }
          index = number.end
        default: return nil
        }
        place = .afterValue
      case .key:
        guard byte == UInt8(ascii: "\"") else { return nil }
        let outcome = JSONStringScanner.scan(bytes, from: index)
        let range = (index + 1)..<outcome.offset
        guard outcome.fault == nil, !outcome.hasEscape, range.count <= JSONKeyWords.capacity
        else { return nil }
        let key = JSONKeyWords(bytes, range)
        guard key.sortsAfter(lastKeys[depth]) else { return nil }
        lastKeys[depth] = key
        index = outcome.offset + 1
        skipWhitespace()
        guard index < count, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        place = .value
      case .afterValue:
        let isObject = containers & 1 == 1
        if byte == UInt8(ascii: ",") {
          index += 1
          place = isObject ? .key : .value
        } else if byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          index += 1
          close(&containers, &depth)
        } else {
          return nil
        }
      }
    }
  }

  /// Closes the innermost container.
  @inline(__always)
  private static func close(_ containers: inout UInt64, _ depth: inout Int) {
    containers >>= 1
    depth -= 1
  }
}

extension JSONKeyWords {
  /// Whether this key comes after `other` in byte order, as sorted keys do.
  @inline(__always)
  func sortsAfter(_ other: JSONKeyWords) -> Bool {
    // The words hold the first byte lowest: byte order is the order of the swapped
    // words. Zero padding sorts a key before every longer key it begins.
    (low.byteSwapped, high.byteSwapped, count)
      > (other.low.byteSwapped, other.high.byteSwapped, other.count)
  }
}
