import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// Behaviour settled after review: no silent no-op writes, no control characters in
/// one-line fields, nothing created by a refused change, environment errors named.
@Suite("Edge cases from review")
struct ReviewFindingsTests {
  @Test("edit with nothing to change is refused and writes no backup")
  func emptyEdit() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    let result = sandbox.run(["edit", "smart ph"])
    #expect(result.code == 64)
    #expect(
      result.stderr == "renew: 'edit' needs at least one option to change\nsee 'renew help edit'\n")
    #expect(sandbox.bytes() == before)
  }

  @Test("retiring a retired card says so and changes nothing")
  func retireTwice() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    #expect(sandbox.run(["retire", "smart ph"]).code == 0)
    let before = sandbox.bytes()
    let backups = try FileManager.default.contentsOfDirectory(atPath: sandbox.file + ".backups")
    let again = sandbox.run(["retire", "smart ph"])
    #expect(again.code == 0)
    #expect(again.stdout == "Smart PH is already retired\n")
    #expect(sandbox.bytes() == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: sandbox.file + ".backups").sorted()
        == backups.sorted(), "a backup was taken for a change that changed nothing")
    #expect(sandbox.run(["show", "smart ph"]).stdout.contains("(retired)"))
  }

  @Test(
    "line breaks, tabs and escapes are refused in one-line fields",
    arguments: [
      ["add", "x\ny", "--number", "1"], ["add", "x", "--number", "1", "--how", "a\nb"],
      ["edit", "smart ph", "--carrier", "a\tb"], ["log", "smart ph", "--via", "\u{1B}[31mred"],
      ["touch", "smart ph", "--note", "one\ntwo"],
    ])
  func controlCharacters(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    let result = sandbox.run(arguments)
    #expect(result.code == 64)
    #expect(result.stderr.hasPrefix("renew: invalid "))
    #expect(sandbox.bytes() == before)
  }

  @Test("a refused change creates no folder and no lock file")
  func refusedChangeCreatesNothing() throws {
    let sandbox = try Sandbox()
    let file = sandbox.folder + "/new/folder/renew.json"
    let result = renew(
      ["--file", file, "edit", "nosuch", "--note", "x"], environment: [:], today: fixedToday)
    #expect(result.code == 64)
    #expect(!sandbox.exists(sandbox.folder + "/new"))
  }

  @Test("a bad RENEW_TODAY is reported as the variable, not as --today")
  func badEnvironmentToday() throws {
    let sandbox = try Sandbox()
    let result = sandbox.run(["status"], environment: ["RENEW_TODAY": "2026-13-01"])
    #expect(result.code == 64)
    #expect(
      result.stderr
        == "renew: invalid value '2026-13-01' in RENEW_TODAY\n"
        + "a date is YYYY-MM-DD, today, yesterday or tomorrow\n")
  }
}
