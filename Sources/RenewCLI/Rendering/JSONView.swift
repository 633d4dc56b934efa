import RenewKit

/// The JSON that `--json` prints: pretty, keys sorted, absent values as `null`.
enum JSONView {
  /// `value` as pretty JSON with a final newline.
  static func encode(_ value: some Encodable) -> String {
    guard let bytes = try? PrettyJSON.encode(value) else { return "null\n" }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// A row of `status --json` and `check --json`.
struct StatusView: Encodable {
  let card: Card
  let status: CardStatus

  private enum CodingKeys: String, CodingKey {
    case name, number, carrier, country, kind, due, daysLeft, state, autoRenew, pay, methods, how
    case expires, keepAliveUntil, retired, tags, graceEnd, remind, plan
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(card.name, forKey: .name)
    try container.encode(card.number, forKey: .number)
    try container.encode(card.carrier, forKey: .carrier)
    try container.encode(card.country, forKey: .country)
    try container.encode(card.kind, forKey: .kind)
    try container.encode(status.due, forKey: .due)
    try container.encode(status.daysLeft, forKey: .daysLeft)
    try container.encode(card.isRetired ? nil : status.state, forKey: .state)
    try container.encode(card.renewsAutomatically, forKey: .autoRenew)
    try container.encode(card.payVia, forKey: .pay)
    try container.encode(card.methods.map(\.rawValue), forKey: .methods)
    try container.encode(card.how, forKey: .how)
    try container.encode(card.expiry, forKey: .expires)
    try container.encode(card.keepAliveDeadline, forKey: .keepAliveUntil)
    try container.encode(card.isRetired, forKey: .retired)
    try container.encode(card.tags, forKey: .tags)
    try container.encode(card.graceEnd, forKey: .graceEnd)
    try container.encode(card.effectiveRemindDays, forKey: .remind)
    try container.encode(card.plan.isEmpty ? nil : PlanView(plan: card.plan), forKey: .plan)
  }
}

/// A card's plan in `status --json`: both keys always, `null` where unset.
struct PlanView: Encodable {
  let plan: Plan

  private enum CodingKeys: String, CodingKey {
    case period, price
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(plan.period, forKey: .period)
    try container.encode(plan.price, forKey: .price)
  }
}

/// `show --json` and `list --json`: the card as stored, with its status beside it.
struct CardView: Encodable {
  let card: Card
  let status: CardStatus

  private enum CodingKeys: String, CodingKey {
    case due, daysLeft, state
  }

  func encode(to encoder: any Encoder) throws {
    try card.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(status.due, forKey: .due)
    try container.encode(status.daysLeft, forKey: .daysLeft)
    try container.encode(card.isRetired ? nil : status.state, forKey: .state)
  }
}

/// A row of `history --json`.
struct HistoryView: Encodable {
  let entry: HistoryEntry

  init(_ entry: HistoryEntry) {
    self.entry = entry
  }

  private enum CodingKeys: String, CodingKey {
    case card, date, type, amount, currency, method, via, receipt, note, expiresBefore
    case expiresAfter
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(entry.card, forKey: .card)
    try container.encode(entry.event.date, forKey: .date)
    try container.encode(entry.event.note, forKey: .note)
    // Every key for every entry, `null` where absent, so that a script can read
    // `.amount` of any row.
    var renewal: Renewal?
    switch entry.event {
    case .activity: try container.encode("activity", forKey: .type)
    case .renewal(let logged):
      try container.encode("renewal", forKey: .type)
      renewal = logged
    }
    try container.encode(renewal?.amount?.amount, forKey: .amount)
    try container.encode(renewal?.amount?.currency, forKey: .currency)
    try container.encode(renewal?.method, forKey: .method)
    try container.encode(renewal?.via, forKey: .via)
    try container.encode(renewal?.receipt, forKey: .receipt)
    try container.encode(renewal?.expiresBefore, forKey: .expiresBefore)
    try container.encode(renewal?.expiresAfter, forKey: .expiresAfter)
  }
}
