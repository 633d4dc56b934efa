/// What keeping every active card costs, month by month from today: the renewals
/// each plan needs (every expiry in the range), or for a plan paid from the
/// balance the top-ups that let each charge go through, and the month a number
/// would be lost if nothing is done.
public struct Forecast: Sendable, Hashable {
  /// One card's row.
  public struct Row: Sendable, Hashable {
    /// The card's name.
    public var name: String
    /// The card's id.
    public var id: String
    /// The currency of its price.
    public var currency: String
    /// What it needs in each month, `nil` for nothing.
    public var costs: [ExactAmount?]
    /// The month (an index into ``Forecast/months``) in which the number is lost
    /// if nothing is done: the month its grace ends, or its due date's without grace.
    public var lostMonth: Int?
    /// What it needs over the whole range.
    public var total: ExactAmount
  }

  /// The first day of each month, the first being today's month.
  public var months: [CalendarDate]
  /// One row per active card with a plan period, a price and an expiry, by name.
  public var rows: [Row]
  /// The totals of each month, by currency code.
  public var monthTotals: [[String: ExactAmount]]
  /// The totals of the whole range, by currency code.
  public var totals: [String: ExactAmount]

  /// The forecast for `count` months from `today`'s month.
  public init(cards: [Card], today: CalendarDate, months wanted: Int) {
    let start = CalendarDate(year: today.year, month: today.month, day: 1) ?? today
    // Months past 9999-12 do not exist: the range stops there.
    months = (0..<wanted).compactMap { start.adding(months: $0) }
    let count = months.count
    let end = (start.adding(months: count) ?? .last).adding(days: -1) ?? .last
    func month(of date: CalendarDate) -> Int {
      max(0, (date.year - today.year) * 12 + date.month - today.month)
    }
    var rows: [Row] = []
    for card in cards where !card.isRetired {
      guard let costs = card.forecastCosts(from: today, through: end), let price = card.plan.price
      else { continue }
      var row = Row(
        name: card.name, id: card.id, currency: price.currency,
        costs: Array(repeating: nil, count: count),
        lostMonth: nil, total: ExactAmount(units: 0, scale: 2))
      for (day, cost) in costs {
        let index = month(of: day)
        guard index < count else { continue }
        row.costs[index] = (row.costs[index] ?? ExactAmount(units: 0, scale: 2)).adding(cost)
        row.total = row.total.adding(cost) ?? row.total
      }
      if let lost = card.graceEnd ?? card.due, lost <= end { row.lostMonth = month(of: lost) }
      rows.append(row)
    }
    // Each name's key made once, not once per comparison.
    self.rows = rows.map { (key: Card.nameKey($0.name), row: $0) }
      .sorted { ($0.key, $0.row.name) < ($1.key, $1.row.name) }
      .map(\.row)
    var monthTotals = Array(repeating: [String: ExactAmount](), count: count)
    var totals: [String: ExactAmount] = [:]
    for row in self.rows {
      for (index, cost) in row.costs.enumerated() {
        guard let cost else { continue }
        let zero = ExactAmount(units: 0, scale: 2)
        monthTotals[index][row.currency] =
          (monthTotals[index][row.currency] ?? zero).adding(cost) ?? zero
        totals[row.currency] = (totals[row.currency] ?? zero).adding(cost) ?? zero
      }
    }
    self.monthTotals = monthTotals
    self.totals = totals
  }
}

extension Card {
  /// What the card's plan needs from `today` through `end`, each with the day it is
  /// needed by; `nil` for a card without a plan period, a price or an expiry.
  ///
  /// A plan renewed by hand needs its price at every expiry (one already past is
  /// renewed today, counting from today). A plan paid from the balance needs,
  /// at each expiry the balance does not cover, what it lacks, or the card's
  /// least top-up when that is more (what is left over pays later charges).
  func forecastCosts(
    from today: CalendarDate, through end: CalendarDate
  ) -> [(CalendarDate, ExactAmount)]? {
    guard let period = plan.period, let price = plan.price, let current = expiry(on: today)
    else { return nil }
    var costs: [(CalendarDate, ExactAmount)] = []
    var expiry = current
    let anchor = anchorDay ?? current.day
    var balance = balanceOutlook(on: today)?.balance
    if expiry < today {
      // Overdue: renewed today, the period counts from today.
      costs.append((today, ExactAmount(price)))
      expiry = period.added(to: today) ?? .last
    }
    while expiry <= end, expiry < .last {
      if let left = balance {
        if left.covers(price) {
          balance = left.subtracting(price)
        } else {
          // What it lacks, or the least top-up, as the hint of `check` and `show` says.
          let topUp = self.topUp(covering: price.subtracting(left) ?? price)
          costs.append((max(expiry, today), ExactAmount(topUp)))
          balance = left.adding(topUp)?.subtracting(price) ?? Money.zero(price.currency)
        }
      } else {
        costs.append((expiry, ExactAmount(price)))
      }
      guard let next = period.added(to: expiry, anchorDay: period.isMonthly ? anchor : nil) else {
        break
      }
      expiry = next
    }
    return costs
  }
}
