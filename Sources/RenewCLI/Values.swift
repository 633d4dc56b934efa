import RenewKit

/// Parsers for the value syntaxes of the command line, each failing with a
/// ``UsageError`` that names the option and says what it takes.
enum Values {
  static let dateHint = "a date is YYYY-MM-DD, today, yesterday or tomorrow"
  static let periodHint = "a period is a number and d, w, m or y: 30d, 2w, 1m, 1y"
  static let moneyHint =
    "money is a non-negative amount and an ISO 4217 code: \"12.50 USD\", 12.50USD, \"USD 12.50\""

  /// A DATE: `YYYY-MM-DD`, `today`, `yesterday` or `tomorrow`.
  static func date(
    _ text: String, option: String, today: CalendarDate
  ) throws(UsageError) -> CalendarDate {
    let offsets = ["today": 0, "yesterday": -1, "tomorrow": 1]
    if let offset = offsets[text.lowercased()], let date = today.adding(days: offset) {
      return date
    }
    guard let date = CalendarDate(iso: text) else {
      throw .invalidValue(option: option, value: text, expected: dateHint)
    }
    return date
  }

  /// A PERIOD such as `30d`.
  static func period(_ text: String, option: String) throws(UsageError) -> Period {
    guard let period = Period(text) else {
      throw .invalidValue(option: option, value: text, expected: periodHint)
    }
    return period
  }

  /// MONEY such as `12.50 USD`.
  static func money(_ text: String, option: String) throws(UsageError) -> Money {
    if let money = Money(text) { return money }
    let expected = text.contains("-") ? "amounts cannot be negative" : moneyHint
    let code = text.filter(\.isLetter).uppercased()
    if code.count == 3, !Currency.codes.contains(code) {
      throw .invalidValue(
        option: option, value: text, expected: "'\(code)' is not an ISO 4217 currency code")
    }
    throw .invalidValue(option: option, value: text, expected: expected)
  }

  /// A whole number of days within `range`.
  static func count(
    _ text: String, option: String, range: ClosedRange<Int>
  ) throws(UsageError) -> Int {
    guard text.allSatisfy({ $0.isASCII && $0.isWholeNumber }), text.count <= 9,
      let value = Int(text), range.contains(value)
    else {
      throw .invalidValue(
        option: option, value: text,
        expected: "a whole number of days from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }

  /// A card name: not empty or all white space, one line of visible characters, at
  /// most ``TextField/maximumNameLength`` characters. `option` is `nil` for the
  /// NAME argument of `add`.
  static func name(_ text: String, option: String?) throws(UsageError) -> String {
    let trimmed = try checked(text, as: .name, option: option)
    guard !trimmed.isEmpty else {
      let expected = "a name is some text on one line, without control characters"
      guard let option else {
        throw .invalidArgument(placeholder: "NAME", value: text, expected: expected)
      }
      throw .invalidValue(option: option, value: text, expected: expected)
    }
    return trimmed
  }

  /// Free text for `field`: anything but empty, on one line, within the field's limit.
  static func text(_ text: String, field: TextField) throws(UsageError) -> String {
    let trimmed = try checked(text, as: field, option: field.option)
    guard !trimmed.isEmpty else {
      throw .invalidValue(option: field.option, value: text, expected: "give some text")
    }
    return trimmed
  }

  /// A phone number: some text with at least one digit.
  static func number(_ text: String) throws(UsageError) -> String {
    let trimmed = try checked(text, as: .number, option: TextField.number.option)
    guard trimmed.contains(where: { $0.isASCII && $0.isWholeNumber }) else {
      throw .invalidValue(
        option: "number", value: text, expected: "a phone number has digits: \"+63 917 123 4567\"")
    }
    return trimmed
  }

  /// `text` without surrounding white space, once RenewKit's rules for `field` hold:
  /// no control, format or separator character (those would break the one line per
  /// card that cron mails, or make the text lie about itself), and not too long.
  private static func checked(
    _ text: String, as field: TextField, option: String?
  ) throws(UsageError) -> String {
    let trimmed = text.trimmed
    if let problem = field.problem(in: trimmed) {
      throw .invalidText(option: option, value: text, problem: problem)
    }
    return String(trimmed)
  }

  /// An ISO 3166 alpha-2 country code, any case.
  static func country(_ text: String) throws(UsageError) -> String {
    let code = text.uppercased()
    guard text.utf8.count == 2, text.allSatisfy({ $0.isASCII && $0.isLetter }),
      Country.codes.contains(code)
    else {
      throw .invalidValue(
        option: "country", value: text,
        expected: "a country is an ISO 3166 two-letter code: US, GB, PH, BE, CU, CN")
    }
    return code
  }

  /// `sim`, `esim` or `virtual`.
  static func kind(_ text: String) throws(UsageError) -> CardKind {
    guard let kind = CardKind(rawValue: text.lowercased()) else {
      throw .invalidValue(option: "kind", value: text, expected: "a kind is sim, esim or virtual")
    }
    return kind
  }

  /// One of the eight renewal methods.
  static func method(_ text: String, option: String) throws(UsageError) -> RenewalMethod {
    guard let method = RenewalMethod(rawValue: text.lowercased()) else {
      let names = RenewalMethod.allCases.map(\.rawValue)
      let suggestion = Suggestion.closest(to: text.lowercased(), among: names)
      throw .invalidValue(
        option: option, value: text,
        expected: "a method is one of \(names.joined(separator: ", "))"
          + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
          + " (free text goes in --how)")
    }
    return method
  }
}

extension TextField {
  /// The option that sets this field on the command line, without its dashes.
  var option: String {
    switch self {
    case .name: return "name"
    case .number: return "number"
    case .carrier: return "carrier"
    case .tag: return "tag"
    case .note: return "note"
    case .how: return "how"
    case .pay: return "pay"
    case .via: return "via"
    case .receipt: return "receipt"
    }
  }
}
