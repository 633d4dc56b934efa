import Testing

@testable import RenewCLI

/// Every way of asking for help, for every command, and `--version`.
@Suite("Help")
struct HelpTests {
  static let commandNames = CommandName.allCases.map(\.rawValue)

  /// What `renew help NAME` prints, as a user would get it.
  func help(_ name: String?) throws -> String {
    let result = try Sandbox().run(["help"] + (name.map { [$0] } ?? []))
    try #require(result.code == 0)
    return result.stdout
  }

  @Test(
    "renew --help, -h and help print the overview on stdout",
    arguments: [
      ["--help"], ["-h"], ["help"], ["--json", "--help"], ["--today", "2026-01-01", "-h"],
    ])
  func overview(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    let result = sandbox.run(arguments)
    #expect(result.code == 0)
    #expect(result.stdout == (try help(nil)))
    #expect(result.stdout == HelpTextTests.overviewText)
    #expect(result.stderr == "")
    #expect(!sandbox.exists(sandbox.file))
  }

  @Test("help CMD, CMD --help, CMD -h and -h CMD print the same text", arguments: commandNames)
  func commandHelp(_ name: String) throws {
    let expected = try help(name)
    #expect(expected == HelpTextTests.commandTexts[name], "help \(name) is not pinned as this")
    let sandbox = try Sandbox()
    for arguments in [[name, "--help"], [name, "-h"], ["-h", name]] {
      let result = sandbox.run(arguments)
      #expect(result.code == 0, "renew \(arguments.joined(separator: " "))")
      #expect(result.stdout == expected, "renew \(arguments.joined(separator: " "))")
      #expect(result.stderr == "")
    }
    #expect(!sandbox.exists(sandbox.file))
  }

  @Test("every command's help is pinned, and its examples use that command")
  func everyCommandPinned() {
    #expect(Set(HelpTextTests.commandTexts.keys) == Set(Self.commandNames))
    for (name, text) in HelpTextTests.commandTexts {
      let examples = text.components(separatedBy: "Example").dropFirst().joined()
      #expect(examples.contains("  renew \(name)"), "\(name)'s examples")
    }
  }

  @Test(
    "--help wins over otherwise bad arguments",
    arguments: [
      (["log", "--bogus", "--help"], "log"),
      (["add", "--number", "--help"], "add"),
      (["status", "--within", "abc", "-h"], "status"),
      (["--today", "2026-02-30", "show", "--help"], "show"),
      (["edit", "x", "--auto-renew", "--no-auto-renew", "-h"], "edit"),
      (["--json", "--version", "--help"], nil),
    ] as [([String], String?)])
  func helpWins(_ arguments: [String], _ command: String?) throws {
    let expected = try help(command)
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    let result = sandbox.run(arguments)
    #expect(result.code == 0)
    #expect(result.stdout == expected)
    #expect(result.stderr == "")
    #expect(sandbox.bytes() == before)
  }

  @Test("--help does not hide an unknown command, nor count as an option's value")
  func helpIsAnOptionWord() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let unknown = sandbox.run(["frobnicate", "--help"])
    #expect(unknown.code == 64)
    #expect(unknown.stderr == "renew: unknown command 'frobnicate'\nsee 'renew --help'\n")
    let note = sandbox.run(["touch", "giffgaff", "--note", "-h"])
    #expect(note.code == 0)
    #expect(note.stdout.hasPrefix("recorded activity on giffgaff"))
  }

  @Test("--help after -- is an argument, not a request for help")
  func helpAfterDoubleDash() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let result = sandbox.run(["show", "--", "--help"])
    #expect(result.code == 64)
    #expect(result.stderr.hasPrefix("renew: no card matches '--help'\n"))
  }

  @Test(
    "--version prints the version, before or after a command",
    arguments: [
      ["--version"], ["status", "--version"], ["--version", "--json"],
    ])
  func version(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    let result = sandbox.run(arguments)
    #expect(result.code == 0)
    #expect(result.stdout == "renew 0.1.0\n")
    #expect(result.stderr == "")
    #expect(!sandbox.exists(sandbox.file))
  }
}
