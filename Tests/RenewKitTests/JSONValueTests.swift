import Foundation
import RenewKit
import TestSupport
import Testing

/// A JSON value as the JSON tests build, write, read and compare it: members keep
/// the order they were given in (to test that the writer sorts them), and compare
/// as a dictionary.
indirect enum JSONTestValue: Equatable, Encodable, JSONWritable {
  case null
  case bool(Bool)
  case int(Int)
  case number(Double)
  case string(String)
  case array([JSONTestValue])
  case object([Member])

  struct Member: Equatable {
    var key: String
    var value: JSONTestValue
  }

  static func == (first: JSONTestValue, second: JSONTestValue) -> Bool {
    switch (first, second) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count
        && Dictionary(a.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
          == Dictionary(b.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
    default:
      switch (first.double, second.double) {
      case (let a?, let b?): a == b || abs(a - b) <= abs(a) * 1e-15
      default: false
      }
    }
  }

  private var double: Double? {
    switch self {
    case .int(let value): Double(value)
    case .number(let value): value
    default: nil
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .int(let value): try container.encode(value)
    case .number(let value): try container.encode(value)
    case .string(let value): try container.encode(value)
    case .array(let values): try container.encode(values)
    case .object(let members):
      try container.encode(Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 }))
    }
  }

  /// Writes the value, giving members in their (unsorted) order. Only whole numbers.
  func write(to writer: inout JSONWriter) {
    switch self {
    case .null: writer.writeNull()
    case .bool(let value): writer.writeBool(value)
    case .int(let value): writer.writeInt(value)
    case .number(let value): writer.writeInt(Int(value))
    case .string(let value): writer.writeString(value)
    case .array(let values): writer.write(values)
    case .object(let members):
      writer.writeObject { object in
        for member in members { object.member(member.key, member.value) }
      }
    }
  }

  /// Reads any value with the reader's generic methods.
  static func read(_ reader: inout JSONReader) throws -> JSONTestValue {
    switch try reader.nextKind() {
    case .null:
      _ = try reader.readNull()
      return .null
    case .bool: return .bool(try reader.readBool())
    case .number: return .number(try reader.readDouble())
    case .string: return .string(try reader.readString())
    case .array: return .array(try reader.readElements(read))
    case .object:
      var members: [Member] = []
      try reader.readObject { key, reader in
        members.append(Member(key: key, value: try read(&reader)))
      }
      return .object(members)
    }
  }

  /// The value as `JSONSerialization` takes it.
  var foundation: Any {
    switch self {
    case .null: NSNull()
    case .bool(let value): value
    case .int(let value): value
    case .number(let value): value
    case .string(let value): value
    case .array(let values): values.map(\.foundation)
    case .object(let members):
      Dictionary(members.map { ($0.key, $0.value.foundation) }, uniquingKeysWith: { $1 })
    }
  }

  /// A value from what `JSONSerialization` returns.
  init?(foundation value: Any) {
    switch value {
    case is NSNull: self = .null
    case let number as NSNumber:
      // `true` and `false` come back as numbers whose type is `char`.
      if String(cString: number.objCType) == "c" {
        self = .bool(number.boolValue)
      } else {
        self = .number(number.doubleValue)
      }
    case let text as String: self = .string(text)
    case let values as [Any]:
      var elements: [JSONTestValue] = []
      for element in values {
        guard let converted = JSONTestValue(foundation: element) else { return nil }
        elements.append(converted)
      }
      self = .array(elements)
    case let members as [String: Any]:
      var converted: [Member] = []
      for (key, element) in members {
        guard let value = JSONTestValue(foundation: element) else { return nil }
        converted.append(Member(key: key, value: value))
      }
      self = .object(converted)
    default: return nil
    }
  }
}

/// Random JSON values from a seed, with text chosen to trip writers and readers:
/// quotes, backslashes, control characters, `/`, emoji, Chinese, combining marks, `[ ]`.
struct JSONValueGenerator {
  private var random: SplitMix64
  /// Whether numbers may have fractions (the writer writes whole numbers only).
  var allowsFractions = true
  /// Whether text may hold U+FEFF, which `JSONSerialization` on Linux drops from the
  /// start of a string and after an escape (`JSONEncoder` and renew's reader keep it).
  var allowsByteOrderMarks = true

  init(seed: UInt64) {
    random = SplitMix64(seed: seed)
  }

  static let pieces = [
    "a", "b", "Z", "0", "9", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}",
    "\u{1}", "\u{1B}", "\u{1F}", "\u{7F}", "é", "e\u{301}", "中", "国", "😀", "👍🏽", "[", "]", "{",
    "}", ",", ":", "\u{2028}", "\u{FEFF}", "\u{10FFFF}", "[ ]", "name", "note", "\\u0041",
  ]

  mutating func string() -> String {
    let pieces = allowsByteOrderMarks ? Self.pieces : Self.pieces.filter { $0 != "\u{FEFF}" }
    return (0..<Int.random(in: 0...6, using: &random)).map { _ in random.pick(pieces) }.joined()
  }

  mutating func int() -> Int {
    switch Int.random(in: 0..<5, using: &random) {
    case 0: Int.random(in: -10...10, using: &random)
    case 1: random.pick([Int.min, Int.max, 0, -1, 1 << 53, (1 << 53) + 1])
    default: Int.random(in: Int.min...Int.max, using: &random)
    }
  }

  mutating func value(depth: Int = 0) -> JSONTestValue {
    let containerOdds = depth < 4 ? 3 : 0
    switch Int.random(in: 0..<(5 + 2 * containerOdds), using: &random) {
    case 0: return .null
    case 1: return .bool(Bool.random(using: &random))
    case 2: return .string(string())
    case 3:
      guard allowsFractions, Bool.random(using: &random) else { return .int(int()) }
      return .number(random.pick([0.1, -2.5, 1e300, -1e-300, 3.14159, 1 / 3, 0]))
    case 4: return .int(int())
    case 5...7:
      return .array(
        (0..<Int.random(in: 0...4, using: &random)).map { _ in value(depth: depth + 1) })
    default:
      var keys = Set<String>()
      var members: [JSONTestValue.Member] = []
      for _ in 0..<Int.random(in: 0...5, using: &random) {
        let key = string()
        guard keys.insert(key).inserted else { continue }
        members.append(JSONTestValue.Member(key: key, value: value(depth: depth + 1)))
      }
      return .object(members)
    }
  }
}

@Suite struct JSONValueTests {
  @Test("the test values survive JSONEncoder and JSONSerialization, so they can judge the reader")
  func generatorRoundTrips() throws {
    var generator = JSONValueGenerator(seed: 0x1507)
    generator.allowsByteOrderMarks = false
    for _ in 0..<200 {
      let value = generator.value()
      let data = try JSONEncoder().encode(value)
      let object = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
      #expect(JSONTestValue(foundation: object) == value)
    }
  }
}
