import RenewKit

/// Carries out a parsed command against the store and writes what it has to say.
struct Runner {
  let store: Store
  let today: CalendarDate
  /// Text for people or JSON for scripts.
  let format: OutputFormat
  let isColored: Bool
  /// The columns a table may take (the terminal's width), or `nil` when output is piped.
  let tableWidth: Int?
  let output: Output

  /// Runs `command` and returns the exit status.
  func run(_ command: Command) throws -> Int32 {
    switch command {
    case .status(let includeRetired, let within):
      status(try store.read(), includeRetired: includeRetired, within: within)
    case .check(let within):
      guard let document = try store.readExisting() else {
        throw UsageError.noDataFile(path: store.path)
      }
      return check(document, within: within)
    case .list(let tag): list(try store.read(), tag: tag)
    case .show(let query): try show(try store.read(), query: query)
    case .history(let query): try history(try store.read(), query: query)
    case .backups: backups()
    case .add(let name, let changes): try add(name: name, changes: changes)
    case .edit(let query, let changes): try edit(query: query, changes: changes)
    case .remove(let query, let isConfirmed): try remove(query: query, isConfirmed: isConfirmed)
    case .retire(let query): try setRetired(query: query, true)
    case .unretire(let query): try setRetired(query: query, false)
    case .log(let query, let day, let renewal, let term):
      try log(query: query, on: day, renewal, term: term)
    case .touch(let query, let day, let activity): try touch(query: query, on: day, activity)
    case .undo(let force): try undo(force: force)
    case .help, .version:
      break  // answered by RenewCLI.run before the data file is located
    }
    return 0
  }

  func say(_ line: String) {
    output.standardOutput(line + "\n")
  }

  private func undo(force: Bool) throws {
    let undone = try store.undo(force: force)
    let change = undone.change ?? "the last change"
    guard let kept = undone.keptCopy else {
      say("undid: \(change)")
      return
    }
    say("undid: \(change), and the changes made outside renew since")
    say("kept the changed file as \(kept)")
  }

  private func add(name: String, changes: [CardChange]) throws {
    let card = try store.update { document in
      if let existing = document.index(named: name) {
        throw UsageError.duplicateName(name, existing: document.cards[existing].name)
      }
      var card = Card(name: name, number: "", added: today)
      for change in changes { card.apply(change) }
      document.cards.append(card)
      document.lastChange = "add \(name)"
      return card
    }
    say("added \(card.name) (\(card.number))\(dueSummary(card))")
    warnIfNeverReported(card)
  }

  private func edit(query: String, changes: [CardChange]) throws {
    let (before, card) = try store.update { document in
      let index = try resolve(query, in: document)
      for case .rename(let name) in changes {
        if let other = document.index(named: name), other != index {
          throw UsageError.duplicateName(name, existing: document.cards[other].name)
        }
      }
      let before = document.cards[index]
      for change in changes { document.cards[index].apply(change) }
      document.lastChange = "edit \(before.name)"
      return (before, document.cards[index])
    }
    // The store writes nothing, and keeps no backup, for a change that changes nothing.
    guard card != before else {
      say("\(card.name) already has those values; nothing changed")
      return
    }
    let renamed = card.name == before.name ? "" : " (was \(before.name))"
    say("changed \(card.name)\(renamed)\(dueSummary(card))")
    warnIfNeverReported(card)
  }

  /// Warns when `card` is active and has no clock, so that `check` would stay silent about it.
  private func warnIfNeverReported(_ card: Card) {
    if !card.isRetired && card.due == nil { warn(.neverReported(card: card.name)) }
  }

  func warn(_ warning: Warning) {
    output.standardError(warning.text)
  }

  private func remove(query: String, isConfirmed: Bool) throws {
    let document = try store.read()
    let card = document.cards[try resolve(query, in: document)]
    if !isConfirmed {
      guard let confirm = output.confirm else {
        throw UsageError.removeNeedsConfirmation(card: card.name)
      }
      let entries =
        card.history.count == 1 ? "1 history entry" : "\(card.history.count) history entries"
      guard confirm("Remove \(card.name) (\(card.number)) and its \(entries)? [y/N] ") else {
        say("kept \(card.name)")
        return
      }
    }
    try store.update { document in
      // By exact name: the card may have been renamed while the question was asked.
      guard let index = document.index(named: card.name) else {
        throw UsageError.cardLookup(.unknown(query: card.name, names: document.cards.map(\.name)))
      }
      document.cards.remove(at: index)
      document.lastChange = "remove \(card.name)"
    }
    say("removed \(card.name) and its history")
  }

  private func setRetired(query: String, _ isRetired: Bool) throws {
    let verb = isRetired ? "retire" : "unretire"
    let document = try store.read()
    let current = document.cards[try resolve(query, in: document)]
    guard current.isRetired != isRetired else {
      say("\(current.name) is \(isRetired ? "already retired" : "not retired")")
      return
    }
    let card = try store.update { document in
      let index = try resolve(query, in: document)
      document.cards[index].isRetired = isRetired
      document.lastChange = "\(verb) \(document.cards[index].name)"
      return document.cards[index]
    }
    say(isRetired ? "retired \(card.name); its history is kept" : "unretired \(card.name)")
  }

  private func log(query: String, on day: EntryDay, _ renewal: Renewal, term: RenewalTerm?) throws {
    let (card, recorded) = try store.update { document in
      let index = try resolve(query, in: document)
      var renewal = renewal
      renewal.date = try day.date(for: document.cards[index], today: today)
      document.lastChange = "log \(document.cards[index].name) \(renewal.date)"
      // The plan's price is what the plan's period costs, not what any term costs.
      let plan = document.cards[index].plan
      let isPlanTerm: Bool
      switch term {
      case nil: isPlanTerm = true
      case .period(let period):
        isPlanTerm = plan.period.map { $0.isSameLength(as: period) } ?? false
      case .until: isPlanTerm = false
      }
      if renewal.amount == nil, isPlanTerm { renewal.amount = plan.price }
      let recorded = try document.cards[index].renew(renewal, for: term)
      return (document.cards[index], recorded)
    }
    var line = "logged \(card.name) on \(recorded.date)"
    if let amount = recorded.amount { line += " for \(amount)" }
    if let after = recorded.expiresAfter, after != recorded.expiresBefore {
      line += "; expires \(after)" + (recorded.expiresBefore.map { " (was \($0))" } ?? "")
    }
    say(line + dueSummary(card, prefix: "; "))
    if let before = recorded.expiresBefore, let after = recorded.expiresAfter, after < before {
      warn(.shortensExpiry(card: card.name, from: before, to: after))
    }
  }

  private func touch(query: String, on day: EntryDay, _ activity: Activity) throws {
    let (card, activity) = try store.update { document in
      let index = try resolve(query, in: document)
      var activity = activity
      activity.date = try day.date(for: document.cards[index], today: today)
      document.lastChange = "touch \(document.cards[index].name) \(activity.date)"
      document.cards[index].touch(activity)
      return (document.cards[index], activity)
    }
    say("recorded activity on \(card.name) on \(activity.date)\(dueSummary(card, prefix: "; "))")
  }

  /// The card `query` names in `document`.
  func resolve(_ query: String, in document: Document) throws(UsageError) -> Int {
    do {
      return try document.resolve(query)
    } catch {
      throw .cardLookup(error)
    }
  }

  private func dueSummary(_ card: Card, prefix: String = ", ") -> String {
    let status = card.status(on: today)
    guard let due = status.due, let days = status.daysLeft else { return "" }
    return "\(prefix)due \(due) (\(Format.days(days)))"
  }
}
