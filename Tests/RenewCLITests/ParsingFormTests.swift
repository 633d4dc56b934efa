import RenewKit
import Testing

@testable import RenewCLI

/// The accepted shapes of a command line, and the typed command each one yields.
@Suite("Parsing forms")
struct ParsingFormTests {
  func parse(_ words: [String], environmentToday: String? = nil) throws -> Invocation {
    try Invocation.parse(words, clock: fixedToday, environmentToday: environmentToday)
  }

  @Test(
    "--opt value and --opt=value mean the same",
    arguments: [
      (["status", "--within", "30"], ["status", "--within=30"]),
      (
        ["log", "x", "--amount", "10 USD", "--on", "yesterday"],
        ["log", "x", "--amount=10 USD", "--on=yesterday"]
      ),
      (["--file", "a.json", "list"], ["--file=a.json", "list"]),
      (
        ["add", "x", "--number", "1", "--tag", "a", "--tag", "b"],
        ["add", "x", "--number=1", "--tag=a", "--tag=b"]
      ),
    ])
  func joinedValues(_ spaced: [String], _ joined: [String]) throws {
    #expect(try parse(spaced) == parse(joined))
  }

  @Test(
    "global options go before or after the command",
    arguments: [
      (["--json", "status", "--all"], ["status", "--all", "--json"]),
      (
        ["--today", "2026-01-01", "--no-color", "check"],
        ["check", "--no-color", "--today", "2026-01-01"]
      ),
      (["--file", "a.json", "history", "x"], ["history", "x", "--file", "a.json"]),
      (["--file", "a.json", "show", "x"], ["show", "--file", "a.json", "x"]),
    ])
  func globalOptionsAnywhere(_ before: [String], _ after: [String]) throws {
    #expect(try parse(before) == parse(after))
  }

  @Test("the parts of a command line reach the invocation")
  func invocationParts() throws {
    let invocation = try parse(["check", "--within", "30", "--json", "--no-color", "--file", "f"])
    #expect(invocation.command == .check(within: 30, onlyNew: false, exec: nil))
    #expect(invocation.file == "f")
    #expect(invocation.format == .json)
    #expect(invocation.forbidsColor)
    #expect(invocation.today == fixedToday)
  }

  @Test("renew alone is renew status")
  func aloneIsStatus() throws {
    #expect(try parse([]).command == .status(includeRetired: false, within: nil))
    let sandbox = try Sandbox()
    sandbox.seed()
    let alone = renew([], environment: ["RENEW_FILE": sandbox.file, "HOME": sandbox.folder])
    let status = sandbox.run(["status"])
    #expect(alone.code == 0)
    #expect(alone.stdout == status.stdout)
    #expect(alone.stdout.hasPrefix("NAME "))
  }

  @Test("add's options become typed changes in a fixed order")
  func addChanges() throws {
    let invocation = try parse([
      "add", " Smart PH ", "--note", "bank 2FA", "--price", "usd 0.10", "--expires", "2026-12-31",
      "--country", "ph", "--number", "+63 917", "--method", "app", "--method", "APP", "--method",
      "sms", "--auto-renew", "--period", "1y",
    ])
    let price = try #require(Money("0.10 USD"))
    #expect(
      invocation.command
        == .add(
          name: "Smart PH",
          changes: [
            .expires(try date("2026-12-31"), on: nil, today: fixedToday),
            .set(.number, .text("+63 917")),
            .set(.country, .country("PH")), .set(.period, .period(.years(1))),
            .set(.price, .money(price)), .set(.methods, .methods([.app, .sms])),
            .set(.autoRenew, .flag(true)), .set(.note, .text("bank 2FA")),
          ]))
  }

  @Test("edit --clear empties fields, after the values that are set")
  func clearChanges() throws {
    let invocation = try parse([
      "edit", "x", "--clear", "note", "--no-auto-renew", "--clear", "tag", "--name", "y",
    ])
    #expect(
      invocation.command
        == .edit(
          card: "x",
          changes: [
            .rename("y"), .set(.autoRenew, .flag(false)), .set(.note, nil), .set(.tags, nil),
          ]))
  }

  @Test("log and touch default --on to today, take --on due, and read the term")
  func logAndTouch() throws {
    // The entry's own date is filled in from `day` once the card is known.
    let renewal = Renewal(date: fixedToday, amount: Money("300 PHP"), via: "GCash")
    #expect(
      try parse([
        "log", "smart", "--on", "2026-02-28", "--for", "2w", "--amount", "PHP300", "--via", "GCash",
      ])
      .command
        == .log(
          card: "smart", day: .date(try date("2026-02-28")), renewal: renewal,
          term: .period(.weeks(2))))
    #expect(
      try parse(["log", "smart", "--until", "2027-01-31"]).command
        == .log(
          card: "smart", day: .date(fixedToday), renewal: Renewal(date: fixedToday),
          term: .until(try date("2027-01-31"))))
    #expect(
      try parse(["log", "smart", "--on", "DUE"]).command
        == .log(card: "smart", day: .due, renewal: Renewal(date: fixedToday), term: nil))
    #expect(
      try parse(["touch", "gg", "--note=--sent an SMS"]).command
        == .touch(
          card: "gg", day: .date(fixedToday),
          activity: Activity(date: fixedToday, note: "--sent an SMS")))
  }

  @Test("after -- every word is an argument, even one that looks like an option")
  func doubleDash() throws {
    #expect(try parse(["show", "--", "--weird"]).command == .show(card: "--weird"))
    #expect(
      try parse(["add", "--number", "1", "--", "--weird"]).command
        == .add(name: "--weird", changes: [.set(.number, .text("1"))]))
    let sandbox = try Sandbox()
    let added = sandbox.run(["add", "--number", "1", "--", "--weird"])
    #expect(added.code == 0)
    #expect(added.stdout == "added --weird (1)\n")
    let shown = sandbox.run(["show", "--", "--WEIRD"])
    #expect(shown.code == 0)
    #expect(shown.stdout.hasPrefix("--weird\n  number  1\n"))
  }

  @Test("a lone - is an argument, and a value may start with one dash")
  func singleDash() throws {
    #expect(try parse(["show", "-"]).command == .show(card: "-"))
    #expect(
      throws: UsageError.invalidValue(option: "within", value: "-1", expected: .days(0...3650))
    ) {
      try parse(["status", "--within", "-1"])
    }
  }

  @Test(
    "--today takes a date or a word, relative to the clock",
    arguments: [
      ("today", "2026-03-01"), ("yesterday", "2026-02-28"), ("tomorrow", "2026-03-02"),
      ("Yesterday", "2026-02-28"), ("2024-02-29", "2024-02-29"),
    ])
  func todayWords(_ word: String, _ expected: String) throws {
    #expect(try parse(["--today", word]).today == date(expected))
    #expect(try parse([], environmentToday: word).today == date(expected))
  }

  @Test("--today beats RENEW_TODAY, which beats the clock")
  func todayPrecedence() throws {
    #expect(
      try parse(["--today", "2026-05-01"], environmentToday: "2026-04-01").today
        == date("2026-05-01"))
    #expect(try parse([], environmentToday: "2026-04-01").today == date("2026-04-01"))
    #expect(try parse([]).today == fixedToday)
  }

  @Test("RENEW_TODAY and --today change what every command sees")
  func todayInProcess() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let fromVariable = sandbox.run(["check"], environment: ["RENEW_TODAY": "2026-12-25"])
    #expect(fromVariable.code == 1)
    #expect(fromVariable.stdout.contains("Smart PH (+63 917 123 4567): due 2026-12-31, in 6 days"))
    let fromOption = sandbox.run(
      ["check", "--within", "40", "--today", "2026-02-01"],
      environment: ["RENEW_TODAY": "2026-12-25"])
    #expect(!fromOption.stdout.contains("Smart PH"))
    #expect(fromOption.stdout.contains("中国移动 (+86 138 0013 8000): due 2026-03-05, in 32 days"))
  }

  // Bug: every other variable treats an empty value as unset; RENEW_TODAY= is an error.
  @Test("an empty RENEW_TODAY is ignored, like the other empty variables")
  func emptyRenewToday() throws {
    let sandbox = try Sandbox()
    let result = sandbox.run(["status"], environment: ["RENEW_TODAY": ""])
    #expect(result.code == 0)
    #expect(result.stderr == "")
  }
}
