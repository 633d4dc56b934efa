import RenewKit

/// The commands that only read: status, check, list, show, history, backups.
extension Runner {
  /// Active cards (and retired ones, if asked) with their status, soonest due first.
  func rows(
    _ document: Document, includeRetired: Bool = false, remindDays: Int? = nil
  ) -> [(card: Card, status: CardStatus)] {
    document.cards.filter { includeRetired || !$0.isRetired }
      .map { ($0, $0.status(on: today, remindDays: remindDays)) }
      .sorted { lhs, rhs in
        switch (lhs.1.due, rhs.1.due) {
        case (let left?, let right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.0.name.lowercased() < rhs.0.name.lowercased()
        }
      }
  }

  func status(_ document: Document, includeRetired: Bool, within: Int?) {
    let rows = rows(document, includeRetired: includeRetired).filter { row in
      guard let within else { return true }
      return row.status.daysLeft.map { $0 <= within } ?? false
    }
    if format == .json {
      output.standardOutput(
        JSONView.encode(rows.map { StatusView(card: $0.card, status: $0.status) }))
      return
    }
    guard !rows.isEmpty else {
      if document.cards.isEmpty {
        say("No cards yet. Add one: renew add NAME --number N --expires DATE --period 1m")
      } else if let within {
        say("Nothing due within \(within) days.")
      } else {
        say("No active cards; 'renew status --all' shows the retired ones.")
      }
      return
    }
    var table = Table(header: [
      .freeText("NAME"), .freeText("NUMBER"), .freeText("CARRIER"), "DUE", "LEFT", "STATE",
      .freeText("RENEW"),
    ])
    for (card, status) in rows {
      let state = card.isRetired ? "retired" : status.state.rawValue
      table.rows.append([
        Table.Cell(card.name), Table.Cell(card.number), Table.Cell(card.carrier ?? "-"),
        Table.Cell(status.due?.description ?? "-"),
        Table.Cell(status.daysLeft.map(Format.days) ?? "-"),
        Table.Cell(state, color: card.isRetired ? .dim : Format.color(of: status.state)),
        Table.Cell(card.renewalHints.isEmpty ? "-" : Format.hints(card)),
      ])
    }
    output.standardOutput(table.render(colored: isColored, width: tableWidth))
  }

  func check(_ document: Document, within: Int?) -> Int32 {
    let rows = rows(document, remindDays: within).filter { $0.status.state.needsAttention }
    if format == .json {
      // Asked for JSON, a script gets an array even when it is empty.
      output.standardOutput(
        JSONView.encode(rows.map { StatusView(card: $0.card, status: $0.status) }))
      return rows.isEmpty ? 0 : 1
    }
    for (card, status) in rows {
      say(checkLine(card, status))
    }
    return rows.isEmpty ? 0 : 1
  }

  /// One self-contained line for cron's mail: who, when, how bad, how to renew.
  func checkLine(_ card: Card, _ status: CardStatus) -> String {
    guard let due = status.due, let days = status.daysLeft else { return card.name }
    var line = "\(card.name) (\(card.number)): due \(due), \(Format.days(days))"
    if let end = card.graceEnd {
      switch status.state {
      case .lapsed: line += ", lapsed: grace ended \(end)"
      case .overdue: line += ", recoverable until \(end)"
      default: break
      }
    }
    let hints = Format.hints(card)
    line += "; renew: \(hints.isEmpty ? "no method recorded" : hints)"
    if card.renewsAutomatically {
      line += "; auto-renew is not assumed: check the charge, then '\(Format.confirmCharge(card))'"
    }
    return line
  }

  func list(_ document: Document, tag: String?) {
    let cards = document.cards.filter { card in
      tag.map { wanted in card.tags.contains { $0.lowercased() == wanted.lowercased() } } ?? true
    }
    if format == .json {
      output.standardOutput(
        JSONView.encode(cards.map { CardView(card: $0, status: $0.status(on: today)) }))
      return
    }
    guard !cards.isEmpty else {
      say(tag.map { "No cards tagged \($0)." } ?? "No cards yet.")
      return
    }
    var table = Table(header: [
      .freeText("NAME"), .freeText("NUMBER"), "COUNTRY", .freeText("CARRIER"), "KIND",
      .freeText("PLAN"), .freeText("TAGS"),
    ])
    for card in cards {
      table.rows.append([
        Table.Cell(card.name + (card.isRetired ? " (retired)" : "")), Table.Cell(card.number),
        Table.Cell(card.country ?? "-"), Table.Cell(card.carrier ?? "-"),
        Table.Cell(card.kind?.rawValue ?? "-"),
        Table.Cell(card.plan.isEmpty ? "-" : Format.plan(card.plan)),
        Table.Cell(card.tags.isEmpty ? "-" : card.tags.joined(separator: ", ")),
      ])
    }
    output.standardOutput(table.render(colored: isColored, width: tableWidth))
  }

  func show(_ document: Document, query: String) throws {
    let card = document.cards[try resolve(query, in: document)]
    let status = card.status(on: today)
    if format == .json {
      output.standardOutput(JSONView.encode(CardView(card: card, status: status)))
      return
    }
    var fields: [(String, String)] = [("number", card.number)]
    // Who the card is, then its clock, then every other field in table order.
    let identity: [CardField] = [.country, .carrier, .kind]
    for field in identity { fields += shownLine(field, of: card).map { [$0] } ?? [] }
    if card.isRetired { fields.append(("retired", "yes: left out of status and check")) }
    if let expiry = card.expiry {
      fields.append(("expires", "\(expiry)" + (card.anchorDay.map { ", cycle day \($0)" } ?? "")))
    }
    if let keepAlive = card.keepAlive, let deadline = card.keepAliveDeadline {
      fields.append(
        ("keep-alive", "\(keepAlive) from last activity \(card.lastActivity), until \(deadline)"))
    }
    if let due = status.due, let days = status.daysLeft {
      let state = card.isRetired ? "retired" : status.state.rawValue
      fields.append(("due", "\(due), \(Format.days(days)) (\(state))"))
    } else {
      fields.append(("due", "unknown: no expiry and no keep-alive"))
    }
    for field in CardField.allCases where field != .number && field != .keepAlive {
      if !identity.contains(field), let line = shownLine(field, of: card) { fields.append(line) }
    }
    fields.append(("added", card.added.description))
    let width = fields.map { $0.0.count }.max() ?? 0
    var text = "\(card.name)\n"
    for (label, value) in fields {
      text += "  \(TextWidth.padded(label, to: width))  \(value)\n"
    }
    let events = HistoryEntry.entries(of: [card])
    if !events.isEmpty {
      let shown = events.prefix(5)
      text += "\nHistory (\(shown.count) of \(events.count), newest first):\n"
      // Indented by two spaces, so two columns narrower.
      text += historyTable(Array(shown), showsCard: false, width: tableWidth.map { $0 - 2 })
        .split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast()
        .map { "  \($0)\n" }.joined()
    }
    output.standardOutput(text)
  }

  /// The line `show` gives `field`, or `nil` when it has nothing to say: the value
  /// as typed, with the plan's period and price on one line and auto-renew with its
  /// payment route.
  private func shownLine(_ field: CardField, of card: Card) -> (String, String)? {
    switch field {
    case .remind: return ("remind", "\(card.effectiveRemindDays) days before")
    case .period: return card.plan.isEmpty ? nil : ("plan", Format.plan(card.plan))
    case .price: return nil
    case .autoRenew:
      guard card.renewsAutomatically else { return nil }
      let route = card.payVia.map { "yes, via \($0)" } ?? "yes"
      return ("auto-renew", "\(route); once charged: \(Format.confirmCharge(card))")
    case .pay:
      guard !card.renewsAutomatically, let pay = card.payVia else { return nil }
      return ("pay", "via \(pay)")
    default:
      return field.value(in: card).map { (field.label, Format.value($0)) }
    }
  }

  func history(_ document: Document, query: String?) throws {
    let cards = try query.map { [document.cards[try resolve($0, in: document)]] } ?? document.cards
    let entries = HistoryEntry.entries(of: cards)
    if format == .json {
      output.standardOutput(JSONView.encode(entries.map { HistoryView($0) }))
      return
    }
    guard !entries.isEmpty else {
      say("No history yet. Record a renewal with 'renew log CARD' or activity with 'renew touch'.")
      return
    }
    output.standardOutput(historyTable(entries, showsCard: query == nil, width: tableWidth))
  }

  private func historyTable(_ entries: [HistoryEntry], showsCard: Bool, width: Int?) -> String {
    var table = Table(
      header: ["DATE"] + (showsCard ? [.freeText("CARD")] : []) + [
        "TYPE", "AMOUNT", .freeText("DETAILS"),
      ])
    for entry in entries {
      var details: [String] = []
      var amount = "-"
      switch entry.event {
      case .renewal(let renewal):
        amount = renewal.amount?.description ?? "-"
        if let after = renewal.expiresAfter, after != renewal.expiresBefore {
          details.append("expires \(renewal.expiresBefore.map { "\($0) → " } ?? "")\(after)")
        }
        let how = [renewal.method?.rawValue, renewal.via.map { "via \($0)" }].compactMap { $0 }
        if !how.isEmpty { details.append(how.joined(separator: " ")) }
        if let receipt = renewal.receipt { details.append("receipt \(receipt)") }
      case .activity:
        break
      }
      if let note = entry.event.note { details.append(note) }
      let type = if case .renewal = entry.event { "renewal" } else { "activity" }
      table.rows.append(
        [Table.Cell(entry.event.date.description)] + (showsCard ? [Table.Cell(entry.card)] : [])
          + [Table.Cell(type), Table.Cell(amount), Table.Cell(details.joined(separator: "; "))])
    }
    return table.render(colored: isColored, width: width)
  }

  func backups() {
    let backups = store.backups()
    if backups.isEmpty {
      say("No backups yet in \(store.backupFolder).")
    } else {
      var table = Table(header: ["#", "TAKEN", .freeText("CHANGE THAT FOLLOWED")])
      for (index, backup) in backups.enumerated() {
        table.rows.append([
          Table.Cell(String(index + 1)), Table.Cell(System.localTime(backup.time)),
          Table.Cell(backup.change ?? "-"),
        ])
      }
      output.standardOutput(table.render(colored: isColored, width: tableWidth))
      say(
        "Folder: \(store.backupFolder). 'renew undo' restores #1; run again to step further back.")
    }
    keptCopies()
  }

  /// Lists the files `undo --force` kept, which are not backups: undo never restores them.
  private func keptCopies() {
    let kept = store.keptCopies()
    guard !kept.isEmpty else { return }
    say("Kept by 'renew undo --force' (files changed outside renew; renew never removes them):")
    for path in kept { say("  \(path)") }
  }
}

/// One event with the name of its card, for history listings.
struct HistoryEntry {
  var card: String
  var event: Event

  /// Every event of `cards`, newest first; events of one day in reverse file order
  /// (within a card, the latest recorded first).
  static func entries(of cards: [Card]) -> [HistoryEntry] {
    var numbered: [(entry: HistoryEntry, order: Int)] = []
    for card in cards {
      for event in card.history {
        numbered.append((HistoryEntry(card: card.name, event: event), numbered.count))
      }
    }
    return numbered.sorted { lhs, rhs in
      lhs.entry.event.date != rhs.entry.event.date
        ? lhs.entry.event.date > rhs.entry.event.date : lhs.order > rhs.order
    }.map(\.entry)
  }
}
