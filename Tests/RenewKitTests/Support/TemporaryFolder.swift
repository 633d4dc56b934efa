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

/// A fresh folder under `/tmp` for one test, with the few file operations tests need.
///
/// Call ``remove()`` in a `defer`: the folder is not removed by itself.
struct TemporaryFolder {
  /// The folder's absolute path.
  let path: String

  /// Why a test could not set up its files.
  struct SetupError: Error, CustomStringConvertible {
    var description: String
  }

  /// Creates a new, empty folder with `mkdtemp`.
  init() throws {
    var template = Array("/tmp/renew-kit-tests.XXXXXX".utf8CString)
    guard let created = mkdtemp(&template) else {
      throw SetupError(description: "mkdtemp failed: errno \(errno)")
    }
    path = String(cString: created)
  }

  /// Removes the folder and everything in it, restoring permissions first.
  func remove() {
    chmod(path, 0o700)
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The absolute path of `name` inside the folder.
  func file(_ name: String) -> String { "\(path)/\(name)" }

  /// The bytes of a file, or `nil` when it cannot be read.
  static func bytes(at path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { Array($0) }
  }

  /// Writes `bytes` to a new or existing file.
  static func write(_ bytes: [UInt8], to path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
      throw SetupError(description: "cannot write \(path)")
    }
  }

  /// Rewrites the file at `path` in place, as an editor that does not replace
  /// files does, with "Smart PH" read as "Smart CN": the same size, the same
  /// inode, other bytes. Returns the bytes written.
  static func editInPlace(_ path: String) throws -> [UInt8] {
    guard let before = bytes(at: path) else { throw SetupError(description: "cannot read \(path)") }
    let text = String(decoding: before, as: UTF8.self)
    let edited = Array(text.replacingOccurrences(of: "Smart PH", with: "Smart CN").utf8)
    let fd = open(path, O_WRONLY)
    defer { close(fd) }
    let written = edited.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    guard edited != before, fd >= 0, written == edited.count else {
      throw SetupError(description: "cannot edit \(path) in place")
    }
    return edited
  }

  /// The permission bits of a file or folder (links followed), or `nil` when it is missing.
  static func mode(of path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  /// Whether `path` itself is a symbolic link.
  static func isSymbolicLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }

  /// Whether anything exists at `path`, links not followed.
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// The names in a folder, sorted; empty when it does not exist.
  static func names(in path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }
}
