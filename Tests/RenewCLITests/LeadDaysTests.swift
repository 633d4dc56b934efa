import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// `--remind 30,7,1`: several lead days, the card `soon` within the largest.
@Suite("Lead days")
struct LeadDaysTests {
  /// The first card's `remind` as the data file holds it.
  static func storedRemind(_ sandbox: Sandbox) throws -> Any? {
    let bytes = try #require(sandbox.bytes())
    let file = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
    let cards = try #require(file["cards"] as? [[String: Any]])
    return cards.first?["remind"]
  }

  @Test("a list of lead days is kept largest first, in the file, show and --json")
  func kept() throws {
    let sandbox = try Sandbox()
    let add = sandbox.run([
      "add", "m", "--number", "1", "--expires", "2026-03-25", "--remind", "1, 30,7d",
    ])
    #expect(add.code == 0, "\(add.stderr)")
    #expect(try Self.storedRemind(sandbox) as? [Int] == [30, 7, 1])
    #expect(sandbox.run(["show", "m"]).stdout.contains("  remind   30, 7, 1 days before\n"))
    let status = sandbox.run(["status", "--json"]).stdout
    let rows = try parseJSON(status, as: [[String: Any]].self)
    #expect(rows.first?["leadDays"] as? [Int] == [30, 7, 1])
    #expect(rows.first?["remind"] as? Int == 30)
    // 24 days left on 2026-03-01: soon within the largest lead day.
    #expect(rows.first?["state"] as? String == "soon")
  }

  @Test("one lead day is written as a number, as before lead days")
  func one() throws {
    let sandbox = try Sandbox()
    #expect(sandbox.run(["add", "m", "--number", "1", "--remind", "14"]).code == 0)
    let stored = try Self.storedRemind(sandbox)
    #expect(stored as? Int == 14 && !(stored is [Any]))
    #expect(sandbox.run(["edit", "m", "--clear", "remind"]).code == 0)
    #expect(sandbox.run(["show", "m"]).stdout.contains("  remind  7 days before\n"))
  }
}
