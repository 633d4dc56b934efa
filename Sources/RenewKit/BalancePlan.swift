/// A plan that renews itself from the card's balance (`--from-balance`): its
/// period and price.
public struct ChargedPlan: Sendable, Hashable {
  /// What one charge buys.
  public var period: Period
  /// What one charge takes from the balance.
  public var price: Money

  /// A plan of `price` every `period`.
  public init(period: Period, price: Money) {
    self.period = period
    self.price = price
  }
}

/// A change of the plan paid from the balance (`edit --price`, `--period`,
/// `--no-from-balance`, or `--from-balance` again after `--no-from-balance`):
/// the plan that was charged up to and including its day, or none. Charges on
/// later days take the plan of the next change, or the card's own plan after the
/// last one. So a new price never re-prices a charge already made, nor revives a
/// number whose charge was refused, and the days a plan was off are never charged.
public struct PlanChange: Sendable, Hashable {
  /// The day of the change: its charges were still made at the plan it ended.
  public var date: CalendarDate
  /// The plan charged up to that day, or `nil` when the balance paid for nothing.
  public var previous: ChargedPlan?
  /// A free-text note.
  public var note: String?

  /// Creates a change of the plan.
  public init(date: CalendarDate, previous: ChargedPlan?, note: String? = nil) {
    self.date = date
    self.previous = previous
    self.note = note
  }
}

/// One charge a plan paid from the balance makes, or will make.
public struct Charge: Sendable, Hashable {
  /// The day it is taken: the day after the expiry it renews.
  public var date: CalendarDate
  /// What it takes.
  public var amount: Money
  /// The expiry it gives.
  public var expiry: CalendarDate
  /// The balance left after it.
  public var balance: Money
}

/// Where a card paid from its balance stands on a day, and where it is heading.
public struct BalanceOutlook: Sendable, Hashable {
  /// The expiry that holds on the day asked about, charges up to it made.
  public var expiry: CalendarDate?
  /// The balance that day.
  public var balance: Money
  /// The last expiry the balance covers: the card's due date.
  public var due: CalendarDate?
  /// The charges after the day asked about, while the balance covers them.
  public var charges: [Charge]
  /// What the charge after ``due`` lacks (the price less the balance left), or
  /// `nil` when nothing lacks.
  public var shortfall: Money?
}

extension Clock {
  /// Makes the charges of `plan` due on days up to and including `date` (a charge
  /// falls on the day after the expiry), while the balance covers them; the first
  /// it does not cover is refused, and so is every later one until the expiry
  /// changes otherwise.
  mutating func charge(_ plan: ChargedPlan, through date: CalendarDate) {
    _ = charges(of: plan, through: date)
  }

  /// Like ``charge(_:through:)``, and returns the charges made.
  mutating func charges(of plan: ChargedPlan, through date: CalendarDate) -> [Charge] {
    var made: [Charge] = []
    while !isChargeRefused, let expiry, let day = expiry.adding(days: 1), day <= date {
      let balance = self.balance ?? Money.zero(plan.price.currency)
      guard balance.covers(plan.price), let left = balance.subtracting(plan.price),
        let next = plan.period.added(to: expiry, anchorDay: anchorDay ?? expiry.day)
      else {
        isChargeRefused = true
        break
      }
      self.expiry = next
      self.balance = left
      if !plan.period.isMonthly { anchorDay = next.day }
      made.append(Charge(date: day, amount: plan.price, expiry: next, balance: left))
    }
    return made
  }
}

extension Clock {
  /// The last expiry the balance covers under `plan`: the expiry moved on one
  /// period for each whole price the balance holds, unless a charge was refused.
  func coveredExpiry(under plan: ChargedPlan) -> CalendarDate? {
    guard let expiry else { return nil }
    guard !isChargeRefused, let balance, let count = balance.divided(by: plan.price)?.count,
      count > 0
    else { return expiry }
    // More charges than there are days to 9999-12-31 reach it whatever the period.
    guard count <= 3_660_000, let period = plan.period.times(Int(count)) else { return .last }
    return period.added(to: expiry, anchorDay: anchorDay ?? expiry.day) ?? .last
  }
}

extension Period {
  /// This period `count` times over, such as `3m` for `1m` three times.
  func times(_ count: Int) -> Period? {
    switch self {
    case .days(let days): return .days(days * count)
    case .weeks(let weeks): return .days(weeks * 7 * count)
    case .months(let months): return .months(months * count)
    case .years(let years): return .months(years * 12 * count)
    }
  }
}

extension Card {
  /// The plan paid from the balance, when the card has one: `--from-balance` with a
  /// period and a price.
  public var chargedPlan: ChargedPlan? {
    guard isPaidFromBalance, let period = plan.period, let price = plan.price, price.units > 0
    else { return nil }
    return ChargedPlan(period: period, price: price)
  }

  /// Where the card stands on `today` and after, when its plan is paid from its
  /// balance: the charges up to today made, then projected while the balance
  /// covers them (computed, never stored).
  ///
  /// - Parameters:
  ///   - today: The day to stand on.
  ///   - listing: How many future charges to list at the most.
  /// - Returns: The outlook, or `nil` when the plan is not paid from the balance.
  public func balanceOutlook(on today: CalendarDate, listing: Int = 0) -> BalanceOutlook? {
    guard let plan = chargedPlan else { return nil }
    var clock = self.clock
    clock.charge(plan, through: today)
    let due = clock.coveredExpiry(under: plan)
    let balance = clock.balance ?? Money.zero(plan.price.currency)
    var charges: [Charge] = []
    var future = clock
    while charges.count < listing, let next = future.nextCharge(of: plan) { charges.append(next) }
    var shortfall: Money?
    if let due, due < .last, let left = balance.divided(by: plan.price)?.remainder {
      // What the balance holds past its last whole price, short of one more.
      shortfall = plan.price.subtracting(left)
    }
    return BalanceOutlook(
      expiry: clock.expiry, balance: balance, due: due, charges: charges, shortfall: shortfall)
  }

  /// The expiry that holds on `today`: for a plan paid from the balance, after the
  /// charges made up to that day.
  public func expiry(on today: CalendarDate) -> CalendarDate? {
    balanceOutlook(on: today)?.expiry ?? expiry
  }

  /// The balance on `today`: for a plan paid from the balance, after the charges
  /// made up to that day; else the last reading and the top-ups since; `nil` when
  /// no balance is on record.
  public func balance(on today: CalendarDate) -> Money? {
    balanceOutlook(on: today)?.balance ?? clock.balance
  }
}

extension Clock {
  /// Makes the next charge of `plan`, whenever it falls, if the balance covers it.
  mutating func nextCharge(of plan: ChargedPlan) -> Charge? {
    guard let expiry, let day = expiry.adding(days: 1) else { return nil }
    return charges(of: plan, through: day).first
  }
}

/// Why a card's plan cannot be paid from its balance.
public enum BalancePlanProblem: Sendable, Equatable {
  /// It lacks what a charge needs: an expiry, a plan period or a price (listed
  /// in that order, as `expires`, `period` and `price`).
  case missing([String])
  /// The price is nothing, so the balance would pay for ever.
  case freePlan
  /// The carrier also charges a bound payment method.
  case autoRenew
}

extension Card {
  /// What stops the card's plan from being paid from its balance, when it says it is.
  public var balancePlanProblem: BalancePlanProblem? {
    guard isPaidFromBalance else { return nil }
    let missing = [
      expiry == nil ? "expires" : nil, plan.period == nil ? "period" : nil,
      plan.price == nil ? "price" : nil,
    ].compactMap { $0 }
    if !missing.isEmpty { return .missing(missing) }
    if plan.price?.units == 0 { return .freePlan }
    if renewsAutomatically { return .autoRenew }
    return nil
  }
}

/// What to top up, and by when, so that a plan paid from the balance goes on.
public struct TopUpHint: Sendable, Hashable {
  /// At least this much: the larger of the shortfall and the card's least top-up.
  public var amount: Money
  /// By this day: the last expiry the balance covers.
  public var by: CalendarDate
}

extension Card {
  /// What to top up, and by when, for a plan paid from the balance to be charged
  /// again after its due date; `nil` for other cards.
  public func topUpHint(on today: CalendarDate) -> TopUpHint? {
    // Past its due date, a charge was refused: topping up no longer helps, the
    // card needs a renewal.
    guard let outlook = balanceOutlook(on: today), let due = outlook.due, due >= today,
      let shortfall = outlook.shortfall
    else { return nil }
    return TopUpHint(amount: topUp(covering: shortfall), by: due)
  }

  /// The expiry after which the balance did not cover the plan's charge, once that
  /// day has passed: topping up no longer helps, the card needs a renewal (which
  /// `renew log` records); `nil` for other cards.
  public func refusedCharge(on today: CalendarDate) -> CalendarDate? {
    guard let due = balanceOutlook(on: today)?.due, due < today else { return nil }
    return due
  }

  /// The top-up that covers `shortfall`: the shortfall, or the card's least top-up
  /// when that is more.
  func topUp(covering shortfall: Money) -> Money {
    guard let minTopUp, minTopUp.covers(shortfall) else { return shortfall }
    return minTopUp
  }
}
