import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// Defects found by reviewing money and reminders, each pinned.
@Suite("Money and reminder review")
struct ReviewFixTests {
  @Test("a top-up that would pass what renew keeps is refused, and the file stays readable")
  func balanceTooLarge() throws {
    let sandbox = try Sandbox()
    #expect(sandbox.run(["add", "o", "--number", "1", "--balance", "999999999999 IRR"]).code == 0)
    let before = sandbox.bytes()
    let result = sandbox.run(["top-up", "o", "1 IRR"])
    #expect(result.code == 64)
    #expect(
      result.stderr
        == "renew: the balance of 'o' would pass 999999999999.99, more than renew keeps\n"
        + "record what the carrier says with 'renew balance'\n")
    #expect(sandbox.bytes() == before)
    #expect(sandbox.run(["status"]).code == 0)
  }

  @Test("forecast stops at 9999-12 instead of crashing")
  func forecastAtTheEnd() throws {
    let sandbox = try Sandbox()
    #expect(
      sandbox.run([
        "add", "a", "--number", "1", "--expires", "2027-01-15", "--period", "1m", "--price",
        "5 USD",
      ])
      .code == 0)
    let today = try #require(CalendarDate(iso: "9999-06-01"))
    let result = sandbox.run(["forecast"], today: today)
    #expect(result.code == 0)
    #expect(
      result.stdout.hasPrefix(
        "CARD   CUR  9999-06  9999-07  9999-08  9999-09  9999-10  9999-11  9999-12  TOTAL\n"))
  }

  @Test("check --new keeps one record for a data file however its path is written")
  func samePathOnce() throws {
    let sandbox = try Sandbox()
    let today = try #require(CalendarDate(iso: "2026-12-26"))
    #expect(sandbox.run(["add", "m", "--number", "1", "--expires", "2026-12-31"]).code == 0)
    let environment = ["XDG_STATE_HOME": sandbox.folder + "/state", "HOME": sandbox.folder]
    #expect(
      renew(["--file", sandbox.file, "check", "--new"], environment: environment, today: today).code
        == 1)
    let dotted = sandbox.folder + "/./renew.json"
    #expect(
      renew(["--file", dotted, "check", "--new"], environment: environment, today: today).code == 0)
  }

  @Test("calendar --out keeps the file's permissions and writes through a link")
  func calendarOut() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let target = sandbox.folder + "/target.ics"
    try #require(
      FileManager.default.createFile(
        atPath: target, contents: Data(), attributes: [.posixPermissions: 0o600]))
    let link = sandbox.folder + "/link.ics"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.ics")
    #expect(sandbox.run(["calendar", "--out", link]).code == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.ics")
    let attributes = try FileManager.default.attributesOfItem(atPath: target)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(
      FileManager.default.contents(atPath: target)?.starts(with: Data("BEGIN:VCALENDAR".utf8))
        == true)
  }

  @Test("a least top-up in another currency than the balance, and a rate given twice, are refused")
  func currencies() throws {
    let sandbox = try Sandbox()
    #expect(
      sandbox.run([
        "add", "m", "--number", "1", "--expires", "2026-12-31", "--period", "1m", "--price",
        "8 CNY",
        "--from-balance",
      ]).code == 0)
    let minimum = sandbox.run(["edit", "m", "--min-top-up", "5 USD"])
    #expect(minimum.code == 64)
    #expect(
      minimum.stderr.hasPrefix("renew: 'm' is priced in CNY, so its balance is in CNY, not USD\n"))
    let rates = sandbox.run(["spend", "--in", "CNY", "--rate", "USD=7.10", "--rate", "usd=7.20"])
    #expect(rates.code == 64)
    #expect(rates.stderr == "renew: invalid value 'usd=7.20' for --rate\none rate for USD\n")
  }

  @Test("an edit to the values a card has writes nothing and keeps no backup")
  func noOpEdit() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    #expect(sandbox.run(["log", "smart ph"]).code == 0)
    let before = sandbox.bytes()
    let backups = try FileManager.default.contentsOfDirectory(atPath: sandbox.file + ".backups")
    for arguments in [
      ["edit", "smart ph", "--country", "PH"], ["edit", "giffgaff", "--clear", "note"],
      ["edit", "smart bro", "--clear", "price"],
    ] {
      let result = sandbox.run(arguments)
      #expect(result.code == 0, "\(arguments)")
      #expect(
        result.stdout.hasSuffix("already has those values; nothing changed\n"), "\(arguments)")
    }
    #expect(sandbox.bytes() == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: sandbox.file + ".backups") == backups)
  }

  @Test("clearing an expiry a card does not have records nothing")
  func clearMissingExpiry() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    let result = sandbox.run(["edit", "giffgaff", "--clear", "expires"])
    #expect(result.stdout == "giffgaff already has those values; nothing changed\n")
    #expect(sandbox.bytes() == before)
  }

  @Test("an entry without an id in the file has the same id for history and for unlog")
  func derivedIDs() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    #expect(sandbox.run(["log", "smart ph"]).code == 0)
    var text = String(decoding: try #require(sandbox.bytes()), as: UTF8.self)
    // Drop the renewal's id, as a hand edit might.
    let renewal = try #require(text.range(of: #""type" : "renewal""#))
    let idLine = try #require(
      text.range(
        of: #"\n *"id" : "[0-9a-z]+",?"#, options: [.regularExpression, .backwards],
        range: text.startIndex..<renewal.lowerBound))
    text.removeSubrange(idLine)
    try Data(text.utf8).write(to: URL(fileURLWithPath: sandbox.file))
    let history = sandbox.run(["history", "smart ph", "--json"])
    let entries = try parseJSON(history.stdout, as: [[String: Any]].self)
    let id = try #require(entries.first { $0["type"] as? String == "renewal" }?["id"] as? String)
    let unlog = sandbox.run(["unlog", "smart ph", id])
    #expect(unlog.code == 0, "\(unlog.stderr)")
  }

  @Test("calendar --out refuses the data file, however it is named")
  func calendarOverData() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    let dotted = sandbox.folder + "/./renew.json"
    let result = sandbox.run(["calendar", "--out", dotted])
    #expect(result.code == 64)
    #expect(
      result.stderr.hasPrefix("renew: --out \(dotted) is renew's data file or one of its backups\n")
    )
    #expect(sandbox.bytes() == before)
  }

  @Test("a reading or top-up in another currency than a card's price is refused")
  func priceCurrency() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    for (arguments, message) in [
      (["top-up", "smart ph", "3 USD"], "is priced in PHP, so its balance is in PHP, not USD"),
      (["balance", "smart ph", "5 USD"], "is priced in PHP, so its balance is in PHP, not USD"),
      (
        ["edit", "smart ph", "--balance", "8 USD"],
        "is priced in PHP, so its balance is in PHP, not USD"
      ),
    ] {
      let result = sandbox.run(arguments)
      #expect(result.code == 64, "\(arguments)")
      #expect(result.stderr.hasPrefix("renew: 'Smart PH' \(message)\n"), "\(arguments)")
    }
    #expect(sandbox.bytes() == before)
    let mixed = sandbox.run([
      "add", "x", "--number", "9", "--balance", "1 USD", "--price", "1 EUR", "--period", "1m",
    ])
    #expect(mixed.code == 64)
    #expect(mixed.stderr.hasPrefix("renew: 'x' has a balance in USD, but its price is in EUR\n"))
  }

  @Test("a change refuses a file whose untouched cards hold bad JSON, instead of copying it")
  func changeJudgesOtherHistories() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    #expect(sandbox.run(["log", "smart ph"]).code == 0)
    var text = String(decoding: try #require(sandbox.bytes()), as: UTF8.self)
    let receipt = try #require(text.range(of: #""type" : "renewal""#))
    text.replaceSubrange(receipt, with: #""type" : "renewal", "for" : 1.2.3"#)
    try Data(text.utf8).write(to: URL(fileURLWithPath: sandbox.file))
    let before = sandbox.bytes()
    let result = sandbox.run(["touch", "giffgaff"])
    #expect(result.code == 65)
    #expect(result.stderr.hasPrefix("renew: \(sandbox.file):"), "\(result.stderr)")
    #expect(sandbox.bytes() == before)
  }

  @Test("balance and top-up take --on due, as log and touch do")
  func onDue() throws {
    let sandbox = try Sandbox()
    let added = try #require(CalendarDate(iso: "2026-11-21"))
    let later = try #require(CalendarDate(iso: "2026-12-05"))
    #expect(
      sandbox.run(["add", "g", "--number", "1", "--expires", "2026-12-01"], today: added).code == 0)
    let result = sandbox.run(["top-up", "g", "5 USD", "--on", "due"], today: later)
    #expect(
      result.stdout
        == "recorded a top-up of 5.00 USD on g on 2026-12-01; due 2026-12-01 (4 days overdue)\n")
    let early = sandbox.run(["balance", "g", "5 USD", "--on", "due"], today: added)
    #expect(early.code == 64)
  }
}
