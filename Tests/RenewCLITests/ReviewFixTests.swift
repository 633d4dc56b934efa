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
    FileManager.default.createFile(
      atPath: target, contents: Data(), attributes: [.posixPermissions: 0o600])
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
    #expect(minimum.stderr.hasPrefix("renew: 'm' has a balance in CNY, not USD\n"))
    let rates = sandbox.run(["spend", "--in", "CNY", "--rate", "USD=7.10", "--rate", "usd=7.20"])
    #expect(rates.code == 64)
    #expect(rates.stderr == "renew: invalid value 'usd=7.20' for --rate\none rate for USD\n")
  }
}
