import RenewKit

/// Parsers for the value syntaxes of the command line, each failing with a
/// ``UsageError`` that names the option and says what it takes.
enum Values {
  /// What a DATE looks like.
  static let dateHint = "a date is YYYY-MM-DD, today, yesterday or tomorrow"
  /// What a PERIOD looks like.
  static let periodHint = "a period is a number and d, w, m or y: 30d, 2w, 1m, 1y"
  /// What MONEY looks like.
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
      let year = text.prefix { $0 != "-" }
      let isPastLast = year.count > 4 && year.allSatisfy { $0.isASCII && $0.isWholeNumber }
      throw .invalidValue(
        option: option, value: text, expected: isPastLast ? lastDateHint : dateHint)
    }
    return date
  }

  /// The hint for a date past the calendar renew handles.
  static let lastDateHint = "renew handles dates from 0001-01-01 to 9999-12-31"

  /// A PERIOD such as `30d`.
  static func period(_ text: String, option: String) throws(UsageError) -> Period {
    guard let period = Period(text) else {
      let digits = text.dropLast()
      let isOutOfRange =
        text.count >= 2 && "dwmyDWMY".contains(text.last ?? " ")
        && digits.allSatisfy { $0.isASCII && $0.isWholeNumber }
      throw .invalidValue(
        option: option, value: text,
        expected: isOutOfRange
          ? "the number in a period is from 1 to \(Period.maximumCount): 30d, 2w, 1m, 1y"
          : periodHint)
    }
    return period
  }

  /// MONEY such as `12.50 USD`.
  static func money(_ text: String, option: String) throws(UsageError) -> Money {
    if let money = Money(text) { return money }
    throw .invalidValue(option: option, value: text, expected: moneyProblem(text))
  }

  /// Money given as a positional argument (`balance`, `top-up`).
  static func moneyArgument(_ text: String) throws(UsageError) -> Money {
    if let money = Money(text) { return money }
    throw .invalidArgument(placeholder: "MONEY", value: text, expected: moneyProblem(text))
  }

  /// An ISO 4217 currency code, any case.
  static func currency(_ text: String, option: String) throws(UsageError) -> String {
    let code = String(text.trimmed).uppercased()
    if code.count == 3, Currency.codes.contains(code) { return code }
    let nickname = currencyNicknames[code].map { ": the ISO 4217 code for \(code) is \($0)" }
    throw .invalidValue(
      option: option, value: text, expected: "an ISO 4217 currency code\(nickname ?? "")")
  }

  /// Lead days, `30,7,1`: each a whole number of days from 0 to 365 (`7` or
  /// `7d`), each once; returned largest first.
  static func leadDays(_ text: String, option: String) throws(UsageError) -> [Int] {
    var days: [Int] = []
    for part in text.split(separator: ",", omittingEmptySubsequences: false) {
      let item = String(part.trimmed)
      let digits = item.hasSuffix("d") || item.hasSuffix("D") ? item.dropLast() : item[...]
      guard !digits.isEmpty, digits.count <= 3,
        digits.allSatisfy({ $0.isASCII && $0.isWholeNumber }),
        let day = Int(digits), day <= Card.maximumLeadDay
      else {
        throw .invalidValue(
          option: option, value: text,
          expected: "lead days from 0 to \(Card.maximumLeadDay), separated by commas: 30,7,1")
      }
      guard !days.contains(day) else {
        throw .invalidValue(
          option: option, value: text, expected: "each lead day once; \(day) is given twice")
      }
      days.append(day)
    }
    return days.sorted(by: >)
  }

  /// Names people use for a currency in place of its ISO 4217 code.
  private static let currencyNicknames = ["RMB": "CNY", "NTD": "TWD", "YEN": "JPY", "UKP": "GBP"]

  /// What is wrong with `text` as money, said as the rule to follow.
  private static func moneyProblem(_ text: String) -> String {
    if text.contains("-") { return "amounts cannot be negative" }
    let code = text.filter(\.isLetter).uppercased()
    if code.count == 3, !Currency.codes.contains(code) {
      if let iso = currencyNicknames[code] { return "the ISO 4217 code for \(code) is \(iso)" }
      return "'\(code)' is not an ISO 4217 currency code"
    }
    let amount = text.filter { !$0.isLetter && $0 != " " }
    if amount.contains(",") {
      return "write the amount with a decimal point and no thousands separator: 12.50, 1000"
    }
    let fraction = amount.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first
    if let fraction, fraction.count > Money.maximumScale,
      fraction.allSatisfy({ $0.isASCII && $0.isWholeNumber })
    {
      return "an amount has at most \(Money.maximumScale) decimal places"
    }
    return moneyHint
  }

  /// A whole number of days within `range`: `7` or `7d`.
  static func count(
    _ text: String, option: String, range: ClosedRange<Int>
  ) throws(UsageError) -> Int {
    let digits = text.hasSuffix("d") || text.hasSuffix("D") ? text.dropLast() : text[...]
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isWholeNumber }),
      digits.count <= 9, let value = Int(digits), range.contains(value)
    else {
      throw .invalidValue(
        option: option, value: text,
        expected: "a whole number of days from \(range.lowerBound) to \(range.upperBound): 7 or 7d")
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
    let trimmed = try checked(text, as: field, option: field.option.rawValue)
    guard !trimmed.isEmpty else {
      throw .invalidValue(option: field.option.rawValue, value: text, expected: "give some text")
    }
    return trimmed
  }

  /// A phone number: some text with at least one digit.
  static func number(_ text: String) throws(UsageError) -> String {
    let trimmed = try checked(text, as: .number, option: TextField.number.option.rawValue)
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
  /// The option that sets this field on the command line.
  var option: OptionName {
    switch self {
    case .name: return .name
    case .number: return .field(.number)
    case .carrier: return .field(.carrier)
    case .tag: return .field(.tags)
    case .note: return .field(.note)
    case .how: return .field(.how)
    case .pay: return .field(.pay)
    case .via: return .via
    case .receipt: return .receipt
    }
  }
}
