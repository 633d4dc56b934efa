import RenewKit

/// The formats `export` writes and `import` reads.
enum DataFormat: String, CaseIterable, Sendable {
  /// The data file's own document, every card with its entries and ids.
  case json
  /// RFC 4180 comma-separated values: a row per card, or per entry.
  case csv
}

/// A column of `export --format csv`, which `import` reads back by its name.
enum CardColumn: Hashable, Sendable {
  /// The card's name.
  case name
  /// A field, named after its option (`keep-alive`, `method`).
  case field(CardField)
  /// The expiry, as `--expires` sets it.
  case expires
  /// The day of the month renewals keep to, when there is an expiry: the 31st for a
  /// card expiring on 30 November whose cycle is on the 31st.
  case cycleDay
  /// Whether the card is retired: `yes` or empty.
  case retired
  /// The balance today, as `--balance` sets it.
  case balance
  /// The day the card was added: a keep-alive window with no activity counts from it.
  case added
  /// The day of the last keep-alive activity (a renewal or a top-up counts), or
  /// empty; `import` records it as activity, as `touch --on` would.
  case lastActivity

  /// Every column in the order `export` writes them: add's options, in help's
  /// order, then `retired` and the two days a keep-alive window counts from; a
  /// new ``CardField`` is a new column.
  static let all: [CardColumn] = {
    var columns: [CardColumn] = [.name]
    for field in CardField.allCases {
      if field == .period { columns += [.expires, .cycleDay] }
      if field == .fromBalance { columns.append(.balance) }
      columns.append(.field(field))
    }
    return columns + [.retired, .added, .lastActivity]
  }()

  /// The header: the option's name without dashes.
  var title: String {
    switch self {
    case .name: "name"
    case .field(let field): field.optionName
    case .expires: OptionName.expires.rawValue
    case .cycleDay: "cycle-day"
    case .retired: "retired"
    case .balance: OptionName.balance.rawValue
    case .added: "added"
    case .lastActivity: "last-activity"
    }
  }

  /// The cell for `card` on `today`: the value as its option takes it, lists
  /// separated by `;` (a `;` or `\` in an item escaped with `\`), a flag `yes` or
  /// empty.
  ///
  /// The expiry and the balance are those of `today`, after the charges a plan
  /// paid from the balance has made: the two together give the same card again.
  func value(of card: Card, on today: CalendarDate) -> String {
    switch self {
    case .name: return card.name
    case .expires: return card.expiry(on: today)?.description ?? ""
    case .cycleDay:
      guard card.expiry(on: today) != nil, let day = card.anchorDay else { return "" }
      return String(day)
    case .retired: return card.isRetired ? "yes" : ""
    case .balance:
      // No balance known is no cell, not a reading of nothing.
      guard card.clock.balance != nil else { return "" }
      return (card.balance(on: today))?.description ?? ""
    case .added: return card.added.description
    case .lastActivity: return card.clock.lastActivity?.description ?? ""
    case .field(let field):
      guard let value = field.value(in: card) else { return "" }
      switch value {
      case .text(let text), .country(let text): return text
      case .kind(let kind): return kind.rawValue
      case .period(let period): return period.description
      case .money(let money): return money.description
      case .leadDays(let days): return days.map(String.init).joined(separator: ",")
      case .methods(let methods): return CardColumn.list(methods.map(\.rawValue))
      case .tags(let tags): return CardColumn.list(tags)
      case .flag(let isOn): return isOn ? "yes" : ""
      }
    }
  }
}

extension CardColumn {
  /// `items` as one cell: separated by `;`, each `;` and `\` in an item after a `\`.
  static func list(_ items: [String]) -> String {
    items.map { item in
      item.replacing("\\", with: "\\\\").replacing(";", with: "\\;")
    }.joined(separator: ";")
  }

  /// The items of a list cell: split at each `;` without a `\` before it, `\;` and
  /// `\\` read as `;` and `\`; any other `\` is itself, as people write paths.
  static func items(_ cell: String) -> [String] {
    var items: [String] = []
    var item = ""
    var characters = cell.makeIterator()
    while let character = characters.next() {
      switch character {
      case ";":
        items.append(item)
        item = ""
      case "\\":
        guard let escaped = characters.next() else {
          item.append(character)
          break
        }
        if escaped != ";" && escaped != "\\" { item.append(character) }
        item.append(escaped)
      default: item.append(character)
      }
    }
    items.append(item)
    return items
  }
}

/// `renew export`: every card as JSON or CSV.
extension Runner {
  /// The columns of `export --format csv --history`, one row per entry.
  static let historyColumns = [
    "card", "id", "date", "type", "amount", "for", "until", "method", "via", "receipt", "note",
    "expires", "expires-before", "expires-after",
  ]

  /// `renew export`: the document as JSON (without `lastChange`, which is this
  /// file's own), or a CSV of cards or of entries.
  func export(_ document: Document, format: DataFormat, history: Bool) throws {
    // Every history is judged before a byte is written: a file renew cannot
    // accept gives no export that looks whole.
    try forEachCardInFull(document) { _ in }
    // Then it is written as it is read, a card at a time, never held whole.
    switch format {
    case .json:
      var exported = document
      exported.lastChange = nil
      try readingDataFile {
        try exported.forEachEncodedPieceInFull { output.standardOutputBytes($0) }
      }
    case .csv where history:
      output.standardOutput(CSV.text([Runner.historyColumns]))
      try forEachCardInFull(document) { card in
        output.standardOutput(CSV.text(card.history.map { Runner.historyRow($0, of: card) }))
      }
    case .csv:
      var rows = [CardColumn.all.map(\.title)]
      for card in document.cards {
        rows.append(CardColumn.all.map { $0.value(of: card, on: today) })
      }
      output.standardOutput(CSV.text(rows))
    }
  }

  /// One entry as a row of ``historyColumns``.
  static func historyRow(_ entry: Entry, of card: Card) -> [String] {
    var amount: Money?
    var term: RenewalTerm?
    var method: RenewalMethod?
    var via: String?
    var receipt: String?
    var expires: CalendarDate?
    var before: CalendarDate?
    var after: CalendarDate?
    switch entry.event {
    case .renewal(let renewal):
      (amount, term, method, via, receipt) = (
        renewal.amount, renewal.term, renewal.method, renewal.via, renewal.receipt
      )
      (before, after) = (renewal.expiresBefore, renewal.expiresAfter)
    case .activity: break
    case .expiry(let change):
      (expires, before, after) = (change.expires, change.expiresBefore, change.expires)
    case .balance(let reading): amount = reading.amount
    case .topUp(let topUp): (amount, via, receipt) = (topUp.amount, topUp.via, topUp.receipt)
    case .plan(let change):
      (amount, term) = (change.previous?.price, change.previous.map { .period($0.period) })
    }
    var period: Period?
    var until: CalendarDate?
    switch term {
    case .period(let value)?: period = value
    case .until(let day)?: until = day
    case nil: break
    }
    return [
      card.name, entry.id, entry.event.date.description, entry.event.type.rawValue,
      amount?.description ?? "", period?.description ?? "", until?.description ?? "",
      method?.rawValue ?? "", via ?? "", receipt ?? "", entry.event.note ?? "",
      expires?.description ?? "", before?.description ?? "", after?.description ?? "",
    ]
  }
}
