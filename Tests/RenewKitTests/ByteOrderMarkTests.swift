import RenewKit
import Testing

/// A data file saved with a UTF-8 byte order mark, as Windows editors save it.
@Suite struct ByteOrderMarkTests {
  /// U+FEFF in UTF-8.
  static let mark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// A one-card document in UTF-8.
  static let document = Array(
    (#"{"version": 1, "cards": [{"name": "中国移动", "number": "+86 138 0013 8000", "#
      + #""added": "2026-01-01"}]}"#).utf8)

  @Test("a file that starts with a byte order mark is read")
  func reads() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    try TemporaryFolder.write(Self.mark + Self.document, to: store.path)
    #expect(try store.read().cards.map(\.name) == ["中国移动"])
    #expect(try Store.decode(Self.mark + Self.document, path: "p") == store.read())
  }

  @Test("a change writes the file back without the mark, and its backup keeps the file as it was")
  func writesWithoutMark() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    try TemporaryFolder.write(Self.mark + Self.document, to: store.path)
    try StoreTests.add("Smart PH", to: store)
    let bytes = try #require(TemporaryFolder.bytes(at: store.path))
    #expect(bytes.first == UInt8(ascii: "{"))
    #expect(bytes == (try store.encode(store.read())))
    #expect(try store.read().cards.map(\.name) == ["中国移动", "Smart PH"])
    let backup = try #require(store.backups().first)
    #expect(TemporaryFolder.bytes(at: backup.path) == Self.mark + Self.document)
  }

  @Test(
    "errors in a file with a mark give the line and column an editor shows",
    arguments: [
      ("{\n  \"version\": 1,\n  \"cards\": [\n", 4, 1, JSONError.Reason.unexpectedEnd),
      (#"{"version": 1, "cards": [],}"#, 1, 28, .expected(.key)),
      ("{\"cards\": [], \"version\": 1} x", 1, 29, .textAfterEnd),
      ("  x", 1, 3, .expected(.value)),
    ])
  func errorPositions(
    _ text: String, _ line: Int, _ column: Int, _ reason: JSONError.Reason
  ) throws {
    let expected = Refusal.syntax(line: line, column: column, reason)
    #expect(Refusal.of { try Store.decode(Array(text.utf8), path: "p") } == expected)
    #expect(Refusal.of { try Store.decode(Self.mark + Array(text.utf8), path: "p") } == expected)
  }

  @Test("a file holding only a mark and blank lines is empty, not a document")
  func onlyMark() {
    #expect(throws: StoreError.emptyFile(path: "p")) {
      try Store.decode(Self.mark + Array("\n\n".utf8), path: "p")
    }
  }
}
