internal import CRenewShims

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call: what renew tried, on which path, and the C library's reason.
public struct SystemError: Error, Sendable, Equatable {
  /// What was being done.
  public var operation: FileOperation
  /// The path it was done to.
  public var path: String
  /// The `errno` value.
  public var code: Int32

  /// The C library's text for ``code``, such as `No space left on device`.
  public var reason: String { SystemError.reason(of: code) }

  /// The C library's text for an `errno` value.
  public static func reason(of code: Int32) -> String { String(cString: strerror(code)) }
}

/// Why a data file could not be read.
enum FileReadError: Error {
  /// The system call failed.
  case system(SystemError)
  /// The path names something other than a regular file, links followed.
  case notRegularFile(FileKind)
  /// The file holds more than the limit; `size` is what it holds, or what was read.
  case tooLarge(size: Int)
}

/// What renew was doing with a file when the system said no.
public enum FileOperation: Sendable, Hashable {
  /// Reading a file.
  case read
  /// Writing a file (through a temporary file and a rename).
  case write
  /// Creating a folder.
  case createFolder
  /// Opening the lock file.
  case openLock
  /// Taking the lock.
  case lock
}

/// Every call renew makes into the C library lives here, so the rest reads as Swift.
enum Platform {
  /// Runs `body` until it stops failing with `EINTR`.
  private static func retrying(_ body: () -> Int32) -> Int32 {
    var result: Int32
    repeat { result = body() } while result == -1 && errno == EINTR
    return result
  }

  /// The whole contents of a regular file, or `nil` when it does not exist.
  ///
  /// A path that is not a regular file (links followed) is refused before it is
  /// opened, so that no device is opened at all. The check is made again on the
  /// open file, which is what is read, so a file swapped in between is caught too:
  /// it is opened without blocking, because a named pipe would wait for a writer.
  /// A file larger than `sizeLimit` bytes is refused before it is read, and one that
  /// grows past it while it is read is refused as well.
  static func readFile(at path: String, sizeLimit: Int) throws(FileReadError) -> [UInt8]? {
    var identity: FileIdentity?
    return try readFile(at: path, sizeLimit: sizeLimit, identity: &identity)
  }

  /// Reads a whole regular file, as ``readFile(at:sizeLimit:)``, and sets `identity`
  /// to the file's as it was opened (`nil` when there is no file).
  static func readFile(
    at path: String, sizeLimit: Int, identity: inout FileIdentity?
  ) throws(FileReadError) -> [UInt8]? {
    identity = nil
    guard let file = try OpenFile(path, sizeLimit: sizeLimit) else { return nil }
    identity = file.identity
    return try file.readToEnd(sizeLimit: sizeLimit)
  }

  /// Reads standard input to its end, refusing more than `sizeLimit` bytes.
  static func readStandardInput(sizeLimit: Int) throws(FileReadError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .system(SystemError(operation: .read, path: "-", code: errno))
      }
      if count == 0 { return bytes }
      guard bytes.count + count <= sizeLimit else { throw .tooLarge(size: bytes.count + count) }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  /// Why the file `info` describes cannot be read as a data file; `nil` for a regular file.
  static func refusal(of info: stat, path: String) -> FileReadError? {
    switch info.st_mode & S_IFMT {
    case S_IFREG: nil
    // The system's own words for a folder, as `read` gives them.
    case S_IFDIR: .system(SystemError(operation: .read, path: path, code: EISDIR))
    case S_IFCHR: .notRegularFile(.characterDevice)
    case S_IFBLK: .notRegularFile(.blockDevice)
    case S_IFIFO: .notRegularFile(.namedPipe)
    case S_IFSOCK: .notRegularFile(.socket)
    default: .notRegularFile(.other)
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

  /// The size of a file in bytes, or `nil` when it cannot be found.
  static func size(of path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int(info.st_size)
  }

  /// What tells one version of a file from another without reading it: its device
  /// and inode, size, and change and modification times.
  struct FileIdentity: Equatable {
    /// The device that holds the file.
    var device: UInt64
    /// The file's inode on that device.
    var inode: UInt64
    /// The size in bytes.
    var size: Int
    /// The last status change: seconds and nanoseconds.
    var changed: [Int]
    /// The last modification: seconds and nanoseconds.
    var modified: [Int]

    /// Whether `other` is the same file (device and inode), whatever its times.
    func isSameFile(as other: FileIdentity) -> Bool {
      device == other.device && inode == other.inode
    }
  }

}

extension Platform.FileIdentity {
  /// The identity `info` describes.
  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int(info.st_size)
    #if canImport(Darwin)
      changed = [Int(info.st_ctimespec.tv_sec), Int(info.st_ctimespec.tv_nsec)]
      modified = [Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec)]
    #else
      changed = [Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec)]
      modified = [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
    #endif
  }
}

extension Platform {

  /// The identity of the file at `path` (links followed), or `nil` when it cannot be had.
  static func identity(of path: String) -> FileIdentity? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileIdentity(info)
  }

  /// Whether `path` is a folder (links followed).
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
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
      throw SystemError(operation: .createFolder, path: path, code: errno)
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
    guard fd >= 0 else { throw SystemError(operation: .openLock, path: path, code: errno) }
    let start = monotonicSeconds()
    while true {
      if flock(fd, LOCK_EX | LOCK_NB) == 0 { return fd }
      guard errno == EWOULDBLOCK || errno == EINTR else {
        let code = errno
        close(fd)
        throw SystemError(operation: .lock, path: path, code: code)
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

  /// Sets a file's times to now (its change time too), not following a link; a
  /// file that cannot be touched is left as it is.
  static func touch(_ path: String) {
    utimensat(AT_FDCWD, path, nil, AT_SYMLINK_NOFOLLOW)
  }

  /// Starts writing `count` bytes of `fd` from `offset` to the disk, without
  /// waiting for them, where the system can (Linux); a later `fsync` still makes
  /// sure of them.
  ///
  /// - Returns: `nil`, or the `errno` value of a failure that says the bytes may
  ///   not reach the disk (`EIO`, `ENOSPC`): the system need not report it again
  ///   to the `fsync`. A system or file that cannot take the hint is no failure.
  static func startWriteback(_ fd: Int32, offset: Int, count: Int) -> Int32? {
    guard renew_start_writeback(fd, off_t(offset), off_t(count)) != 0 else { return nil }
    let code = errno
    return [ENOSYS, EINVAL, ESPIPE, EOPNOTSUPP].contains(code) ? nil : code
  }

  private static func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }

  /// Replaces `path` with `bytes` all at once: a crash at any instant leaves either
  /// the old file or the new one.
  ///
  /// Writes a temporary file in the same folder (see ``writeTemporary(for:with:mode:durably:)``)
  /// and moves it into place. The new file gets `mode`; on failure the temporary file
  /// is removed and `path` is untouched.
  ///
  /// A file that is only a copy of another (a ``Summary``) need not survive a power
  /// cut whole: with `durably` false nothing is flushed, and a reader of it must
  /// tell a torn file.
  static func replaceFile(
    at path: String, with bytes: [UInt8], mode: mode_t, durably: Bool = true
  ) throws(SystemError) {
    let temporary = try writeTemporary(for: path, with: bytes, mode: mode, durably: durably)
    try moveIntoPlace(temporary, at: path, durably: durably)
  }

  /// Writes `bytes` to a new temporary file beside `path`, flushed to disk unless
  /// `durably` is false, and
  /// returns its path, for ``moveIntoPlace(_:at:durably:)`` to put it in place later.
  ///
  /// The temporary file is created exclusively, never through a link, with `mode`,
  /// under the name ``temporaryPath(for:)`` gives. On failure it is removed.
  static func writeTemporary(
    for path: String, with bytes: [UInt8], mode: mode_t, durably: Bool = true
  ) throws(SystemError) -> String {
    var digest = FileDigest.Hasher()
    return try writeTemporary(for: path, mode: mode, durably: durably, digesting: &digest) {
      write throws(SystemError) in
      try bytes.withUnsafeBytes { buffer in Result { () throws(SystemError) in try write(buffer) } }
        .get()
    }
  }

  /// Writes a new temporary file as ``writeTemporary(for:with:mode:durably:)`` does,
  /// its bytes given by `pieces`, which calls `write` with each piece in order, and
  /// gives `digest` every byte written.
  ///
  /// - Throws: What `pieces` throws (the temporary file is then removed), or
  ///   ``SystemError`` for the temporary file.
  static func writeTemporary(
    for path: String, mode: mode_t, durably: Bool = true, digesting digest: inout FileDigest.Hasher,
    pieces: (_ write: (UnsafeRawBufferPointer) throws(SystemError) -> Void) throws(SystemError) ->
      Void
  ) throws(SystemError) -> String {
    let temporary = temporaryPath(for: path)
    unlink(temporary)
    let fd = retrying {
      open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
    }
    guard fd >= 0 else { throw SystemError(operation: .write, path: path, code: errno) }
    func fail(_ error: SystemError) -> SystemError {
      close(fd)
      unlink(temporary)
      return error
    }
    func fail(_ code: Int32) -> SystemError {
      fail(SystemError(operation: .write, path: path, code: code))
    }
    var written = 0
    func writeAll(_ piece: UnsafeRawBufferPointer) throws(SystemError) {
      digest.combine(piece)
      var offset = 0
      while offset < piece.count {
        let count = write(fd, piece.baseAddress.map { $0 + offset }, piece.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          throw SystemError(operation: .write, path: path, code: errno)
        }
        offset += count
      }
      // What is written is sent on to the disk at once, while the rest is made:
      // the fsync at the end waits for little more than the last piece.
      if durably, let code = startWriteback(fd, offset: written, count: piece.count) {
        throw SystemError(operation: .write, path: path, code: code)
      }
      written += piece.count
    }
    // Small pieces are gathered, so that a file of many pieces takes few writes.
    let capacity = 1 << 20
    var pending: [UInt8] = []
    func flush() throws(SystemError) {
      try pending.withUnsafeBytes { buffer in
        Result { () throws(SystemError) in try writeAll(buffer) }
      }
      .get()
      pending.removeAll(keepingCapacity: true)
    }
    do throws(SystemError) {
      try pieces { piece throws(SystemError) in
        if pending.count + piece.count > capacity { try flush() }
        if piece.count >= capacity {
          try writeAll(piece)
        } else {
          if pending.isEmpty { pending.reserveCapacity(capacity) }
          pending.append(contentsOf: piece)
        }
      }
      try flush()
    } catch {
      throw fail(error)
    }
    if fchmod(fd, mode) != 0 { throw fail(errno) }
    if durably && fsync(fd) != 0 { throw fail(errno) }
    if close(fd) != 0 {
      let code = errno
      unlink(temporary)
      throw SystemError(operation: .write, path: path, code: code)
    }
    return temporary
  }

  /// Renames a file made by ``writeTemporary(for:with:mode:durably:)`` over `path` and flushes
  /// the folder, so that the rename survives a power cut; on failure removes it.
  static func moveIntoPlace(
    _ temporary: String, at path: String, durably: Bool = true
  ) throws(SystemError) {
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw SystemError(operation: .write, path: path, code: code)
    }
    if durably { syncDirectory(FilePaths.directory(of: path)) }
  }

  /// The temporary file written before replacing `path`: `.NAME.PID.tmp` beside it.
  ///
  /// One process writes one at a time, so the name is free unless a killed
  /// process left it behind.
  static func temporaryPath(for path: String) -> String {
    "\(FilePaths.directory(of: path))/.\(FilePaths.name(of: path)).\(getpid()).tmp"
  }

  /// Whether `name` is named as ``temporaryPath(for:)`` names temporary files, for the
  /// file named `fileName`, or for any file when it is `nil`.
  static func isTemporaryName(_ name: String, for fileName: String? = nil) -> Bool {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
    let middle = name.dropFirst().dropLast(4)
    guard let dot = middle.lastIndex(of: ".") else { return false }
    let base = middle[..<dot]
    let pid = middle[middle.index(after: dot)...]
    return !base.isEmpty && !pid.isEmpty && pid.allSatisfy { ("0"..."9").contains($0) }
      && (fileName.map { base == $0 } ?? true)
  }

  /// Flushes a folder's entries, so that a rename in it survives a power cut.
  static func syncDirectory(_ path: String) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }

  /// Renames the file at `path` over `newPath`, with `mode`, and flushes the
  /// folder of `newPath`, so that the rename survives a power cut; `false` when it
  /// cannot (another file system), and the file is then left as it was.
  static func move(_ path: String, over newPath: String, mode: mode_t) -> Bool {
    let oldMode = self.mode(of: path)
    guard chmod(path, mode) == 0 else { return false }
    guard rename(path, newPath) == 0 else {
      if let oldMode { chmod(path, oldMode) }
      return false
    }
    syncDirectory(FilePaths.directory(of: newPath))
    return true
  }

  /// Gives the file at `path` a second name, `newPath`; `false` when the file
  /// system cannot (no hard links there) or `newPath` exists.
  static func hardLink(_ path: String, as newPath: String) -> Bool {
    link(path, newPath) == 0
  }

  /// Removes a file, ignoring one that is already gone.
  static func removeFile(_ path: String) {
    unlink(path)
  }
}
