/// Why a JSON document could not be read, and where: a value for the edge to render.
///
/// The reader never words a reason: `reason` is a ``JSONError/Reason``, and the line
/// and column count from 1 as an editor shows them (columns count characters, not
/// bytes), starting after a UTF-8 byte order mark if the document has one.
public struct JSONError: Error, Sendable, Hashable {
  /// What went wrong.
  public var reason: Reason
  /// Where it went wrong.
  public var location: JSONLocation
  /// The value that was being read, from the top of the document (`cards[3].history[2].via`).
  ///
  /// It names the members and elements entered by the reader's typed methods; a
  /// syntax error inside a value that was skipped names the skipped value.
  public var path: JSONPath

  /// Creates an error; readers make these with ``JSONReader/error(_:at:)``.
  public init(reason: Reason, location: JSONLocation, path: JSONPath = JSONPath()) {
    self.reason = reason
    self.location = location
    self.path = path
  }

  /// The line, counting from 1.
  public var line: Int { location.line }
  /// The column in characters, counting from 1.
  public var column: Int { location.column }

  /// Why a document could not be read.
  public enum Reason: Sendable, Hashable {
    /// The document ended inside a value.
    case unexpectedEnd
    /// Something else was found where this was expected.
    case expected(JSONExpectation)
    /// A string has no closing quote.
    case unterminatedString
    /// A backslash in a string is followed by a character JSON gives no meaning to.
    case invalidEscape
    /// A string holds a control character (U+0000 to U+001F) that is not escaped.
    case controlCharacterInString
    /// The bytes are not UTF-8 as RFC 3629 defines it.
    case invalidUTF8
    /// An escaped high surrogate (`\uD800`–`\uDBFF`) is not followed by an escaped low one.
    case unpairedHighSurrogate
    /// An escaped low surrogate (`\uDC00`–`\uDFFF`) has no high one before it.
    case unpairedLowSurrogate
    /// A number has a leading zero, as in `01`.
    case leadingZero
    /// Values are nested more than ``JSONReader/maximumDepth`` deep.
    case nestedTooDeeply
    /// Something other than white space follows the document's value.
    case textAfterEnd
    /// One object has this key twice (keys compare by their text, escapes decoded).
    case repeatedKey(String)
    /// A value of one kind was found where the reader asked for another.
    case typeMismatch(expected: JSONValueKind, found: JSONValueKind)
    /// A number with a fraction (`1.5`) where a whole number was asked for.
    case notAWholeNumber
    /// A number too large for the type asked for (`1e400`, or beyond `Int`).
    case numberOutOfRange
    /// A key the reader's caller does not know.
    case unknownKey(String)
    /// A key the reader's caller needs is not in the object.
    case missingKey(String)

    /// Whether the text is not JSON at all (RFC 8259, plus repeated keys), as opposed
    /// to JSON that does not hold what the caller asked for.
    public var isSyntaxError: Bool {
      switch self {
      case .typeMismatch, .notAWholeNumber, .numberOutOfRange, .unknownKey, .missingKey: false
      default: true
      }
    }
  }
}

/// What the reader expected where it found something else.
public enum JSONExpectation: Sendable, Hashable {
  /// Any JSON value.
  case value
  /// An object's key, in quotes.
  case key
  /// The `:` after a key.
  case colon
  /// A `,` or the `}` that ends the object.
  case commaOrObjectEnd
  /// A `,` or the `]` that ends the array.
  case commaOrArrayEnd
  /// A decimal digit in a number.
  case digit
  /// The four hexadecimal digits after `\u`.
  case hexDigits
  /// The rest of the literal `true`, `false` or `null`.
  case literal(JSONLiteral)
}

/// The three literal names of JSON.
public enum JSONLiteral: Sendable, Hashable {
  /// `true`.
  case `true`
  /// `false`.
  case `false`
  /// `null`.
  case null
}

/// The kinds of value JSON has.
public enum JSONValueKind: Sendable, Hashable {
  /// `{ … }`.
  case object
  /// `[ … ]`.
  case array
  /// `"…"`.
  case string
  /// `-1.5e3` and the like.
  case number
  /// `true` or `false`.
  case bool
  /// `null`.
  case null
}

/// A place in a document: 1-based line and column (in characters), and byte offset.
public struct JSONLocation: Sendable, Hashable {
  /// The line, counting from 1.
  public var line: Int
  /// The column in characters (extended grapheme clusters), counting from 1.
  public var column: Int
  /// The offset in bytes from the start of the document's bytes (a byte order mark included).
  public var offset: Int

  /// Creates a location.
  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }
}
