/// What a value on the command line or in the environment must look like: the
/// reason a ``UsageError`` carries for a value that does not parse, worded in the
/// hint (``hint(in:)``) in either language.
enum ValueRule: Equatable, Sendable {
  /// A DATE: `YYYY-MM-DD`, or a word such as `today`.
  case date
  /// A date within 0001-01-01 and 9999-12-31.
  case dateInRange
  /// A PERIOD: a number and a unit, `30d`.
  case period
  /// A PERIOD whose number is from 1 to `maximum`.
  case periodCount(maximum: Int)
  /// MONEY: an amount and an ISO 4217 code.
  case money
  /// An amount that is not negative.
  case nonNegativeAmount
  /// The ISO 4217 code in place of a name people use for a currency (`RMB`).
  case currencyNickname(String)
  /// A three-letter code that is not an ISO 4217 currency.
  case unknownCurrency(String)
  /// An amount with a decimal point and no thousands separator.
  case decimalPoint
  /// An amount with at most `maximum` decimal places.
  case decimalPlaces(maximum: Int)
  /// An amount with at most `maximum` digits before the decimal point.
  case integerDigits(maximum: Int)
  /// An ISO 4217 code; `nickname` when the value was a name such as `RMB`.
  case currency(nickname: String?)
  /// Lead days, `30,7,1`, each from 0 to `maximum`.
  case leadDays(maximum: Int)
  /// Each lead day once; `day` was given twice.
  case leadDayOnce(Int)
  /// A whole number of days within `range`, `7` or `7d`.
  case days(ClosedRange<Int>)
  /// A card name: some text on one line.
  case name
  /// Some text, not only white space.
  case someText
  /// A phone number: text with digits.
  case phoneNumber
  /// An ISO 3166 alpha-2 country code.
  case country
  /// A ``RenewKit/CardKind`` word.
  case kind
  /// A ``RenewKit/RenewalMethod`` word, with the one that was probably meant.
  case method(suggestion: String?)
  /// A field `edit --clear` can empty.
  case clearable
  /// A language renew speaks: `en` or `zh`.
  case language
  /// A path for the data file, not empty.
  case filePath
  /// A command for `/bin/sh -c`, not blank.
  case shellCommand
  /// A file name, not empty.
  case fileName
  /// A whole number of months within `range`.
  case months(ClosedRange<Int>)
  /// A year such as 2026.
  case year
  /// A ``RenewKit/SpendGrouping`` word.
  case spendGrouping
  /// A rate: a currency, `=` and a number.
  case rate
  /// The number of a rate: positive, at most 12 digits and 10 decimals.
  case rateNumber
  /// No rate for the `--in` currency itself.
  case rateForTarget(String)
  /// One rate per currency; `currency` was given twice.
  case rateOnce(String)
  /// A top-up of more than nothing.
  case topUpAmount
  /// Seconds from 0 to 3600 (`RENEW_LOCK_TIMEOUT`).
  case lockSeconds
  /// More than 0 and at most 3600 seconds (`RENEW_EXEC_TIMEOUT`).
  case execSeconds
  /// A ``DataFormat`` word: `json` or `csv`.
  case dataFormat
  /// A ``Shell`` word: `bash`, `zsh` or `fish`.
  case shell
  /// A file to read, or `-` for standard input.
  case inputFile
}
