#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call: what renew tried, on which path, and the C library's reason.
public struct SystemError: Error, Sendable, Equatable {
  /// What was being done, such as `write` or `create folder`.
  public var operation: String
  /// The path it was done to.
  public var path: String
  /// The `errno` value.
  public var code: Int32

  /// The C library's text for ``code``, such as `No space left on device`.
  public var reason: String { SystemError.reason(of: code) }

  /// The C library's text for an `errno` value.
  public static func reason(of code: Int32) -> String { String(cString: strerror(code)) }
}

/// Every call renew makes into the C library lives here, so the rest reads as Swift.
enum Platform {
  /// Runs `body` until it stops failing with `EINTR`.
  private static func retrying(_ body: () -> Int32) -> Int32 {
    var result: Int32
    repeat { result = body() } while result == -1 && errno == EINTR
    return result
  }

  /// The file's whole contents, or `nil` when it does not exist.
  static func readFile(at path: String) throws(SystemError) -> [UInt8]? {
    let fd = retrying { open(path, O_RDONLY | O_CLOEXEC) }
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw SystemError(operation: "read", path: path, code: errno)
    }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw SystemError(operation: "read", path: path, code: errno)
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  /// The target of a symbolic link, or `nil` when `path` is not one.
  static func linkTarget(of path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The permission bits of an existing file, or `nil` when it does not exist.
  static func mode(of path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  /// The modification time of a file in seconds since 1970, or `nil`.
  static func modificationTime(of path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      return Int(info.st_mtimespec.tv_sec)
    #else
      return Int(info.st_mtim.tv_sec)
    #endif
  }

  /// Creates `path` and any missing parents, each new one with `mode`.
  static func createDirectories(_ path: String, mode: mode_t) throws(SystemError) {
    var isDirectory = stat()
    if stat(path, &isDirectory) == 0 { return }
    let parent = FilePaths.directory(of: path)
    if parent != path { try createDirectories(parent, mode: mode) }
    if mkdir(path, mode) != 0 && errno != EEXIST {
      throw SystemError(operation: "create folder", path: path, code: errno)
    }
  }

  /// The names in a folder, without `.` and `..`; empty when it does not exist.
  static func contentsOfDirectory(_ path: String) -> [String] {
    guard let directory = opendir(path) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Opens (creating with mode 0600) a lock file and takes an exclusive `flock`,
  /// retrying until `timeout` seconds have passed.
  ///
  /// - Returns: The open descriptor holding the lock, or `nil` when the wait ran out.
  static func lock(_ path: String, timeout: Double) throws(SystemError) -> Int32? {
    let fd = retrying { open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600) }
    guard fd >= 0 else { throw SystemError(operation: "open lock file", path: path, code: errno) }
    let start = monotonicSeconds()
    while true {
      if flock(fd, LOCK_EX | LOCK_NB) == 0 { return fd }
      guard errno == EWOULDBLOCK || errno == EINTR else {
        let code = errno
        close(fd)
        throw SystemError(operation: "lock", path: path, code: code)
      }
      if monotonicSeconds() - start >= timeout {
        close(fd)
        return nil
      }
      usleep(20_000)
    }
  }

  /// Releases a lock taken by ``lock(_:timeout:)``.
  static func unlock(_ fd: Int32) {
    close(fd)
  }

  private static func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }

  /// Replaces `path` with `bytes` all at once: a crash at any instant leaves either
  /// the old file or the new one.
  ///
  /// Writes a temporary file in the same folder (created exclusively, never through a
  /// link), flushes it, renames it over `path` and flushes the folder. The new file
  /// gets `mode`; on failure the temporary file is removed and `path` is untouched.
  static func replaceFile(at path: String, with bytes: [UInt8], mode: mode_t) throws(SystemError) {
    let directory = FilePaths.directory(of: path)
    let temporary = "\(directory)/.\(FilePaths.name(of: path)).\(getpid()).tmp"
    unlink(temporary)
    let fd = retrying {
      open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
    }
    guard fd >= 0 else { throw SystemError(operation: "write", path: path, code: errno) }
    func fail(_ code: Int32) -> SystemError {
      close(fd)
      unlink(temporary)
      return SystemError(operation: "write", path: path, code: code)
    }
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw fail(errno)
      }
      offset += count
    }
    if fchmod(fd, mode) != 0 { throw fail(errno) }
    if fsync(fd) != 0 { throw fail(errno) }
    if close(fd) != 0 {
      let code = errno
      unlink(temporary)
      throw SystemError(operation: "write", path: path, code: code)
    }
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw SystemError(operation: "write", path: path, code: code)
    }
    syncDirectory(directory)
  }

  /// Flushes a folder's entries, so that a rename in it survives a power cut.
  static func syncDirectory(_ path: String) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }

  /// Removes a file, ignoring one that is already gone.
  static func removeFile(_ path: String) {
    unlink(path)
  }
}

/// String operations on slash-separated paths.
enum FilePaths {
  /// The folder part of `path` (`.` for a bare name, `/` for a file at the root).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let head = path[..<slash]
    return head.isEmpty ? "/" : String(head)
  }

  /// The last component of `path`.
  static func name(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// The file a path finally names, following symbolic links (at most 40).
  static func resolvingLinks(_ path: String) -> String {
    var current = path
    for _ in 0..<40 {
      guard let target = Platform.linkTarget(of: current) else { return current }
      current = target.hasPrefix("/") ? target : "\(directory(of: current))/\(target)"
    }
    return current
  }
}
