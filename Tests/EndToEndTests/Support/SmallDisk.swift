import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A 64 KiB tmpfs mounted in a sandbox, to make a disk full or read-only on demand.
///
/// Mounting needs root (CAP_SYS_ADMIN), as in CI; elsewhere the tests that need it
/// are skipped with a message saying so.
struct SmallDisk {
  /// Where it is mounted.
  let path: String

  /// Whether this process may mount a tmpfs, found by trying once.
  static let isAvailable: Bool = {
    guard let box = try? Sandbox() else { return false }
    defer { box.remove() }
    guard let disk = try? SmallDisk(in: box) else { return false }
    disk.unmount()
    return true
  }()

  /// The reason the tests that need a small disk are skipped when they are.
  static let unavailable: Comment =
    "cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN, as in CI)"

  /// Mounts a fresh 64 KiB tmpfs at `<sandbox>/disk`.
  init(in box: Sandbox) throws {
    path = "\(box.root)/disk"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    try SmallDisk.mount(["-t", "tmpfs", "-o", "size=64k,mode=0755", "tmpfs", path])
  }

  /// Makes it read-only (or writable again).
  func remount(readOnly: Bool) throws {
    try SmallDisk.mount(["-o", readOnly ? "remount,ro" : "remount,rw", path])
  }

  /// Unmounts it; the sandbox can then be removed.
  func unmount() {
    _ = try? Child.run("/usr/bin/umount", [path], environment: [:])
  }

  /// Free bytes, as a writer sees them.
  var freeBytes: Int {
    var info = statvfs()
    guard statvfs(path, &info) == 0 else { return 0 }
    return Int(info.f_bavail) * Int(info.f_frsize)
  }

  /// Fills the disk with a dummy file until only `bytes` are left (rounded to pages).
  func fill(leaving bytes: Int) throws {
    let fd = open("\(path)/filler", O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    try #require(fd >= 0)
    defer { close(fd) }
    let chunk = [UInt8](repeating: 0x2E, count: 4096)
    while freeBytes > bytes {
      let written = chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written <= 0 { break }
    }
    try #require(freeBytes <= bytes, "could not fill \(path): \(freeBytes) bytes free")
  }

  /// Removes the dummy file.
  func empty() {
    unlink("\(path)/filler")
  }

  private static func mount(_ arguments: [String]) throws {
    let result = try Child.run("/usr/bin/mount", arguments, environment: [:])
    guard result.status == 0 else {
      throw LaunchError(description: "mount \(arguments.joined(separator: " ")): \(result.error)")
    }
  }
}
