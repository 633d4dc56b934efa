/// A pull parser over the bytes of one JSON document: one pass, no tree, no Foundation.
///
/// A caller that knows its schema reads the document value by value
/// (``readObject(keys:_:)``, ``readArray(_:)``, ``readString()``, ``readInt()`` …);
/// each read checks the bytes it passes over against RFC 8259 as strictly as
/// renew's data file needs: no trailing commas, UTF-8 as RFC 3629 defines it,
/// escaped surrogates in pairs, at most ``maximumDepth`` levels, no key twice in
/// one object (keys compare by their text, so `"note"` and `"no\u0074e"` are one
/// key), and nothing after the value. Every error is a ``JSONError`` with a typed
/// reason, a line and column, and the path of the value being read.
///
/// A read either consumes a whole value or throws before consuming anything, so a
/// caller can ask ``nextKind()`` or try another read after a ``JSONError/Reason/typeMismatch(expected:found:)``.
/// Use ``decode(_:_:)`` to read a whole document: it also checks that nothing
/// follows the value, and reports a syntax error anywhere in the document before a
/// decoding error, as a reader of the whole file would find them.
public struct JSONReader {
  /// The deepest nesting accepted, as in `JSONDecoder`: a value inside 512 arrays
  /// or objects is refused.
  public static let maximumDepth = 512

  /// The document.
  let bytes: [UInt8]
  /// Where the text starts: after a UTF-8 byte order mark, if there is one.
  let textStart: Int
  /// The offset of the next byte to read.
  public internal(set) var offset: Int
  /// How many arrays and objects enclose the next value.
  ///
  /// With ``skipValue()``'s range, this is what ``JSONWriter`` needs to splice the
  /// skipped value's bytes back at the right indentation.
  public internal(set) var depth = 0
  /// The path of the value being read, one mark per open container.
  var pathMarks: [JSONPathMark] = []
  /// Keys of the open objects that are checked for repeats one by one (see ``JSONObjectKeys``).
  var keyRecords: [JSONKeyRecord] = []
  /// A buffer for decoding escapes, kept to save allocations.
  var scratch: [UInt8] = []

  /// A reader at the start of `bytes`, past a UTF-8 byte order mark if there is one.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    textStart = hasByteOrderMark ? 3 : 0
    offset = textStart
    pathMarks.reserveCapacity(8)
  }

  /// Reads a whole document with `body`, then checks that only white space follows.
  ///
  /// When `body` throws anything but a syntax error (a type mismatch, an unknown
  /// key, the caller's own error), the rest of the document is checked first, and
  /// its first syntax error, if any, is thrown instead: the file is not JSON, which
  /// matters more than what it holds.
  ///
  /// - Throws: ``JSONError``, or what `body` throws.
  public static func decode<Value>(
    _ bytes: [UInt8], _ body: (inout JSONReader) throws -> Value
  ) throws -> Value {
    var reader = JSONReader(bytes: bytes)
    do {
      let value = try body(&reader)
      try reader.finish()
      return value
    } catch let error as JSONError where error.reason.isSyntaxError {
      throw error
    } catch {
      if let syntaxError = JSONReader.syntaxError(in: bytes) { throw syntaxError }
      throw error
    }
  }

  /// The first syntax error in `bytes`, or `nil` when they are one valid JSON value.
  public static func syntaxError(in bytes: [UInt8]) -> JSONError? {
    var reader = JSONReader(bytes: bytes)
    do throws(JSONError) {
      try reader.skipValue()
      try reader.finish()
      return nil
    } catch {
      return error
    }
  }

  /// Checks that only white space is left.
  ///
  /// - Throws: ``JSONError/Reason/textAfterEnd`` at the first other character.
  public mutating func finish() throws(JSONError) {
    skipWhitespace()
    if offset < bytes.count { throw error(.textAfterEnd) }
  }

  /// The kind of the next value, which is not consumed.
  ///
  /// - Throws: a syntax error when no value starts here.
  public mutating func nextKind() throws(JSONError) -> JSONValueKind {
    let first = try valueStart()
    guard let kind = JSONReader.kind(startingWith: first) else { throw error(.expected(.value)) }
    return kind
  }

  /// An error at `offset` (by default the reader's), with the reader's current path.
  ///
  /// For a caller's own checks: `throw reader.error(.missingKey("number"), at: object.lowerBound)`.
  public func error(_ reason: JSONError.Reason, at offset: Int? = nil) -> JSONError {
    JSONError(reason: reason, location: location(of: offset ?? self.offset), path: path)
  }

  /// ``JSONError/Reason/unknownKey(_:)`` for the key just read, at its opening quote.
  public func unknownKey() -> JSONError {
    guard let mark = pathMarks.last, mark.keyStart >= 0 else { return error(.unknownKey("")) }
    let key = String(decoding: JSONUnescaper.unescaped(bytes[mark.keyRange]), as: UTF8.self)
    return error(.unknownKey(key), at: mark.keyStart - 1)
  }

  /// The path of the value being read: the members and elements the reader is in.
  public var path: JSONPath {
    JSONPath(pathMarks.compactMap { $0.component(in: bytes) })
  }

  /// The line and column of `offset`, counted as an editor does: lines end at `\n`,
  /// columns count characters, and both start at 1 after a byte order mark.
  public func location(of offset: Int) -> JSONLocation {
    let end = max(textStart, min(offset, bytes.count))
    var line = 1
    var lineStart = textStart
    for index in textStart..<end where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
    return JSONLocation(line: line, column: column, offset: offset)
  }

  /// Steps over JSON white space: space, tab, line feed, carriage return.
  @inline(__always)
  mutating func skipWhitespace() {
    offset = bytes.withUnsafeBufferPointer { JSONReader.whitespaceEnd(in: $0, from: offset) }
  }

  /// The offset of the first byte at or after `start` that is not white space.
  @inline(__always)
  static func whitespaceEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < buffer.count {
      let byte = buffer[index]
      if byte == 0x20 {
        // Pretty-printed files indent every line: eight spaces at a time.
        while let word = JSONWordScan.load(buffer, at: index), word == JSONReader.eightSpaces {
          index += 8
        }
        while index < buffer.count, buffer[index] == 0x20 { index += 1 }
      } else if byte == 0x0A || byte == 0x0D || byte == 0x09 {
        index += 1
      } else {
        break
      }
    }
    return index
  }

  /// Eight spaces, as one word.
  static let eightSpaces: UInt64 = 0x2020_2020_2020_2020

  /// Steps over white space to where a value must start and returns its first byte.
  ///
  /// - Throws: ``JSONError/Reason/nestedTooDeeply`` or ``JSONError/Reason/unexpectedEnd``.
  @inline(__always)
  mutating func valueStart() throws(JSONError) -> UInt8 {
    skipWhitespace()
    guard depth < JSONReader.maximumDepth else { throw error(.nestedTooDeeply) }
    guard offset < bytes.count else { throw error(.unexpectedEnd) }
    return bytes[offset]
  }

  /// The error for a value starting with `first` where a value of `expected` kind
  /// was asked for: a type mismatch, or a syntax error when no value starts there.
  func mismatch(_ expected: JSONValueKind, _ first: UInt8) -> JSONError {
    guard let found = JSONReader.kind(startingWith: first) else {
      return error(.expected(.value))
    }
    return error(.typeMismatch(expected: expected, found: found))
  }

  /// The kind of value that starts with `byte`, if any does.
  static func kind(startingWith byte: UInt8) -> JSONValueKind? {
    switch byte {
    case UInt8(ascii: "{"): .object
    case UInt8(ascii: "["): .array
    case UInt8(ascii: "\""): .string
    case UInt8(ascii: "t"), UInt8(ascii: "f"): .bool
    case UInt8(ascii: "n"): .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): .number
    default: nil
    }
  }
}
