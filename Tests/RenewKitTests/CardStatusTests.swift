import RenewKit
import Testing

@Suite struct CardStatusTests {
  /// A card that expires on 2026-03-31, with the default reminder window of 7 days.
  private func expiringCard(grace: String? = nil) throws -> Card {
    var card = try TestValues.card(added: "2026-01-01", expires: "2026-03-31")
    card.grace = try grace.map { try TestValues.period($0) }
    return card
  }

  @Test(
    "days left count to the expiry: more than the window is ok, the window down to 0 is soon",
    arguments: [
      ("2026-03-01", 30, CardState.ok), ("2026-03-23", 8, .ok), ("2026-03-24", 7, .soon),
      ("2026-03-30", 1, .soon), ("2026-03-31", 0, .soon), ("2026-04-01", -1, .overdue),
      ("2030-01-01", -1372, .overdue),
    ])
  func reminderWindowEdges(today: String, daysLeft: Int, state: CardState) throws {
    let status = try expiringCard().status(on: TestValues.date(today))
    #expect(status.due == (try TestValues.date("2026-03-31")))
    #expect(status.daysLeft == daysLeft)
    #expect(status.state == state)
  }

  @Test(
    "past the due date a card is overdue through the last day of grace, then lapsed",
    arguments: [
      ("30d", "2026-04-01", CardState.overdue), ("30d", "2026-04-30", .overdue),
      ("30d", "2026-05-01", .lapsed), ("1m", "2026-04-30", .overdue), ("1m", "2026-05-01", .lapsed),
      ("1w", "2026-04-07", .overdue), ("1w", "2026-04-08", .lapsed),
    ])
  func graceThenLapsed(grace: String, today: String, state: CardState) throws {
    #expect(try expiringCard(grace: grace).status(on: TestValues.date(today)).state == state)
  }

  @Test("with no grace known a card stays overdue however late it is")
  func noGraceStaysOverdue() throws {
    #expect(try expiringCard().status(on: TestValues.date("9999-12-31")).state == .overdue)
  }

  @Test("a reminder window given for the run overrides the card's own")
  func remindOverride() throws {
    var card = try expiringCard()
    let today = try TestValues.date("2026-03-11")
    #expect(card.status(on: today).state == .ok)
    #expect(card.status(on: today, remindDays: 20).state == .soon)
    #expect(card.status(on: today, remindDays: 19).state == .ok)
    card.leadDays = [0]
    #expect(try card.status(on: TestValues.date("2026-03-30")).state == .ok)
    #expect(try card.status(on: TestValues.date("2026-03-31")).state == .soon)
    #expect(try card.status(on: TestValues.date("2026-03-30"), remindDays: 1).state == .soon)
  }

  @Test("until any activity, the keep-alive window counts from the day the card was added")
  func keepAliveFromAdded() throws {
    var card = try TestValues.card(added: "2026-01-01")
    card.keepAlive = .days(180)
    let status = card.status(on: try TestValues.date("2026-06-01"))
    #expect(status.due == (try TestValues.date("2026-06-30")))
    #expect(status.daysLeft == 29)
    #expect(status.state == .ok)
  }

  @Test("recorded activity restarts the keep-alive window from its day")
  func keepAliveFromActivity() throws {
    var card = try TestValues.card(added: "2026-01-01")
    card.keepAlive = .days(180)
    card.touch(Activity(date: try TestValues.date("2026-03-01"), note: "SMS to mum"))
    card.touch(Activity(date: try TestValues.date("2026-02-01")))
    #expect(card.lastActivity == (try TestValues.date("2026-03-01")))
    #expect(
      card.status(on: try TestValues.date("2026-07-01")).due == (try TestValues.date("2026-08-28")))
  }

  @Test("a logged renewal counts as keep-alive activity")
  func renewalIsActivity() throws {
    var card = try TestValues.card(added: "2026-01-01")
    card.keepAlive = .days(90)
    try card.renew(Renewal(date: TestValues.date("2026-10-01")), for: nil)
    #expect(card.due == (try TestValues.date("2026-12-30")))
  }

  @Test(
    "the due date is the earlier of the expiry and the end of the keep-alive window",
    arguments: [
      ("2026-12-31", "2026-06-30"), ("2026-03-01", "2026-03-01"), ("2026-06-30", "2026-06-30"),
    ])
  func dueIsEarlier(expiry: String, due: String) throws {
    var card = try TestValues.card(added: "2026-01-01", expires: expiry)
    card.keepAlive = .days(180)
    #expect(card.due == (try TestValues.date(due)))
    #expect(card.status(on: try TestValues.date("2026-02-01")).due == (try TestValues.date(due)))
  }

  @Test("a card with neither an expiry nor a keep-alive window is unknown")
  func unknown() throws {
    var card = try TestValues.card(added: "2026-01-01", period: "1m")
    card.grace = .days(30)
    let status = card.status(on: try TestValues.date("2026-06-01"))
    #expect(status.due == nil)
    #expect(status.daysLeft == nil)
    #expect(status.state == .unknown)
  }

  @Test("an auto-renewing card is not assumed renewed: past its expiry it is overdue")
  func autoRenewIsNotAssumed() throws {
    var card = try expiringCard(grace: "30d")
    card.renewsAutomatically = true
    card.payVia = "PayPal"
    #expect(card.status(on: try TestValues.date("2026-04-02")).state == .overdue)
    #expect(card.renewalHints == [.autoRenew(via: "PayPal")])
  }

  @Test("a payment route without auto-renew is a hint to pay by hand, after the methods")
  func payWithoutAutoRenew() throws {
    var card = try expiringCard(grace: "30d")
    card.methods = [.online, .auto]
    card.how = "log in"
    card.payVia = "PayPal"
    #expect(
      card.renewalHints == [.method(.online), .method(.auto), .how("log in"), .pay(via: "PayPal")])
    card.renewsAutomatically = true
    #expect(card.renewalHints == [.method(.online), .autoRenew(via: "PayPal"), .how("log in")])
  }

  @Test("only soon, overdue and lapsed need attention")
  func needsAttention() {
    #expect(CardState.allCases.filter(\.needsAttention) == [.soon, .overdue, .lapsed])
  }
}
