/// How far a renewal moves a card's expiry.
public enum RenewalTerm: Sendable, Hashable {
  /// Extends by a period: from the current expiry when renewing on or before it
  /// (validity stacks), from the renewal date when renewing after it.
  case period(Period)
  /// Sets the new expiry outright.
  case until(CalendarDate)
}

/// A renewal that cannot be recorded on a card.
public enum RenewalError: Error, Sendable, Equatable {
  /// The card has an expiry but no plan period, and no term was given.
  case noPeriod(card: String)
  /// `--until` names a day before the renewal itself.
  case untilBeforeRenewal(until: CalendarDate, renewal: CalendarDate)
  /// The new expiry would fall after 9999-12-31.
  case outOfRange(card: String)
}

extension Clock {
  /// The clock after a renewal on `date` for `term`: the stacking rule.
  ///
  /// On or before the expiry, a period stacks onto it and the cycle keeps its day;
  /// after it (or with no expiry), the period counts from the renewal date, whose
  /// day starts a new cycle. `until` sets the expiry outright, on its own day. Day
  /// and week periods know no cycle day: the next cycle follows the new expiry.
  /// A renewal is activity too.
  ///
  /// - Returns: The new clock, or `nil` when the expiry would fall after 9999-12-31.
  public func renewed(on date: CalendarDate, for term: RenewalTerm) -> Clock? {
    var next = self
    next.lastActivity = Swift.max(lastActivity ?? date, date)
    switch term {
    case .until(let until):
      next.expiry = until
      next.anchorDay = until.day
    case .period(let period):
      let stacks = expiry.map { date <= $0 } ?? false
      let start = stacks ? expiry ?? date : date
      let anchor = stacks ? anchorDay ?? start.day : date.day
      guard let end = period.added(to: start, anchorDay: anchor) else { return nil }
      next.expiry = end
      next.anchorDay = period.isMonthly ? anchor : end.day
    }
    return next
  }
}

extension Card {
  /// Records a renewal and replays the history, so that a renewal logged late with
  /// an earlier date gives what it would have given on its day.
  ///
  /// - Parameters:
  ///   - renewal: The renewal; the term actually used is stored in it, and its
  ///     expiry fields are filled in by the replay.
  ///   - term: How far to extend; `nil` means the plan's period.
  /// - Returns: The renewal as recorded.
  /// - Throws: ``RenewalError``, leaving the card unchanged.
  @discardableResult
  public mutating func renew(
    _ renewal: Renewal, for term: RenewalTerm?
  ) throws(RenewalError) -> Renewal {
    var recorded = renewal
    recorded.term = term ?? plan.period.map(RenewalTerm.period)
    if recorded.term == nil, expiry != nil { throw .noPeriod(card: name) }
    if case .until(let until) = recorded.term, until < renewal.date {
      throw .untilBeforeRenewal(until: until, renewal: renewal.date)
    }
    var changed = self
    changed.history.append(Entry(.renewal(recorded)))
    guard changed.replay() else { throw .outOfRange(card: name) }
    self = changed
    guard case .renewal(let replayed) = history[history.count - 1].event else { return recorded }
    return replayed
  }

  /// Records keep-alive activity.
  public mutating func touch(_ activity: Activity) {
    history.append(Entry(.activity(activity)))
    replay()
  }

  /// Sets the expiry outright on `date` (or clears it), starting a new cycle on its day.
  public mutating func setExpiry(_ expires: CalendarDate?, on date: CalendarDate) {
    history.append(Entry(.expiry(ExpiryChange(date: date, expires: expires))))
    replay()
  }

  /// Sets the cycle day of the expiry set outright last: the day of the month
  /// renewals by months keep to (the 31st for a card expiring on 30 November
  /// whose cycle is on the 31st). For `import`, whose CSV gives it beside
  /// `expires`.
  ///
  /// - Returns: `false`, changing nothing, when there is no expiry set outright
  ///   or `day` is not from 1 to 31.
  public mutating func setCycleDay(_ day: Int) -> Bool {
    guard
      let index = history.lastIndex(where: { entry in
        if case .expiry(let change) = entry.event { return change.expires != nil }
        return false
      }),
      case .expiry(var change) = history[index].event, let expires = change.expires
    else { return false }
    guard (1...31).contains(day) else { return false }
    change.anchorDay = day == expires.day ? nil : day
    history[index].event = .expiry(change)
    replay()
    return true
  }

  /// The day an expiry set outright without `--on` is dated: today, or the expiry
  /// itself when that is already past (what the owner knows then is how it stood
  /// before any renewal they go on to log for that day or later), but never before
  /// the card's previous setting, which the new one replaces.
  public func settingDate(for expires: CalendarDate?, today: CalendarDate) -> CalendarDate {
    let previous = history.lazy.compactMap { entry -> CalendarDate? in
      if case .expiry(let change) = entry.event { return change.date }
      return nil
    }.max()
    let day = expires.map { min(today, $0) } ?? today
    return max(day, previous ?? day)
  }

  /// Removes the entry at `index` and replays what is left.
  ///
  /// - Returns: The entry removed.
  @discardableResult
  public mutating func removeEntry(at index: Int) -> Entry {
    let removed = history.remove(at: index)
    replay()
    return removed
  }
}
