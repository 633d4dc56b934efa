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
    "help in Chinese: --lang zh anywhere, --lang=zh, or a Chinese environment",
    arguments: [
      (["help", "log", "--lang", "zh"], [:], "log"),
      (["--lang", "zh", "log", "--help"], [:], "log"),
      (["log", "-h", "--lang=zh"], [:], "log"),
      (["--lang=zh", "--help"], [:], nil),
      (["-h", "--lang", "ZH"], [:], nil),
      (["help"], ["RENEW_LANG": "zh"], nil),
      (["help", "spend"], ["RENEW_LANG": "zh"], "spend"),
      (["check", "--help"], ["LANG": "zh_CN.UTF-8"], "check"),
      (["--help"], ["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"], nil),
    ] as [([String], [String: String], String?)])
  func chinese(_ arguments: [String], _ environment: [String: String], _ command: String?) throws {
    let result = try Sandbox().run(arguments, environment: environment)
    #expect(result.code == 0)
    let expected = try #require(
      command.map { HelpTextTests.commandTextsChinese[$0] } ?? HelpTextTests.overviewTextChinese)
    #expect(result.stdout == expected)
    #expect(result.stderr == "")
  }

  @Test(
    "help in English: no language set, --lang en over the environment, or a non-Chinese locale",
    arguments: [
      (["help", "log"], [:], "log"),
      (["help", "log", "--lang", "en"], ["RENEW_LANG": "zh"], "log"),
      (["--lang=en", "--help"], ["LANG": "zh_CN.UTF-8"], nil),
      (["help"], ["RENEW_LANG": "en", "LANG": "zh_CN.UTF-8"], nil),
      (["help"], ["LANG": "C"], nil),
    ] as [([String], [String: String], String?)])
  func english(_ arguments: [String], _ environment: [String: String], _ command: String?) throws {
    let result = try Sandbox().run(arguments, environment: environment)
    #expect(result.code == 0)
    let expected = try #require(
      command.map { HelpTextTests.commandTexts[$0] } ?? HelpTextTests.overviewText)
    #expect(result.stdout == expected)
  }

  @Test("every command's Chinese help is pinned, and its examples use that command")
  func everyCommandPinnedInChinese() {
    #expect(Set(HelpTextTests.commandTextsChinese.keys) == Set(Self.commandNames))
    for (name, text) in HelpTextTests.commandTextsChinese {
      let examples = text.components(separatedBy: "\n示例：\n").dropFirst().joined()
      #expect(examples.contains("  renew \(name)"), "\(name)'s examples")
      #expect(text.hasPrefix("用法：renew \(name)"), "\(name)'s usage")
    }
  }

  @Test("the Chinese help keeps every usage line, option label and example line as typed")
  func chineseKeepsWhatIsTyped() throws {
    for name in CommandName.allCases {
      let english = try #require(HelpTextTests.commandTexts[name.rawValue])
      let chinese = try #require(HelpTextTests.commandTextsChinese[name.rawValue])
      let usage = try #require(english.split(separator: "\n").first?.dropFirst("Usage: ".count))
      #expect(chinese.hasPrefix("用法：\(usage)\n"), "\(name)")
      for option in name.spec.options {
        #expect(chinese.contains("\n  \(option.name.label)  "), "\(name) \(option.name.label)")
      }
      for example in name.spec.examples {
        #expect(chinese.contains("\n  \(example.line)"), "\(name): \(example.line)")
        #expect(english.contains("\n  \(example.line)"), "\(name): \(example.line)")
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
