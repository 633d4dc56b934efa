import TestSupport
import Testing

@testable import RenewKit

/// CSV as RFC 4180 writes it and spreadsheets save it.
@Suite struct CSVTests {
  /// The fields of each record of `text`.
  func fields(_ text: String) throws -> [[String]] {
    try CSV.records(Array(text.utf8)).map(\.fields)
  }

  @Test(
    "a spreadsheet's file: byte order mark, CRLF, quotes, commas, Chinese, a trailing blank line")
  func spreadsheetFile() throws {
    let text =
      "\u{FEFF}name,note,number\r\n\"中国移动\",\"a, b\",\"+86 138\"\r\n"
      + "\"Smart \"\"PH\"\"\",\"two\r\nlines\",1\r\n\r\n"
    let records = try CSV.records(Array(text.utf8))
    #expect(
      records.map(\.fields) == [
        ["name", "note", "number"], ["中国移动", "a, b", "+86 138"],
        ["Smart \"PH\"", "two\r\nlines", "1"],
      ])
    #expect(records.map(\.line) == [1, 2, 3])
  }

  @Test(
    "line ends of every kind, and empty fields",
    arguments: ["a,b\nc,\n", "a,b\r\nc,\r\n", "a,b\rc,\r", "a,b\nc,"])
  func lineEnds(_ text: String) throws {
    #expect(try fields(text) == [["a", "b"], ["c", ""]])
  }

  @Test("a record after a quoted field with line breaks starts on the right line")
  func linesCounted() throws {
    let records = try CSV.records(Array("a\n\"1\n2\n3\"\nb\n".utf8))
    #expect(records.map(\.line) == [1, 2, 5])
  }

  @Test(
    "broken quoting is named with its line and field",
    arguments: [
      ("a,b\nc,\"d", CSV.SyntaxError(reason: .unterminatedQuote, line: 2, column: 2)),
      ("a,b\nc,\"d\"e\n", CSV.SyntaxError(reason: .textAfterQuote, line: 2, column: 2)),
      ("a,b\nc,d\"e\n", CSV.SyntaxError(reason: .quoteInField, line: 2, column: 2)),
    ])
  func brokenQuoting(_ text: String, _ error: CSV.SyntaxError) {
    #expect(throws: error) { try CSV.records(Array(text.utf8)) }
  }

  @Test(
    "bytes that are not UTF-8 are refused, naming the line and field of the first",
    arguments: [
      ([0x61, 0xFF, 0x0A], 1, 1),
      // A Latin-1 é in the second record's second field.
      (Array("a,b\nc,caf".utf8) + [0xE9], 2, 2),
      // Right after a comma, and right after a line end: the next field, the next line.
      (Array("a,".utf8) + [0xE9], 1, 2),
      (Array("a\r\n".utf8) + [0xE9, 0x0A], 2, 1),
      // In a quoted field that spans lines; a sequence cut short at the end.
      (Array("a,\"x\ny".utf8) + [0xFF, 0x22], 2, 2),
      (Array("\u{FEFF}a,中".utf8) + [0xE4, 0xB8], 1, 2),
    ] as [([UInt8], Int, Int)])
  func notUTF8(_ bytes: [UInt8], line: Int, column: Int) {
    #expect(throws: CSV.SyntaxError(reason: .notUTF8, line: line, column: column)) {
      try CSV.records(bytes)
    }
  }

  @Test("bytes that are UTF-8 of every length are read, after a byte order mark or none")
  func everyLength() throws {
    let text = "name,note\né,中,🇵🇭\n"
    let expected = [["name", "note"], ["é", "中", "🇵🇭"]]
    #expect(try fields(text) == expected)
    #expect(try fields("\u{FEFF}" + text) == expected)
  }

  @Test("white space at either end of a field is quoted, so that no reader trims it")
  func edgeSpaces() {
    #expect(CSV.text([[" a", "b ", "x"]]) == "\" a\",\"b \",x\r\n")
  }

  @Test("what CSV.text writes, CSV.records reads back: 2,000 seeded random tables")
  func roundTrip() throws {
    var random = SplitMix64(seed: 12)
    let pieces = ["a", "中", ",", "\"", "\r\n", "\n", " ", "7", "é", "🇵🇭", ""]
    for _ in 0..<2000 {
      let width = Int.random(in: 1...4, using: &random)
      let rows = (0..<Int.random(in: 1...4, using: &random)).map { _ in
        (0..<width).map { _ in
          (0..<Int.random(in: 1...4, using: &random)).map { _ in random.pick(pieces) }.joined()
        }
      }
      // A record of one empty field is a blank line, which readers skip.
      let expected = rows.filter { $0 != [""] }
      #expect(try fields(CSV.text(rows)) == expected, "\(rows)")
    }
  }
}
