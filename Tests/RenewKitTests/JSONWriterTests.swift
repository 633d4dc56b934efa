import RenewKit
import Testing

/// The writer's style pinned as exact text: what Foundation's JSONEncoder writes.
@Suite struct JSONWriterTests {
  private func text(_ body: (inout JSONWriter) -> Void) -> String {
    var writer = JSONWriter()
    body(&writer)
    return String(decoding: writer.finish(), as: UTF8.self)
  }

  @Test("an object is two-space indented, `\"key\" : value`, one member per line, keys sorted")
  func objectStyle() {
    let written = text { writer in
      writer.writeObject { card in
        card.member("number", "+63 917 123 4567")
        card.member("autoRenew", false)
        card.memberArray("methods") { $0.append(contentsOf: ["app", "store"]) }
        card.member("anchorDay", 29)
        card.memberObject("plan") { plan in
          plan.member("period", "1y")
          plan.memberNull("price")
        }
        card.member("name", "Smart PH")
      }
    }
    #expect(
      written == """
        {
          "anchorDay" : 29,
          "autoRenew" : false,
          "methods" : [
            "app",
            "store"
          ],
          "name" : "Smart PH",
          "number" : "+63 917 123 4567",
          "plan" : {
            "period" : "1y",
            "price" : null
          }
        }

        """)
  }

  @Test("empty containers are written `{}` and `[]`, also nested")
  func emptyContainers() {
    #expect(text { $0.writeObject { _ in } } == "{}\n")
    #expect(text { $0.write([Int]()) } == "[]\n")
    let nested = text { writer in
      writer.writeObject { object in
        object.memberArray("cards") { _ in }
        object.memberObject("extra") { _ in }
        object.memberArray("lists") { $0.appendArray { _ in } }
      }
    }
    #expect(nested == "{\n  \"cards\" : [],\n  \"extra\" : {},\n  \"lists\" : [\n    []\n  ]\n}\n")
  }

  @Test(
    "strings are escaped as Foundation escapes them on Linux",
    arguments: [
      ("a\"b", #""a\"b""#), ("a\\b", #""a\\b""#), ("a/b", #""a/b""#), ("\n\r\t", #""\n\r\t""#),
      ("\u{8}\u{C}", #""\b\f""#), ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
      ("\u{1B}[0m", #""\u001b[0m""#), ("\u{7F}", "\"\u{7F}\""), ("中国移动 😀", "\"中国移动 😀\""),
      ("\u{2028}\u{FEFF}", "\"\u{2028}\u{FEFF}\""), ("[ ]", #""[ ]""#),
      ("e\u{301}", "\"e\u{301}\""),
    ])
  func escapes(text value: String, written: String) {
    #expect(text { $0.writeString(value) } == written + "\n")
  }

  @Test(
    "a character to escape is found at every place in a string, eight bytes at a time or not",
    arguments: ["\"", "\\", "\n", "\u{1}", "\u{1F}", "é", "\u{7F}", "😀", "/"])
  func escapesAtEveryPlace(special: String) throws {
    for place in 0..<24 {
      let value = String(repeating: "a", count: place) + special + String(repeating: "b", count: 20)
      #expect(JSONWriter.encode(value) == (try FoundationStyle.encode(value)), "at \(place)")
      let read = try JSONReader.decode(JSONWriter.encode(value)) { try $0.readString() }
      #expect(read == value, "at \(place)")
    }
  }

  @Test("whole numbers, including the extremes, booleans and null")
  func scalars() {
    #expect(
      text { $0.write([0, -1, 42, Int.max, Int.min]) } == """
        [
          0,
          -1,
          42,
          9223372036854775807,
          -9223372036854775808
        ]

        """)
    #expect(text { $0.write([true, false]) } == "[\n  true,\n  false\n]\n")
    #expect(text { $0.write([nil, "x"] as [String?]) } == "[\n  null,\n  \"x\"\n]\n")
  }

  @Test("keys sort by their text, escapes decoded, in UTF-8 byte order")
  func keyOrder() {
    let written = text { writer in
      writer.writeObject { object in
        for key in ["b", "a\"", "a", "B", "中", "é", "a\u{1}", "aa", "A"] { object.member(key, 1) }
      }
    }
    let keys = written.split(separator: "\n").dropFirst().dropLast().map {
      String($0.prefix { $0 != ":" }.dropFirst(2).dropLast())
    }
    #expect(
      keys == [
        #""A""#, #""B""#, #""a""#, #""a\u0001""#, #""a\"""#, #""aa""#, #""b""#,
        "\"é\"", "\"中\"",
      ])
  }

  @Test("a key given twice keeps its last value, as with JSONEncoder")
  func repeatedKey() {
    let written = text { writer in
      writer.writeObject { object in
        object.member("b", 1)
        object.member("a", 1)
        object.member("b", 2)
      }
    }
    #expect(written == "{\n  \"a\" : 1,\n  \"b\" : 2\n}\n")
  }

  @Test("members left out when absent, and written as null when asked")
  func optionalMembers() {
    let none: String? = nil
    let written = text { writer in
      writer.writeObject { object in
        object.member("absent", ifPresent: none)
        object.member("present", ifPresent: "x" as String?)
        object.member("null", none)
      }
    }
    #expect(written == "{\n  \"null\" : null,\n  \"present\" : \"x\"\n}\n")
  }

  @Test("the version 1 fixture, read and written again, comes back byte for byte")
  func fixtureRoundTrip() throws {
    let bytes = try VersionOneFixtureTests.fixtureBytes()
    let value = try JSONReader.decode(bytes, JSONTestValue.read)
    #expect(JSONWriter.encode(value) == bytes)
  }

  @Test(
    "a value's bytes cut out by the reader are spliced in as they are, or re-indented",
    arguments: [0, 1, 2, 3])
  func splicing(sourceDepth: Int) throws {
    let card: (inout JSONWriter) -> Void = { writer in
      writer.writeObject { card in
        card.member("name", "a\nb  c")
        card.memberArray("tags") { $0.append(contentsOf: ["x", "  y"]) }
        card.memberObject("plan") { $0.member("period", "1m") }
        card.memberArray("history") { $0.appendObject { $0.member("date", "2026-01-01") } }
      }
    }
    let source = JSONWriter.encode(Nested(levels: sourceDepth, body: card))
    var reader = JSONReader(bytes: source)
    var cut = 0..<0
    var depth = -1
    try Nested.descend(&reader, levels: sourceDepth) { reader in
      cut = try reader.skipValue()
      depth = reader.depth
    }
    #expect(depth == sourceDepth)
    for target in 0..<4 {
      let direct = JSONWriter.encode(Nested(levels: target, body: card))
      let spliced = JSONWriter.encode(
        Nested(levels: target) { $0.writeEncoded(source[cut], depth: depth) })
      #expect(spliced == direct, "from depth \(sourceDepth) to \(target)")
    }
    var member = JSONWriter()
    member.writeObject { $0.member("card", encoded: source[cut], depth: depth) }
    var memberDirect = JSONWriter()
    memberDirect.writeObject { object in object.member("card", Nested(levels: 0, body: card)) }
    #expect(member.finish() == memberDirect.finish())
  }
}

/// A value written by `body` inside `levels` arrays, each holding only the next.
private struct Nested: JSONWritable {
  var levels: Int
  var body: (inout JSONWriter) -> Void

  func write(to writer: inout JSONWriter) {
    guard levels > 0 else { return body(&writer) }
    writer.writeArray { $0.append(Nested(levels: levels - 1, body: body)) }
  }

  /// Reads down `levels` arrays and calls `body` with the reader on the value there.
  static func descend(
    _ reader: inout JSONReader, levels: Int, _ body: (inout JSONReader) throws -> Void
  ) throws {
    guard levels > 0 else { return try body(&reader) }
    try reader.readArray { try descend(&$0, levels: levels - 1, body) }
  }
}
