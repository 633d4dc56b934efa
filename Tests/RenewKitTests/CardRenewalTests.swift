import RenewKit
import Testing

@Suite struct CardRenewalTests {
  @Test(
    "a renewal stacks on or before the expiry, keeping the anchor, and starts a new cycle when late",
    arguments: [
      // (expiry, anchor day, renewal date, term) -> (new expiry, new anchor day)
      ("2026-03-31", 31, "2026-03-20", "1m", "2026-04-30", 31),
      ("2026-03-31", 31, "2026-03-31", "1m", "2026-04-30", 31),
      ("2026-03-31", 31, "2026-04-05", "1m", "2026-05-05", 5),
      ("2026-04-30", 31, "2026-05-01", "1m", "2026-06-01", 1),
      ("2026-02-28", 31, "2026-02-01", "1m", "2026-03-31", 31),
      ("2026-02-28", 31, "2026-02-28", "2m", "2026-04-30", 31),
      ("2024-02-29", 29, "2024-02-01", "1y", "2025-02-28", 29),
      ("2025-02-28", 29, "2025-02-10", "3y", "2028-02-29", 29),
      ("2025-02-28", 29, "2025-03-01", "1y", "2026-03-01", 1),
      ("2026-01-31", 31, "2026-01-15", "30d", "2026-03-02", 2),
      ("2026-01-31", 31, "2026-02-10", "30d", "2026-03-12", 12),
      ("2026-12-25", 25, "2026-12-01", "2w", "2027-01-08", 8),
      ("2026-03-31", 31, "2026-03-01", "until 2026-06-15", "2026-06-15", 15),
      ("2026-03-31", 31, "2026-05-01", "until 2026-05-01", "2026-05-01", 1),
      ("2026-03-31", 31, "2026-03-01", "until 2026-03-10", "2026-03-10", 10),
    ])
  func newExpiry(
    expiry: String, anchorDay: Int, date: String, term: String, expected: String,
    expectedAnchor: Int
  ) throws {
    var card = try TestValues.card(expires: expiry, anchorDay: anchorDay)
    let renewedOn = try TestValues.date(date)
    let renewedFor = try TestValues.term(term)
    let next = try #require(card.clock.renewed(on: renewedOn, for: renewedFor))
    #expect(next.expiry == (try TestValues.date(expected)))
    #expect(next.anchorDay == expectedAnchor)
    let recorded = try card.renew(Renewal(date: TestValues.date(date)), for: TestValues.term(term))
    #expect(card.expiry == (try TestValues.date(expected)))
    #expect(card.anchorDay == expectedAnchor)
    #expect(recorded.expiresBefore == (try TestValues.date(expiry)))
    #expect(recorded.expiresAfter == card.expiry)
    #expect(card.history.last.map(\.event) == .renewal(recorded))
  }

  @Test("a monthly card set to the 31st runs through every month end of a year")
  func monthlyAnchorThroughAYear() throws {
    var card = try TestValues.card(period: "1m")
    card.setExpiry(try TestValues.date("2026-01-31"), on: .first)
    var expiries: [String] = []
    for _ in 1...13 {
      let onExpiryDay = try #require(card.expiry)
      try card.renew(Renewal(date: onExpiryDay), for: nil)
      expiries.append(try #require(card.expiry).description)
    }
    #expect(
      expiries == [
        "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31",
        "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30", "2026-12-31", "2027-01-31",
        "2027-02-28",
      ])
  }

  @Test("a monthly card set to January 31 of a leap year reaches February 29")
  func monthlyAnchorInALeapYear() throws {
    var card = try TestValues.card(period: "1m")
    card.setExpiry(try TestValues.date("2028-01-31"), on: .first)
    try card.renew(Renewal(date: TestValues.date("2028-01-20")), for: nil)
    #expect(card.expiry == (try TestValues.date("2028-02-29")))
    try card.renew(Renewal(date: TestValues.date("2028-02-29")), for: nil)
    #expect(card.expiry == (try TestValues.date("2028-03-31")))
  }

  @Test("a yearly card set to February 29 goes to February 28 and back to February 29")
  func yearlyLeapDay() throws {
    var card = try TestValues.card(period: "1y")
    card.setExpiry(try TestValues.date("2024-02-29"), on: .first)
    var expiries: [String] = []
    for _ in 1...4 {
      try card.renew(Renewal(date: #require(card.expiry)), for: nil)
      expiries.append(try #require(card.expiry).description)
    }
    #expect(expiries == ["2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"])
  }

  @Test("the first renewal of a card with a plan but no expiry counts from the renewal date")
  func firstRenewalWithoutExpiry() throws {
    var card = try TestValues.card(period: "1m")
    let recorded = try card.renew(Renewal(date: TestValues.date("2026-05-31")), for: nil)
    #expect(card.expiry == (try TestValues.date("2026-06-30")))
    #expect(card.anchorDay == 31)
    #expect(recorded.expiresBefore == nil)
    #expect(recorded.expiresAfter == card.expiry)
  }

  @Test("an explicit term wins over the plan's period")
  func termOverridesPlan() throws {
    var card = try TestValues.card(expires: "2026-03-31", period: "1y")
    try card.renew(Renewal(date: TestValues.date("2026-03-01")), for: .period(.months(1)))
    #expect(card.expiry == (try TestValues.date("2026-04-30")))
  }

  @Test("a card with an expiry but no period cannot be renewed without a term, and is unchanged")
  func noPeriod() throws {
    var card = try TestValues.card(expires: "2026-03-31")
    let before = card
    #expect(throws: RenewalError.noPeriod(card: "Smart PH")) {
      try card.renew(Renewal(date: TestValues.date("2026-03-01")), for: nil)
    }
    #expect(card == before)
  }

  @Test("a card with neither an expiry nor a period only records the renewal")
  func recordsOnly() throws {
    var card = try TestValues.card()
    let recorded = try card.renew(
      Renewal(date: TestValues.date("2026-03-01"), amount: TestValues.money("8 CNY")), for: nil)
    #expect(card.expiry == nil)
    #expect(recorded.expiresBefore == nil && recorded.expiresAfter == nil)
    #expect(recorded.amount == (try TestValues.money("8.00 CNY")))
    #expect(card.history.count == 1)
  }

  @Test("--until before the renewal date is refused, and the card is unchanged")
  func untilBeforeRenewal() throws {
    var card = try TestValues.card(expires: "2026-03-31", period: "1m")
    let before = card
    let until = try TestValues.date("2026-02-28")
    let date = try TestValues.date("2026-03-01")
    #expect(throws: RenewalError.untilBeforeRenewal(until: until, renewal: date)) {
      try card.renew(Renewal(date: date), for: .until(until))
    }
    #expect(card == before)
  }

  @Test(
    "a renewal that would end after 9999-12-31 is refused",
    arguments: [("9999-06-30", "1y"), ("9999-12-25", "30d"), ("9999-12-31", "1m")])
  func outOfRange(expiry: String, term: String) throws {
    var card = try TestValues.card(name: "Far Future", expires: expiry)
    let before = card
    #expect(throws: RenewalError.outOfRange(card: "Far Future")) {
      try card.renew(Renewal(date: TestValues.date("9999-06-01")), for: TestValues.term(term))
    }
    #expect(card == before)
  }
}
