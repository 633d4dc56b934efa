import Foundation

/// renew's JSON style made the way it was first made, with Foundation's
/// `JSONEncoder` and empty containers collapsed: the oracle ``JSONWriter`` is
/// tested against.
enum FoundationStyle {
  /// `value` as pretty, key-sorted JSON with `[]` and `{}` for empty containers and
  /// a final newline.
  static func encode(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return collapsingEmptyContainers(Array(try encoder.encode(value))) + [UInt8(ascii: "\n")]
  }

  /// Writes `[]` and `{}` where the encoder leaves a blank line, outside strings only.
  private static func collapsingEmptyContainers(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    var index = 0
    var isInString = false
    while index < bytes.count {
      let byte = bytes[index]
      result.append(byte)
      index += 1
      if isInString {
        if byte == UInt8(ascii: "\\"), index < bytes.count {
          result.append(bytes[index])
          index += 1
        } else if byte == UInt8(ascii: "\"") {
          isInString = false
        }
        continue
      }
      if byte == UInt8(ascii: "\"") {
        isInString = true
        continue
      }
      guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") else { continue }
      var end = index
      while end < bytes.count, bytes[end] == UInt8(ascii: "\n") || bytes[end] == UInt8(ascii: " ") {
        end += 1
      }
      let closing = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
      if end > index, end < bytes.count, bytes[end] == closing { index = end }
    }
    return result
  }
}
