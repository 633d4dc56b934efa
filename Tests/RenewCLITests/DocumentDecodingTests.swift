import RenewKit
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

@Suite struct DocumentDecodingTests {
  private func decode(_ text: String) throws(WordedError) -> Document {
    try decodeWorded(Array(text.utf8), path: "renew.json")
  }

  /// A document holding one card with the given extra fields.
  private func oneCard(_ fields: String) -> String {
    #"{"version": 1, "cards": [{"name": "中国移动", "number": "+86 138 0013 8000", "#
      + #""added": "2026-01-01"\#(fields)}]}"#
  }

  @Test("an empty object is the same as an empty document, as every missing key has a default")
  func emptyObjectIsDefault() throws {
    #expect(try Document.decode(Array("{}".utf8)) == Document())
    #expect(try decode("{}") == Document())
    #expect(try decode(#"{"version": 1}"#) == Document())
  }

  @Test("a key twice in one object is invalid JSON, since readers disagree on which wins")
  func duplicateKeys() {
    #expect(
      throws: WordedError.json(
        path: "renew.json", line: 1, column: 15, reason: "a key appears twice in one object")
    ) { try decode(#"{"cards": [], "cards": []}"#) }
  }

  @Test("repeated methods and tags in the file are refused, not read once and lost on a write")
  func repeatedMethodsAndTags() throws {
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: "中国移动", field: "methods", reason: "'app' appears more than once")
    ) { try decode(oneCard(#", "methods": ["app", "app", "sms"], "tags": ["a", "b"]"#)) }
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: "中国移动", field: "tags", reason: "'a' appears more than once")
    ) { try decode(oneCard(#", "methods": ["app", "sms"], "tags": ["a", "a"]"#)) }
  }

  @Test("unknown keys are refused, naming them, rather than dropped on the next write")
  func unknownKeysRefused() throws {
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: "中国移动", field: "esimProfile",
        reason: "renew does not know this field")
    ) { try decode(oneCard(#", "esimProfile": {"iccid": [1, 2]}"#)) }
    #expect(
      throws: WordedError.document(
        path: "renew.json", reason: "field 'extra': renew does not know this field")
    ) { try decode(#"{"version": 1, "extra": true}"#) }
  }

  @Test("a document of a newer version is refused before its cards are read")
  func newerVersion() {
    let error = #expect(throws: NewerVersionError.self) {
      try Document.decode(Array(#"{"version": 4}"#.utf8))
    }
    #expect(error?.found == 4)
    #expect(throws: WordedError.newerVersion(path: "renew.json", found: 4, supported: 3)) {
      try decode(#"{"version": 4, "cards": "not cards as this renew knows them"}"#)
    }
  }

  @Test("an empty or blank file is refused, not read as no cards", arguments: ["", "  \n", "\n\n"])
  func emptyFile(text: String) {
    #expect(throws: WordedError.document(path: "renew.json", reason: "the file is empty")) {
      try decode(text)
    }
  }

  @Test(
    "text that is not JSON is refused with the line and column of the first error",
    arguments: [
      (#"{"version": 1"#, 1, 14, "unexpected end of file"),
      (#"{"name": "abc"#, 1, 14, "unterminated string"),
      (#"{"version": tru}"#, 1, 16, "expected 'true'"),
      (#"[1, 2,]"#, 1, 7, "expected a value"),
      (#"{"a": "x" "b": 1}"#, 1, 11, "expected ',' or '}'"),
      (#"{"cards": [{"name": "中国移动", "number": 5x}]}"#, 1, 40, "expected ',' or '}'"),
      (
        "{\n  \"version\": 1,\n  \"cards\": [\n    {\"name\": \"a\" \"number\": \"1\"}\n  ]\n}\n",
        4, 18, "expected ',' or '}'"
      ),
      ("{\n  \"cards\": [],\n  \"version\": \n}\n", 4, 1, "expected a value"),
      (#"{"lastChange": "a\qb"}"#, 1, 19, "invalid escape"),
      (#"{"lastChange": "\u12G4"}"#, 1, 21, #"expected four hex digits after \u"#),
      ("{} {}", 1, 4, "unexpected text after the end"),
      (String(repeating: "[", count: 10_000), 1, 513, "nested too deeply"),
      (
        String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000), 1, 513,
        "nested too deeply"
      ),
    ] as [(String, Int, Int, String)])
  func invalidJSON(text: String, line: Int, column: Int, reason: String) {
    #expect(
      throws: WordedError.json(path: "renew.json", line: line, column: column, reason: reason)
    ) {
      try decode(text)
    }
  }

  @Test(
    "text JSONDecoder would let through or not place is refused with its line and column",
    arguments: [
      // None of these is JSON (RFC 8259), even under a key renew does not know.
      ("{\n  \"version\": 1,\n}", 3, 1, "expected a key in quotes"),
      ("{\n  \"version\": 01\n}", 2, 14, "a number may not start with 0"),
      ("{\n  \"extra\": -\n}", 2, 13, "expected a digit"),
      ("{\n  \"extra\": 1.\n}", 2, 14, "expected a digit"),
      ("{\n  \"extra\": \"a\\qb\"\n}", 2, 15, "invalid escape"),
      ("{\n  \"extra\": \"\u{01}\"\n}", 2, 13, "control character in string"),
    ] as [(String, Int, Int, String)])
  func invalidJSONTheDecoderMisses(text: String, line: Int, column: Int, reason: String) {
    #expect(
      throws: WordedError.json(path: "renew.json", line: line, column: column, reason: reason)
    ) {
      try decode(text)
    }
  }

  @Test(
    "bytes that are not UTF-8 are invalid JSON, counted in characters up to the bad byte",
    arguments: [
      ([0xFF], 18), ([0xC3, 0x28], 18), ([0xED, 0xA0, 0x80], 18), ([0xF8, 0x88, 0x80, 0x80], 18),
    ] as [([UInt8], Int)])
  func invalidUTF8(bad: [UInt8], column: Int) {
    let bytes = Array("{\n  \"lastChange\": \"".utf8) + bad + Array("\"\n}\n".utf8)
    #expect(
      throws: WordedError.json(
        path: "renew.json", line: 2, column: column, reason: "invalid UTF-8")
    ) {
      try decodeWorded(bytes, path: "renew.json")
    }
  }

  @Test(
    "an escaped UTF-16 surrogate without its pair is invalid JSON with its line",
    arguments: [#"\ud800"#, #"\udc00"#, #"\ud800\u0041"#, #"x\uDBFF"#])
  func loneSurrogate(escape: String) {
    let text = "{\n  \"lastChange\": \"\(escape)\"\n}\n"
    do {
      let document = try decode(text)
      Issue.record("accepted a lone surrogate: \(document)")
    } catch {
      #expect(error.description.hasPrefix("renew.json:2:"), "\(error)")
    }
  }
}
