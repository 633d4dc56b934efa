import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// `renew export`: the cards as a spreadsheet or another tool reads them.
@Suite("Export command")
struct ExportCommandTests {
  /// Runs each step in `sandbox`, requiring that it succeeds.
  static func build(_ sandbox: Sandbox, _ steps: [[String]]) throws {
    for step in steps {
      let result = sandbox.run(step)
      try #require(result.code == 0, "\(step): \(result.stderr)")
    }
  }

  /// Three cards: one with every list and text that needs quoting, one retired
  /// keep-alive card added long ago, one paid from its balance.
  static let threeCards: [[String]] = [
    [
      "add", "中国移动", "--number", "+86 138 0013 8000", "--country", "cn", "--carrier",
      "China Mobile, Beijing", "--kind", "sim", "--expires", "2026-03-05", "--period", "1m",
      "--price", "30 CNY", "--remind", "30,7", "--method", "app", "--method", "sms", "--how",
      "send \"101\" to 10086", "--tag", "china", "--tag", "bank", "--note", "mum's",
    ],
    [
      "--today", "2025-06-01", "add", "giffgaff", "--number", "07700900123", "--country", "GB",
      "--keep-alive", "180d", "--grace", "30d", "--auto-renew", "--pay", "PayPal",
    ],
    ["--today", "2025-12-01", "touch", "giffgaff"],
    ["retire", "giffgaff"],
    [
      "add", "Lebara", "--number", "+44 7700 900456", "--expires", "2026-03-31", "--period", "1m",
      "--price", "8 EUR", "--from-balance", "--balance", "20 EUR", "--min-top-up", "10 EUR",
    ],
  ]

  /// The header `export --format csv` writes.
  static let header =
    "name,number,country,carrier,kind,expires,cycle-day,period,price,keep-alive,grace,remind,"
    + "method,how,"
    + "auto-renew,pay,balance,from-balance,min-top-up,tag,note,retired,added,last-activity\r\n"

  @Test("export --format csv: a header in add's order, one CRLF row per card, quoted as RFC 4180")
  func cardsAsCSV() throws {
    let sandbox = try Sandbox()
    try Self.build(sandbox, Self.threeCards)
    let result = sandbox.run(["export", "--format", "csv"])
    #expect(result.code == 0)
    #expect(result.stderr == "")
    #expect(
      result.stdout
        == Self.header
        + "中国移动,+86 138 0013 8000,CN,\"China Mobile, Beijing\",sim,2026-03-05,5,1m,30.00 CNY,,,"
        + "\"30,7\",app;sms,\"send \"\"101\"\" to 10086\",,,,,,china;bank,mum's,,2026-03-01,\r\n"
        + "giffgaff,07700900123,GB,,,,,,,180d,30d,,,,yes,PayPal,,,,,,yes,2025-06-01,2025-12-01\r\n"
        + "Lebara,+44 7700 900456,,,,2026-03-31,31,1m,8.00 EUR,,,,,,,,20.00 EUR,yes,10.00 EUR,,,,"
        + "2026-03-01,\r\n")
  }

  @Test("a card paid from its balance is exported as it stands today: charges made, balance left")
  func balanceCardToday() throws {
    let sandbox = try Sandbox()
    try Self.build(sandbox, Self.threeCards)
    let today = try date("2026-05-15")
    let result = sandbox.run(["export", "--format", "csv"], today: today)
    let rows = result.stdout.split(separator: "\r\n").map(String.init)
    // Charged on Apr 1 and May 1: the expiry is May 31, and 4.00 EUR is left; the
    // status says the same.
    #expect(
      rows.last
        == "Lebara,+44 7700 900456,,,,2026-05-31,31,1m,8.00 EUR,,,,,,,,4.00 EUR,yes,10.00 EUR,,,,"
        + "2026-03-01,")
    let shown = sandbox.run(["show", "Lebara", "--json"], today: today)
    let card = try parseJSON(shown.stdout, as: [String: Any].self)
    #expect(card["expiresToday"] as? String == "2026-05-31")
    #expect(card["balance"] as? [String: String] == ["amount": "4.00", "currency": "EUR"])
  }

  @Test("export with no data file says so and exits 66, as check does: a backup is never empty")
  func noDataFile() throws {
    let sandbox = try Sandbox()
    for arguments in [
      ["export"], ["export", "--format", "csv"], ["export", "--format", "csv", "--history"],
    ] {
      let result = sandbox.run(arguments)
      #expect(result.code == 66)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.hasPrefix("renew: there is no data file at \(sandbox.file)\n"))
    }
    #expect(!sandbox.exists(sandbox.file))
  }

  @Test("export of a file with no cards: the empty document, and a header alone")
  func noCards() throws {
    let sandbox = try Sandbox()
    try Data("{}\n".utf8).write(to: URL(fileURLWithPath: sandbox.file))
    #expect(sandbox.run(["export"]).stdout == "{\n  \"cards\" : [],\n  \"version\" : 2\n}\n")
    #expect(sandbox.run(["export", "--format", "csv"]).stdout == Self.header)
    #expect(
      sandbox.run(["export", "--format", "csv", "--history"]).stdout == Self.historyHeader)
  }

  /// The header `export --format csv --history` writes.
  static let historyHeader =
    "card,id,date,type,amount,for,until,method,via,receipt,note,expires,expires-before,"
    + "expires-after\r\n"

  @Test("export --history: one row per entry, of every type, with the entry's facts")
  func historyAsCSV() throws {
    let sandbox = try Sandbox()
    let card = "Smart PH"
    try Self.build(
      sandbox,
      [
        [
          "--today", "2026-01-01", "add", card, "--number", "+63 917 123 4567", "--expires",
          "2026-01-31", "--period", "1m", "--price", "300 PHP",
        ],
        [
          "--today", "2026-02-01", "log", card, "--on", "2026-01-30", "--method", "app", "--via",
          "GCash", "--receipt", "R-1, a", "--note", "paid \"early\"",
        ],
        ["--today", "2026-02-10", "log", card, "--until", "2026-06-30", "--amount", "1500 PHP"],
        ["--today", "2026-02-11", "log", card, "--for", "2w"],
        ["--today", "2026-02-11", "touch", card, "--note", "SMS"],
        ["--today", "2026-02-12", "balance", card, "50 PHP", "--note", "said so"],
        ["--today", "2026-02-13", "top-up", card, "100 PHP", "--via", "GCash", "--receipt", "T1"],
        ["--today", "2026-02-14", "edit", card, "--clear", "expires"],
      ])
    let result = sandbox.run(["export", "--format", "csv", "--history"])
    #expect(result.code == 0)
    let exported = sandbox.run(["export"])
    let document = try parseJSON(exported.stdout, as: [String: Any].self)
    let cards = try #require(document["cards"] as? [[String: Any]])
    let entries = try #require(cards.first?["history"] as? [[String: Any]])
    let ids = entries.compactMap { $0["id"] as? String }
    try #require(ids.count == 8)
    let rows = [
      "2026-01-01,expiry,,,,,,,,2026-01-31,,2026-01-31",
      "2026-01-30,renewal,300.00 PHP,1m,,app,GCash,\"R-1, a\",\"paid \"\"early\"\"\",,"
        + "2026-01-31,2026-02-28",
      "2026-02-10,renewal,1500.00 PHP,,2026-06-30,,,,,,2026-02-28,2026-06-30",
      "2026-02-11,renewal,,2w,,,,,,,2026-06-30,2026-07-14",
      "2026-02-11,activity,,,,,,,SMS,,,",
      "2026-02-12,balance,50.00 PHP,,,,,,said so,,,",
      "2026-02-13,top-up,100.00 PHP,,,,GCash,T1,,,,",
      "2026-02-14,expiry,,,,,,,,,2026-07-14,",
    ]
    #expect(
      result.stdout
        == Self.historyHeader
        + zip(ids, rows).map { "\(card),\($0),\($1)\r\n" }.joined())
  }

  @Test(
    "--history without --format csv is a usage error",
    arguments: [["export", "--history"], ["export", "--format", "json", "--history"]])
  func historyNeedsCSV(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    let result = sandbox.run(arguments)
    #expect(result.code == 64)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "renew: --history needs --format csv\ngive --format csv, or leave out --history\n"
    )
  }

  @Test("export gives the data file's document, without its lastChange")
  func jsonIsTheDocument() throws {
    let sandbox = try Sandbox()
    try Self.build(sandbox, Self.threeCards)
    let file = String(decoding: try #require(sandbox.bytes()), as: UTF8.self)
    let result = sandbox.run(["export"])
    #expect(result.code == 0)
    let exported = try parseJSON(result.stdout, as: [String: Any].self)
    #expect(try parseJSON(file, as: [String: Any].self)["lastChange"] as? String == "add Lebara")
    #expect(exported["lastChange"] == nil)
    var stored = try parseJSON(file, as: [String: Any].self)
    stored["lastChange"] = nil
    #expect(NSDictionary(dictionary: exported) == NSDictionary(dictionary: stored))
    // The same writer: the file's text, less its lastChange line.
    let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      result.stdout == lines.filter { !$0.contains("\"lastChange\"") }.joined(separator: "\n"))
  }
}
