#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The one JSON style renew writes, to its file and to `--json`: pretty-printed,
/// keys sorted, slashes and non-ASCII text left as they are, a final newline.
///
/// Sorted keys and one value per line keep diffs small under git or a sync tool.
public enum PrettyJSON {
  /// `value` as UTF-8 bytes in renew's JSON style.
  public static func encode(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return collapsingEmptyContainers(Array(try encoder.encode(value))) + [UInt8(ascii: "\n")]
  }

  /// Writes `[]` and `{}` for empty containers, where the encoder leaves a blank line.
  ///
  /// Only structure is touched: bytes inside strings (a note that reads `[ ]`)
  /// are copied as they are, escapes included.
  private static func collapsingEmptyContainers(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
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
