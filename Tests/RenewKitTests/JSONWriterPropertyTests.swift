import RenewKit
import TestSupport
import Testing

/// The writer against today's `FoundationStyle.encode` (JSONEncoder), byte for byte, on
/// random values: the style of the data file must not change when the writer does.
@Suite struct JSONWriterPropertyTests {
  @Test("random nested values are written exactly as Foundation writes them")
  func randomValues() throws {
    var generator = JSONValueGenerator(seed: 0x0057_7E1E)
    generator.allowsFractions = false
    for round in 0..<2_000 {
      let value = generator.value()
      let expected = try FoundationStyle.encode(value)
      let written = JSONWriter.encode(value)
      try #require(
        written == expected,
        """
        round \(round):
        \(String(decoding: written, as: UTF8.self))
        expected:
        \(String(decoding: expected, as: UTF8.self))
        """)
    }
  }

  /// A Codable struct shaped like a card, written both ways.
  private struct Sample: Encodable, JSONWritable {
    var name: String
    var count: Int
    var isRetired: Bool
    var note: String?
    var tags: [String]
    var plan: [String: [Int]]
    var history: [Entry]

    struct Entry: Encodable, JSONWritable {
      var date: String
      var via: String?

      func write(to writer: inout JSONWriter) {
        writer.writeObject { entry in
          entry.member("via", ifPresent: via)
          entry.member("date", date)
        }
      }
    }

    private enum CodingKeys: String, CodingKey {
      case name, count
      case isRetired = "retired"
      case note, tags, plan, history
    }

    func write(to writer: inout JSONWriter) {
      writer.writeObject { sample in
        sample.member("tags", tags)
        sample.member("note", ifPresent: note)
        sample.member("retired", isRetired)
        sample.member("name", name)
        sample.memberObject("plan") { object in
          for (key, values) in plan { object.member(key, values) }
        }
        sample.member("count", count)
        sample.member("history", history)
      }
    }
  }

  @Test("random Codable structs with optional, nested and empty members match Foundation")
  func randomStructs() throws {
    var generator = JSONValueGenerator(seed: 0x5717)
    var random = SplitMix64(seed: 0x5717)
    for round in 0..<1_000 {
      var plan: [String: [Int]] = [:]
      for _ in 0..<Int.random(in: 0...3, using: &random) {
        plan[generator.string()] = (0..<Int.random(in: 0...2, using: &random)).map { _ in
          generator.int()
        }
      }
      let sample = Sample(
        name: generator.string(), count: generator.int(), isRetired: Bool.random(using: &random),
        note: Bool.random(using: &random) ? generator.string() : nil,
        tags: (0..<Int.random(in: 0...3, using: &random)).map { _ in generator.string() },
        plan: plan,
        history: (0..<Int.random(in: 0...3, using: &random)).map { _ in
          Sample.Entry(
            date: generator.string(), via: Bool.random(using: &random) ? generator.string() : nil)
        })
      let expected = try FoundationStyle.encode(sample)
      try #require(JSONWriter.encode(sample) == expected, "round \(round)")
    }
  }

  @Test("what the writer writes, the reader reads back as the same value")
  func readsBack() throws {
    var generator = JSONValueGenerator(seed: 0xBAC4)
    generator.allowsFractions = false
    for round in 0..<1_000 {
      let value = generator.value()
      let read = try JSONReader.decode(JSONWriter.encode(value), JSONTestValue.read)
      try #require(read == value, "round \(round)")
    }
  }
}
