import RenewKit
import Testing

/// Text that is not JSON, refused with the line, column and typed reason of its first
/// error, both when checked (`syntaxError(in:)`) and when read value by value.
/// The cases and places are those the strict scanner `JSONSyntax` was tested with.
@Suite struct JSONReaderSyntaxTests {
  typealias Case = (text: String, line: Int, column: Int, reason: JSONError.Reason)

  /// Checks `bytes` both ways: skipped whole, and read into a tree.
  private func expectError(
    _ bytes: [UInt8], line: Int, column: Int, reason: JSONError.Reason,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let found = JSONReader.syntaxError(in: bytes) else {
      Issue.record("accepted", sourceLocation: sourceLocation)
      return
    }
    #expect(found.reason == reason, sourceLocation: sourceLocation)
    #expect(found.line == line, sourceLocation: sourceLocation)
    #expect(found.column == column, sourceLocation: sourceLocation)
    // Read value by value, the error is the same, with the path of where the reading was.
    let thrown = #expect(throws: JSONError.self, sourceLocation: sourceLocation) {
      try JSONReader.decode(bytes, JSONTestValue.read)
    }
    #expect(thrown?.reason == found.reason, sourceLocation: sourceLocation)
    #expect(thrown?.location == found.location, sourceLocation: sourceLocation)
  }

  @Test(
    "text that is not JSON is refused with the line and column of the first error",
    arguments: [
      (#"{"version": 1"#, 1, 14, .unexpectedEnd),
      (#"{"name": "abc"#, 1, 14, .unterminatedString),
      (#"{"version": tru}"#, 1, 16, .expected(.literal(.true))),
      (#"[1, 2,]"#, 1, 7, .expected(.value)),
      (#"{"a": "x" "b": 1}"#, 1, 11, .expected(.commaOrObjectEnd)),
      (#"{"cards": [{"name": "中国移动", "number": 5x}]}"#, 1, 40, .expected(.commaOrObjectEnd)),
      (
        "{\n  \"version\": 1,\n  \"cards\": [\n    {\"name\": \"a\" \"number\": \"1\"}\n  ]\n}\n",
        4, 18, .expected(.commaOrObjectEnd)
      ),
      ("{\n  \"cards\": [],\n  \"version\": \n}\n", 4, 1, .expected(.value)),
      (#"{"lastChange": "a\qb"}"#, 1, 19, .invalidEscape),
      (#"{"lastChange": "\u12G4"}"#, 1, 21, .expected(.hexDigits)),
      ("{} {}", 1, 4, .textAfterEnd),
      ("{\n  \"version\": 1,\n}", 3, 1, .expected(.key)),
      ("{\n  \"version\": 01\n}", 2, 14, .leadingZero),
      ("{\n  \"extra\": -\n}", 2, 13, .expected(.digit)),
      ("{\n  \"extra\": 1.\n}", 2, 14, .expected(.digit)),
      ("{\n  \"extra\": \"a\\qb\"\n}", 2, 15, .invalidEscape),
      ("{\n  \"extra\": \"\u{01}\"\n}", 2, 13, .controlCharacterInString),
      ("{\"version\": 1,\n  \"cards\": [\n", 3, 1, .unexpectedEnd),
    ] as [Case])
  func notJSON(text: String, line: Int, column: Int, reason: JSONError.Reason) {
    expectError(Array(text.utf8), line: line, column: column, reason: reason)
  }

  @Test(
    "more faults, each where an editor would show it",
    arguments: [
      ("", 1, 1, .unexpectedEnd), ("  \n", 2, 1, .unexpectedEnd), ("{", 1, 2, .expected(.key)),
      (#"{"a""#, 1, 5, .expected(.colon)), (#"{"a" 1}"#, 1, 6, .expected(.colon)),
      ("[1 2]", 1, 4, .expected(.commaOrArrayEnd)), ("[1,", 1, 4, .unexpectedEnd),
      ("[", 1, 2, .unexpectedEnd), ("[1", 1, 3, .unexpectedEnd),
      ("-", 1, 2, .expected(.digit)), ("1.e5", 1, 3, .expected(.digit)),
      ("1e", 1, 3, .expected(.digit)), ("1e+", 1, 4, .expected(.digit)), ("01", 1, 1, .leadingZero),
      ("-01", 1, 2, .leadingZero), (".5", 1, 1, .expected(.value)), ("+1", 1, 1, .expected(.value)),
      ("nul", 1, 4, .expected(.literal(.null))), ("falsy", 1, 5, .expected(.literal(.false))),
      ("falsey", 1, 6, .textAfterEnd),
      ("fals", 1, 5, .expected(.literal(.false))), ("[True]", 1, 2, .expected(.value)),
      (#"["中国", x]"#, 1, 8, .expected(.value)), (#"["👍🏽", x]"#, 1, 7, .expected(.value)),
      ("{\r\n  \"a\": x}", 2, 8, .expected(.value)), (#""\"#, 1, 3, .unterminatedString),
      (#""\u12"#, 1, 6, .expected(.hexDigits)), (#""\ud800\u00G0""#, 1, 12, .expected(.hexDigits)),
      ("[\"a\tb\"]", 1, 4, .controlCharacterInString), ("{\"a\":1,,}", 1, 8, .expected(.key)),
      (#"{"a":1}}"#, 1, 8, .textAfterEnd), ("[1]\n\n x", 3, 2, .textAfterEnd),
      ("\u{FEFF}\u{FEFF}[]", 1, 1, .expected(.value)), ("[1, \u{FEFF}2]", 1, 5, .expected(.value)),
    ] as [Case])
  func moreFaults(text: String, line: Int, column: Int, reason: JSONError.Reason) {
    expectError(Array(text.utf8), line: line, column: column, reason: reason)
  }

  @Test(
    "bytes that are not UTF-8 are refused, counted in characters up to the bad byte",
    arguments: [
      [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80], [0xC0, 0xAF],
      [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE4, 0xB8],
    ] as [[UInt8]])
  func invalidUTF8(bad: [UInt8]) {
    let bytes = Array("{\n  \"lastChange\": \"".utf8) + bad + Array("\"\n}\n".utf8)
    expectError(bytes, line: 2, column: 18, reason: .invalidUTF8)
    expectError(Array("[\"中".utf8) + bad + [0x22, 0x5D], line: 1, column: 4, reason: .invalidUTF8)
  }

  @Test(
    "an escaped UTF-16 surrogate without its pair is refused at its backslash",
    arguments: [
      (#"\ud800"#, 18, .unpairedHighSurrogate), (#"\udc00"#, 18, .unpairedLowSurrogate),
      (#"\ud800\u0041"#, 18, .unpairedHighSurrogate), (#"x\uDBFF"#, 19, .unpairedHighSurrogate),
      (#"\ud83d\ude00\udc00"#, 30, .unpairedLowSurrogate),
      (#"\ud800\\u"#, 18, .unpairedHighSurrogate),
    ] as [(String, Int, JSONError.Reason)])
  func loneSurrogate(escape: String, column: Int, reason: JSONError.Reason) {
    let text = "{\n  \"lastChange\": \"\(escape)\"\n}\n"
    expectError(Array(text.utf8), line: 2, column: column, reason: reason)
  }

  @Test(
    "a fault in a string is found at every place, eight bytes at a time or not",
    arguments: [
      ([0x01], JSONError.Reason.controlCharacterInString), ([0x1F], .controlCharacterInString),
      ([0xFF], .invalidUTF8), ([0xC3], .invalidUTF8), ([0x5C, 0x71], .invalidEscape),
    ] as [([UInt8], JSONError.Reason)])
  func stringFaultAtEveryPlace(fault: [UInt8], reason: JSONError.Reason) {
    for place in 0..<24 {
      let bytes =
        [0x22] + [UInt8](repeating: 0x61, count: place) + fault
        + [UInt8](repeating: 0x62, count: 20) + [0x22]
      let column = place + (reason == .invalidEscape ? 3 : 2)
      expectError(bytes, line: 1, column: column, reason: reason)
    }
  }

  @Test("512 levels of nesting are read; a value inside 512 containers is refused")
  func depth() throws {
    let open = String(repeating: "[", count: 512)
    let close = String(repeating: "]", count: 512)
    #expect(JSONReader.syntaxError(in: Array((open + close).utf8)) == nil)
    let inside511 = String(repeating: "[", count: 511) + "1" + String(repeating: "]", count: 511)
    #expect(JSONReader.syntaxError(in: Array(inside511.utf8)) == nil)
    _ = try JSONReader.decode(Array(inside511.utf8), JSONTestValue.read)
    expectError(Array((open + "1" + close).utf8), line: 1, column: 513, reason: .nestedTooDeeply)
    for text in [String(repeating: "[", count: 10_000), String(repeating: "[{\"a\":", count: 600)] {
      let column = text.hasPrefix("[{") ? 1537 : 513
      expectError(Array(text.utf8), line: 1, column: column, reason: .nestedTooDeeply)
    }
  }

  @Test("a UTF-8 byte order mark is skipped, and lines and columns count from after it")
  func byteOrderMark() throws {
    let bytes = [0xEF, 0xBB, 0xBF] + Array(#"{"a": tru}"#.utf8)
    expectError(bytes, line: 1, column: 10, reason: .expected(.literal(.true)))
    let read = try JSONReader.decode([0xEF, 0xBB, 0xBF] + Array("[1]".utf8), JSONTestValue.read)
    #expect(read == .array([.int(1)]))
    expectError([0xEF, 0xBB, 0xBF], line: 1, column: 1, reason: .unexpectedEnd)
    expectError([0xEF, 0xBB], line: 1, column: 1, reason: .expected(.value))
  }
}
