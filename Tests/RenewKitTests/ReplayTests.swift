import RenewKit
import TestSupport
import Testing

/// The ledger: a card's clock is what its history says, replayed in date order.
@Suite struct ReplayTests {
  /// A monthly card added on `added`, its expiry set outright that day.
  func monthlyCard(added: String = "2026-01-20", expires: String = "2026-01-31") throws -> Card {
    var card = Card(name: "m", number: "1", added: try TestValues.date(added))
    card.apply(.set(.period, .period(.months(1))))
    card.setExpiry(try TestValues.date(expires), on: card.added)
    return card
  }

  @Test(
    "renewals give the same expiry whatever order they are logged in",
    arguments: [["2026-02-10", "2026-01-25"], ["2026-01-25", "2026-02-10"]])
  func orderOfLogging(_ dates: [String]) throws {
    var card = try monthlyCard()
    for date in dates { try card.renew(Renewal(date: TestValues.date(date)), for: nil) }
    // Jan 25 stacks on Jan 31 (Feb 28, cycle day 31); Feb 10 stacks on that (Mar 31).
    #expect(card.expiry == (try TestValues.date("2026-03-31")))
    #expect(card.anchorDay == 31)
    #expect(card.lastActivity == (try TestValues.date("2026-02-10")))
    let renewals = card.history.compactMap { entry -> Renewal? in
      if case .renewal(let renewal) = entry.event { return renewal }
      return nil
    }.sorted { $0.date < $1.date }
    #expect(
      renewals.map(\.expiresBefore) == [
        try TestValues.date("2026-01-31"), try TestValues.date("2026-02-28"),
      ])
    #expect(
      renewals.map(\.expiresAfter) == [
        try TestValues.date("2026-02-28"), try TestValues.date("2026-03-31"),
      ])
  }

  @Test(
    "an expiry set between renewals decides for the ones before it, and those after build on it")
  func expirySetBetween() throws {
    var card = try monthlyCard()
    try card.renew(Renewal(date: TestValues.date("2026-01-25")), for: nil)
    try card.renew(Renewal(date: TestValues.date("2026-03-10")), for: nil)
    card.setExpiry(try TestValues.date("2026-03-05"), on: try TestValues.date("2026-03-01"))
    // Jan 25 gave Feb 28; on Mar 1 the expiry was Mar 5; Mar 10 comes late: Apr 10.
    #expect(card.expiry == (try TestValues.date("2026-04-10")))
    #expect(card.anchorDay == 10)
    // A renewal dated before the setting, logged now, cannot move the expiry past it.
    try card.renew(Renewal(date: TestValues.date("2026-02-20")), for: nil)
    #expect(card.expiry == (try TestValues.date("2026-04-10")))
    #expect(card.laterExpirySetting(than: try TestValues.date("2026-02-20")) != nil)
  }

  @Test("removing the first, a middle or the last entry replays the rest", arguments: [0, 1, 2, 3])
  func unlog(_ position: Int) throws {
    var card = try monthlyCard()
    for date in ["2026-01-25", "2026-02-25", "2026-03-25"] {
      try card.renew(Renewal(date: TestValues.date(date)), for: nil)
    }
    #expect(card.expiry == (try TestValues.date("2026-04-30")))
    card.removeEntry(at: position)
    let expected = [
      // Without the expiry set outright, Jan 25 counts from its own day and the rest
      // stack on it; without Jan 25 (or Feb 25), the next renewal comes late and
      // starts a cycle on the 25th; without Mar 25, two stacked months remain.
      0: "2026-04-25", 1: "2026-04-25", 2: "2026-04-25", 3: "2026-03-31",
    ]
    #expect(card.expiry == (try TestValues.date(#require(expected[position]))))
    #expect(card.history.count == 3)
  }

  @Test("the same entries recorded in any order give the same clock")
  func anyOrder() throws {
    var random = SplitMix64(seed: 0x5EED_1ED6)
    for round in 0..<1500 {
      let added = try TestValues.date("2026-01-01")
      // Every other card is paid from its balance, so that charges, readings,
      // top-ups and plan changes are replayed too.
      let paidFromBalance = round % 2 == 1
      func money(_ units: Int) throws -> Money {
        try #require(Money(amount: String(units), currency: "CNY"))
      }
      var entries: [Event] = []
      var days = Set<Int>()
      for _ in 0..<Int.random(in: 1...8, using: &random) {
        // Distinct days: entries of one day replay in the order they were recorded.
        let offset = Int.random(in: 0...400, using: &random)
        guard days.insert(offset).inserted, let date = added.adding(days: offset) else { continue }
        switch Int.random(in: 0..<(paidFromBalance ? 7 : 4), using: &random) {
        case 4:
          let amount = try money(Int.random(in: 0...40, using: &random))
          entries.append(.balance(BalanceReading(date: date, amount: amount)))
        case 5:
          let amount = try money(Int.random(in: 1...40, using: &random))
          entries.append(.topUp(TopUp(date: date, amount: amount)))
        case 6:
          let period = random.pick([Period.days(30), .months(1), .months(3)])
          let price = try money(Int.random(in: 1...12, using: &random))
          // Now and then the plan was off up to that day.
          let previous =
            Int.random(in: 0..<4, using: &random) == 0
            ? nil : ChargedPlan(period: period, price: price)
          entries.append(.plan(PlanChange(date: date, previous: previous)))
        case 0:
          entries.append(.activity(Activity(date: date)))
        case 1:
          let expires = date.adding(days: Int.random(in: -30...90, using: &random))
          entries.append(.expiry(ExpiryChange(date: date, expires: expires)))
        case 2:
          let until = try #require(date.adding(days: Int.random(in: 0...200, using: &random)))
          entries.append(.renewal(Renewal(date: date, term: .until(until))))
        default:
          let period = random.pick([Period.days(30), .weeks(2), .months(1), .months(3), .years(1)])
          entries.append(.renewal(Renewal(date: date, term: .period(period))))
        }
      }
      var card = Card(name: "c", number: "1", added: added)
      if paidFromBalance {
        card.plan = Plan(period: .months(1), price: try money(8))
        card.isPaidFromBalance = true
      }
      var inOrder = card
      for event in entries.sorted(by: { $0.date < $1.date }) {
        try Self.record(event, in: &inOrder)
      }
      var shuffled = card
      for event in entries.shuffled(using: &random) { try Self.record(event, in: &shuffled) }
      try #require(inOrder.clock == shuffled.clock, "round \(round): \(entries)")
      // And a renewal's own record is what it did on its day, whatever the order.
      let byDate = { (card: Card) in card.history.map(\.event).sorted { $0.date < $1.date } }
      try #require(byDate(inOrder) == byDate(shuffled), "round \(round)")
    }
  }

  /// Records `event` as the commands do.
  static func record(_ event: Event, in card: inout Card) throws {
    switch event {
    case .activity(let activity): card.touch(activity)
    case .expiry(let change): card.setExpiry(change.expires, on: change.date)
    case .renewal(let renewal): _ = try card.renew(renewal, for: renewal.term)
    case .balance(let reading): card.record(.balance(reading))
    case .topUp(let topUp): card.record(.topUp(topUp))
    case .plan: card.record(event)
    }
  }

  @Test("an expiry set without --on is dated today, on the expiry if past, never before the last")
  func settingDate() throws {
    var card = Card(name: "c", number: "1", added: try TestValues.date("2026-03-01"))
    let today = try TestValues.date("2026-03-10")
    #expect(card.settingDate(for: try TestValues.date("2026-06-30"), today: today) == today)
    #expect(
      card.settingDate(for: try TestValues.date("2026-03-08"), today: today)
        == (try TestValues.date("2026-03-08")))
    card.setExpiry(try TestValues.date("2026-06-30"), on: today)
    #expect(card.settingDate(for: try TestValues.date("2026-03-08"), today: today) == today)
    #expect(card.settingDate(for: nil, today: today) == today)
  }
}

/// Reading in a hurry: `status`, `check` and `list` take each card's clock as written.
@Suite struct SummaryReadTests {
  static let document = #"""
    {"version": 2, "cards": [
      {"id": "aaaaaaaa", "name": "a", "number": "1", "added": "2026-01-01",
       "clock": {"expires": "2026-03-31", "anchorDay": 31, "lastActivity": "2026-02-10"},
       "history": [
         {"id": "bbbbbbbb", "type": "expiry", "date": "2026-01-01", "expires": "2026-01-31"},
         {"id": "cccccccc", "type": "renewal", "date": "2026-01-25", "for": "1m"},
         {"id": "dddddddd", "type": "renewal", "date": "2026-02-10", "for": "1m"}]},
      {"id": "eeeeeeee", "name": "b", "number": "2", "added": "2026-01-01",
       "history": [{"id": "ffffffff", "type": "activity", "date": "2026-02-01"}]}]}
    """#

  @Test("a summary read gives the clocks a full read replays, and a card without one is replayed")
  func sameClocks() throws {
    let bytes = Array(Self.document.utf8)
    let full = try Document.decode(bytes)
    let summary = try Document.decode(bytes, depth: .summary)
    #expect(summary.cards.map(\.clock) == full.cards.map(\.clock))
    #expect(summary.cards.map(\.id) == full.cards.map(\.id))
    #expect(full.cards[0].expiry == (try TestValues.date("2026-03-31")))
    #expect(full.cards[1].lastActivity == (try TestValues.date("2026-02-01")))
  }

  @Test("a card without its clock is read again alone, not the whole file with it")
  func cardWithoutClockAlone() throws {
    // Card a's history holds an entry renew cannot accept; only a full read of a sees it.
    let text = Self.document.replacingOccurrences(
      of: #""type": "renewal", "date": "2026-01-25""#,
      with: #""type": "bogus", "date": "2026-01-25""#)
    #expect(text != Self.document)
    let bytes = Array(text.utf8)
    #expect(throws: DataError.self) { try Document.decode(bytes) }
    let summary = try Document.decode(bytes, depth: .summary)
    #expect(summary.cards[0].expiry == (try TestValues.date("2026-03-31")))
    #expect(summary.cards[1].lastActivity == (try TestValues.date("2026-02-01")))
    #expect(summary.cards[1].history.map(\.id) == ["ffffffff"])
  }

  @Test("a summary read still refuses a broken string or bracket in a history it skips")
  func brokenHistory() throws {
    for broken in [
      Self.document.replacingOccurrences(of: #""for": "1m"}]},"#, with: #""for": "1m"}},"#),
      Self.document.replacingOccurrences(of: #""type": "renewal""#, with: "\"type\": \"re\u{01}\""),
    ] {
      #expect(throws: JSONError.self) { try Document.decode(Array(broken.utf8), depth: .summary) }
    }
  }
}

/// A change reads cards in a hurry and copies back the ones it does not touch.
@Suite struct CopiedCardTests {
  @Test("a field changed on a card read in a hurry keeps its history; other cards keep their bytes")
  func fieldChangeKeepsHistory() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    try store.update { document in
      for name in ["a", "b"] {
        var card = Card(name: name, number: "1", added: try TestValues.date("2026-01-01"))
        card.apply(.set(.period, .period(.months(1))))
        card.setExpiry(try TestValues.date("2026-01-31"), on: card.added)
        try card.renew(Renewal(date: TestValues.date("2026-01-20")), for: nil)
        card.touch(Activity(date: try TestValues.date("2026-01-21"), note: "call"))
        document.cards.append(card)
      }
    }
    let before = try store.read()
    let text = { String(decoding: TemporaryFolder.bytes(at: store.path) ?? [], as: UTF8.self) }
    let cardB = { (whole: String) in
      String(whole[(whole.range(of: "\"name\" : \"b\"")?.lowerBound ?? whole.endIndex)...])
    }
    let bBefore = cardB(text())
    // Retiring a reads it in a hurry, changes a field and must not lose its history.
    try store.update { document in document.cards[0].isRetired = true }
    let after = try store.read()
    #expect(after.cards[0].isRetired)
    #expect(after.cards[0].history == before.cards[0].history)
    #expect(after.cards[0].clock == before.cards[0].clock)
    #expect(after.cards[1] == before.cards[1])
    #expect(cardB(text()) == bBefore)
    // An entry recorded on a card read in a hurry without loading it is merged.
    try store.update { document in
      document.cards[1].touch(Activity(date: try TestValues.date("2026-02-01")))
    }
    let merged = try store.read().cards[1]
    #expect(merged.history.count == 4)
    #expect(merged.expiry == before.cards[1].expiry)
    #expect(merged.lastActivity == (try TestValues.date("2026-02-01")))
  }
}
