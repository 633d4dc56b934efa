/// A key's text packed for quick hashing and comparison: up to 16 bytes in two
/// words (little-endian, zero-padded) with its length; longer keys are hashed with
/// FNV-1a and compared byte by byte.
struct JSONKeyWords: Equatable {
  /// The longest key held in the words.
  static let capacity = 16

  /// Bytes 0 to 7.
  var low: UInt64
  /// Bytes 8 to 15.
  var high: UInt64
  /// The key's length in bytes.
  var count: Int

  /// Words as given: a key that matches nothing has `count` -1.
  init(low: UInt64, high: UInt64, count: Int) {
    self.low = low
    self.high = high
    self.count = count
  }

  /// The words of `bytes[range]`, which must be at most ``capacity`` long.
  ///
  /// Reads whole words from `bytes` when they are there, and masks off what lies
  /// past the key.
  @inline(__always)
  init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    count = range.count
    guard let base = bytes.baseAddress, range.lowerBound + 16 <= bytes.count else {
      var low: UInt64 = 0
      var high: UInt64 = 0
      for index in range {
        let shift = UInt64(8 * ((index - range.lowerBound) & 7))
        if index - range.lowerBound < 8 {
          low |= UInt64(bytes[index]) << shift
        } else {
          high |= UInt64(bytes[index]) << shift
        }
      }
      self.low = low
      self.high = high
      return
    }
    let start = UnsafeRawPointer(base + range.lowerBound)
    let low = UInt64(littleEndian: start.loadUnaligned(as: UInt64.self))
    let high = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    switch count {
    case 0..<8:
      self.low = low & ((1 << UInt64(8 * count)) - 1)
      self.high = 0
    case 8..<16:
      self.low = low
      self.high = high & ((1 << UInt64(8 * (count - 8))) - 1)
    default:
      self.low = low
      self.high = high
    }
  }

  /// A well-mixed hash of the words.
  @inline(__always)
  var hash: UInt64 {
    var hash = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(count)) &* 0xBF58_476D_1CE4_E5B9
    hash ^= hash >> 31
    return hash
  }
}

/// The hash used for keys: ``JSONKeyWords/hash`` for short keys, 64-bit FNV-1a for long ones.
enum JSONKeyHash {
  /// The hash of the key `bytes[range]`.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    guard range.count > JSONKeyWords.capacity else { return JSONKeyWords(bytes, range).hash }
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for index in range { hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3 }
    return hash
  }

  /// The hash of all of `bytes`.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    hash(bytes, 0..<bytes.count)
  }
}
