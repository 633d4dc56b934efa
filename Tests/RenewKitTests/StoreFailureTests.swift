import RenewKit
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What happens when a change cannot be made: nothing is lost and nothing is left behind.
@Suite struct StoreFailureTests {
  private struct Refused: Error, Equatable {}

  /// The names starting with `.` (temporary files) in a folder and its backup folder.
  private func hiddenNames(_ store: Store, folder: TemporaryFolder) -> [String] {
    (TemporaryFolder.names(in: folder.path) + TemporaryFolder.names(in: store.backupFolder))
      .filter { $0.hasPrefix(".") }
  }

  /// Makes the temporary name of `file` (the data file unless named, a path in
  /// `folder`) a non-empty folder, so that writing that file fails even for root and
  /// the folder outlives any clean-up of stale temporary files; returns its path in
  /// `folder`. This knows how `Platform.replaceFile` names its temporary file; if that
  /// changes, the write succeeds and the test fails loudly, never silently passes.
  static func blockTemporaryFile(
    in folder: TemporaryFolder, of file: String = "renew.json"
  ) throws -> String {
    let parts = file.split(separator: "/")
    let name = (parts.dropLast().map { "\($0)/" } + [".\(parts.last ?? "").\(getpid()).tmp"])
      .joined()
    try #require(mkdir(folder.file(name), 0o700) == 0)
    try TemporaryFolder.write(Array("keep".utf8), to: folder.file("\(name)/keep"))
    return name
  }

  /// The system error a change fails with, recording an issue for any other outcome.
  private func systemError(
    _ change: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
  ) -> SystemError? {
    do {
      try change()
      Issue.record("the change succeeded", sourceLocation: sourceLocation)
    } catch StoreError.system(let error) {
      return error
    } catch {
      Issue.record("expected a system error, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
  }

  @Test("a change that throws writes nothing and keeps no backup")
  func throwingChange() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let before = TemporaryFolder.bytes(at: store.path)
    #expect(throws: Refused()) {
      try store.update { document in
        document.cards.removeAll()
        throw Refused()
      }
    }
    #expect(TemporaryFolder.bytes(at: store.path) == before)
    #expect(store.backups().count == 1)
    #expect(hiddenNames(store, folder: folder).isEmpty)
  }

  @Test("a change waits for another holder of the lock, then gives up and changes nothing")
  func locked() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"), lockTimeout: 0.2)
    try StoreTests.add("Smart PH", to: store)
    let before = TemporaryFolder.bytes(at: store.path)
    let fd = open(store.lockPath, O_RDWR | O_CREAT, 0o600)
    try #require(fd >= 0)
    #expect(flock(fd, LOCK_EX) == 0)
    let waited = ContinuousClock().measure {
      #expect(throws: StoreError.locked(lockPath: folder.file("renew.json.lock"), seconds: 0.2)) {
        try StoreTests.add("Three UK", to: store)
      }
    }
    #expect(waited >= .milliseconds(200))
    #expect(TemporaryFolder.bytes(at: store.path) == before)
    #expect(store.backups().count == 1)
    close(fd)
    try StoreTests.add("Three UK", to: store)
    #expect(try store.read().cards.count == 2)
  }

  @Test(
    "a read-only folder gives a system error and leaves the file whole",
    .enabled(
      if: getuid() != 0, "root ignores folder permissions; the blocked-write tests cover root"))
  func readOnlyFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let before = TemporaryFolder.bytes(at: store.path)
    #expect(chmod(folder.path, 0o500) == 0)
    defer { chmod(folder.path, 0o700) }
    let error = systemError { try StoreTests.add("Three UK", to: store) }
    #expect(error?.code == EACCES)
    #expect(TemporaryFolder.bytes(at: store.path) == before)
    #expect(hiddenNames(store, folder: folder).isEmpty)
  }

  @Test("a data file that cannot be written gives a system error and leaves the file whole")
  func blockedWrite() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let before = TemporaryFolder.bytes(at: store.path)
    let blocker = try Self.blockTemporaryFile(in: folder)
    let error = systemError { try StoreTests.add("Three UK", to: store) }
    #expect(error?.operation == .write)
    #expect(error?.path == store.path)
    #expect(error?.code == EEXIST)
    #expect(TemporaryFolder.bytes(at: store.path) == before)
    #expect(hiddenNames(store, folder: folder) == [blocker])
  }

  @Test("a backup that cannot be kept stops the change before the file is touched")
  func blockedBackup() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    try TemporaryFolder.write(Array("{\"cards\": []}".utf8), to: store.path)
    try TemporaryFolder.write(Array("not a folder".utf8), to: store.backupFolder)
    let before = TemporaryFolder.bytes(at: store.path)
    let error = systemError { try StoreTests.add("Three UK", to: store) }
    #expect(error?.code == ENOTDIR)
    #expect(error?.reason == "Not a directory")
    #expect(TemporaryFolder.bytes(at: store.path) == before)
    #expect(hiddenNames(store, folder: folder).isEmpty)
  }

  @Test("after a failed write, undo still undoes the last change that was made")
  func undoAfterFailedWrite() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let blocker = try Self.blockTemporaryFile(in: folder)
    #expect(throws: StoreError.self) { try StoreTests.add("Three UK", to: store) }
    try FileManager.default.removeItem(atPath: folder.file(blocker))
    #expect(store.backups().count == 1)
    #expect(try store.undo().change == "add Smart PH")
    #expect(try store.read() == Document())
  }

  @Test("a temporary file left by a killed writer is removed by the next change")
  func staleTemporaryFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let stale = folder.file(".renew.json.99999999.tmp")
    try TemporaryFolder.write(Array("{\"cards\": [".utf8), to: stale)
    try TemporaryFolder.write(Array("other".utf8), to: folder.file(".other.tmp"))
    try StoreTests.add("Three UK", to: store)
    #expect(!TemporaryFolder.exists(stale))
    #expect(hiddenNames(store, folder: folder) == [".other.tmp"])
  }
}
