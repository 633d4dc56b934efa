import Foundation
import Testing

@testable import RenewCLI
@testable import RenewKit

/// Every error, hint and warning renew can print, rendered in both languages.
///
/// Each table holds a sample of every case of one enum; the cases are read from the
/// enum's declaration in its source file, so a case added without a sample fails
/// here instead of printing English to a Chinese user.
@Suite("Message catalog")
struct MessageCatalogTests {
  static let today = CalendarDate(year: 2026, month: 3, day: 1) ?? .first
  static let later = CalendarDate(year: 2026, month: 4, day: 10) ?? .first

  static let usageErrors: [UsageError] = [
    .unknownCommand("stauts", suggestion: "status"),
    .unknownCommand("frobnicate", suggestion: nil),
    .unknownOption("--al", command: "status", suggestion: "--all"),
    .unknownOption("-x", command: nil, suggestion: nil),
    .missingValue(option: "within", placeholder: "N"),
    .unexpectedValue(option: "all"),
    .repeatedOption("within"),
    .missingArgument(command: "show", placeholder: "CARD"),
    .unexpectedArgument(command: "add", argument: "Globe", afterOptionsEnd: false),
    .unexpectedArgument(command: "add", argument: "--weird", afterOptionsEnd: true),
    .missingOption(command: "add", option: "number"),
    .invalidValue(option: "on", value: "2026-02-30", expected: .date),
    .invalidText(option: "note", value: "a\u{202E}b", problem: .forbiddenScalar("\u{202E}")),
    .invalidText(option: nil, value: "a\u{200B}b", problem: .forbiddenScalar("\u{200B}")),
    .invalidText(option: nil, value: "long", problem: .tooLong(limit: 100)),
    .invalidArgument(placeholder: "MONEY", value: "12,50", expected: .decimalPoint),
    .invalidEnvironment(variable: "RENEW_TODAY", value: "2026-13-01", expected: .date),
    .noDataLocation,
    .noDataFile(path: "/home/a/renew.json"),
    .nothingToChange(command: "edit"),
    .argumentsWithoutCommand("bogus"),
    .optionNeedsAnother(option: "on", needs: ["--expires", "--clear expires"]),
    .optionNeedsAnother(option: "history", needs: ["--format csv"]),
    .conflictingOptions("for", "until"),
    .futureDate(option: "on", date: later, today: today),
    .noDueDate(card: "Smart Bro"),
    .notYetDue(card: "Smart Bro", due: later, today: today),
    .formatNotSupported(command: "add", format: .json),
    .formatNotSupported(command: "calendar", format: .text),
    .duplicateName("smart ph", existing: "Smart PH"),
    .cardLookup(.unknown(query: "xyz", names: ["中国移动", "Smart PH"])),
    .renewal(.noPeriod(card: "Smart Bro")),
    .nothingToUnlog(card: "Smart PH"),
    .planChangeOrder(card: "Lebara", date: today, later: Self.sampleEntry),
    .unlogRemovesExpiry(card: "Lebara", removed: Self.sampleEntry),
    .entryLookup(
      query: "ab", card: "Smart PH", candidates: [Self.sampleEntry], isAmbiguous: true),
    .entryLookup(
      query: "zz", card: "Smart PH", candidates: [Self.sampleEntry], isAmbiguous: false),
    .removeNeedsConfirmation(card: "Smart PH"),
    .balancePlan(card: "Lebara", .freePlan),
    .spendUntilNeedsSince,
    .emptyRange(since: later, until: today),
    .outIsDataFile("/home/a/renew.json"),
    .balanceTooLarge(card: "Lebara"),
    .noStateLocation,
    .spendTooLarge,
    .rateWithoutIn("USD=7.10"),
    .missingRates(currencies: ["USD"], target: "CNY"),
    .missingRates(currencies: ["PHP", "USD"], target: "CNY"),
    .balance(card: "Lebara", .currency(given: "USD", balance: "EUR")),
    .balance(card: "Lebara", .pricedIn(price: "EUR", given: "USD")),
  ]

  static let cardLookupErrors: [CardLookupError] = [
    .unknown(query: "xyz", names: ["中国移动", "Smart PH"]), .unknown(query: "xyz", names: []),
    .ambiguous(
      query: "smart", candidates: [CardCandidate("Smart PH"), CardCandidate("Smart Bro")]),
    .ambiguous(
      query: "4567",
      candidates: [
        CardCandidate("Smart PH", number: "+63 917 123 4567"),
        CardCandidate("Smart Bro", number: "+63 918 000 4567"),
      ]),
  ]

  static let renewalErrors: [RenewalError] = [
    .noPeriod(card: "Smart Bro"), .untilBeforeRenewal(until: today, renewal: later),
    .outOfRange(card: "Smart PH"),
  ]

  static let balancePlanProblems: [BalancePlanProblem] = [
    .missing(["expires", "period", "price"]), .missing(["price"]), .freePlan, .autoRenew,
  ]

  static let balanceErrors: [BalanceError] = [
    .currency(given: "USD", balance: "EUR"), .priceCurrency(price: "USD", balance: "EUR"),
    .pricedIn(price: "EUR", given: "USD"),
  ]

  static let textProblems: [TextProblem] = [.forbiddenScalar("\u{1B}"), .tooLong(limit: 2000)]

  static let valueRules: [ValueRule] = [
    .date, .dateInRange, .period, .periodCount(maximum: 100_000), .money, .nonNegativeAmount,
    .currencyNickname("RMB"), .unknownCurrency("XYZ"), .decimalPoint, .decimalPlaces(maximum: 6),
    .integerDigits(maximum: 12),
    .currency(nickname: nil), .currency(nickname: "RMB"), .leadDays(maximum: 365),
    .leadDayOnce(7), .days(0...3650), .name, .someText, .phoneNumber, .country, .kind,
    .method(suggestion: nil), .method(suggestion: "sms"), .method(suggestion: "短信"), .clearable,
    .language, .filePath, .shellCommand, .fileName, .months(1...120), .year, .spendGrouping, .rate,
    .rateNumber, .rateForTarget("CNY"), .rateOnce("USD"), .topUpAmount, .lockSeconds,
    .execSeconds, .dataFormat, .shell, .inputFile,
  ]

  static let path = "/home/a/renew.json"

  static let storeErrors: [StoreError] = [
    .invalidJSON(
      path: path,
      error: JSONError(
        reason: .expected(.value), location: JSONLocation(line: 4, column: 1, offset: 30))),
    .invalidData(path: path, error: DataError(card: "a", field: "added", problem: .notADate("x"))),
    .invalidData(
      path: path,
      error: DataError(
        card: nil, field: "", problem: .json(.typeMismatch(expected: .object, found: .array)))),
    .invalidData(
      path: path, error: DataError(card: nil, field: "version", problem: .versionDoesNotExist(0))),
    .emptyFile(path: path),
    .newerVersion(path: path, found: 3, supported: 2),
    .notRegularFile(path: "/dev/null", kind: .characterDevice),
    .tooLarge(path: path, size: 200_000_000, limit: 100_000_000),
    .system(SystemError(operation: .read, path: path, code: EISDIR)),
    .locked(lockPath: path + ".lock", seconds: 5),
    .locked(lockPath: path + ".lock", seconds: 0.5),
    .nothingToUndo(backupFolder: path + ".backups"),
    .changedOutside(path: path),
  ]

  static let fileKinds: [FileKind] = [.characterDevice, .blockDevice, .namedPipe, .socket, .other]

  static let fileOperations: [FileOperation] = [.read, .write, .createFolder, .openLock, .lock]

  static let dataProblems: [DataProblem] = [
    .json(.missingKey("number")), .notAWholeNumber("2.5"), .numberOutOfRange("1e400"),
    .unknownField, .notADate("2026-02-30"), .notAPeriod("3x"),
    .notMoney(amount: "-1", currency: "USD"), .notACountry("ZZ"), .notAKind("phone"),
    .notAMethod("fax"), .notAnEntryType("gift"), .repeated("x"), .notADayOfMonth(32),
    .daysOutOfRange(4000), .text(.tooLong(limit: 2000)), .emptyName, .missingNumber,
    .missingAdded, .sameNameAsAnother, .onlyOn([.renewal, .topUp], found: .activity), .forAndUntil,
    .notAnID("x"), .repeatedID("ab12cd34"), .currencyWithoutAmount,
    .balanceCurrency(given: "USD", balance: "EUR"), .versionDoesNotExist(0),
  ]

  static let jsonReasons: [JSONError.Reason] = [
    .unexpectedEnd, .expected(.colon), .unterminatedString, .invalidEscape,
    .controlCharacterInString, .invalidUTF8, .unpairedHighSurrogate, .unpairedLowSurrogate,
    .leadingZero, .nestedTooDeeply, .textAfterEnd, .repeatedKey("cards"),
    .typeMismatch(expected: .string, found: .null), .typeMismatch(expected: .bool, found: .number),
    .notAWholeNumber, .numberOutOfRange, .unknownKey("colour"), .missingKey("number"),
  ]

  static let jsonExpectations: [JSONExpectation] = [
    .value, .key, .colon, .commaOrObjectEnd, .commaOrArrayEnd, .digit, .hexDigits,
    .literal(.true),
  ]

  static let jsonLiterals: [JSONLiteral] = [.true, .false, .null]

  static let jsonValueKinds: [JSONValueKind] = [.object, .array, .string, .number, .bool, .null]

  static let entryTypes: [EntryType] = [.renewal, .activity, .expiry, .balance, .topUp, .plan]

  static let hookOutcomes: [HookOutcome] = [
    .exited(3), .signaled(9), .timedOut, .notStarted(ENOENT),
  ]

  static func warnings() throws -> [Warning] {
    [
      .neverReported(card: "No Clock"),
      .neverReportedCards(["a", "b"]),
      .neverReportedCards(["a", "b", "c", "d", "e", "f"]),
      .shortensExpiry(card: "Smart PH", from: later, to: today),
      .expirySetLater(card: "Smart PH", on: later, id: "ab12cd34", expiry: later),
      .expirySetLater(card: "Smart PH", on: later, id: "ab12cd34", expiry: nil),
      .expirySetAgainLater(
        card: "Smart PH", given: today, on: later, id: "ab12cd34", expiry: later),
      .expirySetAgainLater(card: "Smart PH", given: today, on: later, id: "ab12cd34", expiry: nil),
      .belowMinimumTopUp(
        card: "Lebara", amount: try #require(Money("5 EUR")),
        minimum: try #require(Money("10 EUR"))),
    ]
  }

  /// An entry for the messages that list entries.
  static let sampleEntry = Entry(
    id: "ab12cd34", .activity(Activity(date: CalendarDate(year: 2026, month: 3, day: 1) ?? .first)))

  static let importErrors: [ImportError] = [
    .noFile(path: "cards.csv"),
    .inputFile(
      .invalidJSON(
        path: "backup.json",
        error: JSONError(
          reason: .expected(.value), location: JSONLocation(line: 3, column: 14, offset: 30)))),
    .notCSV(path: "cards.csv", CSV.SyntaxError(reason: .unterminatedQuote, line: 2, column: 2)),
    .noHeader(path: "cards.csv"),
    .unknownColumn(path: "cards.csv", column: 3, name: "colour"),
    .repeatedColumn(path: "cards.csv", column: 3, name: "Name"),
    .missingColumn(path: "cards.csv", name: "number"),
    .tooManyFields(path: "cards.csv", line: 3, count: 3, header: 2),
    .badValue(
      path: "cards.csv", line: 7, column: 5,
      .invalidValue(option: "expires", value: "2026-02-30", expected: .date)),
    .existingName(path: "cards.csv", at: CellPlace(line: 3, column: 2), name: "Smart PH"),
    .existingName(path: "backup.json", at: nil, name: "Smart PH"),
    .renamedCard(path: "backup.json", name: "Smart", existing: "Smart PH"),
    .repeatedName(path: "cards.csv", at: CellPlace(line: 4, column: 1), name: "Lebara", first: 2),
    .repeatedID(path: "backup.json", name: "Smart PH copy", id: "ab12cd34"),
    .badFlag(path: "cards.csv", line: 2, column: 3, value: "maybe"),
    .badCard(
      path: "backup.json",
      .balance(card: "Smart PH", .priceCurrency(price: "USD", balance: "CNY"))),
    .emptyCell(path: "cards.csv", line: 4, column: 2, name: "number"),
    .badCycleDay(path: "cards.csv", line: 4, column: 7, value: "31"),
  ]

  /// A file to import that cannot be read or understood, each way: said of it,
  /// with a hint about it, in both languages.
  static let inputFileErrors: [StoreError] = [
    .invalidData(
      path: "backup.json",
      error: DataError(card: "x", field: "number", problem: .missingNumber)),
    .emptyFile(path: "backup.json"),
    .newerVersion(path: "backup.json", found: 3, supported: 2),
    .notRegularFile(path: "cards.csv", kind: .namedPipe),
    .tooLarge(path: "-", size: 200_000_000, limit: 64 * 1024 * 1024),
    .system(SystemError(operation: .read, path: "cards", code: EISDIR)),
  ]

  static let csvReasons: [CSV.SyntaxError.Reason] = [
    .unterminatedQuote, .textAfterQuote, .quoteInField, .notUTF8,
  ]

  static let mergeConflicts: [MergeConflict.What] = [
    .name, .retired, .field(.price), .balanceCurrency, .expiry, .plan,
    .samePayment(CalendarDate(year: 2026, month: 3, day: 1) ?? .first), .removedByThem,
    .removedByUs,
    .sameName("Smart"),
  ]

  /// What renew prints for `error`, with its exit status.
  static func report(_ error: any Error, _ language: Language) -> String {
    let report = ErrorReport(error, language: language)
    return "\(report.code) \(report.text)"
  }

  @Test("every usage error speaks Chinese")
  func usage() throws {
    try expectCatalog(
      "UsageError", in: "Sources/RenewCLI/CommandLine/UsageError.swift", Self.usageErrors,
      render: Self.report)
  }

  @Test("every rule a value breaks is said in Chinese")
  func valueRules() throws {
    try expectCatalog(
      "ValueRule", in: "Sources/RenewCLI/CommandLine/ValueRule.swift", Self.valueRules
    ) { rule, language in
      Self.report(UsageError.invalidValue(option: "x", value: "y", expected: rule), language)
    }
  }

  @Test("every card lookup, renewal and balance error speaks Chinese")
  func cardErrors() throws {
    try expectCatalog(
      "CardLookupError", in: "Sources/RenewKit/CardLookup.swift", Self.cardLookupErrors,
      render: Self.report)
    try expectCatalog(
      "RenewalError", in: "Sources/RenewKit/RenewalRules.swift", Self.renewalErrors,
      render: Self.report)
    try expectCatalog(
      "BalancePlanProblem", in: "Sources/RenewKit/BalancePlan.swift", Self.balancePlanProblems
    ) { problem, language in
      Self.report(UsageError.balancePlan(card: "Lebara", problem), language)
    }
    try expectCatalog(
      "BalancePlanProblem", in: "Sources/RenewKit/BalancePlan.swift", Self.balancePlanProblems
    ) { problem, language in
      Self.report(
        UsageError.balancePlan(card: "Lebara", problem, wasPaidFromBalance: true), language)
    }
    try expectCatalog(
      "BalanceError", in: "Sources/RenewKit/BalanceEntries.swift", Self.balanceErrors
    ) { error, language in
      Self.report(UsageError.balance(card: "Lebara", error), language)
    }
    try expectCatalog(
      "TextProblem", in: "Sources/RenewKit/TextField.swift", Self.textProblems
    ) { problem, language in
      Self.report(UsageError.invalidText(option: "note", value: "x", problem: problem), language)
        + DataFileText.reason(problem, in: language)
    }
  }

  @Test("every data file error speaks Chinese, as the command line reports it")
  func storeErrors() throws {
    try expectCatalog(
      "StoreError", in: "Sources/RenewKit/StoreError.swift", Self.storeErrors, render: Self.report)
    try expectCatalog(
      "FileKind", in: "Sources/RenewKit/FileKind.swift", Self.fileKinds
    ) { kind, language in
      Self.report(StoreError.notRegularFile(path: "/dev/x", kind: kind), language)
    }
    try expectCatalog(
      "FileOperation", in: "Sources/RenewKit/Platform.swift", Self.fileOperations
    ) { operation, language in
      Self.report(SystemError(operation: operation, path: "/x", code: EACCES), language)
    }
  }

  @Test("every problem in a data file is worded in Chinese")
  func dataProblems() throws {
    func worded(_ problem: DataProblem, _ language: Language) -> String {
      let error = DataError(card: "中国移动", field: "history[0].via", problem: problem)
      return Self.report(StoreError.invalidData(path: Self.path, error: error), language)
    }
    try expectCatalog(
      "DataProblem", in: "Sources/RenewKit/DataError.swift", Self.dataProblems, render: worded)
    try expectCatalog(
      "Reason", in: "Sources/RenewKit/JSON/JSONError.swift", Self.jsonReasons
    ) { reason, language in
      worded(.json(reason), language)
    }
    try expectCatalog(
      "JSONExpectation", in: "Sources/RenewKit/JSON/JSONError.swift", Self.jsonExpectations
    ) { expectation, language in
      worded(.json(.expected(expectation)), language)
    }
    try expectCatalog(
      "JSONLiteral", in: "Sources/RenewKit/JSON/JSONError.swift", Self.jsonLiterals
    ) { literal, language in
      worded(.json(.expected(.literal(literal))), language)
    }
    try expectCatalog(
      "JSONValueKind", in: "Sources/RenewKit/JSON/JSONError.swift", Self.jsonValueKinds
    ) { kind, language in
      worded(.json(.typeMismatch(expected: kind, found: .null)), language)
    }
    try expectCatalog(
      "EntryType", in: "Sources/RenewKit/Event.swift", Self.entryTypes
    ) { type, language in
      worded(.onlyOn([type], found: type), language)
    }
  }

  @Test("every way a --exec command fails is said in Chinese")
  func hookFailures() throws {
    try expectCatalog(
      "HookOutcome", in: "Sources/RenewKit/Hook.swift", Self.hookOutcomes
    ) { outcome, language in
      ErrorReport.hookFailed(
        "notify-send \"$RENEW_CARD\"", card: "Smart PH", outcome, isRetried: true,
        language: language)
    }
  }

  @Test("every warning speaks Chinese, after 'renew: 警告：'")
  func warnings() throws {
    try expectCatalog(
      "Warning", in: "Sources/RenewCLI/Rendering/Warning.swift", try Self.warnings()
    ) { warning, language in
      warning.text(in: language)
    }
    for warning in try Self.warnings() {
      #expect(warning.text(in: .english).hasPrefix("renew: warning: "))
      #expect(warning.text(in: .chinese).hasPrefix("renew: 警告："))
    }
  }

  @Test("every import error, and every way a CSV is broken, speaks Chinese")
  func importErrors() throws {
    try expectCatalog(
      "ImportError", in: "Sources/RenewCLI/Commands/ImportError.swift", Self.importErrors,
      render: Self.report)
    try expectCatalog(
      "Reason", in: "Sources/RenewKit/CSV.swift", Self.csvReasons
    ) { reason, language in
      Self.report(
        ImportError.notCSV(
          path: "cards.csv", CSV.SyntaxError(reason: reason, line: 2, column: 1)), language)
    }
    for error in Self.inputFileErrors {
      for language in [Language.english, .chinese] {
        let wrapped = ErrorReport(ImportError.inputFile(error), language: language)
        let plain = ErrorReport(error, language: language)
        // The same first line and exit status as for the data file ...
        #expect(wrapped.message == plain.message && wrapped.code == plain.code, "\(error)")
        // ... and no hint that points at the data file's backups.
        #expect(wrapped.hint?.contains("undo") == false, "\(error): \(wrapped.text)")
        #expect(wrapped.hint?.contains("备份") == false, "\(error): \(wrapped.text)")
      }
    }
  }

  @Test("every merge conflict speaks Chinese")
  func mergeConflicts() throws {
    func runner(_ language: Language) -> Runner {
      Runner(
        store: Store(path: Self.path), today: Self.today, format: .text, isColored: false,
        tableWidth: nil, output: Output(standardOutput: { _ in }, standardError: { _ in }),
        language: language)
    }
    let card = Card(name: "Smart PH", number: "+63 917 123 4567", added: Self.today)
    try expectCatalog(
      "What", in: "Sources/RenewKit/DocumentMerge.swift", Self.mergeConflicts
    ) { what, language in
      runner(language).conflictLine(MergeConflict(card: card, what))
    }
  }

  @Test("the case reader finds every case, on one line or several, and no switch's")
  func caseReader() throws {
    #expect(
      try CaseDeclarations.names(of: "Reason", in: "Sources/RenewKit/JSON/JSONError.swift")
        == Set(Self.jsonReasons.map(CaseDeclarations.caseName)))
    #expect(
      try CaseDeclarations.names(
        of: "OptionName", in: "Sources/RenewCLI/CommandLine/OptionName.swift"
      )
      .isSuperset(of: ["field", "off", "file", "lang", "for", "in", "exec"]))
    #expect(throws: CaseDeclarations.Missing.self) {
      try CaseDeclarations.names(of: "NoSuchEnum", in: "Sources/RenewKit/Hook.swift")
    }
  }

  /// Checks that `samples` cover every case `enumName` declares in `file`, and that
  /// each renders in Chinese: as many lines as in English, none empty, none the
  /// same as its English line, each with a Chinese character.
  func expectCatalog<Value>(
    _ enumName: String, in file: String, _ samples: [Value],
    sourceLocation: SourceLocation = #_sourceLocation,
    render: (Value, Language) -> String
  ) throws {
    let declared = try CaseDeclarations.names(of: enumName, in: file)
    let sampled = Set(samples.map(CaseDeclarations.caseName))
    #expect(!declared.isEmpty, "no cases found for \(enumName)", sourceLocation: sourceLocation)
    #expect(
      declared.subtracting(sampled).isEmpty,
      "cases of \(enumName) without a sample: \(declared.subtracting(sampled).sorted())",
      sourceLocation: sourceLocation)
    #expect(
      sampled.subtracting(declared).isEmpty,
      "samples of cases \(enumName) does not declare: \(sampled.subtracting(declared).sorted())",
      sourceLocation: sourceLocation)
    for sample in samples {
      let english = render(sample, .english).split(
        separator: "\n", omittingEmptySubsequences: false)
      let chinese = render(sample, .chinese).split(
        separator: "\n", omittingEmptySubsequences: false)
      let label = "\(enumName).\(CaseDeclarations.caseName(sample))"
      #expect(english.joined().count > 0, "\(label): no English", sourceLocation: sourceLocation)
      #expect(
        chinese.count == english.count, "\(label): \(chinese) against \(english)",
        sourceLocation: sourceLocation)
      for (chineseLine, englishLine) in zip(chinese, english) where !englishLine.isEmpty {
        #expect(!chineseLine.isEmpty, "\(label): empty line", sourceLocation: sourceLocation)
        #expect(
          chineseLine != englishLine, "\(label): English in Chinese: \(chineseLine)",
          sourceLocation: sourceLocation)
        #expect(
          chineseLine.unicodeScalars.contains { $0.isCJKIdeograph },
          "\(label): no Chinese in \(chineseLine)", sourceLocation: sourceLocation)
      }
    }
  }
}

extension Unicode.Scalar {
  /// Whether this is a CJK unified ideograph (the basic block or extension A).
  var isCJKIdeograph: Bool {
    (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
  }
}

/// The cases an enum declares, read from its source file, and the case of a value.
enum CaseDeclarations {
  /// No `enum` of that name in the file.
  struct Missing: Error {}

  /// The repository's root, from this file's path: `Tests/RenewCLITests/…`.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The names of the cases `enum name` declares in `file`, a path from the root.
  ///
  /// The declaration's members stand two spaces deeper than `enum` (swift format
  /// keeps them so); a `case` deeper than that is a `switch`'s, not a declaration.
  static func names(of name: String, in file: String) throws -> Set<String> {
    let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    func indent(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }
    guard
      let start = lines.firstIndex(where: { line in
        let words = line.split(whereSeparator: { " :{<".contains($0) })
        guard words.first?.hasPrefix("//") == false, let index = words.firstIndex(of: "enum")
        else { return false }
        return words.dropFirst(index + 1).first == Substring(name)
      })
    else { throw Missing() }
    let depth = indent(lines[start])
    var names: Set<String> = []
    for line in lines[(start + 1)...] {
      if indent(line) == depth && line.dropFirst(depth).hasPrefix("}") { break }
      let body = line.dropFirst(depth + 2)
      guard indent(line) == depth + 2, body.hasPrefix("case ") else { continue }
      names.formUnion(caseNames(in: body.dropFirst("case ".count)))
    }
    return names
  }

  /// The names in the rest of a `case` line: `a(String), b = "b", c`.
  private static func caseNames(in text: Substring) -> [String] {
    var names: [String] = []
    var parentheses = 0
    var isInString = false
    var isStartOfName = true
    var current = ""
    for character in text {
      if character == "\"" { isInString.toggle() }
      if isInString { continue }
      switch character {
      case "(": parentheses += 1
      case ")": parentheses -= 1
      case "," where parentheses == 0:
        names.append(current)
        current = ""
        isStartOfName = true
        continue
      default: break
      }
      guard isStartOfName, parentheses == 0 else { continue }
      if character.isLetter || character.isNumber || character == "_" {
        current.append(character)
      } else if character != "`" && character != " " || !current.isEmpty {
        isStartOfName = false
      }
    }
    names.append(current)
    return names.filter { !$0.isEmpty }
  }

  /// The name of the case `value` is: its payload's label, or its own description.
  static func caseName(_ value: Any) -> String {
    Mirror(reflecting: value).children.first?.label ?? String(describing: value)
  }
}
