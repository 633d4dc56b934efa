/// Something that happened to a card: a renewal (top-up) or keep-alive activity.
public enum Event: Sendable, Hashable {
  /// A renewal that was paid for and may have moved the expiry.
  case renewal(Renewal)
  /// A call, an SMS or other use that keeps the number alive.
  case activity(Activity)

  /// The day it happened.
  public var date: CalendarDate {
    switch self {
    case .renewal(let renewal): return renewal.date
    case .activity(let activity): return activity.date
    }
  }

  /// The free-text note, if any.
  public var note: String? {
    switch self {
    case .renewal(let renewal): return renewal.note
    case .activity(let activity): return activity.note
    }
  }
}

extension Event: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable {
    case type, date, amount, currency, method, via, receipt, note, expiresBefore, expiresAfter

    /// The keys only a renewal has.
    static let renewalOnly: [CodingKeys] = [
      .amount, .currency, .method, .via, .receipt, .expiresBefore, .expiresAfter,
    ]
  }

  private enum Kind: String, Codable {
    case renewal, activity
  }

  /// Decodes an event written by ``encode(to:)``.
  ///
  /// Failures are `DecodingError`s at the offending key, so that the card can
  /// name the entry and the field (`history[3].via`); text follows ``TextField``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if let unknown = try decoder.unknownKey(besides: CodingKeys.self) {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: container.codingPath + [AnyCodingKey(stringValue: unknown)],
          debugDescription: "renew does not know this field"))
    }
    let type = try container.decode(String.self, forKey: .type)
    guard let kind = Kind(rawValue: type) else {
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container,
        debugDescription: "'\(type)' is not an entry type (renewal or activity)")
    }
    let date = try container.decode(CalendarDate.self, forKey: .date)
    let note = try container.decodeText(.note, forKey: .note)
    switch kind {
    case .activity:
      // An activity has none of a renewal's fields: read, they would be lost on the next write.
      if let key = CodingKeys.renewalOnly.first(where: container.contains) {
        throw DecodingError.dataCorruptedError(
          forKey: key, in: container,
          debugDescription: "only a renewal has this field, and this entry is an activity")
      }
      self = .activity(Activity(date: date, note: note))
    case .renewal:
      var amount: Money?
      let text = try container.decodeIfPresent(String.self, forKey: .amount)
      if text == nil, try container.decodeIfPresent(String.self, forKey: .currency) != nil {
        throw DecodingError.dataCorruptedError(
          forKey: .currency, in: container, debugDescription: "a currency needs an amount")
      }
      if let text {
        let code = try container.decode(String.self, forKey: .currency)
        guard let money = Money(amount: text, currency: code) else {
          throw DecodingError.dataCorruptedError(
            forKey: .amount, in: container,
            debugDescription: "'\(text) \(code)' is not an amount of money")
        }
        amount = money
      }
      self = .renewal(
        Renewal(
          date: date, amount: amount,
          method: try Event.method(in: container),
          via: try container.decodeText(.via, forKey: .via),
          receipt: try container.decodeText(.receipt, forKey: .receipt), note: note,
          expiresBefore: try container.decodeIfPresent(CalendarDate.self, forKey: .expiresBefore),
          expiresAfter: try container.decodeIfPresent(CalendarDate.self, forKey: .expiresAfter)))
    }
  }

  private static func method(
    in container: KeyedDecodingContainer<CodingKeys>
  ) throws -> RenewalMethod? {
    guard let text = try container.decodeIfPresent(String.self, forKey: .method) else {
      return nil
    }
    guard let method = RenewalMethod(rawValue: text) else {
      throw DecodingError.dataCorruptedError(
        forKey: .method, in: container, debugDescription: "'\(text)' is not a renewal method")
    }
    return method
  }

  /// Encodes the event flat, with its `type`, and an amount as a string beside its `currency`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(date, forKey: .date)
    try container.encodeIfPresent(note, forKey: .note)
    switch self {
    case .activity:
      try container.encode(Kind.activity, forKey: .type)
    case .renewal(let renewal):
      try container.encode(Kind.renewal, forKey: .type)
      try container.encodeIfPresent(renewal.amount?.amount, forKey: .amount)
      try container.encodeIfPresent(renewal.amount?.currency, forKey: .currency)
      try container.encodeIfPresent(renewal.method, forKey: .method)
      try container.encodeIfPresent(renewal.via, forKey: .via)
      try container.encodeIfPresent(renewal.receipt, forKey: .receipt)
      try container.encodeIfPresent(renewal.expiresBefore, forKey: .expiresBefore)
      try container.encodeIfPresent(renewal.expiresAfter, forKey: .expiresAfter)
    }
  }
}
