/// What the carrier says a card's balance is: the balance during that day, after
/// any charge made that day.
public struct BalanceReading: Sendable, Hashable {
  /// The day of the reading.
  public var date: CalendarDate
  /// The balance.
  public var amount: Money
  /// A free-text note.
  public var note: String?

  /// Creates a reading.
  public init(date: CalendarDate, amount: Money, note: String? = nil) {
    self.date = date
    self.amount = amount
    self.note = note
  }
}

/// Money added to a card's balance. It counts as activity; by itself it does not
/// move the expiry (a plan paid from the balance does, when it is charged).
public struct TopUp: Sendable, Hashable {
  /// The day of the top-up.
  public var date: CalendarDate
  /// How much was added.
  public var amount: Money
  /// Through whom or what, such as `Alipay`.
  public var via: String?
  /// A receipt or order reference.
  public var receipt: String?
  /// A free-text note.
  public var note: String?

  /// Creates a top-up.
  public init(
    date: CalendarDate, amount: Money, via: String? = nil, receipt: String? = nil,
    note: String? = nil
  ) {
    self.date = date
    self.amount = amount
    self.via = via
    self.receipt = receipt
    self.note = note
  }
}

/// A reading or top-up that cannot be recorded on a card.
public enum BalanceError: Error, Sendable, Equatable {
  /// The amount is in another currency than the card's balance.
  case currency(given: String, balance: String)
  /// The price is in another currency than the balance.
  case priceCurrency(price: String, balance: String)
  /// The amount is in another currency than the price of a card that has no
  /// reading or top-up yet: its balance will be in the price's.
  case pricedIn(price: String, given: String)
}

extension Card {
  /// The currency of the card's balance: that of its first reading or top-up, else
  /// of its price.
  public var balanceCurrency: String? {
    history.lazy.compactMap(\.event.balanceAmount?.currency).first ?? plan.price?.currency
  }

  /// The first amount that is not in the balance's one currency: a reading, a
  /// top-up, the least top-up, or the price once the card has a balance.
  public var balanceCurrencyProblem: BalanceError? {
    let amounts = history.compactMap(\.event.balanceAmount)
    guard let currency = balanceCurrency else { return nil }
    if let price = plan.price, !amounts.isEmpty, price.currency != currency {
      return .priceCurrency(price: price.currency, balance: currency)
    }
    let others = amounts + (minTopUp.map { [$0] } ?? [])
    return others.first { $0.currency != currency }.map { amount in
      mismatch(given: amount.currency, balance: currency, hasBalance: !amounts.isEmpty)
    }
  }

  /// Refuses `amount` when the balance already has another currency, or when the
  /// card has no balance yet and its price has another.
  public func checkBalanceCurrency(of amount: Money) throws(BalanceError) {
    if let currency = balanceCurrency, currency != amount.currency {
      let hasBalance = history.contains { $0.event.balanceAmount != nil }
      throw mismatch(given: amount.currency, balance: currency, hasBalance: hasBalance)
    }
  }

  /// An amount in `currency`, not the balance's: against its readings and top-ups
  /// when it has some, else against its price.
  private func mismatch(given currency: String, balance: String, hasBalance: Bool) -> BalanceError {
    hasBalance
      ? .currency(given: currency, balance: balance)
      : .pricedIn(price: balance, given: currency)
  }

  /// Whether the balance is one the data file can hold: at most
  /// ``Money/maximumIntegerDigits`` digits before the point (a top-up past that,
  /// or past 64 bits, leaves it out of range).
  public var isBalanceInRange: Bool {
    let hasTopUp = history.contains { if case .topUp = $0.event { true } else { false } }
    guard let balance = clock.balance else { return !hasTopUp }
    return Money(balance.description) != nil
  }

  /// Records a reading or top-up, and replays the history.
  public mutating func record(_ event: Event) {
    history.append(Entry(event))
    replay()
  }
}

extension Event {
  /// The same event on another day.
  public func dated(_ date: CalendarDate) -> Event {
    switch self {
    case .renewal(var renewal):
      renewal.date = date
      return .renewal(renewal)
    case .activity(var activity):
      activity.date = date
      return .activity(activity)
    case .expiry(var change):
      change.date = date
      return .expiry(change)
    case .balance(var reading):
      reading.date = date
      return .balance(reading)
    case .topUp(var topUp):
      topUp.date = date
      return .topUp(topUp)
    case .plan(var change):
      change.date = date
      return .plan(change)
    }
  }

  /// The amount of a balance reading or top-up; `nil` for other entries.
  public var balanceAmount: Money? {
    switch self {
    case .balance(let reading): return reading.amount
    case .topUp(let topUp): return topUp.amount
    case .renewal, .activity, .expiry, .plan: return nil
    }
  }
}
