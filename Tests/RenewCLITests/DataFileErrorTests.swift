import Foundation
import Testing

/// A data file renew cannot understand (65) or cannot read (74): the message names
/// the file, and neither a read nor a write touches it.
@Suite("Data file errors")
struct DataFileErrorTests {
  static let recover =
    "nothing was changed; 'renew undo --force' or the backups folder has earlier versions\n"

  /// A broken file's contents, and what renew says of it after `renew: PATH`.
  static let broken: [(String, String)] = [
    (
      "{\n  \"version\": 1,\n  \"cards\": [\n}\n",
      ":4:1: not valid JSON: expected a value\n" + recover
    ),
    ("", ": not a renew data file: the file is empty\n" + recover),
    ("[1, 2]", ": not a renew data file: expected an object\n" + recover),
    (
      #"{"version": 1, "cards": [{"name": "a", "number": "1", "added": "2026-02-30"}]}"#,
      ": card 'a', field 'added': '2026-02-30' is not a date (YYYY-MM-DD)\n" + recover
    ),
    (
      #"{"cards": [{"name": "a", "number": "1", "added": "2026-01-01"},"#
        + #" {"name": "A", "number": "2", "added": "2026-01-01"}]}"#,
      ": card 'A', field 'name': another card has the same name\n" + recover
    ),
    (
      #"{"cards": [], "ca\u0072ds": []}"#,
      ":1:15: not valid JSON: a key appears twice in one object\n" + recover
    ),
    (
      #"{"cards": [{"name": "a", "number": "1", "added": "2026-01-01", "history": ["#
        + #"{"type": "activity", "date": "2026-01-02", "via": "Alipay"}]}]}"#,
      ": card 'a', field 'history[0].via': only a renewal or a top-up has this field, and this entry is an "
        + "activity\n" + recover
    ),
    (
      #"{"cards": [{"name": "a", "number": "1", "added": "2026-01-01", "history": ["#
        + #"{"type": "renewal", "date": "2026-01-02", "method": "fax"}]}]}"#,
      ": card 'a', field 'history[0].method': 'fax' is not a renewal method\n" + recover
    ),
    (
      #"{"cards": [{"name": "a", "number": "1", "added": "2026-01-01", "tags": ["x", "x"]}]}"#,
      ": card 'a', field 'tags': 'x' appears more than once\n" + recover
    ),
    (
      #"{"cards": [{"name": "a", "number": "1", "added": "2026-01-01", "note": "\#(String(repeating: "n", count: 2001))"}]}"#,
      ": card 'a', field 'note': longer than 2000 characters\n" + recover
    ),
    (
      #"{"cards": [{"name": "a", "number": "1", "added": "2026-01-01", "carrier": "\u202eX"}]}"#,
      ": card 'a', field 'carrier': contains U+202E (RIGHT-TO-LEFT OVERRIDE); text must be one "
        + "line of visible characters\n" + recover
    ),
    (
      #"{"version": 4, "cards": []}"#,
      " was written by a newer renew (format 4; this one reads up to 3)\n"
        + "upgrade renew; the file was left as it is\n"
    ),
  ]

  static let commands: [[String]] = [
    ["status"], ["check", "--json"], ["list"], ["history"], ["show", "a"],
    ["add", "b", "--number", "2"], ["touch", "a"], ["edit", "a", "--note", "x"],
    ["log", "a", "--for", "1m"], ["remove", "a", "--yes"],
  ]

  @Test(
    "a file renew cannot understand is refused with 65 by every command and left as it is",
    arguments: broken)
  func unreadable(_ contents: String, _ message: String) throws {
    let sandbox = try Sandbox()
    try Data(contents.utf8).write(to: URL(fileURLWithPath: sandbox.file))
    for arguments in Self.commands {
      let result = sandbox.run(arguments)
      let label = "renew \(arguments.joined(separator: " "))"
      #expect(result.code == 65, "\(label)")
      #expect(result.stderr == "renew: \(sandbox.file)" + message, "\(label)")
      #expect(result.stdout == "", "\(label)")
      #expect(sandbox.bytes() == Data(contents.utf8), "\(label)")
    }
    #expect(!sandbox.exists(sandbox.file + ".backups"))
  }

  @Test(
    "a data file that cannot be read exits 74 and says why",
    arguments: [["status"], ["touch", "a"]])
  func cannotRead(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    // A folder where the file should be; its lock file then stays inside the sandbox.
    try FileManager.default.createDirectory(
      atPath: sandbox.file, withIntermediateDirectories: false)
    let result = sandbox.run(arguments)
    #expect(result.code == 74)
    #expect(
      result.stderr == "renew: cannot read \(sandbox.file): Is a directory\nnothing was changed\n")
    #expect(result.stdout == "")
  }

  // Bug: `--file=` is taken as the path "": reads see no cards, and a write
  // creates ".lock" in the current directory before failing with 74.
  @Test("an empty --file is a usage error, not a path")
  func emptyFileOption() {
    let result = renew(["--file=", "status"], environment: ["HOME": "/nonexistent"])
    #expect(result.code == 64)
    #expect(result.stderr.hasPrefix("renew: "))
    #expect(result.stdout == "")
  }
}
