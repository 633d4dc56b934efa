import Foundation
import Testing

/// What a user types comes back byte for byte: through the data file, `show`,
/// `show --json` and `history --json`.
@Suite("Typed text round trip")
struct TypedTextTests {
  static let tricky: [String] = [
    "tick [ ] box { } here",
    "[\\n  ]",
    "{ }",
    "[\n]".replacingOccurrences(of: "\n", with: "\\n"),
    "say \"hi\" to [  ]",
    "back\\slash \\\\ and \\\" mixed",
    "\\u0041 is not A, \\u005B not [",
    "emoji 📱🇵🇭☎️ and 1️⃣",
    "中国移动 充值 [ ] { }",
    "{\"card\" : [ ], \"plan\" : { }}",
    "a/b//c <http://example.com/x?y=[1]>",
  ]

  /// The value of `key` in every object of `objects`.
  func values(_ key: String, in objects: [[String: Any]]) -> [String?] {
    objects.map { $0[key] as? String }
  }

  @Test("a note, --how, --via and --receipt come back exactly", arguments: tricky)
  func roundTrip(_ text: String) throws {
    let sandbox = try Sandbox()
    let added = sandbox.run([
      "add", "card", "--number", "1", "--expires", "2026-04-01", "--period", "1m", "--note", text,
      "--how", text,
    ])
    try #require(added.code == 0, "\(added.stderr)")
    let logged = sandbox.run(["log", "card", "--note", text, "--via", text, "--receipt", text])
    try #require(logged.code == 0, "\(logged.stderr)")

    let file = try #require(sandbox.bytes())
    let document = try #require(try JSONSerialization.jsonObject(with: file) as? [String: Any])
    let card = try #require((document["cards"] as? [[String: Any]])?.first)
    #expect(card["note"] as? String == text)
    #expect(card["how"] as? String == text)
    let entry = try #require(
      (card["history"] as? [[String: Any]])?.first { $0["type"] as? String == "renewal" })
    #expect(values("note", in: [entry]) == [text])
    #expect(values("via", in: [entry]) == [text])
    #expect(values("receipt", in: [entry]) == [text])

    let shown = sandbox.run(["show", "card", "--json"])
    let object = try parseJSON(shown.stdout, as: [String: Any].self)
    #expect(object["note"] as? String == text)
    #expect(object["how"] as? String == text)

    let history = sandbox.run(["history", "--json"])
    let rows = try parseJSON(history.stdout, as: [[String: Any]].self)
    let renewals = rows.filter { $0["type"] as? String == "renewal" }
    #expect(values("note", in: renewals) == [text])
    #expect(values("receipt", in: renewals) == [text])

    let plain = sandbox.run(["show", "card"])
    #expect(plain.stdout.contains("  note     \(text)\n"))
  }
}
