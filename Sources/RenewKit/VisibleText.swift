extension Unicode.Scalar {
  /// Whether this scalar may not appear in a name or text value.
  ///
  /// True for every control (Cc), format (Cf), line separator (Zl) and paragraph
  /// separator (Zp) character: line breaks and tabs split `check`'s one line per
  /// card; U+2028 and U+2029 split it for line-based tools; bidi controls
  /// (U+202A–U+202E, U+2066–U+2069) reorder what a terminal shows; zero-width
  /// characters (U+200B–U+200D, U+2060, U+FEFF) make two different names look the
  /// same. Format characters include the zero-width joiner of emoji sequences
  /// such as 👨‍👩‍👧 and the tags of subdivision flags, so those are refused too.
  public var isForbiddenInText: Bool {
    // Below U+007F only the C0 controls are in these categories: no table lookup.
    if value < 0x7F { return value < 0x20 }
    switch properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator: return true
    default: return false
    }
  }

  /// The code point as Unicode writes it, with its name when it has one:
  /// `U+2028 (LINE SEPARATOR)`, `U+001B (ESCAPE)`, `U+0378`.
  ///
  /// Control characters have no Unicode name; they get their formal alias from
  /// Unicode's NameAliases.txt (`LINE FEED`, `NEXT LINE`).
  public var codePointDescription: String {
    let hex = String(value, radix: 16, uppercase: true)
    let codePoint = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    guard let name = properties.name ?? Unicode.Scalar.controlName(value) else { return codePoint }
    return "\(codePoint) (\(name))"
  }

  /// The formal alias of a C0 or C1 control character, or `nil` for any other scalar.
  private static func controlName(_ value: UInt32) -> String? {
    let index: Int
    switch value {
    case 0x00...0x1F: index = Int(value)
    case 0x7F: index = 0x20
    case 0x80...0x9F: index = Int(value) - 0x80 + 0x21
    default: return nil
    }
    return controlNames[index]
  }

  /// U+0000–U+001F, U+007F, then U+0080–U+009F.
  private static let controlNames: [String] = [
    "NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION",
    "ENQUIRY", "ACKNOWLEDGE", "ALERT", "BACKSPACE", "CHARACTER TABULATION", "LINE FEED",
    "LINE TABULATION", "FORM FEED", "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN",
    "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO", "DEVICE CONTROL THREE",
    "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE", "SYNCHRONOUS IDLE",
    "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM", "SUBSTITUTE", "ESCAPE",
    "INFORMATION SEPARATOR FOUR", "INFORMATION SEPARATOR THREE", "INFORMATION SEPARATOR TWO",
    "INFORMATION SEPARATOR ONE", "DELETE",
    "PADDING CHARACTER", "HIGH OCTET PRESET", "BREAK PERMITTED HERE", "NO BREAK HERE", "INDEX",
    "NEXT LINE", "START OF SELECTED AREA", "END OF SELECTED AREA", "CHARACTER TABULATION SET",
    "CHARACTER TABULATION WITH JUSTIFICATION", "LINE TABULATION SET", "PARTIAL LINE FORWARD",
    "PARTIAL LINE BACKWARD", "REVERSE LINE FEED", "SINGLE SHIFT TWO", "SINGLE SHIFT THREE",
    "DEVICE CONTROL STRING", "PRIVATE USE ONE", "PRIVATE USE TWO", "SET TRANSMIT STATE",
    "CANCEL CHARACTER", "MESSAGE WAITING", "START OF GUARDED AREA", "END OF GUARDED AREA",
    "START OF STRING", "SINGLE GRAPHIC CHARACTER INTRODUCER", "SINGLE CHARACTER INTRODUCER",
    "CONTROL SEQUENCE INTRODUCER", "STRING TERMINATOR", "OPERATING SYSTEM COMMAND",
    "PRIVACY MESSAGE", "APPLICATION PROGRAM COMMAND",
  ]
}

extension StringProtocol {
  /// The first scalar that may not appear in a name or text value (see
  /// ``Unicode/Scalar/isForbiddenInText``), or `nil` when the text is one line of
  /// visible characters.
  ///
  /// The command line and the data file's decoder both ask this, so that what one
  /// refuses the other refuses too.
  public var firstForbiddenScalar: Unicode.Scalar? {
    // Printable ASCII, most names and notes, needs no look at scalars.
    if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return nil }
    return unicodeScalars.first { $0.isForbiddenInText }
  }
}
