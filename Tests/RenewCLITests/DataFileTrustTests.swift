import Foundation
import Testing

@testable import RenewCLI

/// What renew says about data files it must not trust blindly: one changed outside
/// renew, one with a byte order mark, one that is not a regular file.
@Suite("Data file trust")
struct DataFileTrustTests {
  /// The data file's text with `old` replaced by `new`, written back as an editor would.
  private func editByHand(_ sandbox: Sandbox, _ old: String, _ new: String) throws -> Data {
    let text = String(decoding: try #require(sandbox.bytes()), as: UTF8.self)
    let edited = Data(text.replacingOccurrences(of: old, with: new).utf8)
    try #require(edited != sandbox.bytes())
    try edited.write(to: URL(fileURLWithPath: sandbox.file))
    return edited
  }

  @Test("undo refuses a file changed outside renew with 64, and --force says what it kept")
  func undoOutsideChange() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let edited = try editByHand(sandbox, "+63 918 000 4567", "+63 918 000 9999")
    let refused = sandbox.run(["undo"])
    #expect(refused.code == 64)
    #expect(
      refused.stderr
        == "renew: not undoing: \(sandbox.file) was changed outside renew since renew last "
        + "wrote it\n'renew undo --force' restores the backup anyway and keeps the changed "
        + "file in the backups folder\n")
    #expect(refused.stdout == "")
    #expect(sandbox.bytes() == edited)

    let forced = sandbox.run(["undo", "--force"])
    let kept = "\(sandbox.file).backups/outside-000001.json"
    #expect(forced.code == 0)
    #expect(
      forced.stdout
        == "undid: add Smart Bro, and the changes made outside renew since\n"
        + "kept the changed file as \(kept)\n")
    #expect(forced.stderr == "")
    #expect(FileManager.default.contents(atPath: kept) == edited)
    #expect(
      sandbox.run(["backups"]).stdout.hasSuffix(
        "Kept by 'renew undo --force' (files changed outside renew; renew never removes them):\n"
          + "  \(kept)\n"))
    #expect(sandbox.run(["undo"]).stdout == "undid: add giffgaff\n")
  }

  @Test("undo --force on a file as renew left it is a plain undo")
  func forceWithoutOutsideChange() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let result = sandbox.run(["undo", "--force"])
    #expect(result.code == 0)
    #expect(result.stdout == "undid: add Smart Bro\n")
  }

  @Test("renew help undo documents --force (the whole text is pinned in HelpTextTests)")
  func undoHelp() throws {
    let help = try Sandbox().run(["help", "undo"]).stdout
    #expect(help.hasPrefix("Usage: renew undo [--force]\n"))
    #expect(
      help.contains("  --force  undo even over a file changed outside renew; keep that file\n"))
  }

  @Test("a data file with a byte order mark is read, and written back without it")
  func byteOrderMark() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let plain = try #require(sandbox.bytes())
    try (Data([0xEF, 0xBB, 0xBF]) + plain).write(to: URL(fileURLWithPath: sandbox.file))
    let status = sandbox.run(["status"])
    #expect(status.code == 0)
    #expect(status.stdout.contains("中国移动"))
    #expect(sandbox.run(["touch", "giffgaff"]).code == 0)
    #expect(sandbox.bytes()?.first == UInt8(ascii: "{"))
  }

  @Test("an error in a file with a byte order mark gives the line and column an editor shows")
  func byteOrderMarkError() throws {
    let sandbox = try Sandbox()
    let text = "{\n  \"version\": 1,\n  \"cards\": [}\n"
    try (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)).write(to: URL(fileURLWithPath: sandbox.file))
    let result = sandbox.run(["status"])
    #expect(result.code == 65)
    #expect(
      result.stderr
        == "renew: \(sandbox.file):3:13: not valid JSON: expected a value\n"
        + DataFileErrorTests.recover)
  }

  @Test(
    "a device as the data file is refused with 74 by reads and writes",
    arguments: [
      ["status"], ["add", "b", "--number", "2"], ["undo"],
    ])
  func device(_ arguments: [String]) {
    let result = renew(["--file", "/dev/null"] + arguments, environment: ["HOME": "/nonexistent"])
    #expect(result.code == 74)
    #expect(
      result.stderr
        == "renew: /dev/null is a character device, not a regular file\n"
        + "the data file must be a regular file or a link to one; nothing was changed\n")
    #expect(result.stdout == "")
  }

  @Test("an edit that changes nothing says so, writes nothing and keeps no backup")
  func editThatChangesNothing() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let first = sandbox.run(["edit", "giffgaff", "--note", "SIM in the drawer"])
    let backups = try FileManager.default.contentsOfDirectory(atPath: sandbox.file + ".backups")
    let before = sandbox.bytes()
    let again = sandbox.run(["edit", "giffgaff", "--note", "SIM in the drawer"])
    #expect(again.code == 0)
    #expect(first.stdout.hasPrefix("changed giffgaff"))
    #expect(again.stdout == "giffgaff already has those values; nothing changed\n")
    #expect(sandbox.bytes() == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: sandbox.file + ".backups").sorted()
        == backups.sorted())
    #expect(sandbox.run(["undo"]).stdout == "undid: edit giffgaff\n")
  }
}
