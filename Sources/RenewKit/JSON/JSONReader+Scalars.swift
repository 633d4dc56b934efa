extension JSONReader {
  /// Reads a string, escapes decoded.
  ///
  /// - Throws: ``JSONError/Reason/typeMismatch(expected:found:)`` (nothing consumed)
  ///   for another kind of value, or a syntax error in the string.
  public mutating func readString() throws(JSONError) -> String {
    let first = try valueStart()
    guard first == UInt8(ascii: "\"") else { throw mismatch(.string, first) }
    return text(of: try scanString())
  }

  /// Reads a string, or `null` as `nil`.
  public mutating func readOptionalString() throws(JSONError) -> String? {
    try readNull() ? nil : readString()
  }

  /// Reads a whole number that fits in `Int`.
  ///
  /// The number's value counts, not its spelling: `1.0`, `1e2` and `-0` are whole
  /// numbers, as `JSONDecoder` reads them. The checks are made on the digits, exactly.
  ///
  /// - Throws: ``JSONError/Reason/notAWholeNumber`` (`1.5`) or
  ///   ``JSONError/Reason/numberOutOfRange`` (`1e400`, `9223372036854775808`) at the
  ///   number, which is consumed; a type mismatch (nothing consumed); a syntax error.
  public mutating func readInt() throws(JSONError) -> Int {
    let first = try valueStart()
    guard first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    else { throw mismatch(.number, first) }
    let number = try scanNumber()
    let value = bytes.withUnsafeBufferPointer { JSONNumberScanner.wholeValue(of: number, in: $0) }
    switch value {
    case .success(let value): return value
    case .failure(let fault): throw error(fault.fault.reason, at: fault.offset)
    }
  }

  /// Reads a whole number, or `null` as `nil`.
  public mutating func readOptionalInt() throws(JSONError) -> Int? {
    try readNull() ? nil : readInt()
  }

  /// Reads a number as the nearest `Double`.
  ///
  /// - Throws: ``JSONError/Reason/numberOutOfRange`` for a number beyond `Double`'s
  ///   range (`1e400`), at the number, which is consumed; a type mismatch; a syntax error.
  public mutating func readDouble() throws(JSONError) -> Double {
    let first = try valueStart()
    guard first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    else { throw mismatch(.number, first) }
    let start = offset
    let number = try scanNumber()
    // RFC 8259's numbers are a subset of what `Double.init(_:)` reads.
    guard let value = Double(String(decoding: bytes[start..<number.end], as: UTF8.self)),
      value.isFinite
    else { throw error(.numberOutOfRange, at: start) }
    return value
  }

  /// Reads `true` or `false`.
  public mutating func readBool() throws(JSONError) -> Bool {
    let first = try valueStart()
    switch first {
    case UInt8(ascii: "t"):
      try expectLiteral(.true)
      return true
    case UInt8(ascii: "f"):
      try expectLiteral(.false)
      return false
    default: throw mismatch(.bool, first)
    }
  }

  /// Reads a boolean, or `null` as `nil`.
  public mutating func readOptionalBool() throws(JSONError) -> Bool? {
    try readNull() ? nil : readBool()
  }

  /// Reads `null` if it is next, and says whether it was; any other value is left.
  public mutating func readNull() throws(JSONError) -> Bool {
    guard try valueStart() == UInt8(ascii: "n") else { return false }
    try expectLiteral(.null)
    return true
  }

  /// The text of a scanned string, escapes decoded.
  mutating func text(of span: JSONStringSpan) -> String {
    guard span.hasEscape else {
      return bytes.withUnsafeBufferPointer {
        String(decoding: UnsafeBufferPointer(rebasing: $0[span.range]), as: UTF8.self)
      }
    }
    scratch.removeAll(keepingCapacity: true)
    JSONUnescaper.unescape(bytes[span.range], into: &scratch)
    return String(decoding: scratch, as: UTF8.self)
  }

  /// Scans the string whose opening quote is at ``offset``; leaves ``offset`` after it.
  mutating func scanString() throws(JSONError) -> JSONStringSpan {
    let start = offset
    let outcome = bytes.withUnsafeBufferPointer { JSONStringScanner.scan($0, from: start) }
    if let fault = outcome.fault { throw error(fault.reason, at: outcome.offset) }
    offset = outcome.offset + 1
    return JSONStringSpan(start: start + 1, end: outcome.offset, hasEscape: outcome.hasEscape)
  }

  /// Scans the number that starts at ``offset``; leaves ``offset`` after it.
  mutating func scanNumber() throws(JSONError) -> JSONNumberSpan {
    let start = offset
    let outcome = bytes.withUnsafeBufferPointer { JSONNumberScanner.scan($0, from: start) }
    switch outcome {
    case .success(let number):
      offset = number.end
      return number
    case .failure(let fault):
      throw error(fault.fault.reason, at: fault.offset)
    }
  }

  /// Steps over the literal at ``offset``, byte by byte.
  ///
  /// - Throws: ``JSONExpectation/literal(_:)`` at the first byte that differs.
  mutating func expectLiteral(_ literal: JSONLiteral) throws(JSONError) {
    let text: StaticString =
      switch literal {
      case .true: "true"
      case .false: "false"
      case .null: "null"
      }
    let count = text.utf8CodeUnitCount
    for index in 0..<count {
      let byte = text.withUTF8Buffer { $0[index] }
      guard offset < bytes.count, bytes[offset] == byte else {
        throw error(.expected(.literal(literal)))
      }
      offset += 1
    }
  }
}
