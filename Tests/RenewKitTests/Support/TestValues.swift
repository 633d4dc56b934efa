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
    return try JSONDecoder().decode(Card.self, from: Data(json.utf8))
  }
}
