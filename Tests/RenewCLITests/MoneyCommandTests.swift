import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// `balance`, `top-up`, `--balance`, `--from-balance` and `--min-top-up`, end to end.
@Suite("Money on the card")
struct MoneyCommandTests {
  let sandbox: Sandbox
  let added = CalendarDate(year: 2026, month: 11, day: 21) ?? .first

  init() throws {
    sandbox = try Sandbox()
    let result = sandbox.run(
      [
        "add", "中国移动", "--number", "+86 138 0013 8000", "--expires", "2026-12-31", "--period",
        "1m", "--price", "8 CNY", "--from-balance", "--balance", "50 CNY",
      ], today: added)
    try #require(result.code == 0, "\(result.stderr)")
    #expect(result.stdout == "added 中国移动 (+86 138 0013 8000), due 2027-06-30 (in 221 days)\n")
  }

  /// The first object of `status --json` on `today`.
  func statusRow(on today: CalendarDate) throws -> [String: Any] {
    let result = sandbox.run(["status", "--json"], today: today)
    return try #require(try parseJSON(result.stdout, as: [[String: Any]].self).first)
  }

  @Test("status --json gives today's expiry and balance, and the due date the balance covers")
  func statusJSON() throws {
    let row = try statusRow(on: (CalendarDate(year: 2027, month: 2, day: 15) ?? .first))
    #expect(row["expires"] as? String == "2027-02-28")
    #expect(row["due"] as? String == "2027-06-30")
    #expect(row["fromBalance"] as? Bool == true)
    let balance = try #require(row["balance"] as? [String: Any])
    #expect(balance["amount"] as? String == "34.00")
    #expect(balance["currency"] as? String == "CNY")
    let topUp = try #require(row["topUp"] as? [String: Any])
    #expect(topUp["by"] as? String == "2027-06-30")
    #expect((topUp["amount"] as? [String: Any])?["amount"] as? String == "6.00")
  }

  @Test("status shows a BALANCE column when a card has a balance on record")
  func statusTable() {
    let today = CalendarDate(year: 2027, month: 2, day: 15) ?? .first
    #expect(
      sandbox.run(["status"], today: today).stdout == """
        NAME      NUMBER             CARRIER  DUE         LEFT         STATE  BALANCE    RENEW
        中国移动  +86 138 0013 8000  -        2027-06-30  in 135 days  ok     34.00 CNY  -

        """)
  }

  @Test("check says how much to top up, and by when")
  func checkHint() {
    let result = sandbox.run(
      ["check"], today: (CalendarDate(year: 2027, month: 6, day: 25) ?? .first))
    #expect(result.code == 1)
    #expect(
      result.stdout
        == "中国移动 (+86 138 0013 8000): due 2027-06-30, in 5 days; "
        + "top up at least 6.00 CNY by 2027-06-30; renew: no method recorded\n")
  }

  @Test("a top-up moves the due date on; one below the least top-up is kept with a warning")
  func topUp() {
    #expect(sandbox.run(["edit", "中国移动", "--min-top-up", "30 CNY"], today: added).code == 0)
    let result = sandbox.run(["top-up", "中国移动", "20 CNY", "--via", "Alipay"], today: added)
    #expect(result.code == 0)
    #expect(
      result.stdout
        == "recorded a top-up of 20.00 CNY on 中国移动 on 2026-11-21; due 2027-08-31 (in 283 days)\n")
    #expect(
      result.stderr
        == "renew: warning: 20.00 CNY is less than the least top-up of '中国移动', 30.00 CNY; "
        + "recorded all the same\n")
    let history = sandbox.run(["history", "中国移动"], today: added).stdout
    #expect(history.contains("top-up   20.00 CNY  via Alipay"))
    #expect(history.contains("balance  50.00 CNY  balance read"))
  }

  @Test("show gives the balance today, what it covers and the top-up to make")
  func show() {
    let shown = sandbox.run(
      ["show", "中国移动"], today: (CalendarDate(year: 2027, month: 2, day: 15) ?? .first))
    #expect(shown.stdout.contains("  expires       2027-02-28, cycle day 31\n"))
    #expect(shown.stdout.contains("  balance       34.00 CNY today\n"))
    #expect(
      shown.stdout.contains("  charge        2027-03-01: 8.00 CNY, to 2027-03-31, 26.00 CNY left\n")
    )
    #expect(shown.stdout.contains("  covers        charges up to the expiry 2027-06-30\n"))
    #expect(shown.stdout.contains("  top up        at least 6.00 CNY by 2027-06-30\n"))
  }

  @Test("a reading on a later day replaces the projection")
  func reading() {
    let today = (CalendarDate(year: 2027, month: 2, day: 15) ?? .first)
    let result = sandbox.run(["balance", "中国移动", "30 CNY", "--on", "2027-02-01"], today: today)
    #expect(result.code == 0)
    #expect(
      result.stdout
        == "recorded a balance of 30.00 CNY on 中国移动 on 2027-02-01; due 2027-05-31 (in 105 days)\n"
    )
  }

  @Test(
    "a balance or plan that does not add up is refused with 64, and nothing is written",
    arguments: [
      (
        ["top-up", "中国移动", "5 USD"],
        "renew: '中国移动' has a balance in CNY, not USD\n"
          + "a card's balance has one currency; give the amount in CNY\n"
      ),
      (
        ["balance", "中国移动", "5 USD"],
        "renew: '中国移动' has a balance in CNY, not USD\n"
          + "a card's balance has one currency; give the amount in CNY\n"
      ),
      (
        ["edit", "中国移动", "--balance", "5 USD"],
        "renew: '中国移动' has a balance in CNY, not USD\n"
          + "a card's balance has one currency; give the amount in CNY\n"
      ),
      (
        ["edit", "中国移动", "--auto-renew"],
        "renew: '中国移动' cannot renew both from its balance and by auto-renew\n"
          + "to renew by auto-renew instead, give --no-from-balance with --auto-renew\n"
      ),
      (
        ["edit", "中国移动", "--clear", "price"],
        "renew: '中国移动' cannot be paid from its balance without --price\n"
          + "give --price, or stop paying from the balance with --no-from-balance\n"
      ),
      (
        ["edit", "中国移动", "--price", "8 USD"],
        "renew: '中国移动' has a balance in CNY, but its price is in USD\n"
          + "a card's balance has one currency; give the price in CNY\n"
      ),
      (
        ["add", "x", "--number", "1", "--from-balance"],
        "renew: 'x' cannot be paid from its balance without --expires, --period and --price\n"
          + "give --expires, --period and --price, or leave out --from-balance\n"
      ),
      (
        ["top-up", "中国移动", "0 CNY"],
        "renew: invalid MONEY '0 CNY'\na top-up adds more than nothing\n"
      ),
      (
        ["top-up", "中国移动", "--", "-5 CNY"],
        "renew: invalid MONEY '-5 CNY'\namounts cannot be negative\n"
      ),
    ])
  func refused(arguments: [String], stderr: String) throws {
    let before = sandbox.bytes()
    let result = sandbox.run(arguments, today: added)
    #expect(result.code == 64)
    #expect(result.stderr.hasPrefix(stderr), "\(result.stderr)")
    #expect(sandbox.bytes() == before)
  }

  @Test("an edit that starts paying from the balance is told to leave --from-balance out")
  func editStartsPayingFromBalance() throws {
    let add = ["add", "Smart PH", "--number", "1", "--expires", "2026-12-31", "--auto-renew"]
    #expect(sandbox.run(add, today: added).code == 0)
    let before = sandbox.bytes()
    let result = sandbox.run(["edit", "Smart PH", "--from-balance"], today: added)
    #expect(result.code == 64)
    #expect(
      result.stderr
        == "renew: 'Smart PH' cannot be paid from its balance without --period and --price\n"
        + "give --period and --price, or leave out --from-balance\n")
    #expect(sandbox.bytes() == before)
  }

  @Test("a plan change dated before the last one is refused with 64, and nothing is written")
  func planChangeOutOfOrder() throws {
    let april = CalendarDate(year: 2027, month: 4, day: 1) ?? .first
    let february = CalendarDate(year: 2027, month: 2, day: 1) ?? .first
    #expect(sandbox.run(["edit", "中国移动", "--price", "10 CNY"], today: april).code == 0)
    let history = sandbox.run(["history", "中国移动"], today: april).stdout
    let id = try #require(history.firstMatch(of: /\s([0-9a-z]{8})\s+plan-change/)?.1)
    // Recorded after it, a top-up is what a bare 'renew unlog' would remove.
    #expect(sandbox.run(["top-up", "中国移动", "5 CNY"], today: april).code == 0)
    let before = sandbox.bytes()
    let result = sandbox.run(["edit", "中国移动", "--price", "4 CNY"], today: february)
    #expect(result.code == 64)
    #expect(
      result.stderr
        == "renew: the plan of '中国移动' paid from its balance changed on 2027-04-01, after 2027-02-01\n"
        + "plan changes are recorded in date order; remove that one first: renew unlog 中国移动 \(id)\n"
    )
    #expect(sandbox.bytes() == before)
    let chinese = sandbox.run(
      ["edit", "中国移动", "--no-from-balance", "--lang", "zh"], today: february)
    #expect(chinese.code == 64)
    #expect(
      chinese.stderr
        == "renew: '中国移动' 从余额扣费的套餐已在 2027-04-01 变更，晚于 2027-02-01\n"
        + "套餐变更须按日期顺序记录；请先删除那一条：renew unlog 中国移动 \(id)\n")
    #expect(sandbox.bytes() == before)
    // import --update goes the same way, named by its line.
    let csv = try sandbox.writeInput(
      "name,number,price\n中国移动,+86 138 0013 8000,3 CNY\n", named: "plan.csv")
    let imported = sandbox.run(["import", csv, "--update"], today: february)
    #expect(imported.code == 64)
    #expect(imported.stderr.hasPrefix("renew: \(csv):2:"), "\(imported.stderr)")
    #expect(imported.stderr.contains("changed on 2027-04-01, after 2027-02-01"))
    #expect(sandbox.bytes() == before)
    // A change that leaves the plan alone may still be made on that day; the hint,
    // followed, removes the plan change and lets the edit through.
    #expect(sandbox.run(["edit", "中国移动", "--note", "x"], today: february).code == 0)
    let unlogged = sandbox.run(["unlog", "中国移动", String(id)], today: april)
    #expect(unlogged.stdout.hasPrefix("removed the plan-change of 2027-04-01 (\(id))"))
    #expect(sandbox.run(["edit", "中国移动", "--price", "4 CNY"], today: february).code == 0)
  }

  @Test("unlog of the only expiry of a card paid from its balance is refused with 64")
  func unlogOnlyExpiry() throws {
    #expect(sandbox.run(["unlog", "中国移动"], today: added).code == 0)  // the balance reading
    let before = sandbox.bytes()
    let result = sandbox.run(["unlog", "中国移动"], today: added)
    #expect(result.code == 64)
    let id = try #require(result.stderr.firstMatch(of: /\(([0-9a-z]{8})\)/)?.1)
    #expect(
      result.stderr
        == "renew: removing the expiry of 2026-11-21 (\(id)) would leave '中国移动' paid from its "
        + "balance without --expires\nset it anew first with 'renew edit 中国移动 --expires DATE', "
        + "or stop paying from the balance with 'renew edit 中国移动 --no-from-balance'\n")
    #expect(sandbox.bytes() == before)
    let chinese = sandbox.run(["unlog", "中国移动", "--lang", "zh"], today: added)
    #expect(
      chinese.stderr
        == "renew: 删除 2026-11-21 的设置有效期记录（\(id)）后，'中国移动' 将缺少 --expires，无法从余额扣费\n"
        + "请先用 'renew edit 中国移动 --expires DATE' 重新设置，"
        + "或用 'renew edit 中国移动 --no-from-balance' 停止从余额扣费\n")
    // Off the balance, the card may lose its expiry, with the warning.
    #expect(sandbox.run(["edit", "中国移动", "--no-from-balance"], today: added).code == 0)
    let unlogged = sandbox.run(["unlog", "中国移动", String(id)], today: added)
    #expect(unlogged.code == 0)
    #expect(unlogged.stderr.hasPrefix("renew: warning: '中国移动' has no expiry"))
  }

  @Test(
    "edit --balance in another currency than the price says the price's currency is the balance's")
  func editBalancePricedIn() throws {
    let card = sandbox.run(
      [
        "add", "V", "--number", "1", "--expires", "2027-01-01", "--period", "1m", "--price",
        "3 USD",
      ],
      today: added)
    try #require(card.code == 0)
    let before = sandbox.bytes()
    let result = sandbox.run(["edit", "V", "--balance", "10 EUR"], today: added)
    #expect(result.code == 64)
    #expect(
      result.stderr
        == "renew: 'V' is priced in USD, so its balance is in USD, not EUR\n"
        + "a card's balance has one currency, its price's; give the amount in USD\n")
    #expect(sandbox.bytes() == before)
    // With a new price in the same currency, both change.
    #expect(
      sandbox.run(["edit", "V", "--balance", "10 EUR", "--price", "3 EUR"], today: added).code == 0)
  }

  @Test("past a charge the balance did not cover, check and show suggest a renewal, not a top-up")
  func refusedChargeHint() throws {
    let day = CalendarDate(year: 2027, month: 7, day: 5) ?? .first
    let check = sandbox.run(["check"], today: day)
    #expect(check.code == 1)
    #expect(
      check.stdout
        == "中国移动 (+86 138 0013 8000): due 2027-06-30, 5 days overdue; the balance did not "
        + "cover the charge after 2027-06-30: renew, then 'renew log 中国移动'; "
        + "renew: no method recorded\n")
    let show = sandbox.run(["show", "中国移动", "--lang", "zh"], today: day)
    #expect(
      show.stdout.contains("\n  续费提醒    余额不足，2027-06-30 之后未能扣费：请续费，然后运行 'renew log 中国移动'\n"),
      "\(show.stdout)")
    #expect(!show.stdout.contains("充值提醒"))
    // Before the due date, the top-up hint, and no word of a renewal.
    let before = sandbox.run(
      ["check", "--within", "30d"], today: CalendarDate(year: 2027, month: 6, day: 25) ?? .first)
    #expect(before.stdout.contains("top up at least 6.00 CNY by 2027-06-30"))
    #expect(!before.stdout.contains("did not cover"))
  }

  @Test("unlog is not refused for a plan a hand edit already left unpayable")
  func unlogOnHandEditedCard() throws {
    #expect(sandbox.run(["touch", "中国移动"], today: added).code == 0)
    let data = try #require(sandbox.bytes())
    var document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var cards = try #require(document["cards"] as? [[String: Any]])
    cards[0]["autoRenew"] = true
    document["cards"] = cards
    let edited = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
    try edited.write(to: URL(fileURLWithPath: sandbox.file))
    let result = sandbox.run(["unlog", "中国移动"], today: added)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("removed the activity of 2026-11-21 ("))
  }

  @Test("unlog that would leave a balance past what the file holds is refused with 64")
  func unlogBalanceTooLarge() throws {
    let steps: [[String]] = [
      ["add", "x", "--number", "1", "--keep-alive", "180d"],
      ["top-up", "x", "999999999999 USD", "--on", "2026-11-01"],
      ["balance", "x", "0 USD", "--on", "2026-11-10"],
      ["top-up", "x", "999999999999 USD"],
    ]
    for step in steps { try #require(sandbox.run(step, today: added).code == 0, "\(step)") }
    let history = sandbox.run(["history", "x"], today: added).stdout
    let reading = try #require(history.firstMatch(of: /\s([0-9a-z]{8})\s+balance/)?.1)
    let before = sandbox.bytes()
    let result = sandbox.run(["unlog", "x", String(reading)], today: added)
    #expect(result.code == 64)
    #expect(
      result.stderr.hasPrefix(
        "renew: the balance of 'x' would pass 999999999999.99, more than renew keeps\n"))
    #expect(sandbox.bytes() == before)
    #expect(sandbox.run(["status"], today: added).code == 0)
  }

  @Test("--no-from-balance turns the plan back into one renewed by hand")
  func noFromBalance() {
    let result = sandbox.run(["edit", "中国移动", "--no-from-balance"], today: added)
    #expect(result.code == 0)
    #expect(result.stdout == "changed 中国移动, due 2026-12-31 (in 40 days)\n")
  }

  @Test("status read in a hurry agrees with a full read after top-ups and readings")
  func summaryAgrees() throws {
    let day = (CalendarDate(year: 2027, month: 1, day: 10) ?? .first)
    #expect(sandbox.run(["top-up", "中国移动", "16 CNY", "--on", "2027-01-05"], today: day).code == 0)
    // show reads the card in full; status reads the clock as written.
    let row = try statusRow(on: day)
    let shown = sandbox.run(["show", "中国移动", "--json"], today: day)
    let card = try parseJSON(shown.stdout, as: [String: Any].self)
    #expect(row["due"] as? String == "2027-08-31")
    #expect(card["due"] as? String == "2027-08-31")
    #expect((row["balance"] as? [String: Any])?["amount"] as? String == "58.00")
    #expect((card["balance"] as? [String: Any])?["amount"] as? String == "58.00")
  }

  @Test("a file whose balance entries mix currencies is refused with 65, naming the entry")
  func mixedInFile() throws {
    let text = """
      {"version": 2, "cards": [{"name": "m", "number": "1", "added": "2026-11-01", "history": [
        {"type": "balance", "date": "2026-11-01", "amount": "5", "currency": "CNY"},
        {"type": "top-up", "date": "2026-11-02", "amount": "5", "currency": "USD"}]}]}
      """
    try Data(text.utf8).write(to: URL(fileURLWithPath: sandbox.file))
    let result = sandbox.run(["status"], today: added)
    #expect(result.code == 65)
    #expect(
      result.stderr.hasPrefix(
        "renew: \(sandbox.file): card 'm', field 'history[1].currency': "
          + "the card's balance is in CNY, not USD: a balance has one currency\n"))
  }

  @Test("a new price applies from today: the charges already made keep theirs")
  func repriced() throws {
    let day = CalendarDate(year: 2027, month: 3, day: 5) ?? .first
    #expect(sandbox.run(["top-up", "中国移动", "4 CNY"], today: day).code == 0)
    let edited = sandbox.run(["edit", "中国移动", "--price", "10 CNY"], today: day)
    #expect(edited.stdout == "changed 中国移动, due 2027-06-30 (in 117 days)\n")
    let row = try statusRow(on: day)
    #expect((row["balance"] as? [String: Any])?["amount"] as? String == "30.00")
    #expect(row["due"] as? String == "2027-06-30")
  }

  @Test("a new price on an overdue card leaves it overdue: the refused charge stays refused")
  func repricedOverdue() throws {
    let day = CalendarDate(year: 2027, month: 8, day: 10) ?? .first
    let edited = sandbox.run(["edit", "中国移动", "--price", "2 CNY"], today: day)
    #expect(edited.stdout == "changed 中国移动, due 2027-06-30 (41 days overdue)\n")
    let row = try statusRow(on: day)
    #expect(row["state"] as? String == "overdue")
    #expect((row["balance"] as? [String: Any])?["amount"] as? String == "2.00")
    #expect(sandbox.run(["check"], today: day).code == 1)
  }

  @Test(
    "history shows a plan change with the plan it ended, in both languages, and unlog removes it")
  func planChangeShown() throws {
    let day = CalendarDate(year: 2027, month: 3, day: 5) ?? .first
    let version = { () throws -> Int? in
      let object = try JSONSerialization.jsonObject(with: self.sandbox.bytes() ?? Data())
      return (object as? [String: Any])?["version"] as? Int
    }
    #expect(try version() == 2)
    #expect(sandbox.run(["edit", "中国移动", "--price", "10 CNY"], today: day).code == 0)
    // Renew before plan changes refuses the file as newer, not as invalid.
    #expect(try version() == 3)
    let english = sandbox.run(["history", "中国移动"], today: day)
    let first = english.stdout.split(separator: "\n").dropFirst().first.map(String.init)
    #expect(
      first?.hasSuffix(
        "plan-change  -          paid from the balance up to this day: 1m, 8.00 CNY")
        == true, "\(english.stdout)")
    let chinese = sandbox.run(["history", "中国移动", "--lang", "zh"], today: day)
    #expect(chinese.stdout.contains("套餐变更    -          截至当天从余额扣费：1 个月，8.00 CNY\n"))
    let csv = sandbox.run(["export", "--format", "csv", "--history"], today: day)
    #expect(csv.stdout.contains(",2027-03-05,plan-change,8.00 CNY,1m,,,,,,,,\r\n"), "\(csv.stdout)")
    // Without it, the new price made every charge: Jan 1 to Mar 1 leave 20.00,
    // which pays for April and May.
    let unlogged = sandbox.run(["unlog", "中国移动"], today: day)
    #expect(unlogged.stdout.hasPrefix("removed the plan-change of 2027-03-05 ("))
    #expect(unlogged.stdout.hasSuffix("; expires 2027-03-31, due 2027-05-31 (in 87 days)\n"))
  }

  @Test("log on a card paid from its balance says the expiry its charges had reached")
  func logSaysTodaysExpiry() throws {
    let day = CalendarDate(year: 2027, month: 3, day: 5) ?? .first
    let logged = sandbox.run(["log", "中国移动"], today: day)
    #expect(
      logged.stdout
        == "logged 中国移动 on 2027-03-05 for 8.00 CNY; expires 2027-04-30 (was 2027-03-31); "
        + "due 2027-07-31 (in 148 days)\n")
  }

  @Test("a plan started again after --no-from-balance charges nothing for the days it was off")
  func startedAgain() throws {
    let off = CalendarDate(year: 2027, month: 2, day: 15) ?? .first
    let on = CalendarDate(year: 2027, month: 4, day: 15) ?? .first
    #expect(sandbox.run(["edit", "中国移动", "--no-from-balance"], today: off).code == 0)
    let started = sandbox.run(["edit", "中国移动", "--from-balance"], today: on)
    #expect(started.stdout == "changed 中国移动, due 2027-02-28 (46 days overdue)\n")
    let history = sandbox.run(["history", "中国移动"], today: on)
    #expect(
      history.stdout.split(separator: "\n").dropFirst().first?.hasSuffix(
        "plan-change  -          plan paid from the balance again; nothing was charged since it ended"
      ) == true, "\(history.stdout)")
  }

  @Test("a card whose price changed currency before it had a balance can be topped up and edited")
  func currencyChangedBeforeBalance() throws {
    let steps: [[String]] = [
      [
        "add", "X", "--number", "1380013", "--expires", "2026-12-31", "--period", "1m", "--price",
        "8 CNY", "--from-balance",
      ],
      ["edit", "X", "--price", "3 USD"], ["top-up", "X", "5 USD"], ["edit", "X", "--note", "hi"],
    ]
    for step in steps {
      let result = sandbox.run(step, today: added)
      #expect(result.code == 0, "\(step): \(result.stderr)")
    }
  }

  @Test("log for an earlier day on a card paid from its balance compares the expiries of today")
  func logEarlierDay() {
    let day = CalendarDate(year: 2027, month: 3, day: 5) ?? .first
    // Jan 10's renewal stacks on Jan 31; the charges since reach Mar 31 either way.
    let logged = sandbox.run(["log", "中国移动", "--on", "2027-01-10"], today: day)
    #expect(
      logged.stdout == "logged 中国移动 on 2027-01-10 for 8.00 CNY; due 2027-07-31 (in 148 days)\n")
  }

  @Test("an amount in another currency than a balance made of top-ups names the balance")
  func topUpsMakeTheBalance() {
    let steps: [[String]] = [
      [
        "add", "m", "--number", "1", "--expires", "2026-12-31", "--period", "1m", "--price",
        "8 CNY", "--from-balance",
      ],
      ["top-up", "m", "5 CNY"],
    ]
    for step in steps { #expect(sandbox.run(step, today: added).code == 0) }
    let result = sandbox.run(["top-up", "m", "5 USD"], today: added)
    #expect(result.code == 64)
    #expect(result.stderr.hasPrefix("renew: 'm' has a balance in CNY, not USD\n"))
  }
}

/// The process's environment, as renew reads it at start-up.
@Suite struct EnvironmentTests {
  @Test("a variable is split at its first '=': the value keeps the rest, in any script")
  func firstEquals() {
    setenv("RENEW_TEST_VALUE", "a=b=中文", 1)
    defer { unsetenv("RENEW_TEST_VALUE") }
    #expect(System.environment()["RENEW_TEST_VALUE"] == "a=b=中文")
  }
}
