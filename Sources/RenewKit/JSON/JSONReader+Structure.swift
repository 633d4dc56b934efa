extension JSONReader {
  /// Steps over the next value by its structure alone, for a reader in a hurry.
  ///
  /// Strings are checked as strictly as ever (UTF-8, escapes, control characters),
  /// and brackets must nest and balance; what lies between them (numbers, literals,
  /// commas, colons, repeated keys) is not judged. A command that changes the file
  /// reads it with ``skipValue()`` or the typed reads, which judge everything.
  ///
  /// - Throws: a syntax error in a string, a bracket that does not match, or the
  ///   end of the document inside the value.
  @discardableResult
  public mutating func skipStructure() throws(JSONError) -> Range<Int> {
    let first = try valueStart()
    let start = offset
    guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else {
      try skipValue()
      return start..<offset
    }
    var closers: [UInt8] = []
    var index = offset
    let count = bytes.count
    while index < count {
      // Eight bytes at a time to the next quote or bracket.
      index = bytes.withUnsafeBufferPointer { buffer in
        var at = index
        while let word = JSONWordScan.load(buffer, at: at) {
          let marks = JSONWordScan.structural(word)
          if marks != 0 { return at + marks.trailingZeroBitCount >> 3 }
          at += 8
        }
        return at
      }
      guard index < count else { break }
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        offset = index
        _ = try scanString()
        index = offset
        continue
      case UInt8(ascii: "{"):
        closers.append(UInt8(ascii: "}"))
      case UInt8(ascii: "["):
        closers.append(UInt8(ascii: "]"))
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        guard closers.last == byte else {
          offset = index
          throw error(.expected(byte == UInt8(ascii: "}") ? .commaOrArrayEnd : .commaOrObjectEnd))
        }
        closers.removeLast()
        if closers.isEmpty {
          offset = index + 1
          return start..<offset
        }
      default:
        break
      }
      guard closers.count < JSONReader.maximumDepth else {
        offset = index
        throw error(.nestedTooDeeply)
      }
      index += 1
    }
    offset = count
    throw error(.unexpectedEnd)
  }
}
