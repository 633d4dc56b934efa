extension JSONWriter {
  /// Appends `text` in quotes, escaped as Foundation's `JSONEncoder` escapes it on
  /// Linux with `.withoutEscapingSlashes`; as a key, on a new line and followed by ` : `.
  ///
  /// Short text with nothing to escape, the common case, is put together on the
  /// stack and appended at once.
  ///
  /// - Returns: Whether any character was escaped, so that the bytes differ from the text.
  @discardableResult
  mutating func appendQuoted(_ text: String, asKey: Bool = false) -> Bool {
    var text = text
    return text.withUTF8 { text in
      let indent = asKey ? 2 * depth : 0
      guard text.count + indent <= 120, !JSONWriter.needsEscapes(text) else {
        if asKey { appendNewline() }
        bytes.append(UInt8(ascii: "\""))
        let hasEscape = appendEscaped(text)
        if asKey { append("\" : ") } else { bytes.append(UInt8(ascii: "\"")) }
        return hasEscape
      }
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { stage in
        var count = 0
        func put(_ byte: UInt8) {
          stage[count] = byte
          count += 1
        }
        if asKey {
          put(UInt8(ascii: "\n"))
          for _ in 0..<indent { put(UInt8(ascii: " ")) }
        }
        put(UInt8(ascii: "\""))
        for byte in text { put(byte) }
        put(UInt8(ascii: "\""))
        if asKey {
          put(UInt8(ascii: " "))
          put(UInt8(ascii: ":"))
          put(UInt8(ascii: " "))
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: stage[..<count]))
      }
      return false
    }
  }

  /// Whether `text` holds a byte that must be escaped.
  @inline(__always)
  private static func needsEscapes(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while let word = JSONWordScan.load(text, at: index) {
      if JSONWordScan.escaped(word) != 0 { return true }
      index += 8
    }
    while index < text.count {
      let byte = text[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
      index += 1
    }
    return false
  }

  /// Appends UTF-8 text with `"`, `\` and U+0000 to U+001F escaped, copying the runs
  /// between them at once.
  private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var runStart = 0
    var index = 0
    var hasEscape = false
    while true {
      index = JSONWordScan.firstMarked(in: text, from: index, JSONWordScan.escaped)
      guard index < text.count else { break }
      let byte = text[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        hasEscape = true
        append(UnsafeBufferPointer(rebasing: text[runStart..<index]))
        appendEscape(for: byte)
        runStart = index + 1
      }
      index += 1
    }
    append(UnsafeBufferPointer(rebasing: text[runStart...]))
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
