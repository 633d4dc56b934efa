/// Decodes the escapes in a JSON string's contents into UTF-8 text.
enum JSONUnescaper {
  /// The UTF-8 text of a string's contents (between its quotes), escapes decoded.
  ///
  /// Only for contents the reader accepted: every escape is complete and every
  /// surrogate paired. Anything else is decoded without trapping, to U+FFFD where
  /// it makes no sense.
  static func unescaped(_ contents: ArraySlice<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    unescape(contents, into: &result)
    return result
  }

  /// Appends the UTF-8 text of a string's contents, escapes decoded, to `result`.
  static func unescape(_ contents: ArraySlice<UInt8>, into result: inout [UInt8]) {
    result.reserveCapacity(result.count + contents.count)
    var index = contents.startIndex
    while index < contents.endIndex {
      let byte = contents[index]
      guard byte == UInt8(ascii: "\\"), index + 1 < contents.endIndex else {
        result.append(byte)
        index += 1
        continue
      }
      let escaped = contents[index + 1]
      index += 2
      switch escaped {
      case UInt8(ascii: "u"):
        var value = hexQuad(contents, at: index)
        index += 4
        if (0xD800...0xDBFF).contains(value), index + 6 <= contents.endIndex {
          // The reader checked that `\uDC00`–`\uDFFF` follows.
          let low = hexQuad(contents, at: index + 2)
          value = 0x10000 &+ ((value &- 0xD800) << 10) &+ (low &- 0xDC00)
          index += 6
        }
        UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { result.append($0) }
      case UInt8(ascii: "b"): result.append(0x08)
      case UInt8(ascii: "f"): result.append(0x0C)
      case UInt8(ascii: "n"): result.append(0x0A)
      case UInt8(ascii: "r"): result.append(0x0D)
      case UInt8(ascii: "t"): result.append(0x09)
      default: result.append(escaped)
      }
    }
  }

  /// The value of up to four hexadecimal digits at `start`.
  private static func hexQuad(_ contents: ArraySlice<UInt8>, at start: Int) -> UInt32 {
    var value: UInt32 = 0
    for hex in contents[min(start, contents.endIndex)..<min(start + 4, contents.endIndex)] {
      value = value &* 16 &+ UInt32(hexDigitValue(hex) ?? 0)
    }
    return value
  }

  /// The value of one hexadecimal digit, or `nil` for another byte.
  @inline(__always)
  static func hexDigitValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte &- UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte &- UInt8(ascii: "a") &+ 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte &- UInt8(ascii: "A") &+ 10
    default: nil
    }
  }
}
