import Foundation
import Testing

/// `--json` output, read back as a script would read it.
@Suite("JSON output")
struct JSONOutputTests {
  /// A JSON value as comparable text: strings quoted, `null` spelt out, so that a
  /// missing key (absent from the dictionary) and a `null` can never be confused.
  static func canonical(_ value: Any) -> String {
    switch value {
    case is NSNull: return "null"
    case let text as String: return "\"\(text)\""
    case let number as NSNumber:
      // A JSON true or false comes back as a number whose type code is `c`.
      let isBool = String(cString: number.objCType) == "c"
      return isBool ? (number.boolValue ? "true" : "false") : number.stringValue
    case let array as [Any]: return "[" + array.map(canonical).joined(separator: ",") + "]"
    default: return "\(value)"
    }
  }

  /// `object` as key → canonical text.
  static func canonical(object: [String: Any]) -> [String: String] {
    object.mapValues { canonical($0) }
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

  @Test("status --json has every contracted key, typed, soonest first")
  func status() throws {
    let result = sandbox.run(["status", "--json"])
    #expect(result.code == 0)
    for object in try objects(result.stdout) {
      #expect(Self.statusKeys.isSubset(of: object.keys), "\(object.keys.sorted())")
    }
    let rows = try objects(result.stdout).map(Self.canonical(object:))
    try #require(rows.count == 5)
    #expect(
      rows.map { $0["name"] }
        == ["giffgaff", "中国移动", "Smart Bro", "Smart PH", "Google Voice"].map { "\"\($0)\"" })
    let expected: [String: String] = [
      "name": "\"中国移动\"", "number": "\"+86 138 0013 8000\"", "carrier": "\"China Mobile\"",
      "country": "\"CN\"", "kind": "\"sim\"", "due": "\"2026-03-05\"", "daysLeft": "4",
      "state": "\"soon\"", "autoRenew": "false", "methods": "[\"app\"]",
    ]
    #expect(rows[1].filter { expected.keys.contains($0.key) } == expected)
    #expect(rows[0]["state"] == "\"lapsed\"")
    #expect(rows[0]["daysLeft"] == "-93")
    #expect(rows[0]["autoRenew"] == "true")
    #expect(rows[0]["methods"] == "[\"online\"]")
    let clockless: [String: String] = [
      "name": "\"Google Voice\"", "number": "\"+1 555 0100\"", "carrier": "null", "country": "null",
      "kind": "\"virtual\"", "due": "null", "daysLeft": "null", "state": "\"unknown\"",
      "autoRenew": "false", "methods": "[]",
    ]
    #expect(rows[4].filter { clockless.keys.contains($0.key) } == clockless)
    let unknown = try #require(try objects(result.stdout).last)
    #expect(unknown["due"] is NSNull)
    #expect(unknown["daysLeft"] is NSNull)
  }

  @Test("check --json lists only the cards needing attention, and [] when none do")
  func check() throws {
    let due = sandbox.run(["check", "--json"])
    #expect(due.code == 1)
    let rows = try objects(due.stdout).map(Self.canonical(object:))
    #expect(rows.map { $0["name"] } == ["\"giffgaff\"", "\"中国移动\""])
    #expect(rows.map { $0["state"] } == ["\"lapsed\"", "\"soon\""])
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
      ["log", "中国移动", "--amount", "0.10 usd", "--method", "sms"],
      ["log", "Smart PH", "--amount", "USD 0.125", "--for", "1m"],
      ["touch", "giffgaff", "--note", "call"],
    ]
    for step in steps { #expect(sandbox.run(step).code == 0, "\(step)") }
    let result = sandbox.run(["history", "--json"])
    #expect(result.code == 0)
    // Without the expiries `add` set, and without the random ids.
    let rows = try objects(result.stdout).filter { $0["type"] as? String != "expiry" }
      .map(Self.canonical(object:)).map { $0.filter { $0.key != "id" } }
    let absent = [
      "amount", "currency", "method", "via", "receipt", "expiresBefore", "expiresAfter", "note",
      "for", "until", "expires", "anchorDay",
    ]
    func row(_ values: [String: String]) -> [String: String] {
      Dictionary(uniqueKeysWithValues: absent.map { ($0, "null") }).merging(values) { $1 }
    }
    #expect(
      rows == [
        row([
          "card": "\"giffgaff\"", "date": "\"2026-03-01\"", "type": "\"activity\"",
          "note": "\"call\"",
        ]),
        row([
          "card": "\"Smart PH\"", "date": "\"2026-03-01\"", "type": "\"renewal\"",
          "amount": "\"0.125\"", "currency": "\"USD\"", "expiresBefore": "\"2026-12-31\"",
          "expiresAfter": "\"2027-01-31\"", "for": "\"1m\"",
        ]),
        row([
          "card": "\"中国移动\"", "date": "\"2026-03-01\"", "type": "\"renewal\"",
          "amount": "\"0.10\"", "currency": "\"USD\"", "method": "\"sms\"",
          "expiresBefore": "\"2026-03-05\"", "expiresAfter": "\"2026-04-05\"", "for": "\"1m\"",
        ]),
      ])
    let one = try objects(sandbox.run(["history", "giff", "--json"]).stdout)
    #expect(one.map { $0["card"] as? String } == ["giffgaff"])
  }

  @Test("show --json is the card's fields with due, daysLeft and state")
  func show() throws {
    let result = sandbox.run(["show", "smart ph", "--json"])
    #expect(result.code == 0)
    let object = try parseJSON(result.stdout, as: [String: Any].self)
    #expect(object["name"] as? String == "Smart PH")
    #expect(object["number"] as? String == "+63 917 123 4567")
    #expect(object["country"] as? String == "PH")
    #expect(object["kind"] as? String == "esim")
    let clock = try #require(object["clock"] as? [String: Any])
    #expect(clock["expires"] as? String == "2026-12-31")
    #expect(clock["anchorDay"] as? Int == 31)
    #expect((object["id"] as? String)?.count == 8)
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
