import RenewKit
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Builders that turn the text a user would type into RenewKit values, failing the test
/// (not crashing it) when the text is wrong.
enum TestValues {
  /// The date written `YYYY-MM-DD`.
  static func date(
    _ text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> CalendarDate {
    try #require(CalendarDate(iso: text), "'\(text)' is not a date", sourceLocation: sourceLocation)
  }

  /// The period written as on the command line (`30d`, `1m`).
  static func period(
    _ text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Period {
    try #require(Period(text), "'\(text)' is not a period", sourceLocation: sourceLocation)
  }

  /// The money written as on the command line (`12.50 USD`).
  static func money(
    _ text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Money {
    try #require(Money(text), "'\(text)' is not money", sourceLocation: sourceLocation)
  }

  /// A renewal term: a period (`1m`) or `until YYYY-MM-DD`.
  static func term(_ text: String) throws -> RenewalTerm {
    if text.hasPrefix("until ") {
      return .until(try date(String(text.dropFirst("until ".count))))
    }
    return .period(try period(text))
  }

  /// A card as the data file would hold it, so that an anchor day other than the
  /// expiry's own day can be set through the public format.
  static func card(
    name: String = "Smart PH", added: String = "2020-01-01", expires: String? = nil,
    anchorDay: Int? = nil, period: String? = nil
  ) throws -> Card {
    var fields = [
      "\"name\": \"\(name)\"", "\"number\": \"+63 917 123 4567\"", "\"added\": \"\(added)\"",
    ]
    if let expires { fields.append("\"expires\": \"\(expires)\"") }
    if let anchorDay { fields.append("\"anchorDay\": \(anchorDay)") }
    if let period { fields.append("\"plan\": {\"period\": \"\(period)\"}") }
    let json = "{" + fields.joined(separator: ", ") + "}"
    // A card of format 1, which kept its expiry on the card: the upgrade records it.
    let document = "{\"version\": 1, \"cards\": [\(json)]}"
    return try #require(Document.decode(Array(document.utf8)).cards.first)
  }
}

/// A change written as the data file keeps it (`log Smart PH 2026-11-21`), so that
/// tests can state one as text.
extension Change: ExpressibleByStringLiteral {
  public init(stringLiteral text: String) {
    self.init(storedText: text)
  }
}

/// Why a document was refused, as RenewKit says it: typed, without words.
enum Refusal: Equatable {
  /// Not JSON: where, and why.
  case syntax(line: Int, column: Int, JSONError.Reason)
  /// JSON that renew cannot accept: the card (if any), the field and the problem.
  case data(card: String?, field: String, DataProblem)
  /// Any other store error.
  case store(StoreError)

  /// The refusal `body` throws, or `nil` when it throws nothing (or not a store error).
  static func of(_ body: () throws -> Any) -> Refusal? {
    do {
      _ = try body()
      return nil
    } catch StoreError.invalidJSON(_, let error) {
      return .syntax(line: error.line, column: error.column, error.reason)
    } catch StoreError.invalidData(_, let error) {
      return .data(card: error.card, field: error.field, error.problem)
    } catch let error as StoreError {
      return .store(error)
    } catch {
      return nil
    }
  }
}
