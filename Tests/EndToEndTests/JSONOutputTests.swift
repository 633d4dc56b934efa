import Foundation
import Testing

/// `--json` output as a script reads it: parsed back with `JSONSerialization`.
@Suite struct JSONOutputTests {
  /// The keys the spec promises on every row of `status --json` and `check --json`.
  private static let statusKeys: Set = [
    "name", "number", "carrier", "country", "kind", "due", "daysLeft", "state", "autoRenew",
    "methods",
  ]

  private func objects(_ value: Any) throws -> [[String: Any]] {
    try #require(value as? [[String: Any]], "not an array of objects: \(value)")
  }

  @Test("status --json has the spec's keys with the right types, soonest first")
  func status() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.addThreeCards()
    let rows = try objects(try box.json("status"))
    try #require(rows.count == 3)
    for row in rows {
      #expect(Self.statusKeys.isSubset(of: Set(row.keys)), "missing keys in \(row.keys)")
    }
    let first = rows[0]
    #expect(first["name"] as? String == Sandbox.chinese)
    #expect(first["number"] as? String == "+86 138 0013 8000")
    #expect(first["carrier"] as? String == "China Mobile")
    #expect(first["country"] as? String == "CN")
    #expect(first["kind"] as? String == "sim")
    #expect(first["due"] as? String == "2026-03-15")
    #expect(first["daysLeft"] as? Int == 5)
    #expect(first["state"] as? String == "soon")
    #expect(first["autoRenew"] as? Bool == false)
    #expect(first["methods"] as? [String] == ["sms"])
    let auto = rows[1]
    #expect(auto["name"] as? String == Sandbox.autoRenew)
    #expect(auto["autoRenew"] as? Bool == true)
    #expect(auto["daysLeft"] as? Int == 83)
    let keepAlive = rows[2]
    #expect(keepAlive["name"] as? String == Sandbox.keepAlive)
    #expect(keepAlive["carrier"] is NSNull && keepAlive["kind"] is NSNull)
    #expect(keepAlive["due"] as? String == "2026-09-06")
  }

  @Test("check --json lists only the cards that need attention, and exits 1")
  func check() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.addThreeCards()
    let result = try box.run("check", "--json")
    #expect(result.status == 1)
    let rows = try objects(try JSONSerialization.jsonObject(with: Data(result.outputBytes)))
    #expect(rows.map { $0["name"] as? String } == [Sandbox.chinese])
    #expect(Self.statusKeys.isSubset(of: Set(rows.first?.keys.map { $0 } ?? [])))
  }

  @Test("list --json and show --json give the card's fields with due, daysLeft and state")
  func listAndShow() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.addThreeCards()
    let list = try objects(try box.json("list", "--tag", "travel"))
    #expect(list.map { $0["name"] as? String } == [Sandbox.autoRenew])
    let card = try #require(try box.json("show", "giff") as? [String: Any])
    #expect(card["name"] as? String == Sandbox.keepAlive)
    #expect(card["number"] as? String == "07700900123")
    #expect(card["country"] as? String == "GB")
    #expect(card["tags"] as? [String] == ["uk"])
    #expect(card["due"] as? String == "2026-09-06")
    #expect(card["daysLeft"] as? Int == 180)
    #expect(card["state"] as? String == "ok")
  }

  @Test("history --json gives renewals with exact decimal amounts and expiry before and after")
  func history() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.addThreeCards()
    try box.succeed("touch", Sandbox.keepAlive, "--on", "2026-03-01")
    try box.succeed(
      "log", Sandbox.chinese, "--amount", "0.1 cny", "--via", "Alipay", "--method", "app")
    // The expiries set by `add` are entries too; these are the rest, newest first.
    let rows = try objects(try box.json("history")).filter { $0["type"] as? String != "expiry" }
    try #require(rows.count == 2)
    let renewal = rows[0]
    #expect(renewal["card"] as? String == Sandbox.chinese)
    #expect(renewal["date"] as? String == "2026-03-10")
    #expect(renewal["type"] as? String == "renewal")
    #expect(renewal["amount"] as? String == "0.10")
    #expect(renewal["currency"] as? String == "CNY")
    #expect(renewal["method"] as? String == "app")
    #expect(renewal["expiresBefore"] as? String == "2026-03-15")
    #expect(renewal["expiresAfter"] as? String == "2026-04-15")
    let activity = rows[1]
    #expect(activity["card"] as? String == Sandbox.keepAlive)
    #expect(activity["date"] as? String == "2026-03-01")
    #expect(activity["type"] as? String == "activity")
    let one = try objects(try box.json("history", "giffgaff"))
    #expect(one.count == 1)
    #expect(rows.allSatisfy { ($0["id"] as? String)?.count == 8 })
  }
}
