import Foundation
import Testing

/// Text values have a length limit, counted in characters: 200 for a name and for
/// one-line values, 2000 for a note and `--how`.
@Suite("Text length limits")
struct TextLengthTests {
  /// What renew prints for `what` (`NAME`, `--note`) over `limit` characters.
  static func tooLong(_ what: String, _ limit: Int) -> String {
    "renew: \(what) is longer than \(limit) characters\nshorten it to \(limit) characters or fewer\n"
  }

  static let long201 = String(repeating: "x", count: 201)
  static let long2001 = String(repeating: "x", count: 2001)

  static let refused: [ErrorCase] = [
    ErrorCase(["add", long201, "--number", "1"], tooLong("NAME", 200)),
    ErrorCase(["edit", "giffgaff", "--name", long201], tooLong("--name", 200)),
    ErrorCase(["add", "x", "--number", "1" + long201], tooLong("--number", 200)),
    ErrorCase(["edit", "giffgaff", "--carrier", long201], tooLong("--carrier", 200)),
    ErrorCase(["edit", "giffgaff", "--pay", long201], tooLong("--pay", 200)),
    ErrorCase(["edit", "giffgaff", "--tag", long201], tooLong("--tag", 200)),
    ErrorCase(["log", "giffgaff", "--via", long201], tooLong("--via", 200)),
    ErrorCase(["log", "giffgaff", "--receipt", long201], tooLong("--receipt", 200)),
    ErrorCase(["edit", "giffgaff", "--how", long2001], tooLong("--how", 2000)),
    ErrorCase(["touch", "giffgaff", "--note", long2001], tooLong("--note", 2000)),
    ErrorCase(
      ["add", String(repeating: "中", count: 201), "--number", "1"], tooLong("NAME", 200)),
    // One character of 3201 bytes: past 16 bytes per allowed character, refused
    // without counting.
    ErrorCase(
      ["edit", "giffgaff", "--carrier", "e" + String(repeating: "\u{301}", count: 1600)],
      tooLong("--carrier", 200)),
  ]

  @Test("a value over its limit is refused, saying the limit", arguments: refused)
  func overLimit(_ errorCase: ErrorCase) throws {
    try expectUsageError(errorCase)
  }

  @Test("values at their limit are accepted, counted in characters, not bytes")
  func atLimit() throws {
    let sandbox = try Sandbox()
    let name = String(repeating: "中", count: 200)
    let flags = String(repeating: "🇵🇭", count: 200)
    let added = sandbox.run([
      "add", name, "--number", "+" + String(repeating: "1", count: 199), "--carrier", flags,
      "--note", String(repeating: "é", count: 2000), "--how", String(repeating: "x", count: 2000),
    ])
    #expect(added.code == 0, "\(added.stderr)")
    let logged = sandbox.run([
      "log", name, "--for", "1m", "--via", String(repeating: "v", count: 200),
      "--receipt", String(repeating: "r", count: 200),
    ])
    #expect(logged.code == 0, "\(logged.stderr)")
    #expect(sandbox.run(["status"]).code == 0)
  }

  @Test("a huge value is refused without being echoed")
  func hugeValue() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let huge = String(repeating: "x", count: 5_000_000)
    let result = sandbox.run(["touch", "giffgaff", "--note", huge])
    #expect(result.code == 64)
    #expect(result.stderr == Self.tooLong("--note", 2000))
  }
}
