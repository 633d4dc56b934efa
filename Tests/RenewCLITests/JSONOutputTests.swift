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
    let added = sandbox.run(["add", "Google Voice", "--number", "+1 555 0100", "--kind", "virtual"])
    #expect(added.code == 0)
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
    let steps = [
      ["log", "中国移动", "--amount", "0.10 usd", "--method", "sms", "--on", "2026-02-27"],
      ["log", "Smart PH", "--amount", "USD 0.125", "--for", "1m"],
      ["touch", "giffgaff", "--note", "call"],
    ]
    for step in steps { #expect(sandbox.run(step).code == 0, "\(step)") }
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

  /// Every key of a `status --json` or `check --json` row, present even when `null`.
  static let allStatusKeys: Set = [
    "autoRenew", "carrier", "country", "daysLeft", "due", "expires", "graceEnd", "how", "kind",
    "keepAliveUntil", "methods", "name", "number", "pay", "plan", "remind", "retired", "state",
    "tags",
  ]

  /// Every key of a `history --json` row, for renewals and activity alike.
  static let allHistoryKeys: Set = [
    "amount", "card", "currency", "date", "expiresAfter", "expiresBefore", "method", "note",
    "receipt", "type", "via",
  ]

  @Test("status and check --json give the same keys for every row, with grace, remind and plan")
  func statusKeySets() throws {
    for arguments in [["status", "--json"], ["check", "--json"], ["status", "--all", "--json"]] {
      for object in try objects(sandbox.run(arguments).stdout) {
        #expect(Set(object.keys) == Self.allStatusKeys, "\(arguments): \(object.keys.sorted())")
      }
    }
    let rows = try objects(sandbox.run(["status", "--json"]).stdout)
    let giffgaff = try #require(rows.first { $0["name"] as? String == "giffgaff" })
    #expect(giffgaff["graceEnd"] as? String == "2025-12-28")
    #expect(giffgaff["remind"] as? Int == 7)
    #expect(giffgaff["plan"] is NSNull)
    #expect(giffgaff["pay"] as? String == "PayPal")
    let smart = try #require(rows.first { $0["name"] as? String == "Smart PH" })
    #expect(smart["graceEnd"] is NSNull)
    let plan = try #require(smart["plan"] as? [String: Any])
    #expect(Set(plan.keys) == ["period", "price"])
    #expect(plan["period"] as? String == "1y")
    #expect(plan["price"] as? [String: String] == ["amount": "300.00", "currency": "PHP"])
    #expect(sandbox.run(["edit", "smart ph", "--clear", "period", "--remind", "30"]).code == 0)
    let edited = try objects(sandbox.run(["status", "--json"]).stdout)
    let cleared = try #require(edited.first { $0["name"] as? String == "Smart PH" })
    let pricedOnly = try #require(cleared["plan"] as? [String: Any])
    #expect(pricedOnly["period"] is NSNull)
    #expect(cleared["remind"] as? Int == 30)
  }

  @Test("history --json gives every key for every entry, null where absent")
  func historyKeySets() throws {
    #expect(sandbox.run(["touch", "giffgaff"]).code == 0)
    #expect(sandbox.run(["log", "中国移动", "--receipt", "R1"]).code == 0)
    let rows = try objects(sandbox.run(["history", "--json"]).stdout)
    try #require(rows.count == 2)
    for row in rows {
      #expect(Set(row.keys) == Self.allHistoryKeys, "\(row.keys.sorted())")
    }
    let activity = try #require(rows.first { $0["type"] as? String == "activity" })
    for key in ["amount", "currency", "method", "via", "receipt", "expiresBefore", "expiresAfter"] {
      #expect(activity[key] is NSNull, "\(key)")
    }
    let renewal = try #require(rows.first { $0["type"] as? String == "renewal" })
    #expect(renewal["receipt"] as? String == "R1")
    #expect(renewal["via"] is NSNull)
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
    #expect(sandbox.run(["retire", "giffgaff"]).code == 0)
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
