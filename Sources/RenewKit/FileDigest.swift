/// A short fingerprint of a file's bytes: a 64-bit hash of them, eight bytes at a
/// time in four lanes, and their length.
///
/// renew remembers the digest of what it last wrote, so that `undo` can tell that
/// the file was changed since by someone else. It guards against accidents, not
/// against an attacker: two different files can share a digest, but an edit by
/// hand, a merge or a sync tool practically never produces one that does.
public struct FileDigest: Sendable, Hashable {
  /// The hash: four lanes, each FNV-1a's prime over every fourth of the bytes'
  /// little-endian 64-bit words (the bytes left over one at a time into the next
  /// lane), folded together with a final mix. The lanes are independent, so a
  /// processor works on four words at once: a 40 MB file is digested in about
  /// as long as it takes to read it from memory.
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
    static let prime: UInt64 = 0x0000_0100_0000_01b3
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (
      0xcbf2_9ce4_8422_2325, 0xcbf2_9ce4_8422_2325 &+ 0x9e37_79b9_7f4a_7c15,
      0xcbf2_9ce4_8422_2325 &+ 2 &* 0x9e37_79b9_7f4a_7c15,
      0xcbf2_9ce4_8422_2325 &+ 3 &* 0x9e37_79b9_7f4a_7c15
    )
    /// The lane the next whole word goes into.
    private var lane = 0
    private var length = 0
    /// The bytes of a word not yet whole, low bytes first, and how many there are.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    /// Adds `bytes`.
    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
      guard let base = bytes.baseAddress else { return }
      length += bytes.count
      var index = 0
      // A word begun by the piece before is finished first.
      while pendingCount > 0 && index < bytes.count {
        pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
        pendingCount += 1
        index += 1
        if pendingCount == 8 {
          mix(pending)
          pending = 0
          pendingCount = 0
        }
      }
      func word(_ offset: Int) -> UInt64 {
        UInt64(littleEndian: (base + offset).loadUnaligned(as: UInt64.self))
      }
      while lane != 0 && index + 8 <= bytes.count {
        mix(word(index))
        index += 8
      }
      // Four words at a time, one to each lane.
      var (a, b, c, d) = lanes
      while index + 32 <= bytes.count {
        a = Hasher.step(a, word(index))
        b = Hasher.step(b, word(index + 8))
        c = Hasher.step(c, word(index + 16))
        d = Hasher.step(d, word(index + 24))
        index += 32
      }
      lanes = (a, b, c, d)
      while index + 8 <= bytes.count {
        mix(word(index))
        index += 8
      }
      while index < bytes.count {
        pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
        pendingCount += 1
        index += 1
      }
    }

    @inline(__always)
    private static func step(_ hash: UInt64, _ word: UInt64) -> UInt64 {
      let mixed = (hash ^ word) &* prime
      return mixed ^ (mixed >> 29)
    }

    /// Adds a whole word to the next lane.
    private mutating func mix(_ word: UInt64) {
      switch lane {
      case 0: lanes.0 = Hasher.step(lanes.0, word)
      case 1: lanes.1 = Hasher.step(lanes.1, word)
      case 2: lanes.2 = Hasher.step(lanes.2, word)
      default: lanes.3 = Hasher.step(lanes.3, word)
      }
      lane = (lane + 1) % 4
    }

    /// The digest of everything added.
    func finalize() -> FileDigest {
      var lanes = [self.lanes.0, self.lanes.1, self.lanes.2, self.lanes.3]
      // The bytes after the last whole word count one at a time, in the next lane.
      for position in 0..<pendingCount {
        let byte = pending >> (8 * UInt64(position)) & 0xff
        lanes[lane] = (lanes[lane] ^ byte) &* Hasher.prime
      }
      var hash: UInt64 = 0
      for value in lanes { hash = Hasher.step(hash, value) }
      hash ^= hash >> 33
      return FileDigest(value: hash &* 0xff51_afd7_ed55_8ccd, length: length)
    }
  }

  /// The digest as one line of text: `x`, 16 lower-case hex digits, a space, the
  /// length. (Older renews wrote other digests, without the `x`: one eight bytes at
  /// a time in one lane, marked `w`, which a record still matches (see
  /// ``init(wordsOf:)``), and one a byte at a time before that, which is not read:
  /// `undo` then works as with no record.)
  public var line: String {
    let hex = String(value, radix: 16)
    return "x" + String(repeating: "0", count: 16 - hex.count) + hex + " \(length)"
  }

  /// The digest the renew before this one recorded: one lane, the words in turn,
  /// then the bytes left over, and the same final mix.
  init(wordsOf bytes: [UInt8]) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while let word = JSONWordScan.load(buffer, at: index) {
        hash = (hash ^ word) &* Hasher.prime
        hash ^= hash >> 29
        index += 8
      }
      while index < buffer.count {
        hash = (hash ^ UInt64(buffer[index])) &* Hasher.prime
        index += 1
      }
    }
    hash ^= hash >> 33
    self.init(value: hash &* 0xff51_afd7_ed55_8ccd, length: bytes.count)
  }

  /// A digest from its parts, as a ``Summary`` keeps them.
  init(value: UInt64, length: Int) {
    self.value = value
    self.length = length
  }

  /// Reads a digest written as ``line``; `nil` for any other text.
  public init?(line: some StringProtocol) {
    self.init(line: line, marked: "x")
  }

  /// Reads a digest of the renew before this one (see ``init(wordsOf:)``), written
  /// as ``line`` but marked `w`; `nil` for any other text.
  init?(earlierLine line: some StringProtocol) {
    self.init(line: line, marked: "w")
  }

  private init?(line: some StringProtocol, marked mark: Character) {
    guard line.first == mark else { return nil }
    let parts = line.dropFirst().split(separator: " ")
    guard parts.count == 2, parts[0].count == 16,
      let value = UInt64(parts[0], radix: 16), let length = Int(parts[1]), length >= 0
    else { return nil }
    self.value = value
    self.length = length
  }
}
