import Foundation
import Testing

@testable import RenewCLI

/// Line breaks, bidi controls and invisible characters: refused in every text value
/// with the code point named, and never echoed raw in a message.
@Suite("Invisible and line-breaking characters")
struct InvisibleTextTests {
  /// The hint under a refused value, after the code point.
  static func hint(_ codePoint: String) -> String {
    "text may not contain \(codePoint); give one line of visible characters\n"
  }

  static let refused: [ErrorCase] = [
    ErrorCase(
      ["add", "a\u{200B}b", "--number", "1"],
      "renew: invalid NAME 'a\\u{200B}b'\n" + hint("U+200B (ZERO WIDTH SPACE)")),
    ErrorCase(
      ["edit", "giffgaff", "--name", "Smart\u{202E}HP"],
      "renew: invalid value 'Smart\\u{202E}HP' for --name\n"
        + hint("U+202E (RIGHT-TO-LEFT OVERRIDE)")),
    ErrorCase(
      ["add", "x", "--number", "+63\u{2066}917"],
      "renew: invalid value '+63\\u{2066}917' for --number\n"
        + hint("U+2066 (LEFT-TO-RIGHT ISOLATE)")),
    ErrorCase(
      ["edit", "giffgaff", "--carrier", "EE\u{FEFF}"],
      "renew: invalid value 'EE\\u{FEFF}' for --carrier\n"
        + hint("U+FEFF (ZERO WIDTH NO-BREAK SPACE)")),
    ErrorCase(
      ["edit", "giffgaff", "--how", "a\u{2029}b"],
      "renew: invalid value 'a\\u{2029}b' for --how\n" + hint("U+2029 (PARAGRAPH SEPARATOR)")),
    ErrorCase(
      ["edit", "giffgaff", "--pay", "Pay\u{2060}Pal"],
      "renew: invalid value 'Pay\\u{2060}Pal' for --pay\n" + hint("U+2060 (WORD JOINER)")),
    ErrorCase(
      ["edit", "giffgaff", "--tag", "ok", "--tag", "a\u{200D}b"],
      "renew: invalid value 'a\\u{200D}b' for --tag\n" + hint("U+200D (ZERO WIDTH JOINER)")),
    ErrorCase(
      ["log", "giffgaff", "--via", "a\u{1B}[31mred"],
      "renew: invalid value 'a\\u{1B}[31mred' for --via\n" + hint("U+001B (ESCAPE)")),
    ErrorCase(
      ["log", "giffgaff", "--receipt", "r\u{0}1"],
      "renew: invalid value 'r\\u{0}1' for --receipt\n" + hint("U+0000 (NULL)")),
    ErrorCase(
      ["log", "giffgaff", "--note", "one\ntwo"],
      "renew: invalid value 'one\\u{A}two' for --note\n" + hint("U+000A (LINE FEED)")),
    ErrorCase(
      ["touch", "giffgaff", "--note", "a\u{2028}b"],
      "renew: invalid value 'a\\u{2028}b' for --note\n" + hint("U+2028 (LINE SEPARATOR)")),
    ErrorCase(
      ["touch", "giffgaff", "--note", "a\u{AD}b"],
      "renew: invalid value 'a\\u{AD}b' for --note\n" + hint("U+00AD (SOFT HYPHEN)")),
    ErrorCase(
      ["edit", "giffgaff", "--carrier", "a\tb"],
      "renew: invalid value 'a\\u{9}b' for --carrier\n" + hint("U+0009 (CHARACTER TABULATION)")),
    ErrorCase(
      ["edit", "giffgaff", "--note", "a\u{9B}31m"],
      "renew: invalid value 'a\\u{9B}31m' for --note\n"
        + hint("U+009B (CONTROL SEQUENCE INTRODUCER)")),
    ErrorCase(
      ["list", "--tag", "a\u{85}b"],
      "renew: invalid value 'a\\u{85}b' for --tag\n" + hint("U+0085 (NEXT LINE)")),
    ErrorCase(
      ["edit", "giffgaff", "--note", "a\u{200E}b\u{1B}"],
      "renew: invalid value 'a\\u{200E}b\\u{1B}' for --note\n"
        + hint("U+200E (LEFT-TO-RIGHT MARK)")),
  ]

  @Test(
    "a control, format or separator character in a text value is refused, naming it",
    arguments: refused)
  func refusedCharacter(_ errorCase: ErrorCase) throws {
    try expectUsageError(errorCase)
  }

  @Test(
    "every bidi control and zero-width character is refused",
    arguments: Array(0x202A...0x202E) + Array(0x2066...0x2069) + [
      0x200B, 0x200C, 0x200D, 0xFEFF, 0x2060, 0x2028, 0x2029,
    ])
  func bidiAndZeroWidth(_ value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    let sandbox = try Sandbox()
    let result = sandbox.run(["add", "a\(scalar)b", "--number", "1"])
    #expect(result.code == 64)
    let hex = String(value, radix: 16, uppercase: true)
    #expect(result.stderr.hasPrefix("renew: invalid NAME 'a\\u{\(hex)}b'\n"))
    #expect(result.stderr.contains("text may not contain U+\(hex) ("))
    #expect(!sandbox.exists(sandbox.file))
  }

  @Test("text in other scripts, combining marks and emoji is still accepted")
  func visibleTextAccepted() throws {
    let sandbox = try Sandbox()
    let name = "Cafe\u{301} 中国移动 🇵🇭 🙂"
    let added = sandbox.run(["add", name, "--number", "+1 555", "--note", "مرحبا", "--tag", "ü"])
    #expect(added.code == 0, "\(added.stderr)")
    #expect(sandbox.run(["show", name]).stdout.contains("مرحبا"))
  }

  @Test("input echoed in any message is shown escaped, never raw")
  func echoedInputEscaped() throws {
    try expectUsageError(
      ErrorCase(
        ["show", "no\u{1B}[2Jsuch"],
        "renew: no card matches 'no\\u{1B}[2Jsuch'\n"
          + "cards: 中国移动, Smart PH, giffgaff, Smart Bro\n"))
    try expectUsageError(
      ErrorCase(
        ["sta\u{202E}tus"],
        "renew: unknown command 'sta\\u{202E}tus'\ndid you mean 'status'?\n"))
  }

  @Test("an error's message and hint escape every control, format and separator character")
  func reportEscapes() {
    let report = ErrorReport(message: "a\u{1B}b\u{2028}", hint: "c\u{202E}d\n", code: 64)
    #expect(report.text == "renew: a\\u{1B}b\\u{2028}\nc\\u{202E}d\\u{A}\n")
    #expect(ErrorReport(message: "中国移动 🙂", code: 64).text == "renew: 中国移动 🙂\n")
  }

  @Test("a line break inside a name in the data file is refused with 65, shown escaped")
  func lineBreakInFile() throws {
    let sandbox = try Sandbox()
    let contents =
      #"{"version": 1, "cards": [{"name": "a\nb", "number": "1", "added": "2026-01-01"}]}"#
    try Data(contents.utf8).write(to: URL(fileURLWithPath: sandbox.file))
    for arguments in [["status"], ["check"], ["list"], ["touch", "a"]] {
      let result = sandbox.run(arguments)
      #expect(result.code == 65)
      #expect(
        result.stderr
          == "renew: \(sandbox.file): card 'a\\u{A}b', field 'name': contains U+000A (LINE FEED); "
          + "text must be one line of visible characters\n" + DataFileErrorTests.recover)
      #expect(result.stdout == "")
    }
    #expect(sandbox.bytes() == Data(contents.utf8))
  }
}
