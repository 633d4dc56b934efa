/// How many terminal columns text takes: two for wide characters (Chinese,
/// Japanese, Korean, most emoji), none for combining marks, one otherwise.
///
/// Width belongs to a grapheme cluster (a `Character`), not to a scalar: a flag is
/// two regional indicators, ☎️ is U+260E and the emoji variation selector, a family
/// is several emoji joined by U+200D, and each is one picture two columns wide.
/// A small table of the East Asian Wide and Fullwidth ranges, so that the
/// status table stays aligned when card names are Chinese, without pulling in ICU.
enum TextWidth {
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004,
    0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F1E6...0x1F1FF,
    0x1F200...0x1F251,
    0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF,
    0x1FA70...0x1FAFF, 0x20000...0x3FFFD,
  ]

  /// The columns one scalar takes.
  static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B || (0xFE00...0xFE0F).contains(value) { return 0 }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      if value < wideRanges[middle].lowerBound {
        high = middle - 1
      } else if value > wideRanges[middle].upperBound {
        low = middle + 1
      } else {
        return 2
      }
    }
    return 1
  }

  /// The columns one grapheme cluster takes.
  ///
  /// Usually the width of its widest scalar (a base letter and its combining marks
  /// take the letter's). An emoji followed by the emoji variation selector U+FE0F
  /// (☎️, ©️) or by the keycap mark U+20E3 (1️⃣) is shown as a picture: two columns.
  static func width(of character: Character) -> Int {
    if let ascii = character.asciiValue {
      return ascii == 0x09 ? 1 : width(of: Unicode.Scalar(ascii))
    }
    let scalars = character.unicodeScalars
    var widest = 0
    var isPicture = false
    for scalar in scalars {
      switch scalar.value {
      case 0xFE0F, 0x20E3: isPicture = true
      default: widest = max(widest, width(of: scalar))
      }
    }
    if isPicture, scalars.first?.properties.isEmoji == true { return 2 }
    return widest
  }

  /// The columns `text` takes: the sum of its grapheme clusters' widths.
  static func width(of text: some StringProtocol) -> Int {
    // Most cells are printable ASCII: one column per byte.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
    if let columns = plainCJKWidth(of: text) { return columns }
    var total = 0
    for character in text { total += width(of: character) }
    return total
  }

  /// The columns of text made only of printable ASCII and of Chinese, Japanese kana
  /// and full-width characters that never join a neighbour into one grapheme
  /// cluster, such as `中国移动 Card`: one column per ASCII byte, two per other
  /// character. `nil` for any other text, which is measured cluster by cluster.
  private static func plainCJKWidth(of text: some StringProtocol) -> Int? {
    var columns = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x20..<0x7F: columns += 1
      // CJK punctuation (not the marks at U+302A–U+302F), kana (not the sound
      // marks at U+3099–U+309A), ideographs, compatibility ideographs,
      // full-width forms.
      case 0x3000...0x3029, 0x3041...0x3096, 0x30A1...0x30FA, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF60, 0xFFE0...0xFFE6:
        columns += 2
      default: return nil
      }
    }
    return columns
  }

  /// `text` shortened to at most `columns` columns, ending in `…`, when it is wider.
  ///
  /// Cuts between grapheme clusters, so a CJK character, a flag, an emoji sequence
  /// or a letter with its accents is kept whole or left out; where a wide character
  /// does not fit the result is one column short (a table pads it with a space).
  /// Spaces before the `…` are dropped. The `…` takes one column.
  static func truncated(_ text: String, to columns: Int) -> String {
    guard width(of: text) > columns else { return text }
    guard columns > 0 else { return "" }
    var end = text.startIndex
    var used = 0
    for character in text {
      let next = width(of: character)
      if used + next > columns - 1 { break }
      used += next
      end = text.index(after: end)
    }
    var kept = text[..<end]
    while kept.last?.isWhitespace == true { kept.removeLast() }
    return kept + "…"
  }

  /// `text` followed by spaces up to `columns`.
  static func padded(_ text: String, to columns: Int) -> String {
    text + String(repeating: " ", count: max(0, columns - width(of: text)))
  }
}
