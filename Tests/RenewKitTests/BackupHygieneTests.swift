import RenewKit
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The backups folder holds what undo needs and nothing else: no temporary files, no
/// backup of a change that never landed, no backup of a change that changed nothing.
@Suite struct BackupHygieneTests {
  /// Temporary files named as `renew` names them, left by a writer killed mid-write.
  private func leaveStaleTemporaryFiles(in store: Store) throws -> [String] {
    let document = try #require(TemporaryFolder.bytes(at: store.path))
    let stale = [".000009.json.99999999.tmp", ".undone.json.4242.tmp"]
    for name in stale { try TemporaryFolder.write(document, to: "\(store.backupFolder)/\(name)") }
    try TemporaryFolder.write(Array("mine".utf8), to: "\(store.backupFolder)/.notes.tmp")
    return stale
  }

  @Test("temporary files a killed writer left in the backups folder are removed by the next change")
  func staleTemporaryFilesAfterChange() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let stale = try leaveStaleTemporaryFiles(in: store)
    try StoreTests.add("Three UK", to: store)
    let names = TemporaryFolder.names(in: store.backupFolder)
    #expect(names.filter { stale.contains($0) } == [])
    #expect(names.contains(".notes.tmp"), "a file renew did not make was removed")
  }

  @Test("temporary files a killed writer left in the backups folder are removed by undo")
  func staleTemporaryFilesAfterUndo() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let stale = try leaveStaleTemporaryFiles(in: store)
    _ = try store.undo()
    let names = TemporaryFolder.names(in: store.backupFolder)
    #expect(names.filter { stale.contains($0) } == [])
    #expect(names.contains(".notes.tmp"), "a file renew did not make was removed")
  }

  @Test("an undo whose write fails changes nothing, undone.json included")
  func failedUndoKeepsUndone() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK", "giffgaff")
    _ = try store.undo()
    let undone = try #require(TemporaryFolder.bytes(at: "\(store.backupFolder)/undone.json"))
    let before = TemporaryFolder.bytes(at: store.path)
    let backups = store.backups()
    // The record of the write is what fails: undo writes nothing else.
    let blocker = try StoreFailureTests.blockTemporaryFile(
      in: folder, of: "renew.json.backups/last-write")
    #expect(throws: StoreError.self) { try store.undo() }
    #expect(TemporaryFolder.bytes(at: "\(store.backupFolder)/undone.json") == undone)
    #expect(TemporaryFolder.bytes(at: store.path) == before)
    #expect(store.backups() == backups)
    #expect(
      TemporaryFolder.names(in: store.backupFolder).filter {
        $0.hasPrefix(".") && !blocker.hasSuffix("/\($0)")
      } == [])
    try FileManager.default.removeItem(atPath: folder.file(blocker))
    #expect(try store.undo().change == "add Three UK")
  }

  @Test("a backup equal to the file, left by a writer killed before it wrote, is not listed")
  func unlandedBackupNotListed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    let current = try #require(TemporaryFolder.bytes(at: store.path))
    try TemporaryFolder.write(current, to: "\(store.backupFolder)/000003.json")
    #expect(store.backups().map(\.sequence) == [2, 1])
    #expect(store.backups().map(\.change) == ["add Three UK", "add Smart PH"])

    try StoreTests.add("giffgaff", to: store)
    #expect(store.backups().map(\.change) == ["add giffgaff", "add Three UK", "add Smart PH"])
    #expect(
      TemporaryFolder.names(in: store.backupFolder).filter { $0.first?.isNumber == true } == [
        "000001.json", "000002.json", "000003.json",
      ])
  }

  @Test("a change that changes nothing writes nothing and keeps no backup")
  func changeThatChangesNothing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let before = TemporaryFolder.bytes(at: store.path)
    let names = TemporaryFolder.names(in: store.backupFolder)
    let result = try store.update { document in
      document.cards[0].note = document.cards[0].note
      document.lastChange = "edit Smart PH"
      return 7
    }
    #expect(result == 7)
    #expect(TemporaryFolder.bytes(at: store.path) == before)
    #expect(TemporaryFolder.names(in: store.backupFolder) == names)
    #expect(try store.undo().change == "add Smart PH")
  }

  @Test("a change that changes nothing in a file that does not exist creates nothing")
  func changeThatChangesNothingCreatesNothing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("data/renew.json"))
    try store.update { document in document.lastChange = "nothing" }
    #expect(TemporaryFolder.names(in: folder.path) == [])
  }
}
