import RenewKit

/// `renew history`: renewals and activity, newest first.
extension Runner {
  /// `renew history`: `entries`, of one card or all, newest first; `showsCard`
  /// names each entry's card, for the history of all.
  func history(_ entries: [HistoryEntry], showsCard: Bool) {
    if format == .json {
      writeJSONArray { append in
        for entry in entries { append(HistoryView(entry)) }
      }
      return
    }
    guard !entries.isEmpty else {
      sayNoHistory()
      return
    }
    output.standardOutput(historyTable(entries, showsCard: showsCard, width: tableWidth))
  }

  /// `entries` as a table; `showsCard` adds the CARD column.
  func historyTable(_ entries: [HistoryEntry], showsCard: Bool, width: Int?) -> String {
    var table = Table(header: historyHeader(showsCard: showsCard))
    for entry in entries { table.append(historyRow(entry, showsCard: showsCard)) }
    return table.render(colored: isColored, width: width)
  }

  /// `renew history` of every card in `document`, newest first, each card's
  /// history read from the data file in turn: the table keeps only the rows to
  /// show, as text, not the entries.
  func historyOfAll(_ document: consuming Document) throws {
    if format == .json {
      var entries: [HistoryEntry] = []
      try forEachCardInFull(consume document) { card in
        for entry in card.history { entries.append(HistoryEntry(card: card.name, entry: entry)) }
      }
      let order = HistoryEntry.newestFirst(entries.map(\.event.date))
      writeJSONArray { append in
        for index in order { append(HistoryView(entries[index])) }
      }
      return
    }
    // The rows are added in the file's order and shown newest first.
    var table = Table(header: historyHeader(showsCard: true))
    var dates: [CalendarDate] = []
    try forEachCardInFull(consume document) { card in
      for entry in card.history {
        table.append(historyRow(HistoryEntry(card: card.name, entry: entry), showsCard: true))
        dates.append(entry.event.date)
      }
    }
    guard !dates.isEmpty else {
      sayNoHistory()
      return
    }
    let order = HistoryEntry.newestFirst(dates)
    dates = []
    table.render(colored: isColored, width: tableWidth, order: order) {
      output.standardOutputBytes($0)
    }
  }

  private func sayNoHistory() {
    say(
      language(
        en: "No history yet. Record a renewal with 'renew log CARD' "
          + "or activity with 'renew touch'.",
        zh: "还没有历史记录。用 'renew log CARD' 记录续费，"
          + "或用 'renew touch' 记录保号活动。"))
  }

  /// The history table's columns; `showsCard` adds the CARD column.
  private func historyHeader(showsCard: Bool) -> [Table.Column] {
    [column(.date), column(.id)] + (showsCard ? [column(.card, freeText: true)] : []) + [
      column(.type), column(.amount), column(.details, freeText: true),
    ]
  }

  /// The history table's row for `entry`; `showsCard` adds the CARD column.
  private func historyRow(_ entry: HistoryEntry, showsCard: Bool) -> [Table.Cell] {
    let expires = language(en: "expires", zh: "有效期")
    let receipt = language(en: "receipt", zh: "凭证")
    var details: [String] = []
    var amount = "-"
    switch entry.event {
    case .renewal(let renewal):
      amount = renewal.amount?.description ?? "-"
      if let after = renewal.expiresAfter, after != renewal.expiresBefore {
        details.append("\(expires) \(renewal.expiresBefore.map { "\($0) → " } ?? "")\(after)")
      }
      let how = [renewal.method?.word(in: language), renewal.via.map(via)].compactMap { $0 }
      if !how.isEmpty { details.append(how.joined(separator: language(en: " ", zh: "，"))) }
      if let number = renewal.receipt { details.append("\(receipt) \(number)") }
    case .activity:
      break
    case .balance(let reading):
      amount = reading.amount.description
      details.append(language(en: "balance read", zh: "查询余额"))
    case .topUp(let topUp):
      amount = topUp.amount.description
      if let route = topUp.via { details.append(via(route)) }
      if let number = topUp.receipt { details.append("\(receipt) \(number)") }
    case .plan(let change):
      // What was charged up to that day: true whether the plan changed or ended.
      if let previous = change.previous {
        let plan = Format.plan(Plan(period: previous.period, price: previous.price), in: language)
        details.append(
          language(
            en: "paid from the balance up to this day: \(plan)", zh: "截至当天从余额扣费：\(plan)"))
      } else {
        details.append(
          language(
            en: "plan paid from the balance again; nothing was charged since it ended",
            zh: "重新从余额扣费；停用期间未扣费"))
      }
    case .expiry(let change):
      let before = change.expiresBefore.map { "\($0) → " } ?? ""
      details.append(
        change.expires.map {
          language(
            en: "expires \(before)\($0), set outright", zh: "有效期 \(before)\($0)，直接设置")
        } ?? language(en: "expiry cleared", zh: "已清除有效期"))
    }
    if let note = entry.event.note { details.append(note) }
    return [Table.Cell(entry.event.date.description), Table.Cell(entry.entry.id)]
      + (showsCard ? [Table.Cell(entry.card)] : [])
      + [
        Table.Cell(entry.event.type.word(in: language)), Table.Cell(amount),
        Table.Cell(details.joined(separator: language(en: "; ", zh: "；"))),
      ]
  }

  /// How an entry was paid: "via Alipay"; "通过 Alipay", "通过支付宝".
  private func via(_ route: String) -> String {
    language(en: "via \(route)", zh: Format.spaced("通过", route))
  }
}

/// One entry with the name of its card, for history listings.
struct HistoryEntry {
  /// The card's name.
  var card: String
  /// The entry.
  var entry: Entry

  /// What happened.
  var event: Event { entry.event }

  /// Every event of `cards`, newest first; events of one day in reverse file order
  /// (within a card, the latest recorded first).
  static func entries(of cards: [Card]) -> [HistoryEntry] {
    let entries = cards.flatMap { card in
      card.history.map { HistoryEntry(card: card.name, entry: $0) }
    }
    return newestFirst(entries.map(\.event.date)).map { entries[$0] }
  }

  /// The order in which ``entries(of:)`` gives entries of `dates`, given in file
  /// order: the indices of `dates`, newest first.
  static func newestFirst(_ dates: [CalendarDate]) -> [Int] {
    dates.indices.sorted { lhs, rhs in
      dates[lhs] != dates[rhs] ? dates[lhs] > dates[rhs] : lhs > rhs
    }
  }
}
