import Testing

@testable import RenewKit

/// The end of a document renew wrote gives its version and last change unread;
/// any other ending is left to a full read.
@Suite struct DocumentEndingTests {
  private static let cards = "{\n  \"cards\" : [\n\n  ],\n"

  @Test(
    "renew's own ending gives the version and the last change",
    arguments: [
      (
        "  \"lastChange\" : \"log Smart PH 2026-11-21\",\n  \"version\" : 2\n}\n", 2,
        "log Smart PH 2026-11-21"
      ),
      ("  \"lastChange\" : \"add 联通 \\\"备用\\\"\",\n  \"version\" : 3\n}", 3, "add 联通 \"备用\""),
      ("  \"lastChange\" : \"touch A\",\n  \"version\" : 12\n}\n\n", 12, "touch A"),
    ])
  func renewsEnding(ending: String, version: Int, change: String) throws {
    let found = try #require(DocumentEnding(tail: Array((Self.cards + ending).utf8)))
    #expect(found.version == version)
    #expect(found.lastChange == Change(storedText: change))
  }

  @Test(
    "any other ending gives nothing, for a full read",
    arguments: [
      // No last change.
      "  \"version\" : 2\n}\n",
      // A key after the version, or text after the document.
      "  \"lastChange\" : \"touch A\",\n  \"version\" : 2,\n  \"x\" : 1\n}\n",
      "  \"lastChange\" : \"touch A\",\n  \"version\" : 2\n}\n}\n",
      // A version that is no whole number, or is missing.
      "  \"lastChange\" : \"touch A\",\n  \"version\" : 2.5\n}\n",
      "  \"lastChange\" : \"touch A\",\n  \"version\" : \n}\n",
      "  \"lastChange\" : \"touch A\",\n  \"version\" : 99999999999999999999\n}\n",
      // A last change that is no string, or has more after it.
      "  \"lastChange\" : null,\n  \"version\" : 2\n}\n",
      "  \"lastChange\" : \"touch A\", \"x\" : 1,\n  \"version\" : 2\n}\n",
      // Laid out on one line, as by another program.
      "\"lastChange\":\"touch A\",\"version\":2}",
      // Cut short.
      "  \"lastChange\" : \"touch A\",\n  \"version\" : 2\n",
    ])
  func otherEnding(ending: String) {
    #expect(DocumentEnding(tail: Array((Self.cards + ending).utf8)) == nil)
  }

  /// A newer renew's document laid out as renew lays one out, its end read alone.
  private static let newer = Array(
    (cards + "  \"lastChange\" : \"add X\",\n  \"version\" : 9\n}\n").utf8)

  @Test("undo reads a newer renew's version from the end of the file and leaves it as it is")
  func undoRefusesNewerEnding() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    try TemporaryFolder.write(Self.newer, to: store.path)
    #expect(throws: StoreError.newerVersion(path: store.path, found: 9, supported: 3)) {
      try store.undo(force: true)
    }
    #expect(TemporaryFolder.bytes(at: store.path) == Self.newer)
  }

  @Test("undo does not restore a newer renew's backup that the record names, read from its end")
  func undoRefusesNewerBackup() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    let newest = try #require(store.backups().first?.path)
    let current = try #require(TemporaryFolder.bytes(at: store.path))
    try TemporaryFolder.write(Self.newer, to: newest)
    try WriteRecord(replacing: FileDigest(of: Self.newer), with: FileDigest(of: current))
      .write(in: store.backupFolder)
    #expect(throws: StoreError.self) { try store.undo() }
    #expect(TemporaryFolder.bytes(at: store.path) == current)
    #expect(TemporaryFolder.bytes(at: newest) == Self.newer)
  }
}
