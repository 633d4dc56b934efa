/// Where a card's clock stands: what its history says, replayed, never set by hand.
public struct Clock: Sendable, Hashable {
  /// The last day of prepaid validity, if the card has one.
  public var expiry: CalendarDate?
  /// The day of the month the current cycle keeps (see ``RenewalTerm``).
  public var anchorDay: Int?
  /// The day of the latest renewal or activity, if any was recorded.
  public var lastActivity: CalendarDate?
  /// The balance after the latest reading, top-up or charge, if any was recorded.
  public var balance: Money?
  /// Whether a charge of a plan paid from the balance was refused for want of
  /// money: no later charge is made until a top-up or reading makes it possible.
  public var isChargeRefused = false

  /// A clock with nothing on it.
  public init(expiry: CalendarDate? = nil, anchorDay: Int? = nil, lastActivity: CalendarDate? = nil)
  {
    self.expiry = expiry
    self.anchorDay = anchorDay
    self.lastActivity = lastActivity
  }
}

/// An expiry set or cleared outright (`add --expires`, `edit --expires`, `edit
/// --clear expires`): an observation, so that entries dated before it cannot move
/// the expiry past it.
public struct ExpiryChange: Sendable, Hashable {
  /// The day it was set.
  public var date: CalendarDate
  /// The expiry from that day on, or `nil` when it was cleared.
  public var expires: CalendarDate?
  /// The cycle's day, when it is not the expiry's own (a file upgraded from format 1
  /// whose cycle was anchored on the 31st while its expiry was the 30th).
  public var anchorDay: Int?
  /// A free-text note.
  public var note: String?
  /// The expiry before this change, as the replay found it.
  public internal(set) var expiresBefore: CalendarDate?

  /// Creates a change of the expiry.
  public init(
    date: CalendarDate, expires: CalendarDate?, anchorDay: Int? = nil, note: String? = nil
  ) {
    self.date = date
    self.expires = expires
    self.anchorDay = anchorDay
    self.note = note
  }
}

/// One entry of a card's history: what happened, with an id that never changes.
public struct Entry: Sendable, Hashable {
  /// A short id, unique in the document; empty until the store gives it one.
  public var id: String
  /// What happened.
  public var event: Event

  /// An entry for `event`; the store gives it an id when it is written.
  public init(id: String = "", _ event: Event) {
    self.id = id
    self.event = event
  }
}
