import Testing

/// Command lines that are malformed before any value is read: unknown words,
/// misplaced options, missing or extra arguments.
@Suite("Command-line errors")
struct CommandLineErrorTests {
  static let unknownWords: [ErrorCase] = [
    ErrorCase(["statsu"], "renew: unknown command 'statsu'\ndid you mean 'status'?\n"),
    ErrorCase(["stat"], "renew: unknown command 'stat'\ndid you mean 'status'?\n"),
    ErrorCase(["ad", "x"], "renew: unknown command 'ad'\ndid you mean 'add'?\n"),
    ErrorCase(["frobnicate"], "renew: unknown command 'frobnicate'\nsee 'renew --help'\n"),
    ErrorCase(["help", "stauts"], "renew: unknown command 'stauts'\ndid you mean 'status'?\n"),
    ErrorCase(["help", "frobnicate"], "renew: unknown command 'frobnicate'\nsee 'renew --help'\n"),
    ErrorCase(
      ["status", "--al"], "renew: unknown option '--al' for 'status'\ndid you mean '--all'?\n"),
    ErrorCase(
      ["log", "giffgaff", "--ammount", "5 USD"],
      "renew: unknown option '--ammount' for 'log'\ndid you mean '--amount'?\n"),
    ErrorCase(
      ["add", "x", "--numbr", "1"],
      "renew: unknown option '--numbr' for 'add'\ndid you mean '--number'?\n"),
    ErrorCase(["--jsn", "status"], "renew: unknown option '--jsn'\ndid you mean '--json'?\n"),
    ErrorCase(
      ["status", "--tag", "bank"],
      "renew: unknown option '--tag' for 'status'\nsee 'renew help status'\n"),
    ErrorCase(
      ["add", "x", "--number", "1", "--clear", "note"],
      "renew: unknown option '--clear' for 'add'\nsee 'renew help add'\n"),
    ErrorCase(["-x"], "renew: unknown option '-x'\nsee 'renew --help'\n"),
    ErrorCase(
      ["status", "-a"], "renew: unknown option '-a' for 'status'\nsee 'renew help status'\n"),
    // A command's own option before the command is not known yet.
    ErrorCase(["--all", "status"], "renew: unknown option '--all'\nsee 'renew --help'\n"),
  ]

  @Test(
    "an unknown command or option is named, with a suggestion when one is close",
    arguments: unknownWords)
  func unknownWord(_ errorCase: ErrorCase) throws {
    try expectUsageError(errorCase)
  }

  static let malformedOptions: [ErrorCase] = [
    ErrorCase(
      ["status", "--within"],
      "renew: option '--within' needs a value\ngive it as '--within N' or '--within=N'\n"),
    ErrorCase(
      ["touch", "giffgaff", "--note", "--x"],
      "renew: option '--note' needs a value\ngive it as '--note TEXT' or '--note=TEXT'\n"),
    ErrorCase(
      ["--file"],
      "renew: option '--file' needs a value\ngive it as '--file PATH' or '--file=PATH'\n"),
    ErrorCase(
      ["status", "--all=yes"], "renew: option '--all' takes no value\ngive it as '--all'\n"),
    ErrorCase(["--json=true"], "renew: option '--json' takes no value\ngive it as '--json'\n"),
    ErrorCase(
      ["remove", "giffgaff", "--yes=no"],
      "renew: option '--yes' takes no value\ngive it as '--yes'\n"),
    ErrorCase(
      ["status", "--within", "3", "--within", "4"],
      "renew: option '--within' given more than once\ngive it once\n"),
    ErrorCase(
      ["log", "giffgaff", "--method", "app", "--method", "sms"],
      "renew: option '--method' given more than once\ngive it once\n"),
    ErrorCase(
      ["--today", "2026-01-01", "status", "--today=2026-01-02"],
      "renew: option '--today' given more than once\ngive it once\n"),
  ]

  @Test(
    "a missing value, a value on a flag and a repeated option are refused",
    arguments: malformedOptions)
  func malformedOption(_ errorCase: ErrorCase) throws {
    try expectUsageError(errorCase)
  }

  static let wrongArguments: [ErrorCase] = [
    ErrorCase(["add", "--number", "1"], "renew: 'add' needs NAME\nsee 'renew help add'\n"),
    ErrorCase(["show"], "renew: 'show' needs CARD\nsee 'renew help show'\n"),
    ErrorCase(["log", "--for", "1m"], "renew: 'log' needs CARD\nsee 'renew help log'\n"),
    ErrorCase(["edit"], "renew: 'edit' needs CARD\nsee 'renew help edit'\n"),
    ErrorCase(["remove", "--yes"], "renew: 'remove' needs CARD\nsee 'renew help remove'\n"),
    ErrorCase(
      ["add", "Smart", "Globe", "--number", "1"],
      "renew: unexpected argument 'Globe' for 'add'\n"
        + "put a value with spaces in quotes; see 'renew help add'\n"),
    ErrorCase(
      ["show", "Smart PH", "extra"],
      "renew: unexpected argument 'extra' for 'show'\n"
        + "put a value with spaces in quotes; see 'renew help show'\n"),
    ErrorCase(
      ["status", "now"],
      "renew: unexpected argument 'now' for 'status'\nsee 'renew help status'\n"),
    ErrorCase(
      ["help", "log", "status"],
      "renew: unexpected argument 'status' for 'help'\n"
        + "put a value with spaces in quotes; see 'renew help help'\n"),
    ErrorCase(
      ["add", "--", "--weird", "--number", "1"],
      "renew: unexpected argument '--number' for 'add'\n"
        + "'--' ends the options: give options before it; see 'renew help add'\n"),
    ErrorCase(
      ["add", "--number", "1", "--", "x", "--weird"],
      "renew: unexpected argument '--weird' for 'add'\n"
        + "'--' ends the options: give options before it; see 'renew help add'\n"),
    ErrorCase(["add", "x"], "renew: 'add' needs --number\nsee 'renew help add'\n"),
    ErrorCase(
      ["add", "x", "--country", "GB"], "renew: 'add' needs --number\nsee 'renew help add'\n"),
  ]

  @Test(
    "a missing or extra argument, or add without --number, is refused", arguments: wrongArguments)
  func wrongArgument(_ errorCase: ErrorCase) throws {
    try expectUsageError(errorCase)
  }

  static let jsonElsewhere: [ErrorCase] = ["add", "edit", "log", "touch", "retire", "remove"].map {
    command in
    let arguments = command == "add" ? ["add", "x", "--number", "1"] : [command, "giffgaff"]
    return ErrorCase(
      arguments + ["--json"],
      "renew: --json is not available for '\(command)'\n"
        + "--json works with status, check, list, show, history, spend and forecast\n")
  }

  @Test("--json on a command that prints no data is refused", arguments: jsonElsewhere)
  func jsonOnCommandWithoutData(_ errorCase: ErrorCase) throws {
    try expectUsageError(errorCase)
  }

  @Test("--json before the command is refused the same way")
  func jsonBeforeCommand() throws {
    try expectUsageError(
      ErrorCase(
        ["--json", "undo"],
        "renew: --json is not available for 'undo'\n"
          + "--json works with status, check, list, show, history, spend and forecast\n"))
  }

  // Bug: with no command, words after `--` are dropped and status runs.
  @Test("words after -- with no command are not silently ignored")
  func argumentsWithoutCommand() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    let result = sandbox.run(["--", "bogus"])
    #expect(result.code == 64)
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix("renew: "))
    #expect(result.stderr.contains("'bogus'"))
    #expect(sandbox.bytes() == before)
  }
}
