/// What a scanner found wrong, as a plain value (scanners return it rather than
/// throw, so that their results stay trivial to copy); ``reason`` is the error's.
enum JSONFault: UInt8 {
  /// ``JSONError/Reason/unterminatedString``.
  case unterminatedString
  /// ``JSONError/Reason/invalidEscape``.
  case invalidEscape
  /// ``JSONError/Reason/controlCharacterInString``.
  case controlCharacterInString
  /// ``JSONError/Reason/invalidUTF8``.
  case invalidUTF8
  /// ``JSONError/Reason/unpairedHighSurrogate``.
  case unpairedHighSurrogate
  /// ``JSONError/Reason/unpairedLowSurrogate``.
  case unpairedLowSurrogate
  /// ``JSONError/Reason/expected(_:)`` of ``JSONExpectation/hexDigits``.
  case expectedHexDigits
  /// ``JSONError/Reason/expected(_:)`` of ``JSONExpectation/digit``.
  case expectedDigit
  /// ``JSONError/Reason/leadingZero``.
  case leadingZero
  /// ``JSONError/Reason/notAWholeNumber``.
  case notAWholeNumber
  /// ``JSONError/Reason/numberOutOfRange``.
  case numberOutOfRange

  /// The error's reason.
  var reason: JSONError.Reason {
    switch self {
    case .unterminatedString: .unterminatedString
    case .invalidEscape: .invalidEscape
    case .controlCharacterInString: .controlCharacterInString
    case .invalidUTF8: .invalidUTF8
    case .unpairedHighSurrogate: .unpairedHighSurrogate
    case .unpairedLowSurrogate: .unpairedLowSurrogate
    case .expectedHexDigits: .expected(.hexDigits)
    case .expectedDigit: .expected(.digit)
    case .leadingZero: .leadingZero
    case .notAWholeNumber: .notAWholeNumber
    case .numberOutOfRange: .numberOutOfRange
    }
  }
}
