import RenewKit
import Testing

/// The one rule for text, shared by the command line and the data file.
@Suite struct TextFieldTests {
  @Test(
    "control, format and separator characters are forbidden",
    arguments: Array(0x00...0x1F) + Array(0x7F...0x9F) + [
      0xAD, 0x600, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B,
      0x202C, 0x202D, 0x202E, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0xFFF9, 0xE0001,
      0xE0041,
    ])
  func forbidden(value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    #expect(scalar.isForbiddenInText)
    #expect("ab\(scalar)c".firstForbiddenScalar == scalar)
    #expect("ab\(scalar)c".dropFirst().firstForbiddenScalar == scalar)
  }

  @Test(
    "visible text in any script is allowed",
    arguments: [
      "Smart PH", "中国移动", "e\u{301}", "🇵🇭", "👍🏽", "1\u{FE0F}\u{20E3}", "مرحبا", "नमस्ते",
      "a b", "\u{A0}", "~!@#$%^&*()_+", "\u{3000}",
    ])
  func allowed(text: String) {
    #expect(text.firstForbiddenScalar == nil)
    #expect(TextField.name.problem(in: text) == nil)
  }

  @Test(
    "a code point is written U+XXXX with its name or control alias",
    arguments: [
      (0x00, "U+0000 (NULL)"), (0x0A, "U+000A (LINE FEED)"), (0x1B, "U+001B (ESCAPE)"),
      (0x1F, "U+001F (INFORMATION SEPARATOR ONE)"), (0x7F, "U+007F (DELETE)"),
      (0x80, "U+0080 (PADDING CHARACTER)"), (0x85, "U+0085 (NEXT LINE)"),
      (0x9F, "U+009F (APPLICATION PROGRAM COMMAND)"), (0x2028, "U+2028 (LINE SEPARATOR)"),
      (0x202E, "U+202E (RIGHT-TO-LEFT OVERRIDE)"), (0xFEFF, "U+FEFF (ZERO WIDTH NO-BREAK SPACE)"),
      (0xE0001, "U+E0001 (LANGUAGE TAG)"), (0x0378, "U+0378"),
    ] as [(UInt32, String)])
  func codePoint(value: UInt32, description: String) throws {
    #expect(try #require(Unicode.Scalar(value)).codePointDescription == description)
  }

  @Test("each field has its limit, defined once")
  func limits() {
    #expect(TextField.maximumNameLength == 200)
    #expect(TextField.maximumLineLength == 200)
    #expect(TextField.maximumNoteLength == 2000)
    let limits = TextField.allCases.map { ($0, $0.maximumLength) }
    for (field, limit) in limits {
      let expected = field == .note || field == .how ? 2000 : 200
      #expect(limit == expected, "\(field)")
    }
  }

  @Test(
    "length is counted in characters, and a value too large in bytes is too long unread",
    arguments: [
      (String(repeating: "x", count: 200), nil),
      (String(repeating: "x", count: 201), TextProblem.tooLong(limit: 200)),
      (String(repeating: "👍🏽", count: 200), nil),
      (String(repeating: "e\u{301}", count: 201), TextProblem.tooLong(limit: 200)),
      ("e" + String(repeating: "\u{301}", count: 1599), nil),
      ("e" + String(repeating: "\u{301}", count: 1600), TextProblem.tooLong(limit: 200)),
      (
        String(repeating: "x", count: 3201) + "\u{1B}", TextProblem.tooLong(limit: 200)
      ),
      (
        String(repeating: "x", count: 300) + "\u{1B}",
        TextProblem.forbiddenScalar("\u{1B}")
      ),
    ] as [(String, TextProblem?)])
  func length(text: String, problem: TextProblem?) {
    #expect(TextField.carrier.problem(in: text) == problem)
  }
}
