import Dispatch
import RenewKit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct StoreTests {
  /// Adds a card named `name`, as `renew add` would.
  /// A store in `folder` whose file `add(_:to:)` has changed once for each of
  /// `names`, in order.
  static func store(in folder: TemporaryFolder, adding names: String...) throws -> Store {
    let store = Store(path: folder.file("renew.json"))
    for name in names { try add(name, to: store) }
    return store
  }

  static func add(_ name: String, to store: Store) throws {
    try store.update { document in
      document.cards.append(Card(name: name, number: "+44 7700 900123", added: .first))
      document.lastChange = .command(.add, card: name, date: nil)
    }
  }

  @Test("reading a missing file gives an empty document and creates nothing")
  func readMissing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("new/deeper/renew.json"))
    #expect(try store.read() == Document())
    #expect(store.backups().isEmpty)
    #expect(TemporaryFolder.names(in: folder.path).isEmpty)
  }

  @Test("the first change creates the file 0600 and its missing folders 0700")
  func createsPrivateFiles() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("data/renew/renew.json"))
    try Self.add("Smart PH", to: store)
    #expect(TemporaryFolder.mode(of: folder.file("data")) == 0o700)
    #expect(TemporaryFolder.mode(of: folder.file("data/renew")) == 0o700)
    #expect(TemporaryFolder.mode(of: store.path) == 0o600)
    #expect(TemporaryFolder.mode(of: store.backupFolder) == 0o700)
    #expect(try store.read().cards.map(\.name) == ["Smart PH"])
    #expect(try store.read().lastChange == "add Smart PH")
  }

  @Test("the file on disk is exactly the encoded document")
  func writesEncodedForm() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    try Self.add("中国移动", to: store)
    let bytes = try #require(TemporaryFolder.bytes(at: store.path))
    #expect(bytes == (try store.encode(store.read())))
    #expect(String(decoding: bytes, as: UTF8.self).contains("\"name\" : \"中国移动\""))
  }

  @Test("an existing file keeps its mode")
  func keepsMode() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    try TemporaryFolder.write(Array("{}".utf8), to: store.path)
    #expect(chmod(store.path, 0o660) == 0)
    try Self.add("Smart PH", to: store)
    #expect(TemporaryFolder.mode(of: store.path) == 0o660)
  }

  @Test("a data file that is a symbolic link stays one, and its target is what changes")
  func symbolicLink() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    #expect(mkdir(folder.file("synced"), 0o700) == 0)
    let real = folder.file("synced/renew.json")
    try TemporaryFolder.write(Array("{}".utf8), to: real)
    #expect(chmod(real, 0o600) == 0)
    let link = folder.file("renew.json")
    #expect(symlink("synced/renew.json", link) == 0)
    let store = Store(path: link)
    #expect(store.target == real)
    try Self.add("Smart PH", to: store)
    #expect(TemporaryFolder.isSymbolicLink(link))
    #expect(try Store(path: real).read().cards.map(\.name) == ["Smart PH"])
    #expect(
      TemporaryFolder.names(in: folder.file("synced")) == [
        "renew.json", "renew.json.backups", "renew.json.lock",
      ])
    #expect(TemporaryFolder.names(in: folder.path) == ["renew.json", "synced"])
  }

  @Test("a link to a file that does not exist yet creates the file at the link's target")
  func danglingLink() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let real = folder.file("renew-real.json")
    let link = folder.file("renew.json")
    #expect(symlink(real, link) == 0)
    let store = Store(path: link)
    #expect(try store.read() == Document())
    #expect(!TemporaryFolder.exists(real))
    try Self.add("Smart PH", to: store)
    #expect(TemporaryFolder.isSymbolicLink(link))
    #expect(try Store(path: real).read().cards.count == 1)
  }

  @Test("a change to a file that cannot be read is refused and the file is left as it is")
  func refusesCorruptFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    let corrupt = Array("{\"version\": 1,\n  \"cards\": [\n".utf8)
    try TemporaryFolder.write(corrupt, to: store.path)
    #expect(
      Refusal.of { try Self.add("Smart PH", to: store) }
        == .syntax(line: 3, column: 1, .unexpectedEnd))
    #expect(throws: StoreError.self) {
      try Self.add("Smart PH", to: store)
    }
    #expect(TemporaryFolder.bytes(at: store.path) == corrupt)
    #expect(store.backups().isEmpty)
  }

  @Test("a newer file is refused and left as it is")
  func refusesNewerFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    let newer = Array("{\"version\": 7, \"cards\": []}\n".utf8)
    try TemporaryFolder.write(newer, to: store.path)
    #expect(throws: StoreError.newerVersion(path: store.path, found: 7, supported: 3)) {
      try Self.add("Smart PH", to: store)
    }
    #expect(TemporaryFolder.bytes(at: store.path) == newer)
  }

  @Test("a change that says nothing of itself records no change")
  func defaultLastChange() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    let result = try store.update { document in
      document.cards.append(Card(name: "a", number: "1", added: .first))
      return 42
    }
    #expect(result == 42)
    #expect(try store.read().lastChange == nil)
  }

  @Test("changes made at the same time by several writers are all kept")
  func concurrentChanges() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    DispatchQueue.concurrentPerform(iterations: 4) { writer in
      for change in 1...5 {
        #expect(throws: Never.self) { try Self.add("writer \(writer) change \(change)", to: store) }
      }
    }
    let names = try store.read().cards.map(\.name)
    #expect(names.count == 20)
    #expect(Set(names).count == 20)
  }
}
