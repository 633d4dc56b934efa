import Testing

/// Exit codes and streams: errors on stderr starting `renew: `, data and help on stdout.
@Suite struct ExitStatusTests {
  @Test(
    "a usage error exits 64 with 'renew: ' on stderr and nothing on stdout",
    arguments: [
      ["frobnicate"], ["stauts"], ["status", "--bogus"], ["add", "A"], ["log", "Nobody"],
      ["touch", "A", "--on", "tomorrow"], ["add", "a", "--number", "2"], ["add", "--json", "B"],
      ["log", "A", "--for", "0d"], ["remove", "A"],
    ])
  func usageError(_ arguments: [String]) throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "A", "--number", "+44 7700 900000", "--expires", "2026-04-01")
    let before = Files.bytes(box.file)
    let result = try box.run(arguments)
    #expect(result.status == 64)
    #expect(result.outputBytes.isEmpty, "\(result.output)")
    #expect(result.error.hasPrefix("renew: "), "\(result.error)")
    #expect(Files.holds(box.file, exactly: before), "the file changed")
  }

  @Test("a misspelt command gets a suggestion on the second line")
  func suggestion() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let result = try box.run("stauts")
    let lines = result.error.split(separator: "\n")
    #expect(lines.first == "renew: unknown command 'stauts'")
    #expect(lines.dropFirst().first?.contains("status") == true)
  }

  @Test(
    "help goes to stdout and exits 0",
    arguments: [["--help"], ["-h"], ["help"], ["help", "log"], ["log", "--help"], ["--version"]])
  func help(_ arguments: [String]) throws {
    let box = try Sandbox()
    defer { box.remove() }
    let result = try box.runBare(arguments, environment: box.environment())
    #expect(result.status == 0)
    #expect(result.errorBytes.isEmpty)
    #expect(result.output.hasPrefix("renew") || result.output.hasPrefix("Usage: renew"))
    if arguments.contains("log") {
      #expect(result.output.contains("renew log CARD"))
    }
    #expect(Files.tree(box.home) == [])
  }

  @Test("renew help COMMAND and renew COMMAND --help print the same")
  func helpTwoWays() throws {
    let box = try Sandbox()
    defer { box.remove() }
    for command in ["status", "check", "add", "edit", "log", "touch", "undo"] {
      let first = try box.run("help", command)
      let second = try box.run(command, "--help")
      #expect(first.output == second.output)
      #expect(first.output.hasPrefix("Usage: renew \(command)"))
    }
  }
}
