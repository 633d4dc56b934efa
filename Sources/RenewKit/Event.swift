/// Something that happened to a card: a renewal (top-up), keep-alive activity, its
/// expiry set outright, its balance read or topped up, or its plan paid from the
/// balance changed.
public enum Event: Sendable, Hashable {
  /// A renewal that was paid for and may have moved the expiry.
  case renewal(Renewal)
  /// A call, an SMS or other use that keeps the number alive.
  case activity(Activity)
  /// The expiry set or cleared outright.
  case expiry(ExpiryChange)
  /// What the carrier says the balance is.
  case balance(BalanceReading)
  /// Money added to the balance.
  case topUp(TopUp)
  /// The plan paid from the balance changed, or stopped or started being paid
  /// from it.
  case plan(PlanChange)

  /// The day it happened.
  public var date: CalendarDate {
    switch self {
    case .renewal(let renewal): return renewal.date
    case .activity(let activity): return activity.date
    case .expiry(let change): return change.date
    case .balance(let reading): return reading.date
    case .topUp(let topUp): return topUp.date
    case .plan(let change): return change.date
    }
  }

  /// The free-text note, if any.
  public var note: String? {
    switch self {
    case .renewal(let renewal): return renewal.note
    case .activity(let activity): return activity.note
    case .expiry(let change): return change.note
    case .balance(let reading): return reading.note
    case .topUp(let topUp): return topUp.note
    case .plan(let change): return change.note
    }
  }
}

/// The keys of a history entry in the data file.
enum EventKey: String, CaseIterable, Sendable {
  case id, type, date, note
  case amount, currency, method, via, receipt, `for`, until
  case expires, anchorDay
  case expiresBefore, expiresAfter

  /// The reader's table of these keys.
  static let table = JSONKeyTable<EventKey>()

  /// The types of entry that may have this key.
  var types: [EntryType] {
    switch self {
    case .amount, .currency: return [.renewal, .balance, .topUp, .plan]
    case .via, .receipt: return [.renewal, .topUp]
    case .for: return [.renewal, .plan]
    case .method, .until, .expiresAfter: return [.renewal]
    case .expires, .anchorDay: return [.expiry]
    case .expiresBefore: return [.renewal, .expiry]
    case .id, .type, .date, .note: return EntryType.allCases
    }
  }
}

/// The types of history entry, as the data file names them.
public enum EntryType: String, Sendable, CaseIterable {
  /// A renewal (top-up).
  case renewal
  /// Keep-alive activity.
  case activity
  /// The expiry set or cleared outright.
  case expiry
  /// A balance read.
  case balance
  /// Money added to the balance.
  case topUp = "top-up"
  /// A change of the plan paid from the balance.
  case plan = "plan-change"
}

extension Event {
  /// The entry's type.
  public var type: EntryType {
    switch self {
    case .renewal: return .renewal
    case .activity: return .activity
    case .expiry: return .expiry
    case .balance: return .balance
    case .topUp: return .topUp
    case .plan: return .plan
    }
  }
}

extension Entry {
  /// Reads one history entry; a problem is recorded in `reading` at `path` and its
  /// field (`history[3].via`), and the entry is then `nil`.
  ///
  /// A renewal written by format 1 has no term: the upgrade gives it one.
  static func read(
    from reader: inout JSONReader, at path: @autoclosure () -> String, into reading: ObjectReading
  ) throws -> Entry? {
    var text: [String?] = Array(repeating: nil, count: EventKey.allCases.count)
    var anchorDay: Int?
    var present: [EventKey] = []
    let isObject =
      try reading.value(path(), in: &reader) { r in
        try r.readObject(keys: EventKey.table) { key, r in
          guard let key else {
            reading.record("\(path()).\(ObjectReading.key(of: r.unknownKey()))", .unknownField)
            _ = try r.skipValue()
            return
          }
          present.append(key)
          // Made only when a problem is recorded.
          func field() -> String { "\(path()).\(key.rawValue)" }
          switch key {
          case .note: text[key.index] = try reading.text(field(), .note, in: &r)
          case .via: text[key.index] = try reading.text(field(), .via, in: &r)
          case .receipt: text[key.index] = try reading.text(field(), .receipt, in: &r)
          case .anchorDay:
            anchorDay = try reading.value(field(), in: &r) { try $0.readOptionalInt() }
          default:
            text[key.index] = try reading.value(field(), in: &r) { try $0.readOptionalString() }
          }
        }
      } != nil
    guard isObject, reading.first == nil else { return nil }
    func value(_ key: EventKey) -> String? { text[key.index] }
    func date(_ key: EventKey) -> CalendarDate?? {
      guard let raw = value(key) else { return .some(nil) }
      guard let day = CalendarDate(iso: raw) else {
        reading.record("\(path()).\(key.rawValue)", .notADate(raw))
        return nil
      }
      return .some(day)
    }
    guard let typeName = value(.type) else {
      reading.record(path(), .json(.missingKey("type")))
      return nil
    }
    guard let type = EntryType(rawValue: typeName) else {
      reading.record("\(path()).type", .notAnEntryType(typeName))
      return nil
    }
    // A key of another type of entry: read, it would be lost on the next write.
    if let key = present.first(where: { !$0.types.contains(type) }) {
      let owners = EntryType.allCases.filter(key.types.contains)
      reading.record("\(path()).\(key.rawValue)", .onlyOn(owners, found: type))
      return nil
    }
    if let id = value(.id), !Identifier.isWellFormed(id) {
      reading.record("\(path()).id", .notAnID(id))
      return nil
    }
    guard let day = date(.date) else { return nil }
    guard let day else {
      reading.record(path(), .json(.missingKey("date")))
      return nil
    }
    guard let before = date(.expiresBefore) else { return nil }
    let note = value(.note)
    let event: Event
    switch type {
    case .activity:
      event = .activity(Activity(date: day, note: note))
    case .expiry:
      guard let expires = date(.expires) else { return nil }
      if let anchorDay, !(1...31).contains(anchorDay) {
        reading.record("\(path()).anchorDay", .notADayOfMonth(anchorDay))
        return nil
      }
      var change = ExpiryChange(date: day, expires: expires, anchorDay: anchorDay, note: note)
      change.expiresBefore = before
      event = .expiry(change)
    case .balance, .topUp:
      guard let figure = value(.amount), let code = value(.currency) else {
        reading.record(path(), .json(.missingKey(value(.amount) == nil ? "amount" : "currency")))
        return nil
      }
      guard let money = Money(amount: figure, currency: code) else {
        reading.record("\(path()).amount", .notMoney(amount: figure, currency: code))
        return nil
      }
      event =
        type == .balance
        ? .balance(BalanceReading(date: day, amount: money, note: note))
        : .topUp(
          TopUp(
            date: day, amount: money, via: value(.via), receipt: value(.receipt), note: note))
    case .plan:
      guard let previous = readChargedPlan(text: value, path: path(), into: reading) else {
        return nil
      }
      event = .plan(PlanChange(date: day, previous: previous, note: note))
    case .renewal:
      guard let renewal = readRenewal(on: day, text: value, path: path(), into: reading) else {
        return nil
      }
      guard let after = date(.expiresAfter) else { return nil }
      var replayed = renewal
      replayed.expiresBefore = before
      replayed.expiresAfter = after
      event = .renewal(replayed)
    }
    return Entry(id: value(.id) ?? "", event)
  }

  /// The plan a plan change ended: a price (`amount`, `currency`) and a period
  /// (`for`), or none of the three when the balance paid for nothing.
  ///
  /// - Returns: `.some(nil)` for none, `nil` when a problem was recorded.
  private static func readChargedPlan(
    text value: (EventKey) -> String?, path: @autoclosure () -> String,
    into reading: ObjectReading
  ) -> ChargedPlan?? {
    let (figure, code, term) = (value(.amount), value(.currency), value(.for))
    if figure == nil && code == nil && term == nil { return .some(nil) }
    guard let figure, let code, let term else {
      let missing = figure == nil ? "amount" : code == nil ? "currency" : "for"
      reading.record(path(), .json(.missingKey(missing)))
      return nil
    }
    guard let price = Money(amount: figure, currency: code) else {
      reading.record("\(path()).amount", .notMoney(amount: figure, currency: code))
      return nil
    }
    guard let period = Period(term) else {
      reading.record("\(path()).for", .notAPeriod(term))
      return nil
    }
    return .some(ChargedPlan(period: period, price: price))
  }

  /// The renewal's own fields: money, method, term.
  private static func readRenewal(
    on date: CalendarDate, text value: (EventKey) -> String?,
    path: @autoclosure () -> String, into reading: ObjectReading
  ) -> Renewal? {
    var money: Money?
    switch (value(.amount), value(.currency)) {
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
    var method: RenewalMethod?
    if let name = value(.method) {
      guard let parsed = RenewalMethod(rawValue: name) else {
        reading.record("\(path()).method", .notAMethod(name))
        return nil
      }
      method = parsed
    }
    var term: RenewalTerm?
    switch (value(.for), value(.until)) {
    case (nil, nil): break
    case (let text?, nil):
      guard let period = Period(text) else {
        reading.record("\(path()).for", .notAPeriod(text))
        return nil
      }
      term = .period(period)
    case (nil, let text?):
      guard let until = CalendarDate(iso: text) else {
        reading.record("\(path()).until", .notADate(text))
        return nil
      }
      term = .until(until)
    case (_?, _?):
      reading.record("\(path()).until", .forAndUntil)
      return nil
    }
    return Renewal(
      date: date, amount: money, method: method, via: value(.via), receipt: value(.receipt),
      note: value(.note), term: term)
  }

  /// Writes the entry's members: flat, with its `id` and `type`, an amount as a
  /// string beside its `currency`, and the expiry it moved from and to.
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
    object.member(EventKey.type.rawValue, event.type.rawValue)
    member(.id, id.isEmpty ? nil : id)
    member(.date, event.date)
    member(.note, event.note)
    var renewal: Renewal?
    var change: ExpiryChange?
    var money: Money?
    var via: String?
    var receipt: String?
    var period: Period?
    var until: CalendarDate?
    switch event {
    case .activity: break
    case .renewal(let logged):
      renewal = logged
      (money, via, receipt) = (logged.amount, logged.via, logged.receipt)
      switch logged.term {
      case .period(let value)?: period = value
      case .until(let value)?: until = value
      case nil: break
      }
    case .expiry(let set): change = set
    case .balance(let reading): money = reading.amount
    case .topUp(let topUp): (money, via, receipt) = (topUp.amount, topUp.via, topUp.receipt)
    case .plan(let plan): (money, period) = (plan.previous?.price, plan.previous?.period)
    }
    member(.amount, money?.amount)
    member(.currency, money?.currency)
    member(.method, renewal?.method?.rawValue)
    member(.via, via)
    member(.receipt, receipt)
    member(.for, period)
    member(.until, until)
    member(.expires, change?.expires)
    member(.anchorDay, change?.anchorDay)
    member(.expiresBefore, renewal?.expiresBefore ?? change?.expiresBefore)
    member(.expiresAfter, renewal?.expiresAfter)
  }
}

extension EventKey {
  /// The key's place in ``allCases``.
  var index: Int { EventKey.allCases.firstIndex(of: self) ?? 0 }
}
