/// How far a renewal moves a card's expiry.
public enum RenewalTerm: Sendable, Hashable {
  /// Extends by a period: from the current expiry when renewing on or before it
  /// (validity stacks), from the renewal date when renewing after it.
  case period(Period)
  /// Sets the new expiry outright.
  case until(CalendarDate)
}

/// A renewal that cannot be applied to a card.
public enum RenewalError: Error, Sendable, Equatable {
  /// The card has an expiry but no plan period, and no term was given.
  case noPeriod(card: String)
  /// `--until` names a day before the renewal itself.
  case untilBeforeRenewal(until: CalendarDate, renewal: CalendarDate)
  /// The new expiry would fall after 9999-12-31.
  case outOfRange(card: String)
}

extension Card {
  /// The expiry a renewal on `date` for `term` gives, with the anchor day of the new cycle.
  ///
  /// - Parameters:
  ///   - date: The day of the renewal.
  ///   - term: How far to extend; `nil` means the plan's period.
  /// - Returns: The new expiry and anchor day, or `nil` for a card with neither
  ///   an expiry nor a plan period, whose renewals only count as activity.
  /// - Throws: ``RenewalError``.
  public func expiry(
    afterRenewalOn date: CalendarDate, for term: RenewalTerm?
  ) throws(RenewalError) -> (expiry: CalendarDate, anchorDay: Int)? {
    switch term ?? plan.period.map(RenewalTerm.period) {
    case nil:
      guard expiry == nil else { throw .noPeriod(card: name) }
      return nil
    case .until(let until):
      guard until >= date else { throw .untilBeforeRenewal(until: until, renewal: date) }
      return (until, until.day)
    case .period(let period):
      let stacks = expiry.map { date <= $0 } ?? false
      let start = stacks ? expiry ?? date : date
      let anchor = stacks ? anchorDay ?? start.day : date.day
      guard let end = period.added(to: start, anchorDay: anchor) else {
        throw .outOfRange(card: name)
      }
      // Day and week periods know no anchor: the next cycle follows the new expiry.
      return (end, period.isMonthly ? anchor : end.day)
    }
  }

  /// Records a renewal and moves the expiry by the stacking and late-renewal rules.
  ///
  /// - Parameters:
  ///   - renewal: The renewal; its expiry fields are filled in here.
  ///   - term: How far to extend; `nil` means the plan's period.
  /// - Returns: The renewal as recorded.
  /// - Throws: ``RenewalError``, leaving the card unchanged.
  @discardableResult
  public mutating func renew(
    _ renewal: Renewal, for term: RenewalTerm?
  ) throws(RenewalError) -> Renewal {
    var recorded = renewal
    recorded.expiresBefore = expiry
    if let next = try expiry(afterRenewalOn: renewal.date, for: term) {
      expiry = next.expiry
      anchorDay = next.anchorDay
    }
    recorded.expiresAfter = expiry
    history.append(.renewal(recorded))
    return recorded
  }

  /// Records keep-alive activity.
  public mutating func touch(_ activity: Activity) {
    history.append(.activity(activity))
  }
}
