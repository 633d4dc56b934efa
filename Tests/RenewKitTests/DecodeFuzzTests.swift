import RenewKit
import TestSupport
import Testing

/// A seeded mutation fuzzer over a valid data file: whatever the bytes, reading them either
/// gives a document that survives being written and read again with every key it had,
/// or a `StoreError` that points inside the file. A crash fails the whole test run.
@Suite struct DecodeFuzzTests {
  private enum Mutation: CaseIterable {
    case flip, delete, insert, duplicate, token
  }

  /// Pieces of text that have tripped JSON readers before.
  private static let tokens = [
    #"\ud800"#, #"\u0000"#, "1e400", "-0", "01", "1.", ",", ",]", "null", "true", "\"\"", "{}",
    "[]",
    "99999999999999999999", "\"2026-02-30\"", "\"-1\"", "中国移动", "\u{FEFF}",
  ]

  /// Bytes JSON gives meaning to, so that mutations reach past the first syntax error.
  private static let interesting =
    Array("{}[]\",:0123456789-.eE \n\\tfnu".utf8) + [0x00, 0xFF, 0xC3]

  private func mutate(_ bytes: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
    var bytes = bytes
    for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
      let index = Int.random(in: 0..<bytes.count, using: &random)
      let byte =
        Bool.random(using: &random)
        ? Self.interesting[Int.random(in: 0..<Self.interesting.count, using: &random)]
        : UInt8.random(in: 0...255, using: &random)
      switch Mutation.allCases[Int.random(in: 0..<Mutation.allCases.count, using: &random)] {
      case .flip: bytes[index] = byte
      case .delete: bytes.remove(at: index)
      case .insert: bytes.insert(byte, at: index)
      case .duplicate:
        let end = min(bytes.count, index + Int.random(in: 1...40, using: &random))
        bytes.insert(contentsOf: bytes[index..<end], at: index)
      case .token:
        let token = Self.tokens[Int.random(in: 0..<Self.tokens.count, using: &random)]
        bytes.insert(contentsOf: Array(token.utf8), at: index)
      }
    }
    return bytes
  }

  @Test("mutated data files are read or refused, never crash, and errors point inside the file")
  func mutations() throws {
    let original = try VersionOneFixtureTests.fixtureBytes()
    let store = Store(path: "fuzz.json")
    var random = SplitMix64(seed: 0x5EED_0301)
    var accepted = 0
    var refused = 0
    for round in 0..<800 {
      let bytes = mutate(original, &random)
      do {
        let document = try Store.decode(bytes, path: "fuzz.json")
        accepted += 1
        let again = try Store.decode(store.encode(document), path: "fuzz.json")
        try #require(again == document, "round \(round): the document changed when written")
        if let before = JSONKeyPaths.paths(in: bytes),
          let after = JSONKeyPaths.paths(in: try store.encode(document))
        {
          try #require(
            JSONKeyPaths.upgraded(before).subtracting(JSONKeyPaths.upgraded(after)) == [],
            "round \(round): a write dropped keys it read")
        }
      } catch let error as StoreError {
        refused += 1
        guard case .invalidJSON(let path, let json) = error else { continue }
        let (line, column) = (json.line, json.column)
        let lines = String(decoding: bytes, as: UTF8.self).split(
          separator: "\n", omittingEmptySubsequences: false)
        try #require(path == "fuzz.json")
        try #require(
          (1...lines.count).contains(line), "round \(round): line \(line) of \(lines.count)")
        try #require((1...lines[line - 1].count + 1).contains(column), "round \(round): \(error)")
      }
    }
    #expect(accepted > 0, "no mutation was accepted; the fuzzer explores too little")
    #expect(refused > 300, "too few mutations were refused; the mutations are too mild")
  }
}
