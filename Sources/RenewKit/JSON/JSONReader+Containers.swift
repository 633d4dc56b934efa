extension JSONReader {
  /// Reads an object whose keys are in `table`, calling `body` once per member with
  /// the key (`nil` for one the table does not have) and the reader on its value.
  ///
  /// `body` reads the value, or throws (``unknownKey()`` for a `nil` key); a value it
  /// leaves unread is skipped, checked as it goes. A key repeated in the object is
  /// refused before `body` sees it the second time.
  ///
  /// ```swift
  /// try reader.readObject(keys: Self.keys) { key, reader in
  ///   switch key {
  ///   case .name?: name = try reader.readString()
  ///   case .history?: history = try reader.readElements(Event.init(reading:))
  ///   case nil: throw reader.unknownKey()
  ///   }
  /// }
  /// ```
  ///
  /// - Returns: The object's bytes, from `{` to `}`, to place an error after the
  ///   fact (``JSONError/Reason/missingKey(_:)`` at its start).
  /// - Throws: ``JSONError``, or what `body` throws.
  @discardableResult
  public mutating func readObject<Key>(
    keys table: JSONKeyTable<Key>, _ body: (_ key: Key?, _ reader: inout JSONReader) throws -> Void
  ) throws -> Range<Int> {
    var seen: UInt64 = 0
    var others = JSONObjectKeys(in: self)
    defer { others.end(in: &self) }
    return try readMembers { span, reader throws in
      let number = reader.keyNumber(span, in: table)
      if let number, number < 64 {
        let bit: UInt64 = 1 << UInt64(number)
        guard seen & bit == 0 else { throw reader.repeatedKey(span) }
        seen |= bit
      } else {
        try others.insert(span, in: &reader)
      }
      try reader.readMemberValue { reader throws in
        try body(number.map { table.keys[$0] }, &reader)
      }
    }
  }

  /// Reads an object, calling `body` once per member with the key's text and the
  /// reader on its value; for objects whose keys are not known in advance.
  ///
  /// As ``readObject(keys:_:)``, but each key is made into a `String` and checked
  /// for repeats by hash: prefer a ``JSONKeyTable`` for objects read often.
  @discardableResult
  public mutating func readObject(
    _ body: (_ key: String, _ reader: inout JSONReader) throws -> Void
  ) throws -> Range<Int> {
    var keys = JSONObjectKeys(in: self)
    defer { keys.end(in: &self) }
    return try readMembers { span, reader throws in
      try keys.insert(span, in: &reader)
      let key = reader.text(of: span)
      try reader.readMemberValue { reader throws in try body(key, &reader) }
    }
  }

  /// Reads an array, calling `body` once per element with the reader on it; an
  /// element `body` leaves unread is skipped, checked as it goes.
  ///
  /// - Returns: The array's bytes, from `[` to `]`.
  @discardableResult
  public mutating func readArray(_ body: (_ reader: inout JSONReader) throws -> Void) throws
    -> Range<Int>
  {
    let first = try valueStart()
    guard first == UInt8(ascii: "[") else { throw mismatch(.array, first) }
    let start = offset
    offset += 1
    depth += 1
    pathMarks.append(.element(0))
    skipWhitespace()
    var index = 0
    if offset >= bytes.count || bytes[offset] != UInt8(ascii: "]") {
      while true {
        pathMarks[pathMarks.count - 1] = .element(index)
        skipWhitespace()
        let elementStart = offset
        try body(&self)
        if offset == elementStart { try skipValue() }
        skipWhitespace()
        guard offset < bytes.count else { throw error(.unexpectedEnd) }
        guard bytes[offset] == UInt8(ascii: ",") else { break }
        offset += 1
        index += 1
      }
      guard bytes[offset] == UInt8(ascii: "]") else { throw error(.expected(.commaOrArrayEnd)) }
    }
    offset += 1
    depth -= 1
    pathMarks.removeLast()
    return start..<offset
  }

  /// Reads an array, each element with `element`, into an array:
  /// `try reader.readElements { try $0.readString() }`.
  public mutating func readElements<Element>(
    _ element: (_ reader: inout JSONReader) throws -> Element
  ) throws -> [Element] {
    var elements: [Element] = []
    try readArray { reader in elements.append(try element(&reader)) }
    return elements
  }

  /// Reads the members of an object: calls `member` with each key, the reader just
  /// after the key's closing quote; `member` checks the key and reads the value.
  @inline(__always)
  private mutating func readMembers(
    _ member: (_ key: JSONStringSpan, _ reader: inout JSONReader) throws -> Void
  ) throws -> Range<Int> {
    let first = try valueStart()
    guard first == UInt8(ascii: "{") else { throw mismatch(.object, first) }
    let start = offset
    offset += 1
    depth += 1
    pathMarks.append(.objectStart)
    skipWhitespace()
    if offset >= bytes.count || bytes[offset] != UInt8(ascii: "}") {
      while true {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
          throw error(.expected(.key))
        }
        let key = try scanString()
        pathMarks[pathMarks.count - 1] = .member(key)
        try member(key, &self)
        skipWhitespace()
        guard offset < bytes.count else { throw error(.unexpectedEnd) }
        guard bytes[offset] == UInt8(ascii: ",") else { break }
        offset += 1
      }
      guard bytes[offset] == UInt8(ascii: "}") else { throw error(.expected(.commaOrObjectEnd)) }
    }
    offset += 1
    depth -= 1
    pathMarks.removeLast()
    return start..<offset
  }

  /// Steps over the `:` after a key, then lets `body` read the value, skipping it if
  /// `body` did not.
  @inline(__always)
  private mutating func readMemberValue(_ body: (inout JSONReader) throws -> Void) throws {
    skipWhitespace()
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
      throw error(.expected(.colon))
    }
    offset += 1
    skipWhitespace()
    let valueStart = offset
    try body(&self)
    if offset == valueStart { try skipValue() }
  }

  /// The number of the key at `span` in `table`, escapes decoded.
  @inline(__always)
  private mutating func keyNumber<Key>(_ span: JSONStringSpan, in table: JSONKeyTable<Key>) -> Int?
  {
    guard span.hasEscape else {
      return bytes.withUnsafeBufferPointer { table.number(of: $0, span.range) }
    }
    scratch.removeAll(keepingCapacity: true)
    JSONUnescaper.unescape(bytes[span.range], into: &scratch)
    return scratch.withUnsafeBufferPointer { table.number(of: $0, 0..<$0.count) }
  }
}
