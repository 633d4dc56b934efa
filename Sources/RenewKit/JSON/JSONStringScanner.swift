/// A string's contents in the document: the bytes between its quotes.
struct JSONStringSpan {
  /// The offset of the first byte after the opening quote.
  var start: Int
  /// The offset of the closing quote.
  var end: Int
  /// Whether the contents hold a backslash escape, and so differ from the text.
  var hasEscape: Bool

  /// The contents as a range of offsets.
  var range: Range<Int> { start..<end }
}

/// Checks a string against RFC 8259 and RFC 3629 in one pass over its bytes.
enum JSONStringScanner {
  /// What a scan found: the closing quote, or the first fault and where it is.
  struct Outcome {
    /// The closing quote's offset, or the fault's.
    var offset: Int
    /// Whether an escape was seen.
    var hasEscape: Bool
    /// The fault, or `nil` when the string is valid.
    var fault: JSONFault?
  }

  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")

  /// Scans the string whose opening quote is at `quoteOffset` in `bytes`.
  ///
  /// Faults are placed as a reader would look for them: an invalid escape at the
  /// character after the backslash, a bad hex digit at itself, a surrogate without
  /// its pair at the backslash of its escape, bad UTF-8 at the sequence's first byte.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from quoteOffset: Int) -> Outcome {
    var index = quoteOffset + 1
    var hasEscape = false
    let count = bytes.count
    while true {
      // Eight bytes at a time while none of them needs a look.
      index = JSONWordScan.firstMarked(in: bytes, from: index, JSONWordScan.special)
      guard index < count else { break }
      let byte = bytes[index]
      if byte >= 0x20 && byte < 0x80 && byte != quote && byte != backslash {
        index += 1
        continue
      }
      if byte == quote { return Outcome(offset: index, hasEscape: hasEscape, fault: nil) }
      if byte == backslash {
        hasEscape = true
        index += 1
        guard index < count else { break }
        let escaped = bytes[index]
        if escaped == UInt8(ascii: "u") {
          if let fault = unicodeEscape(bytes, at: &index) {
            return Outcome(offset: index, hasEscape: true, fault: fault)
          }
        } else if isSimpleEscape(escaped) {
          index += 1
        } else {
          return Outcome(offset: index, hasEscape: true, fault: .invalidEscape)
        }
      } else if byte < 0x20 {
        return Outcome(offset: index, hasEscape: hasEscape, fault: .controlCharacterInString)
      } else {
        let length = utf8SequenceLength(bytes, at: index)
        guard length > 0 else {
          return Outcome(offset: index, hasEscape: hasEscape, fault: .invalidUTF8)
        }
        index += length
      }
    }
    return Outcome(offset: count, hasEscape: hasEscape, fault: .unterminatedString)
  }

  /// Checks the `\u` escape whose `u` is at `index`, and its pair if it is a high
  /// surrogate; leaves `index` after it, or on the fault it returns.
  private static func unicodeEscape(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int
  ) -> JSONFault? {
    let escapeStart = index - 1
    guard let unit = hexQuad(bytes, at: &index) else { return .expectedHexDigits }
    if (0xDC00...0xDFFF).contains(unit) {
      index = escapeStart
      return .unpairedLowSurrogate
    }
    if (0xD800...0xDBFF).contains(unit) {
      // A high surrogate must be followed at once by an escaped low one.
      let isPaired =
        index + 2 < bytes.count && bytes[index + 1] == backslash
        && bytes[index + 2] == UInt8(ascii: "u")
      guard isPaired else {
        index = escapeStart
        return .unpairedHighSurrogate
      }
      index += 2
      guard let low = hexQuad(bytes, at: &index) else { return .expectedHexDigits }
      guard (0xDC00...0xDFFF).contains(low) else {
        index = escapeStart
        return .unpairedHighSurrogate
      }
    }
    index += 1
    return nil
  }

  /// Reads the four hex digits after the `u` at `index`, leaving `index` on the last
  /// of them, or on the first byte that is not one (and returning `nil`).
  private static func hexQuad(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UInt32? {
    var value: UInt32 = 0
    for _ in 0..<4 {
      index += 1
      guard index < bytes.count, let digit = JSONUnescaper.hexDigitValue(bytes[index]) else {
        return nil
      }
      value = value * 16 + UInt32(digit)
    }
    return value
  }

  /// Whether `\` followed by `byte` is one of JSON's one-character escapes.
  @inline(__always)
  private static func isSimpleEscape(_ byte: UInt8) -> Bool {
    switch byte {
    case quote, backslash, UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
      UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      true
    default: false
    }
  }

  /// The length of the multi-byte UTF-8 character at `index`, or 0 when it is not
  /// one: RFC 3629 refuses overlong forms, surrogates and values past U+10FFFF.
  @inline(__always)
  static func utf8SequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = bytes[index]
    let (continuations, second): (Int, ClosedRange<UInt8>) =
      switch lead {
      case 0xC2...0xDF: (1, 0x80...0xBF)
      case 0xE0: (2, 0xA0...0xBF)
      case 0xE1...0xEC, 0xEE...0xEF: (2, 0x80...0xBF)
      case 0xED: (2, 0x80...0x9F)
      case 0xF0: (3, 0x90...0xBF)
      case 0xF1...0xF3: (3, 0x80...0xBF)
      case 0xF4: (3, 0x80...0x8F)
      default: (0, 0...0)
      }
    guard continuations > 0, index + continuations < bytes.count else { return 0 }
    guard second.contains(bytes[index + 1]) else { return 0 }
    for next in (index + 2)..<(index + 1 + continuations) where bytes[next] & 0xC0 != 0x80 {
      return 0
    }
    return continuations + 1
  }
}
