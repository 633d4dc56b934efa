/// A free-text value renew stores, with the rules every such value follows: one
/// line of visible characters, and no longer than its limit.
///
/// The command line and the data file's decoder check text through
/// ``problem(in:)``, so that a value one of them accepts the other accepts too.
public enum TextField: Sendable, CaseIterable {
  /// A card's name.
  case name
  /// A card's phone number.
  case number
  /// A card's carrier.
  case carrier
  /// One of a card's tags.
  case tag
  /// A note on a card or a history entry.
  case note
  /// A card's free-text renewal instructions (`--how`).
  case how
  /// The payment method an auto-renewing card is charged to (`--pay`).
  case pay
  /// Through whom or what a renewal was paid (`--via`).
  case via
  /// A renewal's receipt or order reference.
  case receipt

  /// The most characters a name may have.
  public static let maximumNameLength = 200
  /// The most characters a one-line value (number, carrier, tag, pay, via, receipt) may have.
  public static let maximumLineLength = 200
  /// The most characters a note or `--how` may have.
  public static let maximumNoteLength = 2000
  /// The most UTF-8 bytes a value may spend per character of its limit.
  ///
  /// Counting characters (grapheme clusters) means walking the whole text; a value
  /// longer than this many bytes per allowed character is refused before that
  /// walk, so that a 50 MB value costs nothing. No script needs this many: a CJK
  /// character takes 3 bytes, a flag 8.
  public static let maximumBytesPerCharacter = 16

  /// The most characters (grapheme clusters) a value of this field may have.
  public var maximumLength: Int {
    switch self {
    case .name: return TextField.maximumNameLength
    case .note, .how: return TextField.maximumNoteLength
    case .number, .carrier, .tag, .pay, .via, .receipt: return TextField.maximumLineLength
    }
  }

  /// What keeps `text` from being a value of this field, or `nil` when nothing does.
  ///
  /// A value too large in bytes is refused as too long before its scalars are
  /// looked at; otherwise the first forbidden scalar is reported before the length.
  /// Emptiness is left to the caller: the data file and the command line treat it
  /// differently.
  public func problem(in text: some StringProtocol) -> TextProblem? {
    let limit = maximumLength
    let bytes = text.utf8.count
    if bytes > limit * TextField.maximumBytesPerCharacter { return .tooLong(limit: limit) }
    if let scalar = text.firstForbiddenScalar { return .forbiddenScalar(scalar) }
    // Every character takes at least one byte, so only a value with more bytes
    // than the limit needs counting.
    if bytes > limit, text.count > limit { return .tooLong(limit: limit) }
    return nil
  }
}

/// Why a text value cannot be stored.
public enum TextProblem: Sendable, Hashable {
  /// The text holds a control, format or separator character: the first one.
  case forbiddenScalar(Unicode.Scalar)
  /// The text has more characters than `limit`.
  case tooLong(limit: Int)
}
