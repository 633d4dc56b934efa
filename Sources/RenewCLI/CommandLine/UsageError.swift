import RenewKit

/// A command line renew cannot act on; every case exits 64, but ``noDataFile(path:)`` 66.
enum UsageError: Error, Equatable {
  /// The first word is not a command.
  case unknownCommand(String, suggestion: String?)
  /// An option the command does not have.
  case unknownOption(String, command: String?, suggestion: String?)
  /// An option that needs a value came last, or before another option.
  case missingValue(option: String, placeholder: String)
  /// A flag was given a value with `=`.
  case unexpectedValue(option: String)
  /// An option that may appear once appeared twice.
  case repeatedOption(String)
  /// A required argument (NAME, CARD) is missing.
  case missingArgument(command: String, placeholder: String)
  /// More arguments than the command takes; `afterOptionsEnd` when `--` came
  /// before them (so an option there was taken as an argument).
  case unexpectedArgument(command: String, argument: String, afterOptionsEnd: Bool)
  /// A required option, such as `--number` for `add`, is missing.
  case missingOption(command: String, option: String)
  /// A value that does not parse; `expected` is the rule it broke.
  case invalidValue(option: String, value: String, expected: ValueRule)
  /// A text value with a forbidden character or over its length limit; `option`
  /// is `nil` for the NAME argument of `add`.
  case invalidText(option: String?, value: String, problem: TextProblem)
  /// An argument (NAME, MONEY) that does not parse.
  case invalidArgument(placeholder: String, value: String, expected: ValueRule)
  /// An environment variable with a value renew cannot use.
  case invalidEnvironment(variable: String, value: String, expected: ValueRule)
  /// Neither `--file`, `RENEW_FILE`, `XDG_DATA_HOME` nor `HOME` says where the data is.
  case noDataLocation
  /// `check` found no data file at the path in use: cron must not read that as "all is well".
  case noDataFile(path: String)
  /// `edit` with no option: nothing to change.
  case nothingToChange(command: String)
  /// Words after `--` with no command to take them.
  case argumentsWithoutCommand(String)
  /// An option that means something only beside another (`--on` for `edit` without
  /// `--expires`); `needs` lists what would do, as typed (`--expires`, `--clear expires`).
  case optionNeedsAnother(option: String, needs: [String])
  /// Two options that exclude each other.
  case conflictingOptions(String, String)
  /// A date after today where only the past makes sense.
  case futureDate(option: String, date: CalendarDate, today: CalendarDate)
  /// `--on due` for a card with neither an expiry nor a keep-alive window.
  case noDueDate(card: String)
  /// `--on due` for a card whose due date is after today.
  case notYetDue(card: String, due: CalendarDate, today: CalendarDate)
  /// `--json` on a command that prints no data.
  case formatNotSupported(command: String, format: OutputFormat)
  /// A name already taken, ignoring case.
  case duplicateName(String, existing: String)
  /// CARD matched nothing or several cards.
  case cardLookup(CardLookupError)
  /// The renewal cannot be applied.
  case renewal(RenewalError)
  /// `unlog` on a card with no history.
  case nothingToUnlog(card: String)
  /// `unlog` of the only expiry of a card paid from its balance, which needs one.
  case unlogRemovesExpiry(card: String, removed: Entry)
  /// A change of the plan paid from the balance dated (by `--today`) before the
  /// plan change `later` already recorded.
  case planChangeOrder(card: String, date: CalendarDate, later: Entry)
  /// The ENTRY of `unlog` matched no entry of the card, or more than one.
  case entryLookup(query: String, card: String, candidates: [Entry], isAmbiguous: Bool)
  /// `remove` without `--yes` and no terminal to ask on.
  case removeNeedsConfirmation(card: String)
  /// `--from-balance` on a card whose plan cannot be paid from its balance, or an
  /// `edit` of a card that `wasPaidFromBalance` that leaves its plan so.
  case balancePlan(card: String, BalancePlanProblem, wasPaidFromBalance: Bool = false)
  /// `spend --until` without `--since`.
  case spendUntilNeedsSince
  /// `spend --since` after `--until`.
  case emptyRange(since: CalendarDate, until: CalendarDate)
  /// `calendar --out` naming the data file, its lock file or a backup.
  case outIsDataFile(String)
  /// A top-up that would make the balance larger than renew keeps.
  case balanceTooLarge(card: String)
  /// `check --new` without `XDG_STATE_HOME` or `HOME` to keep its record in.
  case noStateLocation
  /// `spend` sums past 38 digits.
  case spendTooLarge
  /// `spend --rate` without `--in`.
  case rateWithoutIn(String)
  /// `spend --in` and an amount in a currency without a rate.
  case missingRates(currencies: [String], target: String)
  /// A reading or top-up in another currency than the card's balance.
  case balance(card: String, BalanceError)
}

/// Standard output could not be written (a full disk, a closed pipe): exit 74.
struct OutputError: Error, Equatable {
  /// The `errno` of the failed write.
  var code: Int32
}

extension UsageError {
  /// The option the mistake is about, without dashes (`expires`, `no-auto-renew`),
  /// or `nil` when it is about no one option: so that `import` can point at the
  /// column that option reads.
  var option: String? {
    switch self {
    case .invalidValue(let name, _, _), .missingValue(let name, _), .unexpectedValue(let name),
      .futureDate(let name, _, _), .optionNeedsAnother(let name, _),
      .conflictingOptions(let name, _), .missingOption(_, let name), .repeatedOption(let name):
      return name
    case .invalidText(let name, _, _): return name
    case .balancePlan: return CardField.fromBalance.optionName
    case .balance, .balanceTooLarge: return OptionName.balance.rawValue
    case .unknownCommand, .unknownOption, .missingArgument, .unexpectedArgument,
      .invalidArgument, .invalidEnvironment, .noDataLocation, .noDataFile, .nothingToChange,
      .argumentsWithoutCommand, .noDueDate, .notYetDue, .formatNotSupported, .duplicateName,
      .cardLookup, .renewal, .nothingToUnlog, .entryLookup, .removeNeedsConfirmation,
      .spendUntilNeedsSince, .emptyRange, .outIsDataFile, .noStateLocation, .spendTooLarge,
      .rateWithoutIn, .missingRates, .planChangeOrder, .unlogRemovesExpiry:
      return nil
    }
  }
}
