import Foundation
import RenewKit
import TestSupport
import Testing

/// The reader against Foundation on random documents: valid ones are read to the
/// values they were written from, and mutated ones are read as `JSONSerialization`
/// reads them, or refused with a place inside the text; never a crash.
@Suite struct JSONReaderPropertyTests {
  /// Documents written from random values by Foundation, in every style it has.
  static func documents(seed: UInt64, count: Int) throws -> [(JSONTestValue, [UInt8])] {
    var generator = JSONValueGenerator(seed: seed)
    generator.allowsByteOrderMarks = false
    var random = SplitMix64(seed: seed)
    var documents: [(JSONTestValue, [UInt8])] = []
    for _ in 0..<count {
      let value = generator.value()
      let data: Data
      switch Int.random(in: 0..<3, using: &random) {
      case 0: data = try JSONEncoder().encode(value)
      case 1: data = Data(try FoundationStyle.encode(value))
      default:
        let options: JSONSerialization.WritingOptions = random.pick([
          [.fragmentsAllowed], [.fragmentsAllowed, .prettyPrinted],
          [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes],
        ])
        data = try JSONSerialization.data(withJSONObject: value.foundation, options: options)
      }
      documents.append((value, Array(data)))
    }
    return documents
  }

  @Test("documents Foundation wrote are read back to the values they were written from")
  func validDocuments() throws {
    for (round, (value, bytes)) in try Self.documents(seed: 0x0F0F, count: 2_000).enumerated() {
      #expect(JSONReader.syntaxError(in: bytes) == nil, "round \(round)")
      let read = try JSONReader.decode(bytes, JSONTestValue.read)
      try #require(read == value, "round \(round): \(String(decoding: bytes, as: UTF8.self))")
    }
  }

  private enum Mutation: CaseIterable {
    case flip, delete, insert, duplicate, token
  }

  /// Pieces of text that have tripped JSON readers before.
  private static let tokens = [
    #"\ud800"#, #"\udc00"#, #"\u0000"#, "1e400", "-0", "01", "1.", ",", ",]", "}", "null", "true",
    "\"\"", "{}", "[]", "99999999999999999999", "中国移动", #"\"#, "\"", ":", "1e-400", "0.5",
  ]

  /// Bytes JSON gives meaning to, so that mutations reach past the first syntax error.
  private static let interesting =
    Array("{}[]\",:0123456789-.eE \n\\tfnu".utf8) + [0x00, 0xFF, 0xC3, 0x80]

  /// `bytes` with one to four random mutations.
  static func mutated(_ bytes: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
    var bytes = bytes
    for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
      let index = Int.random(in: 0..<bytes.count, using: &random)
      let byte =
        Bool.random(using: &random)
        ? random.pick(interesting) : UInt8.random(in: 0...255, using: &random)
      switch random.pick(Mutation.allCases) {
      case .flip: bytes[index] = byte
      case .delete: bytes.remove(at: index)
      case .insert: bytes.insert(byte, at: index)
      case .duplicate:
        let end = min(bytes.count, index + Int.random(in: 1...40, using: &random))
        bytes.insert(contentsOf: bytes[index..<end], at: index)
      case .token: bytes.insert(contentsOf: Array(random.pick(tokens).utf8), at: index)
      }
    }
    return bytes
  }

  @Test("mutated documents are read as JSONSerialization reads them, or refused inside the text")
  func mutations() throws {
    var random = SplitMix64(seed: 0x3A7E)
    let documents = try Self.documents(seed: 0x3A7E, count: 300)
    var accepted = 0
    var refused = 0
    for round in 0..<6_000 {
      let bytes = Self.mutated(random.pick(documents).1, &random)
      let foundation = try? JSONSerialization.jsonObject(
        with: Data(bytes), options: .fragmentsAllowed)
      do {
        let read = try JSONReader.decode(bytes, JSONTestValue.read)
        accepted += 1
        let expected = try #require(
          foundation.flatMap(JSONTestValue.init(foundation:)),
          "round \(round): Foundation refused \(String(decoding: bytes, as: UTF8.self))")
        try #require(read == expected, "round \(round): \(String(decoding: bytes, as: UTF8.self))")
      } catch let error as JSONError {
        refused += 1
        if error.reason.isSyntaxError {
          #expect(
            JSONReader.syntaxError(in: bytes)
              == JSONError(
                reason: error.reason, location: error.location))
        } else {
          // JSON, but with a number no `Double` holds, which Foundation refuses too.
          try #require(error.reason == .numberOutOfRange && foundation == nil, "round \(round)")
          #expect(JSONReader.syntaxError(in: bytes) == nil)
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(
          separator: "\n", omittingEmptySubsequences: false)
        try #require((1...lines.count).contains(error.line), "round \(round): \(error)")
        try #require(
          (1...lines[error.line - 1].count + 1).contains(error.column), "round \(round): \(error)")
      }
    }
    #expect(accepted > 300, "too few mutations were accepted; the fuzzer explores too little")
    #expect(refused > 2_000, "too few mutations were refused; the mutations are too mild")
  }

  @Test("repeated keys are found in any spelling, in small and large objects, by every path")
  func repeatedKeys() throws {
    for count in [2, 31, 32, 33, 100] {
      for repeated in [0, (count - 1) / 2, count - 2] {
        var keys = (0..<(count - 1)).map { "key\($0)" }
        keys.append("k\\u0065y\(repeated)")
        let text = "{" + keys.map { "\"\($0)\": \($0.count)" }.joined(separator: ",\n") + "}"
        let error = JSONReader.syntaxError(in: Array(text.utf8))
        #expect(error?.reason == .repeatedKey("key\(repeated)"), "\(count) keys")
        #expect(error?.line == count && error?.column == 1)
        #expect(throws: JSONError.self) {
          try JSONReader.decode(Array(text.utf8), JSONTestValue.read)
        }
      }
      let distinct = "{" + (0..<count).map { "\"key\($0)\": 1" }.joined(separator: ",") + "}"
      #expect(JSONReader.syntaxError(in: Array(distinct.utf8)) == nil)
    }
  }
}
