import RenewKit
import Testing

/// Text in the data file follows the command line's rules: one line of visible
/// characters, within the length limits, checked in every string field of a card
/// and of its history entries.
@Suite struct DocumentTextTests {
  private func decode(_ text: String) throws(WordedError) -> Document {
    try decodeWorded(Array(text.utf8), path: "renew.json")
  }

  /// A document holding one card named `name` with the given extra fields.
  private func oneCard(_ fields: String, name: String = "中国移动") -> String {
    #"{"version": 1, "cards": [{"name": "\#(name)", "number": "+86 138 0013 8000", "#
      + #""added": "2026-01-01"\#(fields)}]}"#
  }

  private static let oneLine = "; text must be one line of visible characters"

  @Test(
    "a control, format or separator character in any string field is refused, naming it",
    arguments: [
      (#", "carrier": "China\u2028Mobile""#, "carrier", "U+2028 (LINE SEPARATOR)"),
      (#", "note": "a\nb""#, "note", "U+000A (LINE FEED)"),
      (#", "how": "send\t101""#, "how", "U+0009 (CHARACTER TABULATION)"),
      (#", "pay": "Pay\u200bPal""#, "pay", "U+200B (ZERO WIDTH SPACE)"),
      (#", "tags": ["ok", "a\u202Eb"]"#, "tags[1]", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
      (
        #", "history": [{"type": "activity", "date": "2026-01-02", "note": "x\u2069"}]"#,
        "history[0].note", "U+2069 (POP DIRECTIONAL ISOLATE)"
      ),
      (
        #", "history": [{"type": "renewal", "date": "2026-01-02"}, "#
          + #"{"type": "renewal", "date": "2026-01-03", "via": "\u001b[31mAlipay"}]"#,
        "history[1].via", "U+001B (ESCAPE)"
      ),
      (
        #", "history": [{"type": "renewal", "date": "2026-01-02", "receipt": "r\u00ad1"}]"#,
        "history[0].receipt", "U+00AD (SOFT HYPHEN)"
      ),
    ])
  func forbiddenCharacter(fields: String, field: String, codePoint: String) {
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: "中国移动", field: field,
        reason: "contains \(codePoint)" + Self.oneLine)
    ) { try decode(oneCard(fields)) }
  }

  @Test(
    "a name or number with such a character is refused, naming the card as it is",
    arguments: [
      (#"a\u2028b"#, "a\u{2028}b", "name", "U+2028 (LINE SEPARATOR)"),
      (#"a\ufeff"#, "a\u{FEFF}", "name", "U+FEFF (ZERO WIDTH NO-BREAK SPACE)"),
      (#"a\u0000"#, "a\u{0}", "name", "U+0000 (NULL)"),
    ])
  func forbiddenInName(escaped: String, name: String, field: String, codePoint: String) {
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: name, field: field, reason: "contains \(codePoint)" + Self.oneLine
      )
    ) { try decode(oneCard("", name: escaped)) }
  }

  @Test("a number with such a character is refused")
  func forbiddenInNumber() {
    let text =
      #"{"cards": [{"name": "a", "number": "+1\u200d555", "added": "2026-01-01"}]}"#
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: "a", field: "number",
        reason: "contains U+200D (ZERO WIDTH JOINER)" + Self.oneLine)
    ) { try decode(text) }
  }

  @Test(
    "a field longer than its limit is refused, naming the card, the field and the limit",
    arguments: [
      ("carrier", 201, 200), ("number", 201, 200), ("pay", 201, 200), ("note", 2001, 2000),
      ("how", 2001, 2000),
    ])
  func tooLong(field: String, count: Int, limit: Int) {
    var fields = ["name": "a", "number": "1", "added": "2026-01-01"]
    fields[field] = String(repeating: "9", count: count)
    let card = fields.map { #""\#($0.key)": "\#($0.value)""# }.joined(separator: ", ")
    let text = #"{"cards": [{\#(card)}]}"#
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: "a", field: field, reason: "longer than \(limit) characters")
    ) { try decode(text) }
  }

  @Test("a tag or history text over its limit is refused, naming where it is")
  func tooLongInside() {
    let long = String(repeating: "标", count: 201)
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: "中国移动", field: "tags[0]", reason: "longer than 200 characters")
    ) { try decode(oneCard(#", "tags": ["\#(long)"]"#)) }
    let history =
      #", "history": [{"type": "renewal", "date": "2026-01-02", "receipt": "\#(long)"}]"#
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: "中国移动", field: "history[0].receipt",
        reason: "longer than 200 characters")
    ) { try decode(oneCard(history)) }
    let note = String(repeating: "x", count: 2001)
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: "中国移动", field: "history[0].note",
        reason: "longer than 2000 characters")
    ) {
      try decode(
        oneCard(#", "history": [{"type": "activity", "date": "2026-01-02", "note": "\#(note)"}]"#))
    }
  }

  @Test("a name over the limit is refused, and the card is named by its first 40 characters")
  func tooLongName() {
    let name = String(repeating: "名", count: 500_000)
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: String(repeating: "名", count: 40) + "…", field: "name",
        reason: "longer than 200 characters")
    ) { try decode(oneCard("", name: name)) }
  }

  @Test("text at its limit is read, whatever its size in bytes")
  func atLimit() throws {
    let name = String(repeating: "名", count: 200)
    let note = String(repeating: "🇵🇭", count: 2000)
    let document = try decode(oneCard(#", "note": "\#(note)""#, name: name))
    #expect(document.cards.first?.name == name)
    #expect(document.cards.first?.note == note)
  }

  @Test("visible text in any script is read as it is")
  func visibleText() throws {
    let document = try decode(
      oneCard(
        #", "note": "Cafe\u0301 🇵🇭 مرحبا", "tags": ["中文"], "#
          + #""history": [{"type": "renewal", "date": "2026-01-02", "via": "支付宝"}]"#))
    #expect(document.cards.first?.note == "Cafe\u{301} 🇵🇭 مرحبا")
  }
}
