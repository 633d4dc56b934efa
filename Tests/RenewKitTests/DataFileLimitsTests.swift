import RenewKit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Only a regular file of a sensible size is read or written: a device never ends, a
/// named pipe blocks, and a huge file would be read into memory whole.
@Suite struct DataFileLimitsTests {
  /// A valid document of at least `size` bytes: one card with a long note.
  private func document(atLeast size: Int) -> [UInt8] {
    let note = String(repeating: "n", count: size)
    return Array(
      #"{"cards": [{"name": "A", "number": "1", "added": "2026-01-01", "note": "\#(note)"}]}"#
        .utf8)
  }

  /// Puts a listening Unix-domain socket at `path`, as a confused script might.
  private func makeSocket(at path: String) throws {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    try #require(fd >= 0)
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (index, byte) in path.utf8.enumerated() where index < raw.count - 1 { raw[index] = byte }
    }
    let bound = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
        bind(fd, address, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    try #require(bound == 0, "bind failed: errno \(errno)")
  }

  @Test("the default limit is 64 MiB")
  func defaultLimit() {
    #expect(Store.defaultSizeLimit == 67_108_864)
    #expect(Store(path: "renew.json").sizeLimit == 67_108_864)
  }

  @Test("a data file larger than the limit is refused by reads and changes, and left as it is")
  func tooLarge() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"), sizeLimit: 100)
    let bytes = document(atLeast: 100)
    try TemporaryFolder.write(bytes, to: store.path)
    let refusal = StoreError.tooLarge(path: store.path, size: bytes.count, limit: 100)
    #expect(throws: refusal) { try store.read() }
    #expect(throws: refusal) { try StoreTests.add("B", to: store) }
    #expect(TemporaryFolder.bytes(at: store.path) == bytes)
    #expect(TemporaryFolder.names(in: folder.path) == ["renew.json"])
  }

  @Test("a data file of exactly the limit is read")
  func atTheLimit() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let bytes = document(atLeast: 100)
    let store = Store(path: folder.file("renew.json"), sizeLimit: bytes.count)
    try TemporaryFolder.write(bytes, to: store.path)
    #expect(try store.read().cards.map(\.name) == ["A"])
  }

  @Test("undo refuses a data file larger than the limit and changes nothing")
  func undoTooLarge() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let bytes = try #require(TemporaryFolder.bytes(at: store.path))
    let small = Store(path: store.path, sizeLimit: bytes.count - 1)
    let refusal = StoreError.tooLarge(path: store.path, size: bytes.count, limit: bytes.count - 1)
    #expect(throws: refusal) { try small.undo(force: true) }
    #expect(TemporaryFolder.bytes(at: store.path) == bytes)
    #expect(store.backups().count == 1)
  }

  @Test("a change whose result would pass the limit is refused and writes nothing")
  func changeTooLarge() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"), sizeLimit: 400)
    try StoreTests.add("Smart PH", to: store)
    let before = try #require(TemporaryFolder.bytes(at: store.path))
    do {
      try store.update { document in
        document.cards[0].note = String(repeating: "n", count: 400)
      }
      Issue.record("a document over the limit was written")
    } catch StoreError.tooLarge(let path, let size, let limit) {
      #expect(path == store.path)
      #expect(size > 400)
      #expect(limit == 400)
    }
    #expect(TemporaryFolder.bytes(at: store.path) == before)
    #expect(store.backups().count == 1)
  }

  @Test("a device as the data file is refused by reads and changes, and nothing is created")
  func device() throws {
    let store = Store(path: "/dev/null")
    let refusal = StoreError.notRegularFile(path: "/dev/null", kind: .characterDevice)
    #expect(throws: refusal) { try store.read() }
    #expect(throws: refusal) { try StoreTests.add("B", to: store) }
    #expect(!TemporaryFolder.exists("/dev/null.lock"))
    #expect(!TemporaryFolder.exists("/dev/null.backups"))
  }

  @Test("a link to a device is refused, naming the device")
  func linkToDevice() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    #expect(symlink("/dev/null", folder.file("renew.json")) == 0)
    let store = Store(path: folder.file("renew.json"))
    #expect(throws: StoreError.notRegularFile(path: "/dev/null", kind: .characterDevice)) {
      try store.read()
    }
  }

  @Test("a socket as the data file is refused by reads, changes and undo, and stays")
  func socketFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    #expect(unlink(store.path) == 0)
    try makeSocket(at: store.path)
    let refusal = StoreError.notRegularFile(path: store.path, kind: .socket)
    #expect(throws: refusal) { try store.read() }
    #expect(throws: refusal) { try StoreTests.add("B", to: store) }
    #expect(throws: refusal) { try store.undo(force: true) }
    var info = stat()
    #expect(lstat(store.path, &info) == 0 && info.st_mode & S_IFMT == S_IFSOCK)
    #expect(store.backups().count == 1)
  }
}
