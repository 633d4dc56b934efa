/// Where a card stands on a given day: its due date, the days left and its state.
public struct CardStatus: Sendable, Hashable {
  /// The earlier of the expiry and the end of the keep-alive window, if the card has either.
  public var due: CalendarDate?
  /// Calendar days from the day asked about to ``due``: 0 on the due date, negative after.
  public var daysLeft: Int?
  /// The state on that day.
  public var state: CardState
}

extension Card {
  /// The last day of the keep-alive window: the last activity plus the window.
  public var keepAliveDeadline: CalendarDate? {
    guard let keepAlive else { return nil }
    return keepAlive.added(to: lastActivity) ?? .last
  }

  /// The due date: the earlier of the expiry and the keep-alive deadline. For a
  /// plan paid from the balance, the expiry is the last one the balance covers.
  public var due: CalendarDate? {
    let expiry = chargedPlan.map { clock.coveredExpiry(under: $0) } ?? expiry
    switch (expiry, keepAliveDeadline) {
    case (let expiry?, let deadline?): return min(expiry, deadline)
    case (let expiry?, nil): return expiry
    case (nil, let deadline?): return deadline
    case (nil, nil): return nil
    }
  }

  /// The last day the number can still be recovered: the due date plus grace.
  public var graceEnd: CalendarDate? {
    guard let due, let grace else { return nil }
    return grace.added(to: due) ?? .last
  }

  /// The card's status on `today`.
  ///
  /// - Parameters:
  ///   - today: The day to judge the card on.
  ///   - remindDays: A reminder window to use instead of the card's own.
  /// - Returns: The due date, days left and state.
  public func status(on today: CalendarDate, remindDays: Int? = nil) -> CardStatus {
    guard let due else { return CardStatus(due: nil, daysLeft: nil, state: .unknown) }
    let daysLeft = today.days(until: due)
    let state: CardState
    if daysLeft > (remindDays ?? effectiveRemindDays) {
      state = .ok
    } else if daysLeft >= 0 {
      state = .soon
    } else if let graceEnd, today > graceEnd {
      state = .lapsed
    } else {
      state = .overdue
    }
    return CardStatus(due: due, daysLeft: daysLeft, state: state)
  }
}
