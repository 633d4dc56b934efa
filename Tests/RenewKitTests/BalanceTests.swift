import TestSupport
import Testing

@testable import RenewKit

/// Plans paid from the card's balance: charges at each expiry, readings and
/// top-ups, and the due date the balance gives.
@Suite("Balance")
struct BalanceTests {
  /// The China Mobile card of the README: 8 CNY a month from a balance of 50 CNY,
  /// expiring 2026-12-31, added on 2026-11-21.
  static func chinaMobile() throws -> Card {
    let added = try TestValues.date("2026-11-21")
    var card = Card(name: "中国移动", number: "+86 138 0013 8000", added: added)
    card.plan = Plan(period: .months(1), price: Money("8 CNY"))
    card.isPaidFromBalance = true
    card.setExpiry(try TestValues.date("2026-12-31"), on: added)
    card.record(.balance(BalanceReading(date: added, amount: try #require(Money("50 CNY")))))
    return card
  }

  @Test(
    "each month's charge moves the expiry on and takes the price, until the balance falls short",
    arguments: [
      ("2026-11-21", "2026-12-31", "50.00 CNY"),
      ("2026-12-31", "2026-12-31", "50.00 CNY"),
      ("2027-01-01", "2027-01-31", "42.00 CNY"),
      ("2027-02-15", "2027-02-28", "34.00 CNY"),
      ("2027-03-01", "2027-03-31", "26.00 CNY"),
      ("2027-04-30", "2027-04-30", "18.00 CNY"),
      ("2027-05-01", "2027-05-31", "10.00 CNY"),
      ("2027-06-01", "2027-06-30", "2.00 CNY"),
      ("2027-07-01", "2027-06-30", "2.00 CNY"),
      ("2028-01-01", "2027-06-30", "2.00 CNY"),
    ])
  func charges(today: String, expiry: String, balance: String) throws {
    let card = try Self.chinaMobile()
    let outlook = try #require(card.balanceOutlook(on: try TestValues.date(today)))
    #expect(outlook.expiry == (try TestValues.date(expiry)))
    #expect(outlook.balance.description == balance)
    #expect(outlook.due == (try TestValues.date("2027-06-30")))
    #expect(card.due == (try TestValues.date("2027-06-30")))
  }

  @Test("the hint is the shortfall, or the least top-up when that is larger")
  func hint() throws {
    var card = try Self.chinaMobile()
    let today = try TestValues.date("2026-11-21")
    #expect(card.topUpHint(on: today)?.amount.description == "6.00 CNY")
    #expect(card.topUpHint(on: today)?.by == (try TestValues.date("2027-06-30")))
    card.minTopUp = Money("10 CNY")
    #expect(card.topUpHint(on: today)?.amount.description == "10.00 CNY")
    card.minTopUp = Money("5 CNY")
    #expect(card.topUpHint(on: today)?.amount.description == "6.00 CNY")
  }

  @Test("a top-up buys more months; it is activity but does not move the expiry by itself")
  func topUp() throws {
    var card = try Self.chinaMobile()
    let day = try TestValues.date("2026-11-21")
    card.record(.topUp(TopUp(date: day, amount: try #require(Money("20 CNY")))))
    #expect(card.due == (try TestValues.date("2027-08-31")))
    #expect(card.expiry == (try TestValues.date("2026-12-31")))
    #expect(card.lastActivity == day)
    var plain = Card(name: "p", number: "1", added: day)
    plain.setExpiry(try TestValues.date("2027-01-31"), on: day)
    plain.record(.topUp(TopUp(date: day, amount: try #require(Money("20 CNY")))))
    #expect(plain.due == (try TestValues.date("2027-01-31")))
    #expect(plain.clock.balance?.description == "20.00 CNY")
  }

  @Test("a reading is the balance after that day's charge, and replaces the projection")
  func reading() throws {
    var card = try Self.chinaMobile()
    // On Feb 1 the carrier took the charge and shows 30.00: 4 CNY went elsewhere.
    card.record(
      .balance(
        BalanceReading(
          date: try TestValues.date("2027-02-01"), amount: try #require(Money("30 CNY")))
      ))
    let outlook = try #require(card.balanceOutlook(on: try TestValues.date("2027-02-15")))
    #expect(outlook.expiry == (try TestValues.date("2027-02-28")))
    #expect(outlook.balance.description == "30.00 CNY")
    // 30 buys Mar, Apr and May, with 6 left: due 2027-05-31.
    #expect(card.due == (try TestValues.date("2027-05-31")))
  }

  @Test("a refused charge stays refused: a later top-up does not revive it, a renewal does")
  func refusedThenTopUp() throws {
    var card = try Self.chinaMobile()
    card.record(
      .topUp(
        TopUp(date: try TestValues.date("2027-07-05"), amount: try #require(Money("6 CNY")))))
    let outlook = try #require(card.balanceOutlook(on: try TestValues.date("2027-07-06")))
    #expect(outlook.expiry == (try TestValues.date("2027-06-30")))
    #expect(outlook.balance.description == "8.00 CNY")
    #expect(card.due == (try TestValues.date("2027-06-30")))
    // Overdue, topping up no longer helps: no hint.
    #expect(card.topUpHint(on: try TestValues.date("2027-07-06")) == nil)
    // Renewed late, the month counts from Jul 6; the 8.00 CNY then pays Aug 7.
    _ = try card.renew(Renewal(date: try TestValues.date("2027-07-06")), for: nil)
    #expect(card.due == (try TestValues.date("2027-09-06")))
  }

  @Test("an unknown balance counts as nothing: the due date is the expiry")
  func unknownBalance() throws {
    let day = try TestValues.date("2026-11-21")
    var card = Card(name: "c", number: "1", added: day)
    card.plan = Plan(period: .days(30), price: Money("3 USD"))
    card.isPaidFromBalance = true
    card.setExpiry(try TestValues.date("2026-12-10"), on: day)
    #expect(card.due == (try TestValues.date("2026-12-10")))
    #expect(card.topUpHint(on: day)?.amount.description == "3.00 USD")
  }

  @Test("a plan that is not paid from the balance has no outlook, nor a wrong plan")
  func noPlan() throws {
    var card = try Self.chinaMobile()
    card.isPaidFromBalance = false
    #expect(card.balanceOutlook(on: card.added) == nil)
    #expect(card.balancePlanProblem == nil)
    card.isPaidFromBalance = true
    card.renewsAutomatically = true
    #expect(card.balancePlanProblem == .autoRenew)
    card.renewsAutomatically = false
    card.plan.price = Money("8 USD")
    #expect(card.balanceCurrencyProblem == .priceCurrency(price: "USD", balance: "CNY"))
    card.plan.price = nil
    #expect(card.balancePlanProblem == .missing(["price"]))
  }

  @Test("the due date the balance gives is what charging month by month gives")
  func dueMatchesCharges() throws {
    var generator = SplitMix64(seed: 0x5EED_BA1A)
    for round in 0..<300 {
      let day = try TestValues.date("2026-01-01")
      var card = Card(name: "c", number: "1", added: day)
      let periods: [Period] = [.days(30), .weeks(1), .months(1), .months(3), .years(1)]
      let period = periods[Int.random(in: 0..<periods.count, using: &generator)]
      let cents = UInt64.random(in: 1...2_000, using: &generator)
      let price = Money(units: cents, scale: 2, currency: "CNY")
      card.plan = Plan(period: period, price: price)
      card.isPaidFromBalance = true
      let expiry = try #require(day.adding(days: Int.random(in: 0...400, using: &generator)))
      card.setExpiry(expiry, on: day)
      let balance = Money(
        units: UInt64.random(in: 0...4_000, using: &generator), scale: 2, currency: "CNY")
      card.record(.balance(BalanceReading(date: day, amount: balance)))
      // Charge day by day far enough, and compare.
      var clock = card.clock
      clock.charge(try #require(card.chargedPlan), through: .last)
      #expect(card.due == clock.expiry, "round \(round)")
    }
  }

  @Test("money divides exactly, with what is left")
  func division() throws {
    let fifty = try #require(Money("50 CNY"))
    let eight = try #require(Money("8.00 CNY"))
    let result = try #require(fifty.divided(by: eight))
    #expect(result.count == 6)
    #expect(result.remainder.description == "2.00 CNY")
    #expect(fifty.divided(by: try #require(Money("0 CNY"))) == nil)
    #expect(fifty.divided(by: try #require(Money("1 USD"))) == nil)
    let big = try #require(Money("999999999999.999999 CNY"))
    var total = big
    for _ in 0..<30 { total = total.adding(big) ?? total }
    #expect(total.covers(big))
  }

  /// A card paid from its balance: `price` every `period`, expiring on `expiry`,
  /// with `balance` read on 2026-01-01.
  static func card(
    period: Period, price: String, expiry: String, balance: String
  ) throws -> Card {
    let day = try TestValues.date("2026-01-01")
    var card = Card(name: "c", number: "1", added: day)
    card.plan = Plan(period: period, price: Money(price))
    card.isPaidFromBalance = true
    card.setExpiry(try TestValues.date(expiry), on: day)
    card.record(.balance(BalanceReading(date: day, amount: try #require(Money(balance)))))
    return card
  }

  @Test(
    "projections: month ends keep their day, 30-day plans count days, a dear plan is due at once",
    arguments: [
      // Jan 31 → Feb 28 → Mar 31 → Apr 30: the cycle keeps the 31st.
      (
        Period.months(1), "10 USD", "2026-01-31", "30 USD", "2026-02-15", "2026-02-28", "2026-04-30"
      ),
      (
        Period.months(1), "10 USD", "2026-01-31", "30 USD", "2026-04-01", "2026-04-30", "2026-04-30"
      ),
      (Period.days(30), "3 USD", "2026-01-10", "10 USD", "2026-02-10", "2026-03-11", "2026-04-10"),
      (
        Period.years(1), "50 EUR", "2028-02-29", "100 EUR", "2026-06-01", "2028-02-29", "2030-02-28"
      ),
      (
        Period.months(1), "80 CNY", "2026-01-31", "50 CNY", "2026-06-01", "2026-01-31", "2026-01-31"
      ),
    ])
  func projections(
    period: Period, price: String, expiry: String, balance: String, today: String,
    expiryToday: String, due: String
  ) throws {
    let card = try Self.card(period: period, price: price, expiry: expiry, balance: balance)
    let outlook = try #require(card.balanceOutlook(on: try TestValues.date(today)))
    #expect(outlook.expiry == (try TestValues.date(expiryToday)))
    #expect(outlook.due == (try TestValues.date(due)))
    #expect(card.due == (try TestValues.date(due)))
  }

  @Test("a top-up on the expiry day counts for the charge the next day; one the day after is late")
  func topUpAroundExpiry() throws {
    for (day, expiry, due) in [
      ("2027-06-30", "2027-07-31", "2027-07-31"), ("2027-07-01", "2027-06-30", "2027-06-30"),
    ] {
      var card = try Self.chinaMobile()
      card.record(
        .topUp(
          TopUp(date: try TestValues.date(day), amount: try #require(Money("6 CNY")))))
      let outlook = try #require(card.balanceOutlook(on: try TestValues.date("2027-07-02")))
      #expect(outlook.expiry == (try TestValues.date(expiry)), "top-up on \(day)")
      #expect(card.due == (try TestValues.date(due)), "top-up on \(day)")
    }
  }

  @Test(
    "over random ledgers the balance never goes negative and is readings plus top-ups less charges")
  func ledgerInvariant() throws {
    var generator = SplitMix64(seed: 0xB41A_4CE)
    let start = try TestValues.date("2026-01-01")
    for round in 0..<200 {
      var card = try Self.card(
        period: .months(1), price: "8 CNY", expiry: "2026-01-31",
        balance: "\(Int.random(in: 0...40, using: &generator)) CNY")
      var entries: [(CalendarDate, Event)] = []
      for _ in 0..<Int.random(in: 0...6, using: &generator) {
        let day = try #require(start.adding(days: Int.random(in: 1...500, using: &generator)))
        let amount = Money(
          units: UInt64.random(in: 1...3_000, using: &generator), scale: 2, currency: "CNY")
        entries.append(
          Bool.random(using: &generator)
            ? (day, .topUp(TopUp(date: day, amount: amount)))
            : (day, .balance(BalanceReading(date: day, amount: amount))))
      }
      for (_, event) in entries { card.record(event) }
      let today = try #require(start.adding(days: 600))
      let outlook = try #require(card.balanceOutlook(on: today))
      // Replaying by hand: from the latest reading, plus top-ups, less charges.
      var expected = Money.zero("CNY")
      let sorted = card.history.enumerated().sorted {
        $0.element.event.date != $1.element.event.date
          ? $0.element.event.date < $1.element.event.date : $0.offset < $1.offset
      }
      var expiry = try TestValues.date("2026-01-31")
      var refused = false
      let price = try #require(card.plan.price)
      // A charge the balance does not cover is refused, and so is every later one.
      func chargeThrough(_ day: CalendarDate) {
        while !refused, let next = expiry.adding(days: 1), next <= day {
          guard expected.covers(price) else {
            refused = true
            return
          }
          expected = expected.subtracting(price) ?? expected
          expiry = Period.months(1).added(to: expiry, anchorDay: 31) ?? expiry
        }
      }
      for (_, entry) in sorted {
        chargeThrough(entry.event.date)
        switch entry.event {
        case .balance(let reading): expected = reading.amount
        case .topUp(let topUp): expected = expected.adding(topUp.amount) ?? expected
        default: break
        }
      }
      chargeThrough(today)
      #expect(outlook.balance == expected, "round \(round)")
      #expect(!outlook.balance.description.hasPrefix("-"), "round \(round)")
      #expect(outlook.expiry == expiry, "round \(round)")
    }
  }
}
