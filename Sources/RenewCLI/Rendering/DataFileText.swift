import RenewKit

/// The words for what RenewKit reports of a data file it cannot read: the reasons
/// of ``JSONError`` and ``DataProblem``.
enum DataFileText {
  /// Why the text is not JSON, as an editor's user would say it.
  static func reason(_ reason: JSONError.Reason) -> String {
    switch reason {
    case .unexpectedEnd: return "unexpected end of file"
    case .expected(.value): return "expected a value"
    case .expected(.key): return "expected a key in quotes"
    case .expected(.colon): return "expected ':'"
    case .expected(.commaOrObjectEnd): return "expected ',' or '}'"
    case .expected(.commaOrArrayEnd): return "expected ',' or ']'"
    case .expected(.digit): return "expected a digit"
    case .expected(.hexDigits): return "expected four hex digits after \\u"
    case .expected(.literal(let literal)): return "expected '\(literal)'"
    case .unterminatedString: return "unterminated string"
    case .invalidEscape: return "invalid escape"
    case .controlCharacterInString: return "control character in string"
    case .invalidUTF8: return "invalid UTF-8"
    case .unpairedHighSurrogate: return "a high surrogate without a low one after it"
    case .unpairedLowSurrogate: return "a low surrogate without a high one before it"
    case .leadingZero: return "a number may not start with 0"
    case .nestedTooDeeply: return "nested too deeply"
    case .textAfterEnd: return "unexpected text after the end"
    case .repeatedKey: return "a key appears twice in one object"
    case .typeMismatch(let expected, let found):
      return "expected \(kind(expected))" + (found == .null ? ", found null" : "")
    case .notAWholeNumber: return "not a whole number"
    case .numberOutOfRange: return "out of range"
    case .unknownKey: return "renew does not know this field"
    case .missingKey(let key): return "'\(key)' is missing"
    }
  }

  /// Why a value cannot be accepted.
  static func reason(_ problem: DataProblem) -> String {
    switch problem {
    case .json(let reason): return Self.reason(reason)
    case .notAWholeNumber(let number), .numberOutOfRange(let number):
      return "\(number) is out of range or not a whole number"
    case .unknownField: return "renew does not know this field"
    case .notADate(let text): return "'\(text)' is not a date (YYYY-MM-DD)"
    case .notAPeriod(let text): return "'\(text)' is not a period (such as 30d, 2w, 1m, 1y)"
    case .notMoney(let amount, let currency):
      return "'\(amount) \(currency)' is not an amount of money"
    case .notACountry(let code): return "'\(code)' is not an ISO 3166 alpha-2 country code"
    case .notAKind(let text): return "'\(text)' is not a kind (sim, esim or virtual)"
    case .notAMethod(let text): return "'\(text)' is not a renewal method"
    case .notAnEntryType(let text): return "'\(text)' is not an entry type (renewal or activity)"
    case .repeated(let text): return "'\(text)' appears more than once"
    case .notADayOfMonth(let day): return "\(day) is not a day of the month"
    case .daysOutOfRange(let days):
      return "\(days) is not a number of days from 0 to \(Card.maximumRemindDays)"
    case .text(let problem): return reason(problem)
    case .emptyName: return "a card's name may not be empty"
    case .missingNumber: return "a card needs a number"
    case .missingAdded: return "a card needs the date it was added"
    case .sameNameAsAnother: return "another card has the same name"
    case .onlyOn(let owner, let found):
      return "only \(article(owner)) has this field, and this entry is \(article(found))"
    case .forAndUntil: return "a renewal has 'for' or 'until', not both"
    case .notAnID(let text): return "'\(text)' is not an id (eight letters and digits)"
    case .repeatedID(let id): return "the id '\(id)' is given to something else too"
    case .currencyWithoutAmount: return "a currency needs an amount"
    case .balanceCurrency(let given, let balance):
      return "the card's balance is in \(balance), not \(given): a balance has one currency"
    case .versionDoesNotExist(let version): return "version \(version) does not exist"
    }
  }

  /// Why text in the file breaks the rules of its field.
  static func reason(_ problem: TextProblem) -> String {
    switch problem {
    case .forbiddenScalar(let scalar):
      return "contains \(scalar.codePointDescription); text must be one line of visible characters"
    case .tooLong(let limit):
      return "longer than \(limit) characters"
    }
  }

  /// The first line of the error for a document renew cannot accept.
  static func message(path: String, _ error: DataError) -> String {
    let reason = reason(error.problem)
    if let card = error.card { return "\(path): card '\(card)', field '\(error.field)': \(reason)" }
    let field = error.field.isEmpty ? "" : "field '\(error.field)': "
    return "\(path): not a renew data file: \(field)\(reason)"
  }

  /// An entry type with its article: "a renewal", "an activity", "an expiry entry".
  private static func article(_ type: EntryType) -> String {
    switch type {
    case .renewal: return "a renewal"
    case .activity: return "an activity"
    case .expiry: return "an expiry entry"
    case .balance: return "a balance entry"
    case .topUp: return "a top-up"
    }
  }

  private static func kind(_ kind: JSONValueKind) -> String {
    switch kind {
    case .object: return "an object"
    case .array: return "an array"
    case .string: return "a string"
    case .number: return "a whole number"
    case .bool: return "true or false"
    case .null: return "null"
    }
  }
}
