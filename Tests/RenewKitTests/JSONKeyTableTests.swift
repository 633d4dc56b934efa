import RenewKit
import Testing

/// Objects read with a key table: keys found by their text in any spelling, and a
/// repeated key refused whether the table knows it, knows more than 64 keys, or not at all.
@Suite struct JSONKeyTableTests {
  private enum Key: String, CaseIterable, Sendable {
    case name, number, note
    case notes = "no tes"
    case chinese = "中国"
  }

  private static let keys = JSONKeyTable<Key>()

  /// Seventy keys, `k0` to `k69`: more than a 64-bit mask holds.
  private struct ManyKeys: RawRepresentable, CaseIterable, Sendable {
    var rawValue: String
    static let allCases = (0..<70).map { ManyKeys(rawValue: "k\($0)") }
  }

  private static let manyKeys = JSONKeyTable<ManyKeys>()

  /// The keys of `text`'s object as the table names them (`?` for unknown), unknown values skipped.
  private func keys(_ text: String) throws -> [String] {
    try JSONReader.decode(Array(text.utf8)) { reader in
      var keys: [String] = []
      try reader.readObject(keys: Self.keys) { key, _ in keys.append(key?.rawValue ?? "?") }
      return keys
    }
  }

  @Test("keys are found by their decoded text, and near misses are unknown")
  func lookup() throws {
    let text = #"{"n\u0061me": 1, "nam": 2, "names": 3, "no tes": [], "\u4e2d\u56fd": {}, "": 0}"#
    #expect(try keys(text) == ["name", "?", "?", "no tes", "中国", "?"])
  }

  @Test(
    "a repeated key is refused at its second spelling, known or not",
    arguments: [
      (#"{"note": 1, "no\u0074e": 2}"#, 13, "note"),
      (#"{"x": 1, "name": 1, "x": 2}"#, 21, "x"),
      (#"{"x\/y": 1, "x/y": 2}"#, 13, "x/y"),
      (#"{"中国": 1, "\u4e2d\u56fd": 2}"#, 11, "中国"),
    ])
  func repeated(text: String, column: Int, key: String) {
    let error = #expect(throws: JSONError.self) { try keys(text) }
    #expect(error?.reason == .repeatedKey(key))
    #expect(error?.column == column)
    #expect(error?.path.description == key)
  }

  @Test("keys past the 64th of a table are checked for repeats too", arguments: [3, 63, 64, 69])
  func manyKeys(repeated: Int) throws {
    let all = (0..<70).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
    let read = try JSONReader.decode(Array("{\(all)}".utf8)) { reader in
      var sum = 0
      try reader.readObject(keys: Self.manyKeys) { key, reader in
        #expect(key != nil)
        sum += try reader.readInt()
      }
      return sum
    }
    #expect(read == (0..<70).reduce(0, +))
    let text = "{\(all), \"k\(repeated)\": 0}"
    let error = #expect(throws: JSONError.self) {
      try JSONReader.decode(Array(text.utf8)) { reader in
        try reader.readObject(keys: Self.manyKeys) { _, _ in }
      }
    }
    #expect(error?.reason == .repeatedKey("k\(repeated)"))
  }
}
