import RenewKit
import Testing

/// A card-like struct, decoded as the model will be: a key table, typed reads, and
/// the reader's errors for unknown and missing keys.
private struct Card: Equatable {
  var name: String
  var tags: [String] = []
  var remind: Int?
  var isRetired = false
  var history: [Entry] = []

  struct Entry: Equatable {
    var date: String
    var via: String?

    enum Key: String, CaseIterable, Sendable { case date, via }
    static let keys = JSONKeyTable<Key>()

    init(reading reader: inout JSONReader) throws {
      var date: String?
      var via: String?
      let object = try reader.readObject(keys: Self.keys) { key, reader in
        switch key {
        case .date?: date = try reader.readString()
        case .via?: via = try reader.readOptionalString()
        case nil: throw reader.unknownKey()
        }
      }
      guard let date else { throw reader.error(.missingKey("date"), at: object.lowerBound) }
      self.date = date
      self.via = via
    }

    init(date: String, via: String? = nil) {
      self.date = date
      self.via = via
    }
  }

  enum Key: String, CaseIterable, Sendable { case name, tags, remind, retired, history }
  static let keys = JSONKeyTable<Key>()

  init(name: String) {
    self.name = name
  }

  init(reading reader: inout JSONReader) throws {
    var name: String?
    var card = Card(name: "")
    let object = try reader.readObject(keys: Self.keys) { key, reader in
      switch key {
      case .name?: name = try reader.readString()
      case .tags?: card.tags = try reader.readElements { try $0.readString() }
      case .remind?: card.remind = try reader.readOptionalInt()
      case .retired?: card.isRetired = try reader.readBool()
      case .history?: card.history = try reader.readElements(Entry.init(reading:))
      case nil: throw reader.unknownKey()
      }
    }
    guard let name else { throw reader.error(.missingKey("name"), at: object.lowerBound) }
    card.name = name
    self = card
  }

  static func cards(_ text: String) throws -> [Card] {
    try JSONReader.decode(Array(text.utf8)) { reader in
      var cards: [Card] = []
      try reader.readObject { key, reader in
        guard key == "cards" else { throw reader.unknownKey() }
        cards = try reader.readElements(Card.init(reading:))
      }
      return cards
    }
  }
}

@Suite struct JSONReaderDecodingTests {
  @Test("a document is decoded straight into the model")
  func decodesModel() throws {
    let text = """
      {"cards": [{"name": "中国移动", "tags": ["a", "b\\u0021"], "remind": 7.0, "retired": true,
        "history": [{"date": "2026-01-01", "via": "Alipay"}, {"via": null, "date": "2026-02-01"}]},
        {"name": "x", "remind": null}]}
      """
    var expected = Card(name: "中国移动")
    expected.tags = ["a", "b!"]
    expected.remind = 7
    expected.isRetired = true
    expected.history = [.init(date: "2026-01-01", via: "Alipay"), .init(date: "2026-02-01")]
    #expect(try Card.cards(text) == [expected, Card(name: "x")])
  }

  @Test(
    "decoding errors carry a typed reason, the place, and the path of the value",
    arguments: [
      (
        #"{"cards": [{"name": 5}]}"#, 1, 21, .typeMismatch(expected: .string, found: .number),
        "cards[0].name"
      ),
      (
        #"{"cards": [{"name": "a"}, {"name": "b", "history": [{"date": "d", "via": ["x"]}]}]}"#, 1,
        74,
        .typeMismatch(expected: .string, found: .array), "cards[1].history[0].via"
      ),
      (#"{"cards": [{"name": "a", "remind": 1.5}]}"#, 1, 36, .notAWholeNumber, "cards[0].remind"),
      (
        #"{"cards": [{"name": "a", "remind": 1e400}]}"#, 1, 36, .numberOutOfRange, "cards[0].remind"
      ),
      (#"{"cards": [{"name": "a", "esim": {}}]}"#, 1, 26, .unknownKey("esim"), "cards[0].esim"),
      (
        #"{"cards": [{"name": "a", "n\u0061me": "b"}]}"#, 1, 26, .repeatedKey("name"),
        "cards[0].name"
      ),
      ("{\"cards\": [\n  {\"tags\": []}]}", 2, 3, .missingKey("name"), "cards[0]"),
      (#"{"cards": {}}"#, 1, 11, .typeMismatch(expected: .array, found: .object), "cards"),
      (
        #"{"cards": [{"name": "a", "retired": null}]}"#, 1, 37,
        .typeMismatch(expected: .bool, found: .null), "cards[0].retired"
      ),
    ] as [(String, Int, Int, JSONError.Reason, String)])
  func decodingErrors(text: String, line: Int, column: Int, reason: JSONError.Reason, path: String)
  {
    let error = #expect(throws: JSONError.self) { try Card.cards(text) }
    #expect(error?.reason == reason)
    #expect(error?.line == line)
    #expect(error?.column == column)
    #expect(error?.path.description == path)
  }

  @Test("a syntax error anywhere is reported before a decoding error, as the file is not JSON")
  func syntaxFirst() {
    let text = #"{"cards": [{"name": 5}], "cards": [,]}"#
    let error = #expect(throws: JSONError.self) { try Card.cards(text) }
    #expect(error?.reason == .repeatedKey("cards"))
    #expect(error?.column == 26)
    let trailing = #expect(throws: JSONError.self) { try Card.cards(#"{"cards": 1} x"#) }
    #expect(trailing?.reason == .textAfterEnd)
  }

  @Test(
    "whole numbers are read by value, exactly, from their digits",
    arguments: [
      ("0", 0), ("-0", 0), ("1.0", 1), ("1e2", 100), ("10E-1", 1), ("0e400", 0), ("1E+2", 100),
      ("0.5e1", 5), ("123.4500e2", 12_345), ("100e-2", 1), ("0.000", 0), ("-12", -12),
      ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
      ("922337203685477580.7e1", Int.max), ("0.0000000000000000000000000001e28", 1),
    ])
  func wholeNumbers(text: String, value: Int) throws {
    #expect(try JSONReader.decode(Array(text.utf8)) { try $0.readInt() } == value)
  }

  @Test(
    "numbers that are not whole or do not fit are refused by reason",
    arguments: [
      ("1.5", .notAWholeNumber), ("1e-400", .notAWholeNumber), ("12e-1", .notAWholeNumber),
      ("-0.5", .notAWholeNumber), ("1e400", .numberOutOfRange),
      ("9223372036854775808", .numberOutOfRange),
      ("-9223372036854775809", .numberOutOfRange), ("1e99999999999999999999", .numberOutOfRange),
      ("100000000000000000000", .numberOutOfRange), ("1e19", .numberOutOfRange),
    ] as [(String, JSONError.Reason)])
  func numbersRefused(text: String, reason: JSONError.Reason) {
    let error = #expect(throws: JSONError.self) {
      try JSONReader.decode(Array("[\(text)]".utf8)) { try $0.readElements { try $0.readInt() } }
    }
    #expect(error?.reason == reason)
    #expect(error?.column == 2)
    #expect(error?.path.description == "[0]")
  }

  @Test("a read that finds another kind of value consumes nothing, so another read can follow")
  func mismatchConsumesNothing() throws {
    var reader = JSONReader(bytes: Array(#"  "text" "#.utf8))
    #expect(
      throws: JSONError(
        reason: .typeMismatch(expected: .number, found: .string),
        location: JSONLocation(line: 1, column: 3, offset: 2))
    ) { try reader.readInt() }
    #expect(try reader.readNull() == false)
    #expect(try reader.nextKind() == .string)
    #expect(try reader.readOptionalString() == "text")
    try reader.finish()
  }

  @Test("doubles, booleans and nulls")
  func otherScalars() throws {
    let values = try JSONReader.decode(Array("[1.5, -2e-3, true, false, null, 7]".utf8)) { reader in
      var values: [String] = []
      try reader.readArray { reader in
        switch try reader.nextKind() {
        case .number: values.append("\(try reader.readDouble())")
        case .bool: values.append("\(try reader.readBool())")
        default: values.append("\(try reader.readOptionalBool() as Bool?)")
        }
      }
      return values
    }
    #expect(values == ["1.5", "-0.002", "true", "false", "nil", "7.0"])
    #expect(
      throws: JSONError(
        reason: .numberOutOfRange,
        location: JSONLocation(line: 1, column: 1, offset: 0))
    ) {
      try JSONReader.decode(Array("-1e309".utf8)) { try $0.readDouble() }
    }
  }

  @Test("skipping a value checks it and returns exactly its bytes, at its depth")
  func skipping() throws {
    let text = #"{"a": [1, {"b": "\u0041"}], "c": {"d": null}}"#
    let bytes = Array(text.utf8)
    var ranges: [String: (String, Int)] = [:]
    _ = try JSONReader.decode(bytes) { reader in
      try reader.readObject { key, reader in
        let range = try reader.skipValue()
        ranges[key] = (String(decoding: bytes[range], as: UTF8.self), reader.depth)
      }
    }
    #expect(ranges["a"]?.0 == #"[1, {"b": "\u0041"}]"#)
    #expect(ranges["c"]?.0 == #"{"d": null}"#)
    #expect(ranges["a"]?.1 == 1)
    var unread = 0
    _ = try JSONReader.decode(bytes) { reader in try reader.readObject { _, _ in unread += 1 } }
    #expect(unread == 2)
  }
}
