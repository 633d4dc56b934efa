extension JSONSyntax {
  /// The UTF-8 text of a string's contents (between its quotes), escapes decoded.
  ///
  /// Only for contents the scanner accepted: every escape is complete and every
  /// surrogate paired.
  static func unescaped(_ contents: ArraySlice<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(contents.count)
    var index = contents.startIndex
    func hexQuad(at start: Int) -> UInt32 {
      contents[start..<min(start + 4, contents.endIndex)].reduce(0) { value, hex in
        let digit = hex <= UInt8(ascii: "9") ? hex &- UInt8(ascii: "0") : (hex | 0x20) &- 87
        return value * 16 + UInt32(digit)
      }
    }
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
        var value = hexQuad(at: index)
        index += 4
        if (0xD800...0xDBFF).contains(value) {
          // The scanner checked that `\uDC00`–`\uDFFF` follows.
          value = 0x10000 + ((value - 0xD800) << 10) + (hexQuad(at: index + 2) &- 0xDC00)
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
    return result
  }
}
