import Testing

@testable import RenewKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `undo` never destroys a change made to the file outside renew (a hand edit, a
/// `git pull`, a sync tool) unless forced, and then keeps that file.
@Suite struct OutsideChangeTests {
  /// Replaces `card`'s name in the data file as an editor would, and returns the new bytes.
  private func editByHand(_ store: Store, renaming card: String) throws -> [UInt8] {
    let text = String(decoding: try #require(TemporaryFolder.bytes(at: store.path)), as: UTF8.self)
    let edited = Array(text.replacing("\"\(card)\"", with: "\"\(card) (work)\"").utf8)
    try #require(edited != Array(text.utf8))
    try TemporaryFolder.write(edited, to: store.path)
    return edited
  }

  @Test("undo refuses a file changed outside renew since renew wrote it, and changes nothing")
  func refuses() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    let edited = try editByHand(store, renaming: "Three UK")
    let names = TemporaryFolder.names(in: store.backupFolder)
    #expect(throws: StoreError.changedOutside(path: store.path)) { try store.undo() }
    #expect(TemporaryFolder.bytes(at: store.path) == edited)
    #expect(TemporaryFolder.names(in: store.backupFolder) == names)
    #expect(store.keptCopies() == [])
  }

  @Test("a change outside renew after an undo is caught too")
  func refusesAfterUndo() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK", "giffgaff")
    #expect(try store.undo().change == "add giffgaff")
    _ = try editByHand(store, renaming: "Smart PH")
    #expect(throws: StoreError.changedOutside(path: store.path)) { try store.undo() }
  }

  @Test("undo --force restores the backup and keeps the changed file where nothing removes it")
  func forced() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"), backupLimit: 2)
    try StoreTests.add("Smart PH", to: store)
    try StoreTests.add("Three UK", to: store)
    let edited = try editByHand(store, renaming: "Three UK")
    let undone = try store.undo(force: true)
    let kept = "\(store.backupFolder)/outside-000001.json"
    #expect(undone.change == "add Three UK")
    #expect(undone.keptCopy == kept)
    #expect(TemporaryFolder.bytes(at: kept) == edited)
    #expect(TemporaryFolder.mode(of: kept) == 0o600)
    #expect(try store.read().cards.map(\.name) == ["Smart PH"])
    #expect(store.keptCopies() == [kept])
    #expect(store.backups().map(\.change) == ["add Smart PH"])

    for name in ["a", "b", "c", "d"] { try StoreTests.add(name, to: store) }
    while (try? store.undo()) != nil {}
    #expect(TemporaryFolder.bytes(at: kept) == edited)
    #expect(store.keptCopies() == [kept])
  }

  @Test("each forced undo keeps its copy under a new name")
  func forcedTwice() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    let first = try editByHand(store, renaming: "Three UK")
    #expect(try store.undo(force: true).keptCopy == "\(store.backupFolder)/outside-000001.json")
    let second = try editByHand(store, renaming: "Smart PH")
    #expect(try store.undo(force: true).keptCopy == "\(store.backupFolder)/outside-000002.json")
    #expect(store.keptCopies().map { TemporaryFolder.bytes(at: $0) } == [first, second])
    #expect(try store.read() == Document())
  }

  @Test("--force on a file as renew left it keeps no copy")
  func forcedWithoutOutsideChange() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let undone = try store.undo(force: true)
    #expect(undone.change == "add Smart PH")
    #expect(undone.keptCopy == nil)
    #expect(store.keptCopies() == [])
  }

  @Test("a file that cannot be read was changed outside renew too; --force restores")
  func corruptFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    let broken = Array("{ broken".utf8)
    try TemporaryFolder.write(broken, to: store.path)
    #expect(throws: StoreError.changedOutside(path: store.path)) { try store.undo() }
    let undone = try store.undo(force: true)
    #expect(undone.change == nil)
    #expect(undone.keptCopy.flatMap { TemporaryFolder.bytes(at: $0) } == broken)
    #expect(try store.read().cards.map(\.name) == ["Smart PH"])
  }

  @Test("a data file deleted outside renew is restored without --force: nothing is lost")
  func deletedFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "Three UK")
    #expect(unlink(store.path) == 0)
    let undone = try store.undo()
    #expect(undone.change == nil)
    #expect(undone.keptCopy == nil)
    #expect(try store.read().cards.map(\.name) == ["Smart PH"])
  }

  @Test("a file last written by an older renew, which remembered nothing, is undone as before")
  func olderRenew() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    #expect(mkdir(store.backupFolder, 0o700) == 0)
    try TemporaryFolder.write(Array("{}".utf8), to: "\(store.backupFolder)/000001.json")
    let old =
      #"{"cards": [{"name": "A", "number": "1", "added": "2026-01-01"}], "lastChange": "add A"}"#
    try TemporaryFolder.write(Array(old.utf8), to: store.path)
    let undone = try store.undo()
    #expect(undone.change == "add A")
    #expect(undone.keptCopy == nil)
    #expect(try store.read() == Document())
  }

  @Test(
    "what renew wrote is remembered by a 64-bit digest and the length, pinned so records last",
    arguments: [
      ("", "x0c2f859d17791a4f 0"), ("{}", "x0e85b4fe64210a3f 2"),
      ("{\n  \"cards\" : [],\n  \"version\" : 2\n}\n", "x3cd0e14f29d8d2cf 36"),
      ("中国移动 保号卡 renew", "x332077fc622e4845 28"),
    ])
  func digest(_ text: String, _ line: String) {
    // bench/make-data computes the same, to write the record renew leaves.
    let digest = FileDigest(of: Array(text.utf8))
    #expect(digest.line == line)
    #expect(digest.length == text.utf8.count)
    #expect(FileDigest(line: digest.line) == digest)
  }

  @Test(
    "the record of the renew before, one lane of words, is still matched",
    arguments: [
      ("", 17_058_014_651_253_858_987 as UInt64), ("a", 17_114_084_159_646_145_058),
      ("foobar", 7_572_466_921_952_500_496),
    ])
  func earlierDigest(_ text: String, _ value: UInt64) throws {
    let digest = FileDigest(wordsOf: Array(text.utf8))
    #expect(digest.value == value)
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let hex = String(value, radix: 16)
    let line = "w" + String(repeating: "0", count: 16 - hex.count) + hex + " \(text.utf8.count)"
    try TemporaryFolder.write(Array("\(line)\n".utf8), to: folder.file(WriteRecord.fileName))
    let record = try #require(WriteRecord.read(in: folder.path))
    for (bytes, matches) in [(Array(text.utf8), true), (Array((text + " ").utf8), false)] {
      #expect(record.matches(FileDigest(of: bytes)) { bytes } == matches)
    }
  }

  @Test("changing any one byte of a document changes its digest; old records are not read")
  func digestSeesEveryByte() {
    let bytes = Array(String(repeating: "renew 中国移动 2026-11-21 ", count: 5).utf8)
    let original = FileDigest(of: bytes)
    for index in bytes.indices {
      var changed = bytes
      changed[index] ^= 0x01
      #expect(FileDigest(of: changed) != original, "byte \(index)")
    }
    #expect(FileDigest(line: "cbf29ce484222325 0") == nil)
  }
}
