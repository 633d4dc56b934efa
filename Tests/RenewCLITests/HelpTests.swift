import Testing

@testable import RenewCLI

/// Every way of asking for help, for every command, and `--version`.
@Suite("Help")
struct HelpTests {
  static let commandNames = CommandSpecs.all.map(\.name)

  @Test(
    "renew --help, -h and help print the overview on stdout",
    arguments: [
      ["--help"], ["-h"], ["help"], ["--json", "--help"], ["--today", "2026-01-01", "-h"],
    ])
  func overview(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    let result = sandbox.run(arguments)
    #expect(result.code == 0)
    #expect(result.stdout == Help.overview())
    #expect(result.stderr == "")
    #expect(!sandbox.exists(sandbox.file))
  }

  @Test("the overview lists every command with its summary, and every global option")
  func overviewListsEverything() {
    let overview = Help.overview()
    for spec in CommandSpecs.all {
      #expect(overview.contains("  \(spec.name)  "), "\(spec.name) is missing")
      #expect(overview.contains(spec.summary), "\(spec.name)'s summary is missing")
    }
    for option in CommandSpecs.global {
      #expect(overview.contains(option.label))
      #expect(overview.contains(option.help))
    }
    #expect(overview.hasPrefix("renew - keep phone numbers alive"))
  }

  @Test("help CMD, CMD --help and CMD -h print the command's help", arguments: commandNames)
  func commandHelp(_ name: String) throws {
    let spec = try #require(CommandSpecs.spec(name))
    let expected = Help.command(spec)
    #expect(expected.hasPrefix("Usage: \(spec.usage)\n"))
    for option in spec.options {
      #expect(expected.contains("  \(option.label)  "), "\(option.label) is missing")
      #expect(expected.contains(option.help))
    }
    let firstExample = try #require(spec.examples.first)
    #expect(expected.contains("Example"))
    #expect(expected.contains("  \(firstExample)\n"))
    let sandbox = try Sandbox()
    for arguments in [["help", name], [name, "--help"], [name, "-h"], ["-h", name]] {
      let result = sandbox.run(arguments)
      #expect(result.code == 0, "renew \(arguments.joined(separator: " "))")
      #expect(result.stdout == expected, "renew \(arguments.joined(separator: " "))")
      #expect(result.stderr == "")
    }
    #expect(!sandbox.exists(sandbox.file))
  }

  @Test("every example in a command's help runs that command")
  func examplesUseTheirCommand() {
    for spec in CommandSpecs.all {
      for example in spec.examples {
        #expect(example.contains("renew \(spec.name)"), "\(spec.name): \(example)")
      }
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
    let expected = try command.map { try Help.command(#require(CommandSpecs.spec($0))) }
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    let result = sandbox.run(arguments)
    #expect(result.code == 0)
    #expect(result.stdout == expected ?? Help.overview())
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
