import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// `renew spend`, end to end: groups, totals per currency, conversion and its errors.
@Suite("Spend")
struct SpendCommandTests {
  let sandbox: Sandbox
  let today = CalendarDate(year: 2026, month: 11, day: 21) ?? .first

  init() throws {
    sandbox = try Sandbox()
    let steps: [[String]] = [
      [
        "add", "中国移动", "--number", "+86 138 0013 8000", "--expires", "2026-12-31", "--period",
        "1m", "--price", "8 CNY", "--from-balance", "--balance", "50 CNY",
      ],
      ["top-up", "中国移动", "20 CNY", "--on", "2026-03-05"],
      ["top-up", "中国移动", "30 CNY"],
      ["add", "US Virtual", "--number", "+1 555 0100", "--period", "30d", "--price", "3 USD"],
      ["log", "US Virtual", "--on", "2026-10-01"],
      ["log", "US Virtual", "--on", "2026-11-01", "--amount", "3.33 USD"],
      ["add", "Smart PH", "--number", "+63 917 123 4567", "--period", "1y", "--price", "300 PHP"],
      ["log", "Smart PH", "--on", "2025-11-20"],
    ]
    for step in steps {
      let result = sandbox.run(step, today: today)
      try #require(result.code == 0, "\(step): \(result.stderr)")
    }
  }

  @Test(
    "on the first days there are, the 12 months start at 0001-01-01",
    arguments: ["0001-01-01", "0001-12-31"])
  func firstYear(day: String) throws {
    let result = sandbox.run(["spend", "--by", "month"], today: try date(day))
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Paid 0001-01-01 to \(day):\n"), "\(result.stdout)")
  }

  @Test("by card over the last 12 months: a total per currency, readings never counted")
  func byCard() {
    let result = sandbox.run(["spend"], today: today)
    #expect(result.code == 0)
    #expect(
      result.stdout == """
        Paid 2025-11-22 to 2026-11-21:
        CARD        PAID       PAYMENTS
        US Virtual  6.33 USD   2
        中国移动    50.00 CNY  2
        total       50.00 CNY  4
                    6.33 USD

        """)
  }

  @Test("by month, and one card over one year")
  func byMonth() {
    #expect(
      sandbox.run(["spend", "--by", "month"], today: today).stdout == """
        Paid 2025-11-22 to 2026-11-21:
        MONTH    PAID       PAYMENTS
        2026-03  20.00 CNY  1
        2026-10  3.00 USD   1
        2026-11  30.00 CNY  2
                 3.33 USD
        total    50.00 CNY  4
                 6.33 USD

        """)
    #expect(
      sandbox.run(["spend", "smart", "--year", "2025", "--by", "year"], today: today).stdout == """
        Paid 2025-01-01 to 2025-12-31:
        YEAR   PAID        PAYMENTS
        2025   300.00 PHP  1
        total  300.00 PHP  1

        """)
  }

  @Test("--in converts each amount exactly and rounds once, printing the rates")
  func converted() throws {
    let result = sandbox.run(
      ["spend", "--in", "cny", "--rate", "USD=7.10", "--rate", "EUR=7.8", "--json"], today: today)
    #expect(result.code == 0)
    let object = try parseJSON(result.stdout, as: [String: Any].self)
    // 3 × 7.10 + 3.33 × 7.10 = 44.943, and 50 CNY.
    let totals = try #require(object["totals"] as? [[String: Any]])
    #expect(totals.count == 1)
    #expect(totals.first?["amount"] as? String == "94.94")
    #expect(object["in"] as? String == "CNY")
    #expect((object["rates"] as? [String: String]) == ["USD": "7.10"])
    #expect(
      sandbox.run(["spend", "--in", "CNY", "--rate", "USD=7.10"], today: today).stdout
        .hasPrefix("Paid 2025-11-22 to 2026-11-21, in CNY (1 USD = 7.10 CNY):\n"))
  }

  @Test(
    "bad ranges, groupings and rates are refused with 64",
    arguments: [
      (
        ["spend", "--in", "CNY"],
        "renew: no rate for USD to convert into CNY\n"
          + "give --rate USD=N: what one USD is in CNY\n"
      ),
      (
        ["spend", "--in", "GBP"],
        "renew: no rate for CNY and USD to convert into GBP\n"
          + "give --rate CNY=N --rate USD=N: what one of each is in GBP\n"
      ),
      (
        ["spend", "--in", "GBP", "--lang", "zh"],
        "renew: 没有 CNY 和 USD 换算成 GBP 的汇率\n"
          + "请给出 --rate CNY=N --rate USD=N：每种币种的 1 个单位折合多少 GBP\n"
      ),
      (
        ["spend", "--rate", "USD=7"],
        "renew: --rate USD=7 needs --in: the currency to convert into\n"
      ),
      (
        ["spend", "--in", "CNY", "--rate", "USD=-7"],
        "renew: invalid value 'USD=-7' for --rate\n"
      ),
      (["spend", "--in", "CNY", "--rate", "USD=0"], "renew: invalid value 'USD=0' for --rate\n"),
      (["spend", "--in", "RMB"], "renew: invalid value 'RMB' for --in\n"),
      (
        ["spend", "--in", "CNY", "--rate", "XYZ=7"],
        "renew: invalid value 'XYZ=7' for --rate\nan ISO 4217 currency code\n"
      ),
      (["spend", "--in", "CNY", "--rate", "=7"], "renew: invalid value '=7' for --rate\n"),
      (
        ["spend", "--in", "CNY", "--rate", "CNY=2"],
        "renew: invalid value 'CNY=2' for --rate\nno rate for CNY, the --in currency itself\n"
      ),
      (["spend", "--by", "week"], "renew: invalid value 'week' for --by\n"),
      (["spend", "--year", "26"], "renew: invalid value '26' for --year\n"),
      (
        ["spend", "--year", "2026", "--since", "2026-01-01"],
        "renew: options '--year' and '--since' cannot be used together\n"
      ),
      (["spend", "--until", "2026-01-01"], "renew: --until needs --since"),
      (
        ["spend", "--since", "2026-05-01", "--until", "2026-04-01"],
        "renew: --since 2026-05-01 is after --until 2026-04-01\n"
      ),
    ])
  func refused(arguments: [String], stderr: String) {
    let result = sandbox.run(arguments, today: today)
    #expect(result.code == 64)
    #expect(result.stderr.hasPrefix(stderr), "\(result.stderr)")
  }
}
