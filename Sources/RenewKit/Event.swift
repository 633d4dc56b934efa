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
    from reader: inout JSONReader, at path: @autoclosure () -> String, into reading: ObjectReading
  ) throws -> Event? {
    var type: String?
    var date: CalendarDate?
    var amount: String?
    var currency: String?
    var method: String?
    var via: String?
    var receipt: String?
    var note: String?
    var expiresBefore: String?
    var expiresAfter: String?
    var firstRenewalKey: EventKey?
    let isObject =
      try reading.value(path(), in: &reader) { r in
        try r.readObject(keys: EventKey.table) { key, r in
          guard let key else {
            reading.record("\(path()).\(ObjectReading.key(of: r.unknownKey()))", .unknownField)
            _ = try r.skipValue()
            return
          }
          if firstRenewalKey == nil, EventKey.renewalOnly.contains(key) { firstRenewalKey = key }
          func string() throws -> String? {
            try reading.value("\(path()).\(key.rawValue)", in: &r) { try $0.readOptionalString() }
          }
          switch key {
          case .type: type = try string()
          case .date: date = try reading.date("\(path()).date", in: &r)
          case .note: note = try reading.text("\(path()).note", .note, in: &r)
          case .via: via = try reading.text("\(path()).via", .via, in: &r)
          case .receipt: receipt = try reading.text("\(path()).receipt", .receipt, in: &r)
          case .amount: amount = try string()
          case .currency: currency = try string()
          case .method: method = try string()
          // Checked once the type is known: on an activity the key itself is wrong.
          case .expiresBefore: expiresBefore = try string()
          case .expiresAfter: expiresAfter = try string()
          }
        }
      } != nil
    guard isObject, reading.first == nil else { return nil }
    guard let type else {
      reading.record(path(), .json(.missingKey("type")))
      return nil
    }
    guard let kind = EventType(rawValue: type) else {
      reading.record("\(path()).type", .notAnEntryType(type))
      return nil
    }
    guard let date else {
      reading.record(path(), .json(.missingKey("date")))
      return nil
    }
    switch kind {
    case .activity:
      // An activity has none of a renewal's fields: read, they would be lost on the next write.
      if let key = firstRenewalKey {
        reading.record("\(path()).\(key.rawValue)", .onlyForRenewals)
        return nil
      }
      return .activity(Activity(date: date, note: note))
    case .renewal:
      var money: Money?
      switch (amount, currency) {
      case (nil, nil): break
      case (nil, _?):
        reading.record("\(path()).currency", .currencyWithoutAmount)
        return nil
      case (_?, nil):
        reading.record(path(), .json(.missingKey("currency")))
        return nil
      case (let figure?, let code?):
        guard let parsed = Money(amount: figure, currency: code) else {
          reading.record("\(path()).amount", .notMoney(amount: figure, currency: code))
          return nil
        }
        money = parsed
      }
      var before: CalendarDate?
      var after: CalendarDate?
      for (key, text) in [(EventKey.expiresBefore, expiresBefore), (.expiresAfter, expiresAfter)] {
        guard let text else { continue }
        guard let day = CalendarDate(iso: text) else {
          reading.record("\(path()).\(key.rawValue)", .notADate(text))
          return nil
        }
        if key == .expiresBefore { before = day } else { after = day }
      }
      var known: RenewalMethod?
      if let method {
        guard let parsed = RenewalMethod(rawValue: method) else {
          reading.record("\(path()).method", .notAMethod(method))
          return nil
        }
        known = parsed
      }
      return .renewal(
        Renewal(
          date: date, amount: money, method: known, via: via, receipt: receipt, note: note,
          expiresBefore: before, expiresAfter: after))
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
