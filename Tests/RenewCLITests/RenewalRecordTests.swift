import Foundation
import Testing

/// What `log` records and says: `--on due`, the default amount, a shortened expiry.
@Suite("Recording renewals")
struct RenewalRecordTests {
  let sandbox: Sandbox

  init() throws {
    sandbox = try Sandbox()
    sandbox.seed()
    let added = sandbox.run([
      "add", "US Virtual", "--number", "+1 415 555 0100", "--expires", "2026-01-10", "--period",
      "1m", "--price", "3 USD", "--auto-renew", "--pay", "PayPal",
    ])
    try #require(added.code == 0, "\(added.stderr)")
  }

  @Test("--on due dates an auto-renew charge confirmed late on its due day, keeping the cycle")
  func onDue() {
    let late = sandbox.run(["--today", "2026-01-12", "log", "us", "--on", "due"])
    #expect(late.code == 0)
    #expect(late.stderr == "")
    #expect(
      late.stdout
        == "logged US Virtual on 2026-01-10 for 3.00 USD; expires 2026-02-10 (was 2026-01-10); "
        + "due 2026-02-10 (in 29 days)\n")
    let next = sandbox.run(["--today", "2026-02-11", "log", "us", "--on", "DUE"])
    #expect(
      next.stdout.hasPrefix("logged US Virtual on 2026-02-10 for 3.00 USD; expires 2026-03-10"))
  }

  @Test("check and show tell an auto-renew card's owner to log it --on due")
  func hintSaysOnDue() {
    let check = sandbox.run(["--today", "2026-01-12", "check"])
    #expect(
      check.stdout.contains(
        "US Virtual (+1 415 555 0100): due 2026-01-10, 2 days overdue; renew: auto-renew via "
          + "PayPal; auto-renew is not assumed: check the charge, then "
          + "'renew log \"US Virtual\" --on due'\n"))
    let show = sandbox.run(["show", "us"])
    #expect(
      show.stdout.contains(
        "  auto-renew  yes, via PayPal; once charged: renew log \"US Virtual\" --on due\n"))
  }

  @Test("--on due is refused for a card not yet due, and for one with no due date")
  func onDueRefused() throws {
    try expectUsageError(
      ErrorCase(
        ["log", "Smart PH", "--on", "due"],
        "renew: 'Smart PH' is due on 2026-12-31, after today (2026-03-01), so --on due is in "
          + "the future\ngive --on DATE for something done before the due date\n"))
    let sandbox = try Sandbox()
    #expect(sandbox.run(["add", "No Clock", "--number", "1"]).code == 0)
    let before = sandbox.bytes()
    let result = sandbox.run(["touch", "no clock", "--on", "due"])
    #expect(result.code == 64)
    #expect(
      result.stderr
        == "renew: 'No Clock' has no due date, so --on due names no day\n"
        + "give --on DATE, or give the card a clock with --expires or --keep-alive\n")
    #expect(sandbox.bytes() == before)
  }

  @Test("--until before the current expiry is recorded, with a warning that it shortens it")
  func untilShortens() {
    let result = sandbox.run(["log", "Smart PH", "--until", "2026-06-30"])
    #expect(result.code == 0)
    #expect(
      result.stdout
        == "logged Smart PH on 2026-03-01; expires 2026-06-30 (was 2026-12-31); "
        + "due 2026-06-30 (in 121 days)\n")
    #expect(
      result.stderr
        == "renew: warning: this shortens the expiry of 'Smart PH' from 2026-12-31 to 2026-06-30\n")
    let longer = sandbox.run(["log", "Smart PH", "--until", "2027-06-30"])
    #expect(longer.code == 0)
    #expect(longer.stderr == "")
  }

  @Test(
    "--amount defaults to the plan's price only for the plan's period",
    arguments: [
      ([String](), "300.00"), (["--for", "1y"], "300.00"), (["--for", "12m"], "300.00"),
      (["--for", "1m"], nil), (["--for", "365d"], nil), (["--until", "2028-01-01"], nil),
      (["--for", "1m", "--amount", "30 PHP"], "30.00"),
    ] as [([String], String?)])
  func defaultAmount(_ term: [String], _ amount: String?) throws {
    let result = sandbox.run(["log", "Smart PH"] + term)
    try #require(result.code == 0, "\(result.stderr)")
    let history = sandbox.run(["history", "Smart PH", "--json"])
    let rows = try parseJSON(history.stdout, as: [[String: Any]].self).filter {
      $0["type"] as? String == "renewal"
    }
    try #require(rows.count == 1)
    #expect(rows[0]["amount"] as? String == amount)
    #expect(rows[0]["currency"] as? String == amount.map { _ in "PHP" })
  }
}
