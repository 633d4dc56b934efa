extension JSONReader {
  /// Steps over the next value, checking it as strictly as reading it would
  /// (repeated keys included), and returns its bytes' range.
  ///
  /// For values a caller does not need, or needs later: the range and ``depth``
  /// let a caller keep a card's bytes as they are and copy them into the next write
  /// with ``JSONObjectWriter/member(_:encoded:depth:)``.
  ///
  /// - Throws: the first syntax error in the value.
  @discardableResult
  public mutating func skipValue() throws(JSONError) -> Range<Int> {
    let first = try valueStart()
    let start = offset
    if depth + JSONQuickSkip.maximumDepth < JSONReader.maximumDepth,
      let end = bytes.withUnsafeBufferPointer({ JSONQuickSkip.end(of: $0, from: start) })
    {
      offset = end
      return start..<end
    }
    try skip(startingWith: first)
    return start..<offset
  }

  /// Steps over the next value the exact way, token by token, as ``skipValue()``
  /// does when ``JSONQuickSkip`` cannot decide: for the tests that hold the two to
  /// the same answers.
  mutating func skipValueExactly() throws(JSONError) -> Range<Int> {
    let first = try valueStart()
    let start = offset
    try skip(startingWith: first)
    return start..<offset
  }

  /// Steps over the value that starts at ``offset`` with `first`.
  private mutating func skip(startingWith first: UInt8) throws(JSONError) {
    switch first {
    case UInt8(ascii: "{"): try skipObject()
    case UInt8(ascii: "["): try skipArray()
    case UInt8(ascii: "\""): _ = try scanString()
    case UInt8(ascii: "t"): try expectLiteral(.true)
    case UInt8(ascii: "f"): try expectLiteral(.false)
    case UInt8(ascii: "n"): try expectLiteral(.null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try scanNumber()
    default: throw error(.expected(.value))
    }
  }

  private mutating func skipObject() throws(JSONError) {
    offset += 1
    depth += 1
    skipWhitespace()
    if offset < bytes.count && bytes[offset] == UInt8(ascii: "}") {
      offset += 1
      depth -= 1
      return
    }
    var keys = JSONObjectKeys(in: self)
    defer { keys.end(in: &self) }
    while true {
      skipWhitespace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
        throw error(.expected(.key))
      }
      try keys.insert(try scanString(), in: &self)
      skipWhitespace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
        throw error(.expected(.colon))
      }
      offset += 1
      try skip(startingWith: try valueStart())
      skipWhitespace()
      guard offset < bytes.count else { throw error(.unexpectedEnd) }
      switch bytes[offset] {
      case UInt8(ascii: ","): offset += 1
      case UInt8(ascii: "}"):
        offset += 1
        depth -= 1
        return
      default: throw error(.expected(.commaOrObjectEnd))
      }
    }
  }

  private mutating func skipArray() throws(JSONError) {
    offset += 1
    depth += 1
    skipWhitespace()
    if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") {
      offset += 1
      depth -= 1
      return
    }
    while true {
      try skip(startingWith: try valueStart())
      skipWhitespace()
      guard offset < bytes.count else { throw error(.unexpectedEnd) }
      switch bytes[offset] {
      case UInt8(ascii: ","): offset += 1
      case UInt8(ascii: "]"):
        offset += 1
        depth -= 1
        return
      default: throw error(.expected(.commaOrArrayEnd))
      }
    }
  }
}
