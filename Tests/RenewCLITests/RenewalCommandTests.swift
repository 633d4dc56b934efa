import Testing

/// log, touch, history, undo and backups, run in-process.
@Suite("Renewal commands")
struct RenewalCommandTests {
  let sandbox: Sandbox

  init() throws {
    sandbox = try Sandbox()
    sandbox.seed()
  }

  @Test("log on time stacks onto the expiry and takes the plan's price")
  func logOnTime() {
    let result = sandbox.run(["log", "中国移动", "--via", "Alipay"])
    #expect(result.code == 0)
    #expect(
      result.stdout
        == "logged 中国移动 on 2026-03-01 for 30.00 CNY; expires 2026-04-05 (was 2026-03-05); "
        + "due 2026-04-05 (in 35 days)\n")
    #expect(result.stderr == "")
  }

  @Test("log after the expiry counts from the renewal day")
  func logLate() {
    let result = sandbox.run([
      "--today", "2026-04-20", "log", "Smart Bro", "--for", "1m", "--amount", "99 php",
    ])
    #expect(
      result.stdout
        == "logged Smart Bro on 2026-04-20 for 99.00 PHP; expires 2026-05-20 (was 2026-04-10); "
        + "due 2026-05-20 (in 30 days)\n")
    #expect(
      sandbox.run(["show", "smart bro"]).stdout.contains("expires  2026-05-20, cycle day 20"))
  }

  @Test("log --until sets the expiry outright; --on records an earlier day")
  func logUntil() {
    let result = sandbox.run(["log", "Smart PH", "--until", "2027-06-30", "--amount", "USD 0.10"])
    #expect(
      result.stdout
        == "logged Smart PH on 2026-03-01 for 0.10 USD; expires 2027-06-30 (was 2026-12-31); "
        + "due 2027-06-30 (in 486 days)\n")
    let earlier = sandbox.run(["log", "Smart Bro", "--on", "yesterday", "--for", "1m"])
    #expect(earlier.stdout.hasPrefix("logged Smart Bro on 2026-02-28;"))
  }

  @Test("a renewal dated before an expiry set outright leaves it, and says so")
  func renewalBeforeSetting() {
    // Smart PH was added today, expiring 2026-12-31: that already counts yesterday.
    let result = sandbox.run(["log", "Smart PH", "--on", "yesterday", "--until", "2027-06-30"])
    #expect(result.code == 0)
    #expect(result.stdout.contains("due 2026-12-31 (in 305 days)"))
    let setting = maskingIDs(result.stderr).split(separator: "\n").first.map(String.init)
    #expect(
      setting
        == "renew: warning: the expiry of 'Smart PH' was set outright on 2026-03-01, after this "
        + "renewal, so it stays 2026-12-31")
    #expect(result.stderr.contains("remove it: renew unlog \"Smart PH\" "))
  }

  @Test("log on a keep-alive card without an expiry counts as activity")
  func logKeepAlive() {
    let result = sandbox.run(["log", "giffgaff", "--amount", "10 GBP"])
    #expect(
      result.stdout == "logged giffgaff on 2026-03-01 for 10.00 GBP; due 2026-08-28 (in 180 days)\n"
    )
  }

  @Test(
    "monthly renewals keep the cycle's day, clamped to each month's length",
    arguments: [
      ("2026-01-31", ["2026-02-28", "2026-03-31", "2026-04-30"]),
      ("2028-01-31", ["2028-02-29", "2028-03-31", "2028-04-30"]),
      ("2026-01-30", ["2026-02-28", "2026-03-30", "2026-04-30"]),
    ])
  func monthEnds(_ start: String, _ expiries: [String]) {
    let added = sandbox.run([
      "--today", start, "add", "Monthly", "--number", "1", "--expires", start, "--period", "1m",
    ])
    #expect(added.code == 0)
    var expiry = start
    for next in expiries {
      let result = sandbox.run(["--today", expiry, "log", "Monthly"])
      #expect(result.stdout.contains("; expires \(next) (was \(expiry)); "), "\(result.stdout)")
      expiry = next
    }
  }

  @Test("touch records activity that restarts the keep-alive window")
  func touch() {
    let today = sandbox.run(["touch", "giffgaff", "--note", "sent an SMS"])
    #expect(
      today.stdout == "recorded activity on giffgaff on 2026-03-01; due 2026-08-28 (in 180 days)\n")
    let earlier = sandbox.run(["touch", "0123", "--on", "2026-02-27"])
    #expect(
      earlier.stdout
        == "recorded activity on giffgaff on 2026-02-27; due 2026-08-28 (in 180 days)\n")
    let noWindow = sandbox.run(["touch", "smart ph"])
    #expect(
      noWindow.stdout
        == "recorded activity on Smart PH on 2026-03-01; due 2026-12-31 (in 305 days)\n")
  }

  @Test("history lists renewals and activity, newest first, with or without a card")
  func history() {
    #expect(
      (try? Sandbox())?.run(["history"]).stdout
        == "No history yet. Record a renewal with 'renew log CARD' or activity with 'renew touch'.\n"
    )
    #expect(
      sandbox.run([
        "log", "中国移动", "--method", "app", "--via", "Alipay", "--receipt", "R-1", "--note", "top-up",
      ]).code == 0)
    #expect(
      sandbox.run([
        "--today", "2026-04-20", "log", "Smart Bro", "--for", "1m", "--amount", "99 PHP",
      ]).code == 0)
    #expect(sandbox.run(["touch", "giffgaff", "--on", "2026-02-27"]).code == 0)
    #expect(
      maskingIDs(sandbox.run(["history"]).stdout) == """
        DATE        ID        CARD       TYPE      AMOUNT     DETAILS
        2026-04-20  xxxxxxxx  Smart Bro  renewal   99.00 PHP  expires 2026-04-10 → 2026-05-20
        2026-03-01  xxxxxxxx  Smart Bro  expiry    -          expires 2026-04-10, set outright
        2026-03-01  xxxxxxxx  Smart PH   expiry    -          expires 2026-12-31, set outright
        2026-03-01  xxxxxxxx  中国移动   renewal   30.00 CNY  expires 2026-03-05 → 2026-04-05; app via Alipay; receipt R-1; top-up
        2026-03-01  xxxxxxxx  中国移动   expiry    -          expires 2026-03-05, set outright
        2026-02-27  xxxxxxxx  giffgaff   activity  -

        """)
    #expect(
      maskingIDs(sandbox.run(["history", "smart b"]).stdout) == """
        DATE        ID        TYPE     AMOUNT     DETAILS
        2026-04-20  xxxxxxxx  renewal  99.00 PHP  expires 2026-04-10 → 2026-05-20
        2026-03-01  xxxxxxxx  expiry   -          expires 2026-04-10, set outright

        """)
  }

  @Test("undo restores the document byte for byte, and steps further back when run again")
  func undo() {
    let seeded = sandbox.bytes()
    #expect(sandbox.run(["touch", "giffgaff"]).code == 0)
    let touched = sandbox.bytes()
    #expect(sandbox.run(["edit", "giffgaff", "--name", "GG"]).code == 0)
    let first = sandbox.run(["undo"])
    #expect(first.code == 0)
    #expect(first.stdout == "undid: edit giffgaff\n")
    #expect(sandbox.bytes() == touched)
    let second = sandbox.run(["undo"])
    #expect(second.stdout == "undid: touch giffgaff 2026-03-01\n")
    #expect(sandbox.bytes() == seeded)
  }

  @Test("backups lists the change after each backup, newest first, and the folder")
  func backups() throws {
    let empty = try Sandbox()
    #expect(empty.run(["backups"]).stdout == "No backups yet in \(empty.file).backups.\n")
    #expect(sandbox.run(["retire", "giffgaff"]).code == 0)
    let result = sandbox.run(["backups"])
    #expect(result.code == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let changes = [
      "retire giffgaff", "add Smart Bro", "add giffgaff", "add Smart PH", "add 中国移动",
    ]
    try #require(lines.count == changes.count + 2)
    #expect(lines[0].hasPrefix("#  TAKEN "))
    #expect(lines[0].hasSuffix("  CHANGE THAT FOLLOWED"))
    for (index, change) in changes.enumerated() {
      #expect(lines[index + 1].hasPrefix("\(index + 1)  "))
      #expect(lines[index + 1].hasSuffix("  \(change)"))
    }
    #expect(
      lines.last
        == "Folder: \(sandbox.file).backups. 'renew undo' restores #1; run again to step further back."
    )
  }
}
