#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A regular file held open for reading, whole or a piece at a time, and closed
/// when the last value that holds it is gone.
///
/// Cards read from a ``Summary`` keep the data file open through one, so that a
/// change reads the cards it touches, and copies the others into the file it
/// writes, from the file that summary describes, whatever is renamed over its path.
final class OpenFile: Sendable {
  /// The path it was opened by, for errors.
  let path: String
  /// The file's identity as it was opened.
  let identity: Platform.FileIdentity
  private let descriptor: Int32

  /// Opens the regular file at `path`; `nil` when it does not exist.
  ///
  /// A path that is not a regular file (links followed) is refused before it is
  /// opened, so that no device is opened at all. The check is made again on the
  /// open file, which is what is read, so a file swapped in between is caught too:
  /// it is opened without blocking, because a named pipe would wait for a writer.
  /// A file larger than `sizeLimit` bytes is refused.
  init?(_ path: String, sizeLimit: Int) throws(FileReadError) {
    var info = stat()
    if stat(path, &info) == 0, let refusal = Platform.refusal(of: info, path: path) {
      throw refusal
    }
    var fd: Int32
    repeat {
      fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    } while fd < 0 && errno == EINTR
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw .system(SystemError(operation: .read, path: path, code: errno))
    }
    guard fstat(fd, &info) == 0 else {
      let code = errno
      close(fd)
      throw .system(SystemError(operation: .read, path: path, code: code))
    }
    if let refusal = Platform.refusal(of: info, path: path) {
      close(fd)
      throw refusal
    }
    guard Int(info.st_size) <= sizeLimit else {
      close(fd)
      throw .tooLarge(size: Int(info.st_size))
    }
    self.path = path
    self.descriptor = fd
    self.identity = Platform.FileIdentity(info)
  }

  deinit {
    close(descriptor)
  }

  /// Reads the whole file, from its start whatever was read before: the size it
  /// had when opened, and one byte more to see its end, straight into the array;
  /// then, if it grew while it was read, in chunks.
  ///
  /// - Throws: ``FileReadError/tooLarge(size:)`` when it grows past `sizeLimit`.
  func readToEnd(sizeLimit: Int) throws(FileReadError) -> [UInt8] {
    var readError: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: identity.size + 1) { buffer, count in
      guard let base = buffer.baseAddress else { return }
      while count < buffer.count {
        let got = pread(descriptor, base + count, buffer.count - count, off_t(count))
        if got < 0 {
          if errno == EINTR { continue }
          readError = errno
          return
        }
        if got == 0 { return }
        count += got
      }
    }
    if readError != 0 {
      throw .system(SystemError(operation: .read, path: path, code: readError))
    }
    // Short of the extra byte, the end was read; a file cut short ends sooner.
    if bytes.count <= identity.size { return bytes }
    guard bytes.count <= sizeLimit else { throw .tooLarge(size: bytes.count) }
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, $0.count, off_t(bytes.count))
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .system(SystemError(operation: .read, path: path, code: errno))
      }
      if count == 0 { return bytes }
      guard bytes.count + count <= sizeLimit else { throw .tooLarge(size: bytes.count + count) }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  /// The bytes at `range`.
  ///
  /// - Throws: ``SystemError`` when they cannot be read, or are no longer there
  ///   (the file was cut short since it was opened).
  func bytes(in range: Range<Int>) throws(SystemError) -> [UInt8] {
    var failure: SystemError?
    let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in
      do throws(SystemError) {
        try readExactly(range, into: UnsafeMutableRawBufferPointer(buffer))
        count = range.count
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    return bytes
  }

  /// Reads `range` into `buffer`, which holds exactly as many bytes.
  func readExactly(
    _ range: Range<Int>, into buffer: UnsafeMutableRawBufferPointer
  ) throws(SystemError) {
    var done = 0
    while done < buffer.count {
      let got = pread(
        descriptor, buffer.baseAddress.map { $0 + done }, buffer.count - done,
        off_t(range.lowerBound + done))
      if got < 0 {
        if errno == EINTR { continue }
        throw SystemError(operation: .read, path: path, code: errno)
      }
      // The file was cut short since it was opened.
      if got == 0 { throw SystemError(operation: .read, path: path, code: EIO) }
      done += got
    }
  }
}

extension OpenFile {
  /// Reads ranges of an ``OpenFile`` through one buffer, a chunk at a time, so
  /// that many small ranges close together, such as the cards a change copies,
  /// take one system call.
  final class Window {
    /// How many bytes the window holds.
    static let size = 1 << 20

    let file: OpenFile
    private let buffer = UnsafeMutableRawBufferPointer.allocate(
      byteCount: Window.size, alignment: 8)
    /// The bytes of the file the buffer holds.
    private var held = 0..<0

    init(_ file: OpenFile) {
      self.file = file
    }

    deinit {
      buffer.deallocate()
    }

    /// Calls `body` with the bytes at `range`, a piece at a time, in order.
    ///
    /// - Throws: ``SystemError`` when they cannot be read, or are no longer
    ///   there (the file was cut short since it was opened).
    func forEachChunk(
      of range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws(SystemError) -> Void
    ) throws(SystemError) {
      var start = range.lowerBound
      while start < range.upperBound {
        if !held.contains(start) {
          // As much as the file holds past `start`, but at least what is asked for.
          let wanted = max(file.identity.size - start, range.upperBound - start)
          let count = min(Window.size, wanted)
          try file.readExactly(
            start..<start + count, into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<count]))
          held = start..<start + count
        }
        let end = min(range.upperBound, held.upperBound)
        try body(
          UnsafeRawBufferPointer(
            rebasing: buffer[(start - held.lowerBound)..<(end - held.lowerBound)]))
        start = end
      }
    }
  }
}

extension OpenFile {
  /// The digest of the file's bytes, read a window at a time.
  ///
  /// - Throws: ``SystemError`` when they cannot be read, or are no longer there.
  func digest() throws(SystemError) -> FileDigest {
    var digest = FileDigest.Hasher()
    try Window(self).forEachChunk(of: 0..<identity.size) { digest.combine($0) }
    return digest.finalize()
  }

  /// The file's last `count` bytes, or all of them when it is shorter.
  ///
  /// - Throws: ``SystemError`` when they cannot be read, or are no longer there.
  func tail(count: Int) throws(SystemError) -> [UInt8] {
    try bytes(in: max(0, identity.size - count)..<identity.size)
  }
}
