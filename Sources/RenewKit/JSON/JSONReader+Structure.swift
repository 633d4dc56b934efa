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
    let outcome = bytes.withUnsafeBufferPointer { buffer in
      JSONReader.skipStructure(buffer, from: offset, closers: &closers)
    }
    switch outcome {
    case .end(let end):
      offset = end
      return start..<offset
    case .string(let quote, let scan):
      offset = quote
      throw error(scan.fault?.reason ?? .unexpectedEnd, at: scan.offset)
    case .mismatch(let index, let byte):
      offset = index
      throw error(.expected(byte == UInt8(ascii: "}") ? .commaOrArrayEnd : .commaOrObjectEnd))
    case .tooDeep(let index):
      offset = index
      throw error(.nestedTooDeeply)
    case .unexpectedEnd:
      offset = bytes.count
      throw error(.unexpectedEnd)
    }
  }

  /// Where a structural skip stopped.
  private enum SkipOutcome {
    /// After the closing bracket.
    case end(Int)
    /// At a string (its opening quote) with a fault.
    case string(quote: Int, JSONStringScanner.Outcome)
    /// At a closing bracket that does not match the open one.
    case mismatch(Int, UInt8)
    /// At a bracket nested more than ``JSONReader/maximumDepth`` deep.
    case tooDeep(Int)
    /// At the end of the document, inside the value.
    case unexpectedEnd
  }

  /// The loop of ``skipStructure()`` over the whole document's bytes, from the
  /// opening bracket at `index`, with no bounds check per byte.
  private static func skipStructure(
    _ buffer: UnsafeBufferPointer<UInt8>, from index: Int, closers: inout [UInt8]
  ) -> SkipOutcome {
    var index = index
    let count = buffer.count
    while index < count {
      // Eight bytes at a time to the next quote or bracket.
      while let word = JSONWordScan.load(buffer, at: index) {
        let marks = JSONWordScan.structural(word)
        if marks != 0 {
          index += marks.trailingZeroBitCount >> 3
          break
        }
        index += 8
      }
      guard index < count else { break }
      let byte = buffer[index]
      switch byte {
      case UInt8(ascii: "\""):
        // Most strings are plain ASCII: eight bytes at a time to a closing quote
        // with nothing to look at before it; anything else takes the full scan.
        var at = index + 1
        while let word = JSONWordScan.load(buffer, at: at) {
          let special = JSONWordScan.special(word)
          if special != 0 {
            at += special.trailingZeroBitCount >> 3
            break
          }
          at += 8
        }
        if at < count && buffer[at] == UInt8(ascii: "\"") {
          index = at + 1
          continue
        }
        let scan = JSONStringScanner.scan(buffer, from: index)
        guard scan.fault == nil else { return .string(quote: index, scan) }
        index = scan.offset + 1
        continue
      case UInt8(ascii: "{"):
        closers.append(UInt8(ascii: "}"))
        guard closers.count < JSONReader.maximumDepth else { return .tooDeep(index) }
      case UInt8(ascii: "["):
        closers.append(UInt8(ascii: "]"))
        guard closers.count < JSONReader.maximumDepth else { return .tooDeep(index) }
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        guard closers.last == byte else { return .mismatch(index, byte) }
        closers.removeLast()
        if closers.isEmpty { return .end(index + 1) }
      default:
        break
      }
      index += 1
    }
    return .unexpectedEnd
  }
}
