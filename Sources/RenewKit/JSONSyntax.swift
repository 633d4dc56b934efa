/// Finds where a text stops being JSON, for error messages that point at the spot.
///
/// The data file is checked by this strict scanner before `JSONDecoder` reads it:
/// the decoder lets trailing commas and repeated keys through, and says only that
/// data is not valid JSON. The scanner finds the first offending line and column,
/// as an editor would show them (columns count characters, not bytes).
enum JSONSyntax {
  /// A syntax error: 1-based line and column, and what was expected there.
  struct Failure: Equatable {
    var line: Int
    var column: Int
    var reason: String
  }

  /// The deepest nesting accepted, as in `JSONDecoder`.
  static let maximumDepth = 512

  /// The first syntax error in `bytes`, or `nil` when they are valid JSON.
  static func firstError(in bytes: [UInt8]) -> Failure? {
    var scanner = Scanner(bytes: bytes)
    do throws(Failure) {
      scanner.skipWhitespace()
      try scanner.value(depth: 0)
      scanner.skipWhitespace()
      if scanner.position < bytes.count { throw scanner.failure("unexpected text after the end") }
      return nil
    } catch {
      return error
    }
  }

  private struct Scanner {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) {
      self.bytes = bytes
    }

    func failure(_ reason: String) -> Failure {
      var line = 1
      var lineStart = 0
      for index in 0..<min(position, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
        line += 1
        lineStart = index + 1
      }
      let column =
        String(decoding: bytes[lineStart..<min(position, bytes.count)], as: UTF8.self)
        .count + 1
      return Failure(line: line, column: column, reason: reason)
    }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipWhitespace() {
      while let byte = current, [0x20, 0x09, 0x0A, 0x0D].contains(byte) { position += 1 }
    }

    mutating func expect(_ literal: String) throws(Failure) {
      for byte in literal.utf8 {
        guard current == byte else { throw failure("expected '\(literal)'") }
        position += 1
      }
    }

    mutating func value(depth: Int) throws(Failure) {
      guard depth < JSONSyntax.maximumDepth else { throw failure("nested too deeply") }
      guard let byte = current else { throw failure("unexpected end of file") }
      switch byte {
      case UInt8(ascii: "{"): try object(depth: depth + 1)
      case UInt8(ascii: "["): try array(depth: depth + 1)
      case UInt8(ascii: "\""): try string()
      case UInt8(ascii: "t"): try expect("true")
      case UInt8(ascii: "f"): try expect("false")
      case UInt8(ascii: "n"): try expect("null")
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
      default: throw failure("expected a value")
      }
    }

    mutating func object(depth: Int) throws(Failure) {
      position += 1
      skipWhitespace()
      if current == UInt8(ascii: "}") {
        position += 1
        return
      }
      var keys = Set<ArraySlice<UInt8>>()
      while true {
        skipWhitespace()
        guard current == UInt8(ascii: "\"") else { throw failure("expected a key in quotes") }
        let start = position
        let hasEscape = try string()
        // Readers disagree on which of two equal keys wins; renew takes neither. Keys
        // are compared by their text, so "note" and "no\u0074e" are one key; only a
        // key with an escape in it needs decoding first.
        let text = bytes[(start + 1)..<(position - 1)]
        guard keys.insert(hasEscape ? ArraySlice(JSONSyntax.unescaped(text)) : text).inserted
        else {
          position = start
          throw failure("a key appears twice in one object")
        }
        skipWhitespace()
        guard current == UInt8(ascii: ":") else { throw failure("expected ':'") }
        position += 1
        skipWhitespace()
        try value(depth: depth)
        skipWhitespace()
        switch current {
        case UInt8(ascii: ","): position += 1
        case UInt8(ascii: "}"):
          position += 1
          return
        case nil: throw failure("unexpected end of file")
        default: throw failure("expected ',' or '}'")
        }
      }
    }

    mutating func array(depth: Int) throws(Failure) {
      position += 1
      skipWhitespace()
      if current == UInt8(ascii: "]") {
        position += 1
        return
      }
      while true {
        skipWhitespace()
        try value(depth: depth)
        skipWhitespace()
        switch current {
        case UInt8(ascii: ","): position += 1
        case UInt8(ascii: "]"):
          position += 1
          return
        case nil: throw failure("unexpected end of file")
        default: throw failure("expected ',' or ']'")
        }
      }
    }

    /// Steps over a string; returns whether it holds an escape.
    @discardableResult
    mutating func string() throws(Failure) -> Bool {
      position += 1
      var hasEscape = false
      while let byte = current {
        switch byte {
        case UInt8(ascii: "\""):
          position += 1
          return hasEscape
        case UInt8(ascii: "\\"):
          hasEscape = true
          position += 1
          guard let escaped = current else { break }
          if escaped == UInt8(ascii: "u") {
            let start = position - 1
            let unit = try hexQuad()
            if (0xDC00...0xDFFF).contains(unit) {
              position = start
              throw failure("a low surrogate without a high one before it")
            }
            if (0xD800...0xDBFF).contains(unit) {
              // A high surrogate must be followed at once by an escaped low one.
              let isPaired =
                position + 2 < bytes.count && bytes[position + 1] == UInt8(ascii: "\\")
                && bytes[position + 2] == UInt8(ascii: "u")
              position += 2
              guard isPaired, (0xDC00...0xDFFF).contains(try hexQuad()) else {
                position = start
                throw failure("a high surrogate without a low one after it")
              }
            }
          } else if !Array("\"\\/bfnrt".utf8).contains(escaped) {
            throw failure("invalid escape")
          }
          position += 1
        case 0..<0x20:
          throw failure("control character in string")
        case 0x80...:
          try utf8Sequence(startingWith: byte)
        default:
          position += 1
        }
      }
      throw failure("unterminated string")
    }

    /// Steps over one multi-byte UTF-8 character, refusing overlong forms,
    /// surrogates and values past U+10FFFF, as RFC 3629 does.
    mutating func utf8Sequence(startingWith lead: UInt8) throws(Failure) {
      let (count, second): (Int, ClosedRange<UInt8>) =
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
      guard count > 0 else { throw failure("invalid UTF-8") }
      for index in 1...count {
        let next = position + index < bytes.count ? bytes[position + index] : 0
        guard (index == 1 ? second : 0x80...0xBF).contains(next) else {
          throw failure("invalid UTF-8")
        }
      }
      position += count + 1
    }

    /// Reads the four hex digits after `\u` (``position`` is on the `u`) and
    /// leaves ``position`` on the last of them.
    mutating func hexQuad() throws(Failure) -> UInt32 {
      var value: UInt32 = 0
      for _ in 0..<4 {
        position += 1
        guard let hex = current, isHexDigit(hex) else {
          throw failure("expected four hex digits after \\u")
        }
        let digit = hex <= UInt8(ascii: "9") ? hex - UInt8(ascii: "0") : (hex | 0x20) - 87
        value = value * 16 + UInt32(digit)
      }
      return value
    }

    func isHexDigit(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }

    mutating func number() throws(Failure) {
      func digits() -> Int {
        let start = position
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
          position += 1
        }
        return position - start
      }
      if current == UInt8(ascii: "-") { position += 1 }
      let start = position
      let count = digits()
      guard count > 0 else { throw failure("expected a digit") }
      if count > 1 && bytes[start] == UInt8(ascii: "0") {
        position = start
        throw failure("a number may not start with 0")
      }
      if current == UInt8(ascii: ".") {
        position += 1
        guard digits() > 0 else { throw failure("expected a digit") }
      }
      if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
        position += 1
        if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
        guard digits() > 0 else { throw failure("expected a digit") }
      }
    }
  }
}

extension JSONSyntax.Failure: Error {}
