import Foundation
import Testing

/// `--json` output, read back as a script would read it.
@Suite("JSON output")
struct JSONOutputTests {
  /// A row of `status --json` and `check --json`, typed as the contract says.
  struct StatusRow: Decodable, Equatable {
    var name: String
    var number: String
    var carrier: String?
    var country: String?
    var kind: String?
    var due: String?
    var daysLeft: Int?
    var state: String?
    var autoRenew: Bool
    var methods: [String]
  }

  /// A row of `history --json`.
  struct HistoryRow: Decodable, Equatable {
    var card: String
    var date: String
    var type: String
    var amount: String?
    var currency: String?
    var method: String?
    var expiresBefore: String?
    var expiresAfter: String?
    var note: String?
  }

  static let statusKeys: Set = [
    "name", "number", "carrier", "country", "kind", "due", "daysLeft", "state", "autoRenew",
    "methods",
  ]

  let sandbox: Sandbox

  init() throws {
    sandbox = try Sandbox()
    sandbox.seed()
    _ = sandbox.run(["add", "Google Voice", "--number", "+1 555 0100", "--kind", "virtual"])
  }

  /// The top-level objects of `text`, which must be a JSON array of objects.
  func objects(_ text: String) throws -> [[String: Any]] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? [[String: Any]])
  }

  func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }

  @Test("status --json has every contracted key, typed, soonest first")
  func status() throws {
    let result = sandbox.run(["status", "--json"])
    #expect(result.code == 0)
    for object in try objects(result.stdout) {
      #expect(Self.statusKeys.isSubset(of: object.keys), "\(object.keys.sorted())")
    }
    let rows = try decode([StatusRow].self, result.stdout)
    try #require(rows.count == 5)
    #expect(rows.map(\.name) == ["giffgaff", "中国移动", "Smart Bro", "Smart PH", "Google Voice"])
    #expect(
      rows[1]
        == StatusRow(
          name: "中国移动", number: "+86 138 0013 8000", carrier: "China Mobile", country: "CN",
          kind: "sim", due: "2026-03-05", daysLeft: 4, state: "soon", autoRenew: false,
          methods: ["app"]))
    #expect(rows[0].state == "lapsed")
    #expect(rows[0].daysLeft == -93)
    #expect(rows[0].autoRenew)
    #expect(rows[0].methods == ["online"])
    #expect(
      rows[4]
        == StatusRow(
          name: "Google Voice", number: "+1 555 0100", carrier: nil, country: nil, kind: "virtual",
          due: nil, daysLeft: nil, state: "unknown", autoRenew: false, methods: []))
    let unknown = try #require(try objects(result.stdout).last)
    #expect(unknown["due"] is NSNull)
    #expect(unknown["daysLeft"] is NSNull)
  }

  @Test("check --json lists only the cards needing attention, and [] when none do")
  func check() throws {
    let due = sandbox.run(["check", "--json"])
    #expect(due.code == 1)
    let rows = try decode([StatusRow].self, due.stdout)
    #expect(rows.map(\.name) == ["giffgaff", "中国移动"])
    #expect(rows.map(\.state) == ["lapsed", "soon"])
    for object in try objects(due.stdout) {
      #expect(Self.statusKeys.isSubset(of: object.keys))
    }
    let quiet = sandbox.run(["check", "--json", "--today", "2025-07-01"])
    #expect(quiet.code == 0)
    #expect(quiet.stdout == "[]\n")
  }

  @Test("history --json gives exact decimal amounts as strings, with the expiry moves")
  func history() throws {
    _ = sandbox.run([
      "log", "中国移动", "--amount", "0.10 usd", "--method", "sms", "--on", "2026-02-27",
    ])
    _ = sandbox.run(["log", "Smart PH", "--amount", "USD 0.125", "--for", "1m"])
    _ = sandbox.run(["touch", "giffgaff", "--note", "call"])
    let result = sandbox.run(["history", "--json"])
    #expect(result.code == 0)
    let rows = try decode([HistoryRow].self, result.stdout)
    #expect(
      rows == [
        HistoryRow(card: "giffgaff", date: "2026-03-01", type: "activity", note: "call"),
        HistoryRow(
          card: "Smart PH", date: "2026-03-01", type: "renewal", amount: "0.125", currency: "USD",
          expiresBefore: "2026-12-31", expiresAfter: "2027-01-31"),
        HistoryRow(
          card: "中国移动", date: "2026-02-27", type: "renewal", amount: "0.10", currency: "USD",
          method: "sms", expiresBefore: "2026-03-05", expiresAfter: "2026-04-05"),
      ])
    let objects = try objects(result.stdout)
    try #require(objects.count == 3)
    let renewalKeys: Set = [
      "card", "date", "type", "amount", "currency", "method", "expiresBefore", "expiresAfter",
    ]
    #expect(renewalKeys.isSubset(of: objects[1].keys))
    #expect(objects[1]["amount"] is String)
    let one = try decode([HistoryRow].self, sandbox.run(["history", "giff", "--json"]).stdout)
    #expect(one.map(\.card) == ["giffgaff"])
  }

  @Test("show --json is the card's fields with due, daysLeft and state")
  func show() throws {
    let result = sandbox.run(["show", "smart ph", "--json"])
    #expect(result.code == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["name"] as? String == "Smart PH")
    #expect(object["number"] as? String == "+63 917 123 4567")
    #expect(object["country"] as? String == "PH")
    #expect(object["kind"] as? String == "esim")
    #expect(object["expires"] as? String == "2026-12-31")
    #expect(object["tags"] as? [String] == ["bank"])
    #expect(object["due"] as? String == "2026-12-31")
    #expect(object["daysLeft"] as? Int == 305)
    #expect(object["state"] as? String == "ok")
    let plan = try #require(object["plan"] as? [String: Any])
    #expect(plan["period"] as? String == "1y")
    let price = try #require(plan["price"] as? [String: Any])
    #expect(price["amount"] as? String == "300.00")
    #expect(price["currency"] as? String == "PHP")
  }

  @Test("list --json has every card, a retired one with no state")
  func list() throws {
    _ = sandbox.run(["retire", "giffgaff"])
    let objects = try objects(sandbox.run(["list", "--json"]).stdout)
    #expect(objects.compactMap { $0["name"] as? String }.count == 5)
    let retired = try #require(objects.first { $0["name"] as? String == "giffgaff" })
    #expect(retired["retired"] as? Bool == true)
    #expect(retired["state"] is NSNull)
  }

  @Test(
    "every --json output is one JSON document ending in a newline",
    arguments: [
      ["status", "--json"], ["--json", "check"], ["list", "--json"],
      ["show", "giffgaff", "--json"],
      ["history", "--json"], ["--json"],
    ])
  func wellFormed(_ arguments: [String]) throws {
    let result = sandbox.run(arguments)
    #expect(result.stdout.hasSuffix("}\n") || result.stdout.hasSuffix("]\n"))
    _ = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
  }
}
