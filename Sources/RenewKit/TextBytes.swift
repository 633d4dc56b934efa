/// What renew's readers of text files (the data file, a merge's inputs, an import)
/// agree on at the level of bytes: the byte order mark editors write, and what
/// counts as blank.
public enum TextBytes {
  /// U+FEFF in UTF-8, which Windows editors and spreadsheets put first.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// `bytes` without a byte order mark at the start.
  public static func body(of bytes: [UInt8]) -> ArraySlice<UInt8> {
    bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes[...]
  }

  /// Whether `byte` is white space between JSON tokens (and around a CSV).
  public static func isWhiteSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// The first byte of `bytes` that is not white space, after any byte order
  /// mark; `nil` for a blank file, which data loss elsewhere leaves behind.
  public static func firstVisible(in bytes: [UInt8]) -> UInt8? {
    body(of: bytes).first { !isWhiteSpace($0) }
  }
}
