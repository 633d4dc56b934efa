import RenewKit
import Testing

/// A file renew accepts comes back from a write with nothing dropped: what it
/// would lose, it refuses.
@Suite struct AcceptedMeansKeptTests {
  private func decode(_ text: String) throws(StoreError) -> Document {
    try Store.decode(Array(text.utf8), path: "renew.json")
  }

  /// A document holding one card named 中国移动 with the given extra fields.
  private func oneCard(_ fields: String) -> String {
    #"{"version": 1, "cards": [{"name": "中国移动", "number": "+86 138 0013 8000", "#
      + #""added": "2026-01-01"\#(fields)}]}"#
  }

  @Test(
    "a key repeated in an escaped spelling is a repeated key",
    arguments: [
      (#"{"cards": [], "ca\u0072ds": []}"#, 15, "cards"),
      (#"{"lastChange": "a", "\u006castChange": "b"}"#, 21, "lastChange"),
      (#"{"a\/b": 1, "a/b": 2}"#, 13, "a/b"),
      (#"{"😀": 1, "\ud83d\ude00": 2}"#, 10, "😀"),
      (#"{"\u00e9": 1, "é": 2}"#, 15, "é"),
      (#"{"\t": 1, "\u0009": 2}"#, 11, "\t"),
    ])
  func escapedRepeatedKey(text: String, column: Int, key: String) {
    #expect(Refusal.of { try decode(text) } == .syntax(line: 1, column: column, .repeatedKey(key)))
  }

  @Test("a card's note given twice, once escaped, is refused where the second one is")
  func escapedRepeatedNote() {
    let text =
      "{\"cards\": [{\"name\": \"a\", \"number\": \"1\", \"added\": \"2026-01-01\",\n"
      + #"  "note": "kept", "no\u0074e": "lost"}]}"#
    #expect(Refusal.of { try decode(text) } == .syntax(line: 2, column: 19, .repeatedKey("note")))
  }

  @Test("keys that only look alike are different keys")
  func differentKeys() {
    // Not repeated, so not invalid JSON; unknown to renew, so refused by name.
    #expect(
      Refusal.of { try decode(#"{"a\u0062": 1, "a\u0062c": 2}"#) }
        == .data(card: nil, field: "ab", .unknownField))
  }

  @Test(
    "a renewal's field on an activity entry is refused, naming the card and the field",
    arguments: [
      (#""amount": "1.00", "currency": "USD""#, "amount", [.renewal, .balance, .topUp, .plan]),
      (#""currency": "USD""#, "currency", [.renewal, .balance, .topUp, .plan]),
      (#""method": "app""#, "method", [.renewal]),
      (#""via": "Alipay""#, "via", [.renewal, .topUp]),
      (#""receipt": "R-1""#, "receipt", [.renewal, .topUp]),
      (#""expiresBefore": "2026-02-30""#, "expiresBefore", [.renewal, .expiry]),
      (#""expiresAfter": "not a date""#, "expiresAfter", [.renewal]),
      (#""note": "call", "via": null"#, "via", [.renewal, .topUp]),
    ] as [(String, String, [EntryType])])
  func renewalFieldOnActivity(fields: String, field: String, owners: [EntryType]) {
    let history =
      #", "history": [{"type": "renewal", "date": "2026-01-02"}, "#
      + #"{"type": "activity", "date": "2026-01-03", \#(fields)}]"#
    #expect(
      Refusal.of { try decode(oneCard(history)) }
        == .data(card: "中国移动", field: "history[1].\(field)", .onlyOn(owners, found: .activity)))
  }

  @Test("a renewal's currency without an amount is refused, not dropped")
  func currencyWithoutAmount() {
    let text = oneCard(
      #", "history": [{"type": "renewal", "date": "2026-01-02", "currency": "USD"}]"#)
    #expect(
      Refusal.of { try decode(text) }
        == .data(card: "中国移动", field: "history[0].currency", .currencyWithoutAmount))
  }

  @Test(
    "a tag or method repeated in a card is refused rather than read once",
    arguments: [
      (#", "tags": ["bank", "travel", "bank"]"#, "tags", "bank"),
      (#", "tags": ["e\u0301", "é"]"#, "tags", "é"),
      (#", "methods": ["app", "sms", "app"]"#, "methods", "app"),
    ])
  func repeatedTagOrMethod(fields: String, field: String, value: String) {
    #expect(
      Refusal.of { try decode(oneCard(fields)) }
        == .data(card: "中国移动", field: field, .repeated(value)))
  }

  @Test(
    "every key of an accepted file is still there after a write",
    arguments: [
      #", "tags": ["bank", "Bank"], "methods": ["app", "sms"], "note": "n", "how": "h", "#
        + #""pay": "PayPal", "carrier": "CM", "country": "CN", "kind": "sim", "retired": true, "#
        + #""expires": "2026-05-31", "anchorDay": 31, "plan": {"period": "1m", "#
        + #""price": {"amount": "8", "currency": "CNY"}}, "keepAlive": "90d", "grace": "30d", "#
        + #""remind": 3, "autoRenew": true"#,
      #", "history": [{"type": "renewal", "date": "2026-01-02", "amount": "8", "#
        + #""currency": "CNY", "method": "app", "via": "Alipay", "receipt": "R", "note": "n", "#
        + #""expiresBefore": "2026-01-31", "expiresAfter": "2026-02-28"}, "#
        + #"{"type": "activity", "date": "2026-01-03", "note": "SMS"}]"#,
      #", "note": null, "history": [], "tags": [], "plan": {}, "retired": false"#,
    ])
  func keysKept(fields: String) throws {
    let bytes = Array(oneCard(fields).utf8)
    let document = try Store.decode(bytes, path: "renew.json")
    let written = try Store(path: "renew.json").encode(document)
    let before = try #require(JSONKeyPaths.paths(in: bytes))
    let after = try #require(JSONKeyPaths.paths(in: written))
    #expect(JSONKeyPaths.upgraded(before).subtracting(JSONKeyPaths.upgraded(after)) == [])
  }

  @Test("every key of the version 1 fixture is still there after a write")
  func fixtureKeysKept() throws {
    let bytes = try VersionOneFixtureTests.fixtureBytes()
    let written = try Store(path: "renew.json").encode(Store.decode(bytes, path: "renew.json"))
    let before = try #require(JSONKeyPaths.paths(in: bytes))
    let after = try #require(JSONKeyPaths.paths(in: written))
    #expect(JSONKeyPaths.upgraded(before).subtracting(JSONKeyPaths.upgraded(after)) == [])
  }
}
