import Foundation
import Testing

/// `renew import` as a user runs it in a shell: a file named from the current
/// folder, and standard input from a redirect or a pipe.
@Suite struct ImportEndToEndTests {
  /// Runs `script` with `sh -c` in the sandbox's folder; in it `$R` is the renew
  /// binary and `$F` the data file.
  func shell(_ box: Sandbox, _ script: String) throws -> Finished {
    try Child.run(
      "/bin/sh",
      ["-c", "cd \"$1\" || exit 99; R=$2; F=$3; \(script)", "sh", box.root, box.binary, box.file],
      environment: box.environment())
  }

  /// Two cards, with a quoted field and Chinese, as a spreadsheet saves them.
  static let twoCards =
    "\u{FEFF}name,number,note\r\n中国移动,+86 138 0013 8000,\"a, \"\"b\"\"\"\r\nLebara,+44 7700 900456,\r\n"

  @Test("import - reads a CSV redirected to standard input, and names it <stdin>")
  func csvFromStandardInput() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try Files.write(Array(Self.twoCards.utf8), to: box.root + "/cards.csv")
    let result = try shell(box, "exec \"$R\" --file \"$F\" import - < cards.csv")
    #expect(result.status == 0, "\(result.error)")
    #expect(
      result.output
        == "added 中国移动 (+86 138 0013 8000)\nadded Lebara (+44 7700 900456)\n"
        + "imported <stdin>: 2 added, 0 updated, 0 unchanged\n")
    #expect(
      result.error.hasPrefix(
        "renew: warning: 2 cards have no expiry and no keep-alive, so 'renew check' will never "
          + "report them: '中国移动', 'Lebara'\n"))
    #expect(try box.succeed("list", "--names") == "中国移动\nLebara\n")
    #expect(try box.succeed("backups").contains("import -"))
  }

  @Test("export piped into import - on another data file gives the same document")
  func exportPipedIntoImport() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.addThreeCards()
    try box.succeed("log", Sandbox.chinese, "--on", "2026-03-01", "--amount", "30 CNY")
    let result = try shell(
      box, "\"$R\" --file \"$F\" export | \"$R\" --file copy.json import -")
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasSuffix("imported <stdin>: 3 added, 0 updated, 0 unchanged\n"))
    let copy = box.using(file: box.root + "/copy.json")
    #expect(try copy.succeed("export") == (try box.succeed("export")))
  }

  @Test("a bad cell is named by the file's name as typed, its line and column; nothing written")
  func badCellNamed() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.addThreeCards()
    let before = Files.bytes(box.file)
    let backups = Files.names(in: box.file + ".backups")
    let csv =
      "name,number,country,carrier,expires\na,1,,,\nb,2,PH,Smart,2026-04-01\nc,3,,,\nd,4,,,\n"
      + "e,5,,,\nf,6,GB,EE,2026-02-30\n"
    try Files.write(Array(csv.utf8), to: box.root + "/cards.csv")
    let named = try shell(box, "exec \"$R\" --file \"$F\" import cards.csv")
    #expect(named.status == 64)
    #expect(named.output == "")
    #expect(
      named.error
        == "renew: cards.csv:7:5: invalid value '2026-02-30' for --expires\n"
        + "a date is YYYY-MM-DD, today, yesterday or tomorrow\n")
    let piped = try shell(box, "exec \"$R\" --file \"$F\" import - < cards.csv")
    #expect(piped.status == 64)
    #expect(piped.firstErrorLine == "renew: <stdin>:7:5: invalid value '2026-02-30' for --expires")
    #expect(Files.holds(box.file, exactly: before))
    #expect(Files.names(in: box.file + ".backups") == backups)
  }
}
