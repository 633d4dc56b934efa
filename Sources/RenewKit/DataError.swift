/// Why a value in the data file cannot be accepted: a reason for the edge to word.
public enum DataProblem: Sendable, Hashable {
  /// The JSON holds another kind of value than the field takes, or lacks a key.
  case json(JSONError.Reason)
  /// A number with a fraction, such as `2.5`, where a whole number belongs.
  case notAWholeNumber(String)
  /// A number too large for the field, such as `1e400`.
  case numberOutOfRange(String)
  /// A key renew does not know; it would be lost on the next write.
  case unknownField
  /// Text that is not a date in `YYYY-MM-DD` form, or a day that does not exist.
  case notADate(String)
  /// Text that is not a period such as `30d`.
  case notAPeriod(String)
  /// An amount and currency that are not money.
  case notMoney(amount: String, currency: String)
  /// Text that is not an ISO 3166 alpha-2 code.
  case notACountry(String)
  /// Text that is not a kind of card.
  case notAKind(String)
  /// Text that is not a renewal method.
  case notAMethod(String)
  /// Text that is not a type of history entry.
  case notAnEntryType(String)
  /// A value listed twice in a list that holds each once.
  case repeated(String)
  /// A number that is not a day of a month.
  case notADayOfMonth(Int)
  /// A number of days outside 0…``Card/maximumRemindDays``.
  case daysOutOfRange(Int)
  /// Text that breaks the rules of its ``TextField``.
  case text(TextProblem)
  /// A card whose name is empty or white space.
  case emptyName
  /// A card with no number.
  case missingNumber
  /// A card without the date it was added.
  case missingAdded
  /// A card with the same name, ignoring case, as an earlier one.
  case sameNameAsAnother
  /// A field that only entries of other types have (a renewal's `amount` on an
  /// activity): the types that have it, in the order of ``EntryType/allCases``.
  case onlyOn([EntryType], found: EntryType)
  /// A renewal with both `for` and `until`.
  case forAndUntil
  /// Text that is not an id.
  case notAnID(String)
  /// An id given twice in the document.
  case repeatedID(String)
  /// A currency with no amount beside it.
  case currencyWithoutAmount
  /// A balance reading or top-up in another currency than the card's balance.
  case balanceCurrency(given: String, balance: String)
  /// A format version below 1.
  case versionDoesNotExist(Int)
}

/// A document that is JSON but not one renew accepts: where, and why.
public struct DataError: Error, Sendable, Hashable {
  /// The card, by name, or `nil` for the document outside any card.
  public var card: String?
  /// The field as a reader of the file would write it (`expires`, `plan.price`,
  /// `history[3].via`); empty for the document itself.
  public var field: String
  /// What is wrong with it.
  public var problem: DataProblem

  /// Creates an error.
  public init(card: String?, field: String, problem: DataProblem) {
    self.card = card
    self.field = field
    self.problem = problem
  }
}

/// The document was written by a newer renew than this one.
public struct NewerVersionError: Error, Sendable, Equatable {
  /// The version in the file.
  public var found: Int
}
