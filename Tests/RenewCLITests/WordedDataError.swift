import RenewKit

@testable import RenewCLI

/// A data file error as renew words it: the first line of its message, without
/// `renew: `. Decoding tests state their expectations in the words a user reads.
struct WordedError: Error, Equatable, CustomStringConvertible {
  /// The message.
  var description: String

  /// The words for a card's field.
  static func card(path: String, card: String, field: String, reason: String) -> WordedError {
    WordedError(description: "\(path): card '\(card)', field '\(field)': \(reason)")
  }

  /// The words for the document outside any card.
  static func document(path: String, reason: String) -> WordedError {
    WordedError(description: "\(path): not a renew data file: \(reason)")
  }

  /// The words for text that is not JSON.
  static func json(path: String, line: Int, column: Int, reason: String) -> WordedError {
    WordedError(description: "\(path):\(line):\(column): not valid JSON: \(reason)")
  }

  /// The words for a file written by a newer renew.
  static func newerVersion(path: String, found: Int, supported: Int) -> WordedError {
    WordedError(
      description: "\(path) was written by a newer renew (format \(found); this one reads up to "
        + "\(supported))")
  }
}

/// Decodes `bytes` as the store does, throwing the error as renew words it.
func decodeWorded(_ bytes: [UInt8], path: String) throws(WordedError) -> Document {
  do {
    return try Store.decode(bytes, path: path)
  } catch {
    throw WordedError(description: ErrorReport(error, language: .english).message)
  }
}
