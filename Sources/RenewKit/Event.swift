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

/// The keys of a history entry in the data file.
enum EventKey: String, CaseIterable, Sendable {
  case type, date, amount, currency, method, via, receipt, note, expiresBefore, expiresAfter

  /// The reader's table of these keys.
  static let table = JSONKeyTable<EventKey>()

  /// The keys only a renewal has.
  static let renewalOnly: [EventKey] = [
    .amount, .currency, .method, .via, .receipt, .expiresBefore, .expiresAfter,
  ]
}

/// The types of history entry.
private enum EventType: String {
  case renewal, activity
}

extension Event {
  /// Reads one history entry; a problem is recorded in `reading` at `path` and its
  /// field (`history[3].via`), and the entry is then `nil`.
  static func read(
    from reader: inout JSONReader, at path: String, into reading: ObjectReading
  ) throws -> Event? {
    var type: String?
    var date: CalendarDate?
    var text: [EventKey: String] = [:]
    var dates: [EventKey: CalendarDate] = [:]
    var keys: [EventKey] = []
    let isObject =
      try reading.value(path, in: &reader) { r in
        try r.readObject(keys: EventKey.table) { key, r in
          guard let key else {
            reading.record("\(path).\(ObjectReading.key(of: r.unknownKey()))", .unknownField)
            _ = try r.skipValue()
            return
          }
          let field = "\(path).\(key.rawValue)"
          keys.append(key)
          switch key {
          case .type: type = try reading.value(field, in: &r) { try $0.readString() }
          case .date: date = try reading.date(field, in: &r)
          case .expiresBefore, .expiresAfter:
            // Checked once the type is known: on an activity the key itself is wrong.
            text[key] = try reading.value(field, in: &r) { try $0.readOptionalString() }
          case .note: text[key] = try reading.text(field, .note, in: &r)
          case .via: text[key] = try reading.text(field, .via, in: &r)
          case .receipt: text[key] = try reading.text(field, .receipt, in: &r)
          case .amount, .currency, .method:
            text[key] = try reading.value(field, in: &r) { try $0.readOptionalString() }
          }
        }
      } != nil
    guard isObject, reading.first == nil else { return nil }
    guard let type else {
      reading.record(path, .json(.missingKey("type")))
      return nil
    }
    guard let kind = EventType(rawValue: type) else {
      reading.record("\(path).type", .notAnEntryType(type))
      return nil
    }
    guard let date else {
      reading.record(path, .json(.missingKey("date")))
      return nil
    }
    let note = text[.note]
    switch kind {
    case .activity:
      // An activity has none of a renewal's fields: read, they would be lost on the next write.
      if let key = EventKey.renewalOnly.first(where: keys.contains) {
        reading.record("\(path).\(key.rawValue)", .onlyForRenewals)
        return nil
      }
      return .activity(Activity(date: date, note: note))
    case .renewal:
      var amount: Money?
      switch (text[.amount], text[.currency]) {
      case (nil, nil): break
      case (nil, _?):
        reading.record("\(path).currency", .currencyWithoutAmount)
        return nil
      case (_?, nil):
        reading.record(path, .json(.missingKey("currency")))
        return nil
      case (let figure?, let code?):
        guard let money = Money(amount: figure, currency: code) else {
          reading.record("\(path).amount", .notMoney(amount: figure, currency: code))
          return nil
        }
        amount = money
      }
      for key in [EventKey.expiresBefore, .expiresAfter] {
        guard let value = text[key] else { continue }
        guard let day = CalendarDate(iso: value) else {
          reading.record("\(path).\(key.rawValue)", .notADate(value))
          return nil
        }
        dates[key] = day
      }
      var method: RenewalMethod?
      if let name = text[.method] {
        guard let known = RenewalMethod(rawValue: name) else {
          reading.record("\(path).method", .notAMethod(name))
          return nil
        }
        method = known
      }
      return .renewal(
        Renewal(
          date: date, amount: amount, method: method, via: text[.via], receipt: text[.receipt],
          note: note, expiresBefore: dates[.expiresBefore], expiresAfter: dates[.expiresAfter]))
    }
  }

  /// Writes the entry's members: flat, with its `type`, and an amount as a string
  /// beside its `currency`.
  ///
  /// The data file leaves out what an entry does not have (`nulls: false`);
  /// `history --json` gives every key of every entry, `null` where absent, so
  /// that a script can read `.amount` of any row.
  public func write(to object: inout JSONObjectWriter, nulls: Bool) {
    func member(_ key: EventKey, _ value: (some JSONWritable)?) {
      if let value {
        object.member(key.rawValue, value)
      } else if nulls {
        object.memberNull(key.rawValue)
      }
    }
    var renewal: Renewal?
    switch self {
    case .activity: object.member(EventKey.type.rawValue, EventType.activity.rawValue)
    case .renewal(let logged):
      object.member(EventKey.type.rawValue, EventType.renewal.rawValue)
      renewal = logged
    }
    member(.date, date)
    member(.note, note)
    member(.amount, renewal?.amount?.amount)
    member(.currency, renewal?.amount?.currency)
    member(.method, renewal?.method?.rawValue)
    member(.via, renewal?.via)
    member(.receipt, renewal?.receipt)
    member(.expiresBefore, renewal?.expiresBefore)
    member(.expiresAfter, renewal?.expiresAfter)
  }
}
