extension Card {
  /// What card names are compared by, regardless of case: `name.lowercased()`.
  ///
  /// The same text, made sooner for the scripts without case that many names are
  /// written in (Chinese, Japanese, Korean): for any text that is not all ASCII,
  /// the standard library looks up every character's lowercase mapping and makes a
  /// string of it, where these characters and ASCII are mapped here byte by byte.
  ///
  /// - Parameter name: A card's name, or what a user typed for one.
  /// - Returns: The name lowercased.
  public static func nameKey(_ name: String) -> String {
    // ASCII alone is the standard library's fast path.
    var name = name
    if name.withUTF8({ $0.allSatisfy { $0 < 0x80 } }) { return name.lowercased() }
    var key: [UInt8] = []
    key.reserveCapacity(name.utf8.count)
    for scalar in name.unicodeScalars {
      switch scalar.value {
      case 0x41...0x5A: key.append(UInt8(scalar.value) + 0x20)
      case 0..<0x80: key.append(UInt8(scalar.value))
      case _ where isCaseless(scalar): key.append(contentsOf: scalar.utf8)
      default: key.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      }
    }
    return String(decoding: key, as: UTF8.self)
  }

  /// Whether `scalar` lies in a block that no lowercasing changes: CJK symbols
  /// and punctuation, kana, CJK ideographs (with extension A), Hangul syllables,
  /// or the supplementary ideographic planes. A test checks every one.
  static func isCaseless(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x20000...0x3FFFF:
      true
    default: false
    }
  }
}
