import TestSupport
import Testing

@testable import RenewKit

/// The reader finds the same first error, at the same line and column, as the
/// strict scanner it replaces, `JSONSyntax`; delete this suite with `JSONSyntax`.
@Suite struct JSONSyntaxAgreementTests {
  /// `JSONSyntax`'s English for each of the reader's syntax reasons.
  private func legacyReason(_ reason: JSONError.Reason) -> String {
    switch reason {
    case .unexpectedEnd: "unexpected end of file"
    case .expected(.value): "expected a value"
    case .expected(.key): "expected a key in quotes"
    case .expected(.colon): "expected ':'"
    case .expected(.commaOrObjectEnd): "expected ',' or '}'"
    case .expected(.commaOrArrayEnd): "expected ',' or ']'"
    case .expected(.digit): "expected a digit"
    case .expected(.hexDigits): #"expected four hex digits after \u"#
    case .expected(.literal(.true)): "expected 'true'"
    case .expected(.literal(.false)): "expected 'false'"
    case .expected(.literal(.null)): "expected 'null'"
    case .unterminatedString: "unterminated string"
    case .invalidEscape: "invalid escape"
    case .controlCharacterInString: "control character in string"
    case .invalidUTF8: "invalid UTF-8"
    case .unpairedHighSurrogate: "a high surrogate without a low one after it"
    case .unpairedLowSurrogate: "a low surrogate without a high one before it"
    case .leadingZero: "a number may not start with 0"
    case .nestedTooDeeply: "nested too deeply"
    case .textAfterEnd: "unexpected text after the end"
    case .repeatedKey: "a key appears twice in one object"
    default: "not a syntax error: \(reason)"
    }
  }

  @Test("on mutated documents, the first error and its place are JSONSyntax's")
  func agreesWithJSONSyntax() throws {
    var random = SplitMix64(seed: 0xA9EE)
    let documents = try JSONReaderPropertyTests.documents(seed: 0xA9EE, count: 300).map(\.1)
    var refused = 0
    for round in 0..<8_000 {
      let bytes = JSONReaderPropertyTests.mutated(random.pick(documents), &random)
      // The one difference: the reader skips a byte order mark at the start.
      guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { continue }
      let legacy = JSONSyntax.firstError(in: bytes)
      let found = JSONReader.syntaxError(in: bytes)
      try #require(
        legacy?.line == found?.line && legacy?.column == found?.column
          && legacy?.reason == found.map { legacyReason($0.reason) },
        "round \(round): \(String(describing: legacy)) against \(String(describing: found))")
      if found != nil { refused += 1 }
    }
    #expect(refused > 3_000)
  }
}
