import RenewKit

/// A column of `export --format csv`, which `import` reads back by its name.
enum CardColumn: Hashable, Sendable {
  /// The card's name.
  case name
  /// A field, named after its option (`keep-alive`, `method`).
  case field(CardField)
  /// The expiry, as `--expires` sets it.
  case expires
  /// Whether the card is retired: `yes` or empty.
  case retired
  /// The balance today, as `--balance` sets it.
  case balance

  /// Every column in the order `export` writes them: add's options, in help's
  /// order, then `retired`; a new ``CardField`` is a new column.
  static let all: [CardColumn] = {
    var columns: [CardColumn] = [.name]
    for field in CardField.allCases {
      if field == .period { columns.append(.expires) }
      if field == .fromBalance { columns.append(.balance) }
      columns.append(.field(field))
    }
    return columns + [.retired]
  }()

  /// The header: the option's name without dashes.
  var title: String {
    switch self {
    case .name: "name"
    case .field(let field): field.optionName
    case .expires: OptionName.expires.rawValue
    case .retired: "retired"
    case .balance: OptionName.balance.rawValue
    }
  }

  /// The cell for `card` on `today`: the value as its option takes it, lists
  /// separated by `;`, a flag `yes` or empty.
  func value(of card: Card, on today: CalendarDate) -> String {
    switch self {
    case .name: return card.name
    case .expires: return card.expiry?.description ?? ""
    case .retired: return card.isRetired ? "yes" : ""
    case .balance:
      return (card.balanceOutlook(on: today)?.balance ?? card.clock.balance)?.description ?? ""
    case .field(let field):
      guard let value = field.value(in: card) else { return "" }
      switch value {
      case .text(let text), .country(let text): return text
      case .kind(let kind): return kind.rawValue
      case .period(let period): return period.description
      case .money(let money): return money.description
      case .leadDays(let days): return days.map(String.init).joined(separator: ",")
      case .methods(let methods): return methods.map(\.rawValue).joined(separator: ";")
      case .tags(let tags): return tags.joined(separator: ";")
      case .flag(let isOn): return isOn ? "yes" : ""
      }
    }
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
    switch format {
    case .json:
      var exported = document
      exported.lastChange = nil
      output.standardOutput(String(decoding: try exported.encoded(), as: UTF8.self))
    case .csv where history:
      var rows = [Runner.historyColumns]
      for card in document.cards {
        for entry in card.history { rows.append(Runner.historyRow(entry, of: card)) }
      }
      output.standardOutput(CSV.text(rows))
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
