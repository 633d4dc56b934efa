extension JSONWriter {
  /// Appends `text` in quotes, escaped as Foundation's `JSONEncoder` escapes it on
  /// Linux with `.withoutEscapingSlashes`.
  ///
  /// - Returns: Whether any character was escaped, so that the bytes differ from the text.
  @discardableResult
  mutating func appendQuoted(_ text: String) -> Bool {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    let hasEscape = text.withUTF8 { appendEscaped($0) }
    bytes.append(UInt8(ascii: "\""))
    return hasEscape
  }

  /// Appends UTF-8 text with `"`, `\` and U+0000 to U+001F escaped, copying the runs
  /// between them at once.
  private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var runStart = 0
    var hasEscape = false
    for index in text.indices {
      let byte = text[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
        continue
      }
      hasEscape = true
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
      appendEscape(for: byte)
      runStart = index + 1
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
    return hasEscape
  }

  /// Appends the escape for one byte that needs one.
  private mutating func appendEscape(for byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    default:
      // Foundation writes the other control characters in lowercase hex: `\u001b`.
      let hex = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: [
        UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)],
        hex[Int(byte & 0x0F)],
      ])
    }
  }
}
