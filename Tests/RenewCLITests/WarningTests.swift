import Testing

/// Things renew does as asked but warns about on stderr, exiting 0.
@Suite("Warnings")
struct WarningTests {
  static let noClock =
    "renew: warning: 'No Clock' has no expiry and no keep-alive, so 'renew check' will never "
    + "report it\ngive it a clock: renew edit \"No Clock\" --expires DATE or --keep-alive 180d\n"

  @Test("add and edit that leave an active card without a clock warn that check cannot see it")
  func neverReported() throws {
    let sandbox = try Sandbox()
    let added = sandbox.run(["add", "No Clock", "--number", "+32 470 00 00 05"])
    #expect(added.code == 0)
    #expect(added.stdout == "added No Clock (+32 470 00 00 05)\n")
    #expect(added.stderr == Self.noClock)
    let edited = sandbox.run(["edit", "no clock", "--note", "still none"])
    #expect(edited.code == 0)
    #expect(edited.stderr == Self.noClock)
    let clocked = sandbox.run(["edit", "no clock", "--keep-alive", "180d"])
    #expect(clocked.stderr == "")
    let cleared = sandbox.run(["edit", "no clock", "--clear", "keep-alive"])
    #expect(cleared.stderr == Self.noClock)
    #expect(sandbox.run(["retire", "no clock"]).code == 0)
    let retired = sandbox.run(["edit", "no clock", "--note", "retired now"])
    #expect(retired.code == 0)
    #expect(retired.stderr == "")
    let expiring = sandbox.run(["add", "Dated", "--number", "2", "--expires", "2026-05-01"])
    #expect(expiring.stderr == "")
  }

  @Test("unlog of a card's only expiry warns that check cannot see it any more")
  func unlogLastClock() throws {
    let sandbox = try Sandbox()
    let added = sandbox.run([
      "add", "No Clock", "--number", "+32 470 00 00 05", "--expires", "2026-03-05", "--period",
      "1y",
    ])
    try #require(added.code == 0)
    let unlogged = sandbox.run(["unlog", "no clock"])
    #expect(unlogged.code == 0)
    #expect(unlogged.stdout.hasSuffix("from No Clock; no expiry\n"), "\(unlogged.stdout)")
    #expect(unlogged.stderr == Self.noClock)
  }

  @Test("edit --expires --on before a later expiry setting warns that the later one decides")
  func expirySetAgainLater() throws {
    let sandbox = try Sandbox()
    let added = sandbox.run([
      "add", "c", "--number", "1234", "--expires", "2026-06-16", "--period", "1m",
    ])
    try #require(added.code == 0)
    let id = try #require(
      sandbox.run(["history", "c"]).stdout.firstMatch(of: /\s([0-9a-z]{8})\s/)?.1)
    let edited = sandbox.run(["edit", "c", "--expires", "2026-05-01", "--on", "2026-02-01"])
    #expect(edited.code == 0)
    #expect(edited.stdout == "changed c, due 2026-06-16 (in 107 days)\n")
    #expect(
      edited.stderr
        == "renew: warning: the expiry of 'c' was set outright again on 2026-03-01, after "
        + "2026-02-01, so it stays 2026-06-16\n"
        + "if that later setting is wrong, remove it: renew unlog c \(id)\n")
  }

  @Test("edit --expires or --balance to what the card already has records nothing")
  func restated() throws {
    let sandbox = try Sandbox()
    let added = sandbox.run([
      "add", "c", "--number", "1234", "--expires", "2026-06-16", "--period", "1m", "--balance",
      "5 USD",
    ])
    try #require(added.code == 0)
    let before = sandbox.bytes()
    for arguments in [["--expires", "2026-06-16"], ["--balance", "5.00 USD"]] {
      let edited = sandbox.run(["edit", "c"] + arguments)
      #expect(edited.stdout == "c already has those values; nothing changed\n")
    }
    #expect(sandbox.bytes() == before)
    // A new cycle day is a change: 2026-04-30 kept to the 31st by its setting.
    #expect(sandbox.run(["edit", "c", "--expires", "2026-03-31"]).code == 0)
    #expect(sandbox.run(["log", "c"]).stdout.contains("expires 2026-04-30"))
    let settings = {
      sandbox.run(["history", "c"]).stdout.components(separatedBy: "set outright").count
    }
    let count = settings()
    let reset = sandbox.run(["edit", "c", "--expires", "2026-04-30"])
    #expect(reset.stdout == "changed c, due 2026-04-30 (in 60 days)\n")
    #expect(settings() == count + 1)
  }

  @Test("a hint for a card whose name starts with '-' gives its name after '--'")
  func dashedName() throws {
    let sandbox = try Sandbox()
    let added = sandbox.run(["add", "--number", "1", "--", "-x"])
    #expect(added.code == 0)
    #expect(
      added.stderr
        == "renew: warning: '-x' has no expiry and no keep-alive, so 'renew check' will never "
        + "report it\ngive it a clock: renew edit --expires DATE -- \"-x\" or --keep-alive 180d\n")
    // The hint as the shell gives it to renew.
    #expect(sandbox.run(["edit", "--expires", "2026-05-01", "--", "-x"]).code == 0)
  }

  @Test("--pay without --auto-renew shows as 'pay via' in status, check and show")
  func payByHand() throws {
    let sandbox = try Sandbox()
    let added = sandbox.run([
      "add", "Lebara", "--number", "+32 465 00 11 22", "--expires", "2026-03-03", "--method",
      "online", "--pay", "PayPal",
    ])
    try #require(added.code == 0)
    let status = sandbox.run(["status"])
    #expect(status.stdout.hasSuffix("soon   online, pay via PayPal\n"))
    let check = sandbox.run(["check"])
    #expect(
      check.stdout
        == "Lebara (+32 465 00 11 22): due 2026-03-03, in 2 days; renew: online, pay via PayPal\n")
    let show = sandbox.run(["show", "lebara"])
    #expect(show.stdout.contains("  pay      via PayPal\n"))
  }
}
