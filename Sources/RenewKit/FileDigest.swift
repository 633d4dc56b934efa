/// A short fingerprint of a file's bytes: their 64-bit FNV-1a hash and their length.
///
/// renew remembers the digest of what it last wrote, so that `undo` can tell that
/// the file was changed since by someone else. It guards against accidents, not
/// against an attacker: two different files can share a digest, but an edit by
/// hand, a merge or a sync tool practically never produces one that does.
public struct FileDigest: Sendable, Hashable {
  /// The FNV-1a hash of the bytes (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
  public let value: UInt64
  /// The number of bytes.
  public let length: Int

  /// The digest of `bytes`.
  public init(of bytes: [UInt8]) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    value = hash
    length = bytes.count
  }

  /// The digest as one line of text: 16 lower-case hex digits, a space, the length.
  public var line: String {
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex + " \(length)"
  }

  /// Reads a digest written as ``line``; `nil` for any other text.
  public init?(line: some StringProtocol) {
    let parts = line.split(separator: " ")
    guard parts.count == 2, parts[0].count == 16,
      let value = UInt64(parts[0], radix: 16), let length = Int(parts[1]), length >= 0
    else { return nil }
    self.value = value
    self.length = length
  }
}
