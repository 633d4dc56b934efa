import Testing

/// `renew status` for people and `renew check` for cron.
@Suite("Status and check")
struct StatusCheckTests {
  let sandbox: Sandbox

  init() throws {
    sandbox = try Sandbox()
    sandbox.seed()
  }

  static let giffgaffLine =
    "giffgaff (07700900123): due 2025-11-28, 93 days overdue, lapsed: grace ended 2025-12-28; "
    + "renew: online, auto-renew via PayPal; "
    + "auto-renew is not assumed: check the charge, then 'renew log giffgaff --on due'\n"
  static let chinaMobileLine =
    "中国移动 (+86 138 0013 8000): due 2026-03-05, in 4 days; renew: app, send 101 to 10086\n"

  @Test("status lists active cards soonest first, aligned even with a Chinese name")
  func status() {
    let result = sandbox.run(["status"])
    #expect(result.code == 0)
    #expect(result.stderr == "")
    #expect(
      result.stdout == """
        NAME       NUMBER             CARRIER       DUE         LEFT             STATE   RENEW
        giffgaff   07700900123        -             2025-11-28  93 days overdue  lapsed  online, auto-renew via PayPal
        中国移动   +86 138 0013 8000  China Mobile  2026-03-05  in 4 days        soon    app, send 101 to 10086
        Smart Bro  +63 918 000 4567   -             2026-04-10  in 40 days       ok      -
        Smart PH   +63 917 123 4567   Smart         2026-12-31  in 305 days      ok      app

        """)
  }

  @Test("status --within keeps cards due within N days and overdue ones")
  func statusWithin() {
    let result = sandbox.run(["status", "--within", "40"])
    let names = result.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: "  ").first.map(String.init)
    }
    #expect(names == ["giffgaff", "中国移动", "Smart Bro"])
    #expect(
      sandbox.run(["status", "--within", "3", "--today", "2025-01-01"]).stdout
        == "Nothing due within 3 days.\n")
  }

  @Test("status --all includes retired cards, marked retired")
  func statusAll() {
    #expect(sandbox.run(["retire", "Smart PH"]).code == 0)
    #expect(!sandbox.run(["status"]).stdout.contains("Smart PH"))
    let all = sandbox.run(["status", "--all"]).stdout
    #expect(
      all.contains(
        "Smart PH   +63 917 123 4567   Smart         2026-12-31  in 305 days      retired  app\n"))
  }

  @Test("an unknown card sorts last with dashes")
  func unknownState() {
    #expect(sandbox.run(["add", "Google Voice", "--number", "+1 555 0100"]).code == 0)
    let last = sandbox.run(["status"]).stdout.split(separator: "\n").last
    #expect(
      last
        == "Google Voice  +1 555 0100        -             -           -                unknown  -")
  }

  @Test("status with no cards says how to add one")
  func noCards() throws {
    let empty = try Sandbox()
    let result = empty.run(["status"])
    #expect(result.code == 0)
    #expect(
      result.stdout
        == "No cards yet. Add one: renew add NAME --number N --expires DATE --period 1m\n")
    #expect(!empty.exists(empty.file))
  }

  // Bug: with every card retired, status prints "Nothing due within 0 days."
  @Test("status with only retired cards does not claim a window of 0 days")
  func onlyRetired() throws {
    let other = try Sandbox()
    _ = other.run(["add", "Old Vodafone", "--number", "+44 7700 900000", "--expires", "2026-03-02"])
    _ = other.run(["retire", "Old Vodafone"])
    let result = other.run(["status"])
    #expect(result.code == 0)
    #expect(!result.stdout.isEmpty)
    #expect(!result.stdout.contains("within 0 days"))
  }

  @Test("check prints one line per card needing attention and exits 1")
  func checkDue() {
    let result = sandbox.run(["check"])
    #expect(result.code == 1)
    #expect(result.stdout == Self.giffgaffLine + Self.chinaMobileLine)
    #expect(result.stderr == "")
  }

  @Test("check --within widens every card's window")
  func checkWithin() {
    let result = sandbox.run(["check", "--within", "40"])
    #expect(result.code == 1)
    #expect(
      result.stdout
        == Self.giffgaffLine + Self.chinaMobileLine
        + "Smart Bro (+63 918 000 4567): due 2026-04-10, in 40 days; renew: no method recorded\n")
  }

  @Test("check is silent and exits 0 when nothing needs attention")
  func checkQuiet() {
    #expect(sandbox.run(["retire", "giffgaff"]).code == 0)
    #expect(sandbox.run(["log", "中国移动"]).code == 0)
    let result = sandbox.run(["check"])
    #expect(result.code == 0)
    #expect(result.stdout == "")
    #expect(result.stderr == "")
    #expect(sandbox.run(["check", "--within", "0", "--today", "2026-03-04"]).code == 0)
    #expect(sandbox.run(["check", "--within", "0", "--today", "2026-04-05"]).code == 1)
  }

  @Test("check says when an overdue number can still be recovered")
  func checkOverdue() {
    #expect(sandbox.run(["retire", "中国移动"]).code == 0)
    let result = sandbox.run(["check", "--today", "2025-12-01"])
    #expect(
      result.stdout
        == "giffgaff (07700900123): due 2025-11-28, 3 days overdue, recoverable until 2025-12-28; "
        + "renew: online, auto-renew via PayPal; "
        + "auto-renew is not assumed: check the charge, then 'renew log giffgaff --on due'\n")
    #expect(result.code == 1)
  }

  @Test("a card expiring today is still valid: 0 days left, soon")
  func dueToday() {
    let result = sandbox.run(["check", "--today", "2026-03-05"])
    #expect(
      result.stdout.contains(
        "中国移动 (+86 138 0013 8000): due 2026-03-05, today; renew: app, send 101 to 10086\n"))
  }
}
