import RenewKit

/// Parsers for the value syntaxes of the command line, each failing with a
/// ``UsageError`` that names the option and the rule its value broke.
///
/// Words are taken in English or in Chinese (``TypedWord``), and so are the units of
/// periods and days (`1个月`, `7天`); what is stored is the English form.
enum Values {
  /// A DATE: `YYYY-MM-DD`, `today`, `yesterday` or `tomorrow` (今天, 昨天, 明天).
  static func date(
    _ text: String, option: String, today: CalendarDate
  ) throws(UsageError) -> CalendarDate {
    if let word = DayWord(word: text), let date = today.adding(days: word.offset) {
      return date
    }
    guard let date = CalendarDate(iso: text) else {
      let year = text.prefix { $0 != "-" }
      let isPastLast = year.count > 4 && year.allSatisfy { $0.isASCII && $0.isWholeNumber }
      throw .invalidValue(option: option, value: text, expected: isPastLast ? .dateInRange : .date)
    }
    return date
  }

  /// A PERIOD such as `30d`, or with a Chinese unit: `30天`, `2周`, `1个月`, `1年`.
  static func period(_ text: String, option: String) throws(UsageError) -> Period {
    let letters = periodLetters(text)
    guard let period = Period(letters) else {
      let digits = letters.dropLast()
      let isOutOfRange =
        letters.count >= 2 && "dwmyDWMY".contains(letters.last ?? " ")
        && digits.allSatisfy { $0.isASCII && $0.isWholeNumber }
      throw .invalidValue(
        option: option, value: text,
        expected: isOutOfRange ? .periodCount(maximum: Period.maximumCount) : .period)
    }
    return period
  }

  /// The Chinese units a PERIOD may end in, each with its letter; a unit that ends
  /// another (`月` in `个月`) comes after it.
  private static let chinesePeriodUnits: [(word: String, letter: String)] = [
    ("个星期", "w"), ("星期", "w"), ("周", "w"), ("个月", "m"), ("月", "m"), ("天", "d"), ("日", "d"),
    ("年", "y"),
  ]

  /// `text` with a Chinese unit written as its letter, and no space before it:
  /// `1个月` and `1 个月` become `1m`; any other text is returned as it is.
  private static func periodLetters(_ text: String) -> String {
    for (word, letter) in chinesePeriodUnits where text.hasSuffix(word) {
      return String(text.dropLast(word.count).trimmed) + letter
    }
    return text
  }

  /// `text` without a trailing day unit (`7d`, `7D`, `7天`), for counts of days.
  private static func dayDigits(_ text: String) -> Substring {
    for unit in ["d", "D", "天"] where text.hasSuffix(unit) { return text.dropLast() }
    return text[...]
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
    let nickname = currencyNicknames[code] == nil ? nil : code
    throw .invalidValue(option: option, value: text, expected: .currency(nickname: nickname))
  }

  /// Lead days, `30,7,1`: each a whole number of days from 0 to 365 (`7`, `7d` or
  /// `7天`), each once; returned largest first.
  static func leadDays(_ text: String, option: String) throws(UsageError) -> [Int] {
    var days: [Int] = []
    for part in text.split(separator: ",", omittingEmptySubsequences: false) {
      let item = String(part.trimmed)
      let digits = dayDigits(item)
      guard !digits.isEmpty, digits.count <= 3,
        digits.allSatisfy({ $0.isASCII && $0.isWholeNumber }),
        let day = Int(digits), day <= Card.maximumLeadDay
      else {
        throw .invalidValue(
          option: option, value: text, expected: .leadDays(maximum: Card.maximumLeadDay))
      }
      guard !days.contains(day) else {
        throw .invalidValue(option: option, value: text, expected: .leadDayOnce(day))
      }
      days.append(day)
    }
    return days.sorted(by: >)
  }

  /// Names people use for a currency in place of its ISO 4217 code.
  static let currencyNicknames = ["RMB": "CNY", "NTD": "TWD", "YEN": "JPY", "UKP": "GBP"]

  /// What is wrong with `text` as money, as the rule to follow.
  private static func moneyProblem(_ text: String) -> ValueRule {
    if text.contains("-") { return .nonNegativeAmount }
    let code = text.filter(\.isLetter).uppercased()
    if code.count == 3, !Currency.codes.contains(code) {
      if currencyNicknames[code] != nil { return .currencyNickname(code) }
      return .unknownCurrency(code)
    }
    let amount = text.filter { !$0.isLetter && $0 != " " }
    if amount.contains(",") { return .decimalPoint }
    let parts = amount.split(separator: ".", omittingEmptySubsequences: false)
    let isDigits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isWholeNumber } }
    if let fraction = parts.dropFirst().first, fraction.count > Money.maximumScale,
      isDigits(fraction)
    {
      return .decimalPlaces(maximum: Money.maximumScale)
    }
    if let whole = parts.first, isDigits(whole),
      whole.count > Money.maximumIntegerDigits
    {
      return .integerDigits(maximum: Money.maximumIntegerDigits)
    }
    return .money
  }

  /// A whole number of days within `range`: `7`, `7d` or `7天`.
  static func count(
    _ text: String, option: String, range: ClosedRange<Int>
  ) throws(UsageError) -> Int {
    let digits = dayDigits(text)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isWholeNumber }),
      digits.count <= 9, let value = Int(digits), range.contains(value)
    else {
      throw .invalidValue(option: option, value: text, expected: .days(range))
    }
    return value
  }

  /// A card name: not empty or all white space, one line of visible characters, at
  /// most ``TextField/maximumNameLength`` characters. `option` is `nil` for the
  /// NAME argument of `add`.
  static func name(_ text: String, option: String?) throws(UsageError) -> String {
    let trimmed = try checked(text, as: .name, option: option)
    guard !trimmed.isEmpty else {
      guard let option else {
        throw .invalidArgument(placeholder: "NAME", value: text, expected: .name)
      }
      throw .invalidValue(option: option, value: text, expected: .name)
    }
    return trimmed
  }

  /// Free text for `field`: anything but empty, on one line, within the field's limit.
  static func text(_ text: String, field: TextField) throws(UsageError) -> String {
    let trimmed = try checked(text, as: field, option: field.option.rawValue)
    guard !trimmed.isEmpty else {
      throw .invalidValue(option: field.option.rawValue, value: text, expected: .someText)
    }
    return trimmed
  }

  /// A phone number: some text with at least one digit.
  static func number(_ text: String) throws(UsageError) -> String {
    let trimmed = try checked(text, as: .number, option: TextField.number.option.rawValue)
    guard trimmed.contains(where: { $0.isASCII && $0.isWholeNumber }) else {
      throw .invalidValue(option: "number", value: text, expected: .phoneNumber)
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
      throw .invalidValue(option: "country", value: text, expected: .country)
    }
    return code
  }

  /// `sim`, `esim` or `virtual` (实体卡, eSIM, 虚拟号).
  static func kind(_ text: String) throws(UsageError) -> CardKind {
    guard let kind = CardKind(word: text) else {
      throw .invalidValue(option: "kind", value: text, expected: .kind)
    }
    return kind
  }

  /// One of the eight renewal methods, by its English or Chinese word; a typo is
  /// answered with the word, in either language, that was probably meant.
  static func method(_ text: String, option: String) throws(UsageError) -> RenewalMethod {
    guard let method = RenewalMethod(word: text) else {
      let suggestion = Suggestion.closest(to: text.lowercased(), among: RenewalMethod.allWords)
      throw .invalidValue(option: option, value: text, expected: .method(suggestion: suggestion))
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
