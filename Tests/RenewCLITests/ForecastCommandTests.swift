import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// `renew forecast`, end to end, against figures worked out by hand.
@Suite("Forecast")
struct ForecastCommandTests {
  let sandbox: Sandbox
  let today = CalendarDate(year: 2026, month: 11, day: 21) ?? .first

  init() throws {
    sandbox = try Sandbox()
    let steps: [[String]] = [
      // 80 CNY pays ten months of 8 CNY: the expiry of 2027-10-31 is not covered.
      [
        "add", "中国移动", "--number", "+86 138 0013 8000", "--expires", "2026-12-31", "--period",
        "1m", "--price", "8 CNY", "--from-balance", "--balance", "80 CNY",
      ],
      // Every 30 days from 2026-12-01: two expiries in December and in March.
      [
        "add", "US Virtual", "--number", "+1 555 0100", "--expires", "2026-12-01", "--period",
        "30d", "--price", "3 USD",
      ],
      // Due this month; its 60 days of grace end in January.
      [
        "add", "Smart PH", "--number", "+63 917 123 4567", "--expires", "2026-11-25", "--period",
        "1y", "--price", "300 PHP", "--grace", "60d",
      ],
      // No price: nothing to forecast.
      ["add", "giffgaff", "--number", "07700900123", "--keep-alive", "180d"],
    ]
    for step in steps {
      let result = sandbox.run(step, today: today)
      try #require(result.code == 0, "\(step): \(result.stderr)")
    }
  }

  @Test("the grid, its totals per currency and the months numbers are lost")
  func grid() {
    let result = sandbox.run(["forecast", "--months", "6"], today: today)
    #expect(result.code == 0)
    #expect(
      result.stdout == """
        CARD        CUR  2026-11  2026-12  2027-01  2027-02  2027-03  2027-04  TOTAL
        Smart PH    PHP  300.00   -        !        -        -        -        300.00
        US Virtual  USD  -        6.00 !   3.00     -        6.00     3.00     18.00
        中国移动    CNY  -        -        -        -        -        -        0.00
        total       PHP  300.00   -        -        -        -        -        300.00
        total       USD  -        6.00     3.00     -        6.00     3.00     18.00
        ! the month a number is lost if nothing is done

        """)
  }

  @Test("a plan paid from the balance needs a top-up once the balance runs out")
  func balanceRunsOut() throws {
    let result = sandbox.run(["forecast", "--json"], today: today)
    let object = try parseJSON(result.stdout, as: [String: Any].self)
    let months = try #require(object["months"] as? [String])
    #expect(months.first == "2026-11")
    #expect(months.count == 12)
    let cards = try #require(object["cards"] as? [[String: Any]])
    let mobile = try #require(cards.first { $0["name"] as? String == "中国移动" })
    let costs = try #require(mobile["costs"] as? [Any])
    #expect(costs[11] as? String == "8.00")
    #expect(costs[..<11].allSatisfy { $0 is NSNull })
    #expect(mobile["lost"] as? String == "2027-10")
    let totals = try #require(object["totals"] as? [[String: Any]])
    #expect(totals.map { $0["currency"] as? String } == ["CNY", "PHP", "USD"])
    #expect(totals.first?["total"] as? String == "8.00")
  }

  @Test("a top-up is at least the card's least top-up, and what is left over pays later charges")
  func leastTopUp() throws {
    try #require(sandbox.run(["edit", "中国移动", "--min-top-up", "20 CNY"], today: today).code == 0)
    let result = sandbox.run(["forecast", "--json", "--months", "15"], today: today)
    let object = try parseJSON(result.stdout, as: [String: Any].self)
    let cards = try #require(object["cards"] as? [[String: Any]])
    let mobile = try #require(cards.first { $0["name"] as? String == "中国移动" })
    let costs = try #require(mobile["costs"] as? [Any])
    // 2027-10-31 lacks 8: 20 leaves 12 after the charge, which pays for November;
    // 2027-12-31 lacks 4: 20 leaves 16, which pays for January and February.
    #expect(costs[11] as? String == "20.00")
    #expect(costs[12] is NSNull)
    #expect(costs[13] as? String == "20.00")
    #expect(costs[14] is NSNull)
    #expect(mobile["total"] as? String == "40.00")
  }

  @Test("rows are in name order ignoring case, as status lists cards")
  func nameOrder() throws {
    let added = sandbox.run(
      [
        "add", "alpha", "--number", "1", "--expires", "2027-01-10", "--period", "1m", "--price",
        "1 GBP",
      ],
      today: today)
    try #require(added.code == 0)
    let result = sandbox.run(["forecast", "--json"], today: today)
    let object = try parseJSON(result.stdout, as: [String: Any].self)
    let cards = try #require(object["cards"] as? [[String: Any]])
    #expect(
      cards.map { $0["name"] as? String } == ["alpha", "Smart PH", "US Virtual", "中国移动"])
  }

  @Test("--months is a whole number from 1 to 120", arguments: ["0", "121", "abc", "6m"])
  func badMonths(text: String) {
    let result = sandbox.run(["forecast", "--months", text], today: today)
    #expect(result.code == 64)
    #expect(
      result.stderr
        == "renew: invalid value '\(text)' for --months\n"
        + "a whole number of months from 1 to 120\n")
  }
}
