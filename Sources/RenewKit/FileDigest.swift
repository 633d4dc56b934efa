/// A short fingerprint of a file's bytes: a 64-bit hash of them, eight bytes at a
/// time, and their length.
///
/// renew remembers the digest of what it last wrote, so that `undo` can tell that
/// the file was changed since by someone else. It guards against accidents, not
/// against an attacker: two different files can share a digest, but an edit by
/// hand, a merge or a sync tool practically never produces one that does.
public struct FileDigest: Sendable, Hashable {
  /// The hash: FNV-1a's offset basis and prime over the bytes taken eight at a time
  /// as little-endian words (then the bytes left over one at a time), with a final
  /// mix, so that a 30 MB file is digested in a few milliseconds.
  public let value: UInt64
  /// The number of bytes.
  public let length: Int

  /// The digest of `bytes`.
  public init(of bytes: [UInt8]) {
    var hasher = Hasher()
    bytes.withUnsafeBytes { hasher.combine($0) }
    self = hasher.finalize()
  }

  /// Digests bytes given a piece at a time, as a file is read or written in chunks:
  /// the pieces together give what ``FileDigest/init(of:)`` gives for all of them.
  struct Hasher {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    private var length = 0
    /// The bytes of a word not yet whole, low bytes first, and how many there are.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    /// Adds `bytes`.
    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
      length += bytes.count
      var index = 0
      // A word begun by the piece before is finished first.
      while pendingCount > 0 && pendingCount < 8 && index < bytes.count {
        pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
        pendingCount += 1
        index += 1
      }
      if pendingCount == 8 {
        mix(pending)
        pending = 0
        pendingCount = 0
      }
      if let base = bytes.baseAddress {
        while index + 8 <= bytes.count {
          mix(UInt64(littleEndian: (base + index).loadUnaligned(as: UInt64.self)))
          index += 8
        }
      }
      while index < bytes.count {
        pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
        pendingCount += 1
        index += 1
      }
    }

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
      hash = (hash ^ word) &* 0x0000_0100_0000_01b3
      hash ^= hash >> 29
    }

    /// The digest of everything added.
    func finalize() -> FileDigest {
      var hash = hash
      // The bytes after the last whole word count one at a time.
      for position in 0..<pendingCount {
        hash = (hash ^ (pending >> (8 * UInt64(position)) & 0xff)) &* 0x0000_0100_0000_01b3
      }
      hash ^= hash >> 33
      return FileDigest(value: hash &* 0xff51_afd7_ed55_8ccd, length: length)
    }
  }

  /// The digest as one line of text: `w`, 16 lower-case hex digits, a space, the
  /// length. (An older renew wrote its byte-at-a-time digests without the `w`; such
  /// a record is not read, and `undo` then works as with no record.)
  public var line: String {
    let hex = String(value, radix: 16)
    return "w" + String(repeating: "0", count: 16 - hex.count) + hex + " \(length)"
  }

  /// A digest from its parts, as a ``Summary`` keeps them.
  init(value: UInt64, length: Int) {
    self.value = value
    self.length = length
  }

  /// Reads a digest written as ``line``; `nil` for any other text.
  public init?(line: some StringProtocol) {
    guard line.hasPrefix("w") else { return nil }
    let parts = line.dropFirst().split(separator: " ")
    guard parts.count == 2, parts[0].count == 16,
      let value = UInt64(parts[0], radix: 16), let length = Int(parts[1]), length >= 0
    else { return nil }
    self.value = value
    self.length = length
  }
}
