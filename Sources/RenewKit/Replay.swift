extension Card {
  /// Replays the history into the clock: entries in date order, those of one day in
  /// the order they were recorded, each renewal's and expiry's `expiresBefore` and
  /// `expiresAfter` recomputed.
  ///
  /// So a fact recorded late (a renewal paid last week, logged today with `--on`)
  /// gives what it would have given on its day, and every later entry is replayed
  /// on top of it; an expiry set outright is an observation that entries dated
  /// before it cannot move past.
  ///
  /// - Returns: `false` when a renewal would move the expiry past 9999-12-31; that
  ///   renewal then leaves the expiry as it was.
  @discardableResult
  public mutating func replay() -> Bool {
    // Entries are mostly recorded in date order already: check before sorting.
    var order = Array(history.indices)
    // The dates once, not each entry's whole event on every comparison.
    let dates = history.map(\.event.date)
    if !zip(dates, dates.dropFirst()).allSatisfy({ $0 <= $1 }) {
      order.sort { left, right in
        dates[left] != dates[right] ? dates[left] < dates[right] : left < right
      }
    }
    var clock = Clock()
    var isInRange = true
    // The plan charged up to each plan change is the one it ended; after the last,
    // the card's own.
    let planChanges = order.filter {
      if case .plan = history[$0].event { true } else { false }
    }
    var nextPlanChange = 0
    func planInForce() -> ChargedPlan? {
      guard nextPlanChange < planChanges.count,
        case .plan(let change) = history[planChanges[nextPlanChange]].event
      else { return chargedPlan }
      return change.previous
    }
    var plan = planInForce()
    for index in order {
      // Charges fall due before what else happened that day: a reading is the
      // balance after them, and a top-up counts for later days.
      if let plan { clock.charge(plan, through: history[index].event.date) }
      switch history[index].event {
      case .plan(let change):
        nextPlanChange += 1
        plan = planInForce()
        // An expiry that passed while nothing was charged lapsed: a plan started
        // again does not charge it after the fact.
        if change.previous == nil, let expiry = clock.expiry, expiry < change.date {
          clock.isChargeRefused = true
        }
      // Neither revives a charge already refused: that expiry stays the due date
      // until a renewal or an expiry set outright.
      case .balance(let reading):
        clock.balance = reading.amount
      case .topUp(let topUp):
        clock.balance = (clock.balance ?? Money.zero(topUp.amount.currency)).adding(topUp.amount)
        clock.lastActivity = max(clock.lastActivity ?? topUp.date, topUp.date)
      case .activity(let activity):
        clock.lastActivity = max(clock.lastActivity ?? activity.date, activity.date)
      case .expiry(var change):
        change.expiresBefore = clock.expiry
        clock.expiry = change.expires
        clock.anchorDay = change.expires.map { change.anchorDay ?? $0.day }
        clock.isChargeRefused = false
        history[index].event = .expiry(change)
      case .renewal(var renewal):
        renewal.expiresBefore = clock.expiry
        if let term = renewal.term {
          if let next = clock.renewed(on: renewal.date, for: term) {
            clock = next
            clock.isChargeRefused = false
          } else {
            isInRange = false
          }
        }
        clock.lastActivity = max(clock.lastActivity ?? renewal.date, renewal.date)
        renewal.expiresAfter = clock.expiry
        history[index].event = .renewal(renewal)
      }
    }
    self.clock = clock
    return isInRange
  }
}

extension Card {
  /// The last expiry set outright on a day after `date`, which a renewal on `date`
  /// cannot move past.
  public func laterExpirySetting(than date: CalendarDate) -> Entry? {
    history.last { entry in
      if case .expiry(let change) = entry.event { return change.date > date }
      return false
    }
  }
}

extension Card {
  /// Adds the entries of `other` that this card lacks, by id, and replays: for
  /// `renew import --update` of a card exported with its history.
  public mutating func addEntries(of other: Card) {
    let known = Set(history.map(\.id))
    history += other.history.filter { !known.contains($0.id) }
    replay()
  }
}
