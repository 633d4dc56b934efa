import RenewKit

/// Carries out a parsed command against the store and writes what it has to say.
struct Runner {
  /// The data file.
  let store: Store
  /// The day renew acts on.
  let today: CalendarDate
  /// Text for people or JSON for scripts.
  let format: OutputFormat
  /// Whether to colour the output.
  let isColored: Bool
  /// The columns a table may take (the terminal's width), or `nil` when output is piped.
  let tableWidth: Int?
  /// Where to write.
  let output: Output
  /// The environment renew was started with, passed on to `--exec` commands.
  var environment: [String: String] = [:]
  /// The folder of `check --new`'s records.
  var stateFolder: String?
  /// Seconds a `check --exec` command may run.
  var hookTimeout: Double = 60
  /// The language of everything written for people.
  var language: Language = .english

  /// Runs `command` and returns the exit status.
  func run(_ command: Command) throws -> Int32 {
    switch command {
    case .status(let includeRetired, let within):
      status(try store.read(depth: .glance), includeRetired: includeRetired, within: within)
    case .check(let within, let onlyNew, let command):
      guard let document = try store.readExisting(depth: .glance) else {
        throw UsageError.noDataFile(path: store.path)
      }
      return try check(document, within: within, onlyNew: onlyNew, exec: command)
    // `list --json` gives each card as stored, history and all.
    case .list(let tag, let names) where format == .json && !names:
      try listWithHistory(try store.read(depth: .summary), tag: tag)
    case .list(let tag, let names): list(try store.read(depth: .glance), tag: tag, names: names)
    // One card's history is read from the file for that card alone.
    case .show(let query): show(try cardWithHistory(query))
    case .history(let query?):
      history(HistoryEntry.entries(of: [try cardWithHistory(query)]), showsCard: false)
    case .history(nil): try historyOfAll(try store.read(depth: .summary))
    case .calendar(let out, let includeRetired):
      // A calendar refreshed by cron must not empty itself over a mistyped path.
      guard let document = try store.readExisting(depth: .glance) else {
        throw UsageError.noDataFile(path: store.path)
      }
      try calendar(document, out: out, includeRetired: includeRetired)
    case .forecast(let months): forecast(try store.read(depth: .glance), months: months)
    case .spend(let query, let range, let grouping, let conversion):
      try spend(query, range: range, by: grouping, conversion: conversion)
    case .backups: backups()
    case .add(let name, let changes): try add(name: name, changes: changes)
    case .edit(let query, let changes): try edit(query: query, changes: changes)
    case .remove(let query, let isConfirmed): try remove(query: query, isConfirmed: isConfirmed)
    case .retire(let query): try setRetired(query: query, true)
    case .unretire(let query): try setRetired(query: query, false)
    case .log(let query, let day, let renewal, let term):
      try log(query: query, on: day, renewal, term: term)
    case .touch(let query, let day, let activity): try touch(query: query, on: day, activity)
    case .money(let query, let day, let event): try recordMoney(query: query, on: day, event)
    case .unlog(let query, let entry): try unlog(query: query, entry: entry)
    case .undo(let force): try undo(force: force)
    case .export(let dataFormat, let history):
      // A backup made from a mistyped path must not be an empty file that looks fine.
      guard let document = try store.readExisting(depth: .summary) else {
        throw UsageError.noDataFile(path: store.path)
      }
      try export(document, format: dataFormat, history: history)
    case .importCards(let path, let dataFormat, let update, let dryRun):
      try importCards(path: path, format: dataFormat, update: update, dryRun: dryRun)
    case .merge, .completion, .manual, .help, .version:
      break  // answered by RenewCLI.run before the data file is located
    }
    return 0
  }

  /// Writes one line to standard output.
  func say(_ line: String) {
    output.standardOutput(line + "\n")
  }

  /// Writes a warning to standard error.
  func warn(_ warning: Warning) {
    output.standardError(warning.text(in: language))
  }

  /// The card `query` names in the data file, with its whole history read, and
  /// no other card's.
  func cardWithHistory(_ query: String) throws -> Card {
    var document = try store.read(depth: .summary)
    return document.cards[try resolveWithHistory(query, in: &document)]
  }

  /// The card `query` names in `document`, with its whole history read: for the
  /// commands that record, remove or replay entries.
  func resolveWithHistory(_ query: String, in document: inout Document) throws -> Int {
    let index = try resolve(query, in: document)
    try loadCard(at: index, in: &document)
    return index
  }

  /// Reads card `index`'s whole history from the data file: a history renew cannot
  /// accept is the data file's fault (65), reported with its path.
  func loadCard(at index: Int, in document: inout Document) throws {
    try readingDataFile { try document.loadCard(at: index) }
  }

  /// Calls `body` with each card of `document` in turn, its whole history read
  /// from the data file (see ``Document/forEachCardInFull(_:)``): a history renew
  /// cannot accept is the data file's fault (65), reported with its path.
  func forEachCardInFull(_ document: consuming Document, _ body: (Card) throws -> Void) throws {
    // Not through `readingDataFile`: a closure would hold the document whole.
    do {
      try document.forEachCardInFull(body)
    } catch {
      throw dataFileError(error)
    }
  }

  /// Does `work`, which reads histories from the data file, reporting what renew
  /// cannot accept there as the data file's fault (65), with its path.
  func readingDataFile<Value>(_ work: () throws -> Value) throws -> Value {
    do {
      return try work()
    } catch {
      throw dataFileError(error)
    }
  }

  /// `error`, thrown while reading histories from the data file, as the data file's
  /// fault (65) with its path when it is one; any other error as it is.
  private func dataFileError(_ error: any Error) -> any Error {
    switch error {
    case let error as JSONError: StoreError.invalidJSON(path: store.target, error: error)
    case let error as DataError: StoreError.invalidData(path: store.target, error: error)
    // A card read from the summary is read from the data file held open.
    case let error as SystemError: StoreError.system(error)
    default: error
    }
  }

  /// The card `query` names in `document`.
  func resolve(_ query: String, in document: Document) throws(UsageError) -> Int {
    do {
      return try document.resolve(query)
    } catch {
      throw .cardLookup(error)
    }
  }

  /// ", due DATE (in N days)" for a confirmation, "，DATE 到期（还有 N 天）" in
  /// Chinese, or nothing for a card with no due date; after a clause ("; due …")
  /// when `afterClause`.
  func dueSummary(_ card: Card, afterClause: Bool = false) -> String {
    let status = card.status(on: today)
    guard let due = status.due, let days = status.daysLeft else { return "" }
    let prefix = afterClause ? language(en: "; ", zh: "；") : language(en: ", ", zh: "，")
    return prefix
      + language(
        en: "due \(due) (\(Format.days(days, in: language)))",
        zh: "\(due) 到期（\(Format.days(days, in: language))）")
  }

  /// A table column titled `heading` in the runner's language; with `freeText`,
  /// one of the user's text that may be shortened to fit.
  func column(_ heading: Heading, freeText: Bool = false) -> Table.Column {
    freeText ? .freeText(heading, in: language) : Table.Column(heading, in: language)
  }
}
