import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Permissions and symbolic links: private by default, and the user's choices kept.
@Suite struct FileModeTests {
  @Test("a new data file is 0600 and the backups folder 0700")
  func newFileModes() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "A", "--number", "+44 7700 900000")
    try box.succeed("touch", "A")
    #expect(Files.mode(box.file) == 0o600)
    #expect(Files.mode("\(box.file).backups") == 0o700)
    for name in Files.names(in: "\(box.file).backups") {
      #expect(Files.mode("\(box.file).backups/\(name)") == 0o600, "backup \(name)")
    }
  }

  @Test("an existing 0644 data file keeps 0644 after a write")
  func existingModeKept() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "A", "--number", "+44 7700 900000")
    try #require(chmod(box.file, 0o644) == 0)
    try box.succeed("log", "A", "--until", "2026-05-01")
    #expect(Files.mode(box.file) == 0o644)
    #expect(try box.succeed("show", "A").contains("2026-05-01"))
  }

  @Test("a data file that is a symbolic link stays one, and the write reaches its target")
  func symbolicLink() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let synced = "\(box.root)/Sync/dotfiles"
    try FileManager.default.createDirectory(atPath: synced, withIntermediateDirectories: true)
    let target = "\(synced)/renew.json"
    try box.using(file: target).succeed("add", "A", "--number", "+44 7700 900000")
    try #require(chmod(target, 0o640) == 0)
    try #require(symlink(target, box.file) == 0)

    try box.succeed("add", "B", "--number", "+63 917 123 4567")
    #expect(Files.isLink(box.file))
    let document = try Files.document(target)
    let names = (document["cards"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
    #expect(names == ["A", "B"])
    #expect(Files.mode(target) == 0o640)
    #expect(try box.succeed("list").contains("+63 917 123 4567"))
    #expect(Files.names(in: box.root).filter { $0.hasPrefix(".") } == [])
  }

  @Test("a relative symbolic link is followed from the link's folder")
  func relativeLink() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try FileManager.default.createDirectory(
      atPath: "\(box.root)/real", withIntermediateDirectories: false)
    try #require(symlink("real/cards.json", box.file) == 0)
    try box.succeed("add", "A", "--number", "+44 7700 900000")
    #expect(Files.isLink(box.file))
    #expect(Files.exists("\(box.root)/real/cards.json"))
    #expect(try box.succeed("list").contains("+44 7700 900000"))
  }
}
