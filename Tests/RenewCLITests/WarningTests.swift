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
