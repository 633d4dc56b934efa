import RenewKit
import Testing

@Suite struct DocumentValidationTests {
  private func decode(_ text: String) throws(WordedError) -> Document {
    try decodeWorded(Array(text.utf8), path: "renew.json")
  }

  /// A document holding one card named 中国移动 with the given extra fields.
  private func oneCard(
    _ fields: String, number: String = #""number": "+86 138 0013 8000""#,
    added: String = #""added": "2026-01-01""#
  ) -> String {
    #"{"version": 1, "cards": [{"name": "中国移动", "# + number + ", " + added + fields + "}]}"
  }

  @Test(
    "a card with a field renew cannot accept is refused, naming the card, the field and why",
    arguments: [
      (#", "expires": "2026-02-30""#, "expires", "'2026-02-30' is not a date (YYYY-MM-DD)"),
      (#", "country": "USA""#, "country", "'USA' is not an ISO 3166 alpha-2 country code"),
      (#", "anchorDay": 32"#, "anchorDay", "32 is not a day of the month"),
      (#", "remind": 4000"#, "remind", "4000 is not a number of days from 0 to 3650"),
      (#", "remind": -1"#, "remind", "-1 is not a number of days from 0 to 3650"),
      (#", "keepAlive": "0d""#, "keepAlive", "'0d' is not a period (such as 30d, 2w, 1m, 1y)"),
      (#", "grace": "forever""#, "grace", "'forever' is not a period (such as 30d, 2w, 1m, 1y)"),
      (
        #", "plan": {"price": {"amount": "-5.00", "currency": "USD"}}"#, "plan.price",
        "'-5.00 USD' is not an amount of money"
      ),
      (#", "tags": "travel""#, "tags", "expected an array"),
      (#", "retired": "yes""#, "retired", "expected true or false"),
      (#", "remind": "7""#, "remind", "expected a whole number"),
      (#", "plan": []"#, "plan", "expected an object"),
    ])
  func invalidField(fields: String, field: String, reason: String) {
    #expect(
      throws: WordedError.card(path: "renew.json", card: "中国移动", field: field, reason: reason)
    ) { try decode(oneCard(fields)) }
  }

  @Test(
    "an unknown kind or method, or a bad history entry, is refused with its reason",
    arguments: [
      (#", "kind": "phone""#, "kind", "'phone' is not a kind (sim, esim or virtual)"),
      (#", "methods": ["online", "pigeon"]"#, "methods", "'pigeon' is not a renewal method"),
      (
        #", "history": [{"type": "renewal", "date": "2026-01-02", "method": "fax"}]"#,
        "history[0].method",
        "'fax' is not a renewal method"
      ),
      (
        #", "history": [{"type": "activity", "date": "2025-02-29"}]"#, "history[0].date",
        "'2025-02-29' is not a date (YYYY-MM-DD)"
      ),
      (
        #", "history": [{"type": "renewal", "date": "2026-01-02", "amount": "-1", "currency": "USD"}]"#,
        "history[0].amount", "'-1 USD' is not an amount of money"
      ),
      (#", "remind": 1e400"#, "remind", "1e400 is out of range or not a whole number"),
      (#", "remind": 2.5"#, "remind", "2.5 is out of range or not a whole number"),
      (
        #", "anchorDay": 99999999999999999999"#, "anchorDay",
        "99999999999999999999 is out of range or not a whole number"
      ),
    ])
  func invalidValue(fields: String, field: String, reason: String) {
    #expect(
      throws: WordedError.card(path: "renew.json", card: "中国移动", field: field, reason: reason)
    ) { try decode(oneCard(fields)) }
  }

  @Test(
    "a history entry of an unknown type, or a renewal amount without its currency, is refused",
    arguments: [
      (
        #", "history": [{"type": "topup", "date": "2026-01-02"}]"#, "history[0].type",
        "'topup' is not an entry type (renewal, activity, expiry, balance, top-up or plan-change)"
      ),
      (
        #", "history": [{"type": "renewal", "date": "2026-01-02", "amount": "1.00"}]"#,
        "history[0]", "'currency' is missing"
      ),
      (
        #", "history": [{"type": "plan-change", "date": "2026-01-02", "amount": "8", "#
          + #""currency": "CNY"}]"#,
        "history[0]", "'for' is missing"
      ),
      (
        #", "history": [{"type": "plan-change", "date": "2026-01-02", "amount": "8", "#
          + #""currency": "CNY", "for": "1m", "via": "Alipay"}]"#,
        "history[0].via",
        "only a renewal or a top-up has this field, and this entry is a plan change"
      ),
      (
        #", "history": [{"type": "plan-change", "date": "2026-01-02", "amount": "8", "#
          + #""currency": "CNY", "for": "3x"}]"#,
        "history[0].for", "'3x' is not a period (such as 30d, 2w, 1m, 1y)"
      ),
      (
        #", "history": [{"type": "plan-change", "date": "2026-01-02", "amount": "x", "#
          + #""currency": "CNY", "for": "1m"}]"#,
        "history[0].amount", "'x CNY' is not an amount of money"
      ),
      (
        #", "history": [{"type": "activity", "date": "2026-01-02", "id": "abcdefgi"}]"#,
        "history[0].id",
        "'abcdefgi' is not an id (eight digits and lower-case letters other than i, l, o and u)"
      ),
    ])
  func invalidHistory(fields: String, field: String, reason: String) {
    #expect(
      throws: WordedError.card(path: "renew.json", card: "中国移动", field: field, reason: reason)
    ) { try decode(oneCard(fields)) }
  }

  @Test(
    "a card without a usable number is refused",
    arguments: [
      (#""number": 5"#, "expected a string"), (#""number": "  ""#, "a card needs a number"),
      (#""number": null"#, "a card needs a number"), (#""kind": "sim""#, "a card needs a number"),
    ])
  func invalidNumber(number: String, reason: String) {
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: "中国移动", field: "number", reason: reason)
    ) { try decode(oneCard("", number: number)) }
  }

  @Test("a card without the day it was added is refused")
  func missingAdded() {
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: "中国移动", field: "added",
        reason: "a card needs the date it was added")
    ) { try decode(oneCard("", added: #""kind": "sim""#)) }
  }

  @Test(
    "a version too large or not whole names the version field",
    arguments: ["1e400", "99999999999999999999", "1.5"])
  func hugeVersion(number: String) {
    let reason = "field 'version': \(number) is out of range or not a whole number"
    #expect(throws: WordedError.document(path: "renew.json", reason: reason)) {
      try decode(#"{"version": \#(number)}"#)
    }
  }

  @Test(
    "two cards whose names differ only in case are refused, naming the second",
    arguments: [("Smart PH", "smart ph"), ("中国移动", "中国移动"), ("giffgaff", "GiffGaff")])
  func duplicateNames(first: String, second: String) {
    let text =
      #"{"cards": [{"name": "\#(first)", "number": "1", "added": "2026-01-01"}, "#
      + #"{"name": "\#(second)", "number": "2", "added": "2026-01-02"}]}"#
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: second, field: "name", reason: "another card has the same name")
    ) { try decode(text) }
  }

  @Test(
    "JSON that is not a renew document says which field is wrong",
    arguments: [
      (#"{"version": 0}"#, "field 'version': version 0 does not exist"),
      (#"{"version": "1"}"#, "field 'version': expected a whole number"),
      (#"{"cards": {}}"#, "field 'cards': expected an array"),
      (#"{"lastChange": 5}"#, "field 'lastChange': expected a string"),
      (
        #"{"cards": [{"number": "1", "added": "2026-01-01"}]}"#,
        "field 'cards[0]': 'name' is missing"
      ),
      ("[]", "expected an object"), (#""renew""#, "expected an object"),
    ])
  func invalidDocument(text: String, reason: String) {
    #expect(throws: WordedError.document(path: "renew.json", reason: reason)) {
      try decode(text)
    }
  }

  @Test("a card with a blank name is refused")
  func blankName() {
    #expect(
      throws: WordedError.card(
        path: "renew.json", card: "  ", field: "name", reason: "a card's name may not be empty")
    ) { try decode(#"{"cards": [{"name": "  ", "number": "1", "added": "2026-01-01"}]}"#) }
  }
}
