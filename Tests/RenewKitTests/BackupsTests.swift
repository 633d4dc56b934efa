import RenewKit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct BackupsTests {
  @Test("every change keeps the previous document, newest first, with the change that followed")
  func oneBackupPerChange() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "中国移动", "US Mobile")
    let backups = store.backups()
    #expect(backups.map(\.sequence) == [3, 2, 1])
    #expect(backups.map(\.change) == ["add US Mobile", "add 中国移动", "add Smart PH"])
    #expect(
      backups.map(\.path)
        == ["000003", "000002", "000001"].map { "\(store.backupFolder)/\($0).json" })
    #expect(backups.allSatisfy { TemporaryFolder.mode(of: $0.path) == 0o600 })
    let oldest = try Store.decode(#require(TemporaryFolder.bytes(at: backups[2].path)), path: "b")
    #expect(oldest == Document())
    let middle = try Store.decode(#require(TemporaryFolder.bytes(at: backups[1].path)), path: "b")
    #expect(middle.cards.map(\.name) == ["Smart PH"])
  }

  @Test("only the newest backups up to the limit are kept")
  func smallLimit() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"), backupLimit: 3)
    for index in 1...5 { try StoreTests.add("card \(index)", to: store) }
    #expect(store.backups().map(\.sequence) == [5, 4, 3])
    // Beside the backups, the record of what renew last wrote, for undo, and the
    // summary that status reads.
    #expect(
      TemporaryFolder.names(in: store.backupFolder) == [
        "000003.json", "000004.json", "000005.json", "last-write", "summary",
      ])
  }

  @Test("by default the last 20 backups are kept")
  func defaultLimit() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    #expect(store.backupLimit == 20)
    for index in 1...25 { try StoreTests.add("card \(index)", to: store) }
    let backups = store.backups()
    #expect(backups.count == 20)
    #expect(backups.first?.sequence == 25)
    #expect(backups.last?.sequence == 6)
    #expect(backups.last?.change == "add card 6")
  }

  @Test("undo steps back one change at a time and says which change it undid")
  func undoStepsBack() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "中国移动", "US Mobile")
    #expect(try store.undo().change == "add US Mobile")
    #expect(try store.read().cards.map(\.name) == ["Smart PH", "中国移动"])
    #expect(try store.undo().change == "add 中国移动")
    #expect(try store.read().cards.map(\.name) == ["Smart PH"])
    #expect(try store.undo().change == "add Smart PH")
    #expect(try store.read() == Document())
    #expect(throws: StoreError.nothingToUndo(backupFolder: store.backupFolder)) { try store.undo() }
  }

  @Test("a change after an undo is kept and can itself be undone")
  func changeAfterUndo() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    _ = try store.undo()
    try StoreTests.add("giffgaff", to: store)
    #expect(try store.read().cards.map(\.name) == ["Smart PH", "giffgaff"])
    #expect(try store.undo().change == "add giffgaff")
    #expect(try store.read().cards.map(\.name) == ["Smart PH"])
  }

  @Test("undo keeps the file's mode")
  func undoKeepsMode() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    #expect(chmod(store.path, 0o660) == 0)
    _ = try store.undo()
    #expect(TemporaryFolder.mode(of: store.path) == 0o660)
  }

  @Test("undo puts the backup itself in place and keeps the file it replaces as undone.json")
  func undoCopiesNothing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    let newest = try #require(store.backups().first?.path)
    let (backup, replaced) = (inode(of: newest), inode(of: store.path))
    _ = try store.undo()
    #expect(inode(of: store.path) == backup)
    #expect(inode(of: "\(store.backupFolder)/undone.json") == replaced)
    #expect(TemporaryFolder.bytes(at: newest) == nil)
  }

  @Test("undo leaves the data file changed now, though it renames an older file into place")
  func undoTouchesTheFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    let newest = try #require(store.backups().first?.path)
    var times = [
      timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0),
    ]
    #expect(utimensat(AT_FDCWD, newest, &times, 0) == 0)
    _ = try store.undo()
    var info = stat()
    #expect(stat(store.path, &info) == 0)
    #expect(info.st_mtim.tv_sec > 1_700_000_000)
  }

  @Test(
    "a newest backup other than the file the last change replaced is decoded: a broken one is refused"
  )
  func undoDecodesOtherBackups() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK", "giffgaff")
    _ = try store.undo()
    // The record now names the file undo replaced and the one it restored.
    let older = try #require(store.backups().first?.path)
    try TemporaryFolder.write(Array("{ broken".utf8), to: older)
    let before = TemporaryFolder.bytes(at: store.path)
    #expect(throws: StoreError.self) { try store.undo() }
    #expect(TemporaryFolder.bytes(at: store.path) == before)
    #expect(store.backups().count == 2)
    // So is a newest backup whose bytes are not those the last change replaced.
    try StoreTests.add("Vodafone", to: store)
    try TemporaryFolder.write(Array("{ broken".utf8), to: try #require(store.backups().first?.path))
    #expect(throws: StoreError.self) { try store.undo() }
    #expect(try store.read().cards.map(\.name) == ["Smart PH", "Three UK", "Vodafone"])
  }

  @Test("a file laid out otherwise is read whole for the change undo undoes")
  func undoReadsOtherLayouts() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    let compact = #"{"cards": [], "lastChange": "add Three UK", "version": 2}"#
    try TemporaryFolder.write(Array(compact.utf8), to: store.path)
    #expect(try store.undo(force: true).change == "add Three UK")
  }

  @Test("undo with no backups says there is nothing to undo and creates nothing")
  func nothingToUndo() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    #expect(throws: StoreError.nothingToUndo(backupFolder: folder.file("renew.json.backups"))) {
      try store.undo()
    }
    #expect(TemporaryFolder.names(in: folder.path).isEmpty)
  }

  @Test("undo --force restores the last good document even when the current file cannot be read")
  func undoCorruptFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    try TemporaryFolder.write(Array("{ broken".utf8), to: store.path)
    // Broken since renew wrote it: a change outside renew, which undo keeps with --force.
    #expect(try store.undo(force: true).change == nil)
    #expect(try store.read().cards.map(\.name) == ["Smart PH"])
  }

  @Test("undo leaves a file written by a newer renew as it is")
  func undoRefusesNewerVersion() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let newer = Array(#"{"version": 4, "cards": []}"#.utf8)
    try TemporaryFolder.write(newer, to: store.path)
    #expect(throws: StoreError.newerVersion(path: store.path, found: 4, supported: 3)) {
      try store.undo()
    }
    #expect(TemporaryFolder.bytes(at: store.path) == newer)
    #expect(store.backups().count == 1)
  }

  @Test("undo skips a backup equal to the file, left by a writer killed before it wrote")
  func undoSkipsUnchangedBackup() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    let current = try #require(TemporaryFolder.bytes(at: store.path))
    try TemporaryFolder.write(current, to: "\(store.backupFolder)/000003.json")
    #expect(try store.undo().change == "add Three UK")
    #expect(try store.read().cards.map(\.name) == ["Smart PH"])
    #expect(store.backups().map(\.sequence) == [1])
  }

  private func inode(of path: String) -> ino_t? {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_ino : nil
  }
}
