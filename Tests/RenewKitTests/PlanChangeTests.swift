import Foundation
import TestSupport
import Testing

@testable import RenewKit

/// A change of the plan paid from the balance is a dated fact of the ledger: the
/// charges up to its day keep the plan it ended, and nothing projected is stored.
@Suite struct PlanChangeTests {
  /// The plan changes to `price` (and `period`, when given) on `day`, as `edit` does.
  static func change(
    _ card: inout Card, price: String, period: Period? = nil, on day: String
  ) throws {
    var changes: [CardChange] = [.set(.price, .money(try #require(Money(price))))]
    if let period { changes.append(.set(.period, .period(period))) }
    try card.apply(changes, on: try TestValues.date(day))
  }

  /// The plan changes recorded in `card`'s history.
  static func planChanges(of card: Card) -> [PlanChange] {
    card.history.compactMap { entry in
      if case .plan(let change) = entry.event { return change }
      return nil
    }
  }

  @Test("a new price applies to the charges after its day, and stores one plan change")
  func repriced() throws {
    var card = try BalanceTests.chinaMobile()
    // Jan 1, Feb 1 and Mar 1 were charged 8 CNY: 26.00 left on Mar 5. Then 10 CNY
    // on Apr 1 and May 1 leave 6.00, which does not cover Jun 1's charge.
    try Self.change(&card, price: "10 CNY", on: "2027-03-05")
    let outlook = try #require(card.balanceOutlook(on: try TestValues.date("2027-05-15")))
    #expect(outlook.expiry == (try TestValues.date("2027-05-31")))
    #expect(outlook.balance.description == "6.00 CNY")
    #expect(card.due == (try TestValues.date("2027-05-31")))
    let changes = Self.planChanges(of: card)
    #expect(changes.count == 1)
    #expect(changes.first?.date == (try TestValues.date("2027-03-05")))
    #expect(changes.first?.previous?.price.description == "8.00 CNY")
    #expect(changes.first?.previous?.period == .months(1))
    // Nothing else was recorded: no projected expiry, no projected balance.
    #expect(card.history.count == 3)
  }

  @Test("a card whose charge was refused stays overdue when its price falls")
  func refusalKept() throws {
    var card = try BalanceTests.chinaMobile()
    // 2.00 CNY did not cover Jul 1's 8 CNY: overdue since Jun 30.
    try Self.change(&card, price: "2 CNY", on: "2027-08-10")
    #expect(card.clock.isChargeRefused)
    #expect(card.due == (try TestValues.date("2027-06-30")))
    let outlook = try #require(card.balanceOutlook(on: try TestValues.date("2027-09-15")))
    #expect(outlook.expiry == (try TestValues.date("2027-06-30")))
    #expect(outlook.balance.description == "2.00 CNY")
    // A renewal revives it, and the new price is charged from then on.
    try card.renew(Renewal(date: TestValues.date("2027-08-12")), for: .period(.months(1)))
    #expect(card.expiry == (try TestValues.date("2027-09-12")))
    #expect(card.due == (try TestValues.date("2027-10-12")))
  }

  @Test("a new period applies to the charges after its day")
  func newPeriod() throws {
    var card = try BalanceTests.chinaMobile()
    // Jan 1 and Feb 1 at a month each (Feb 28, 34.00 left); then 30 days for 8 CNY.
    try Self.change(&card, price: "8 CNY", period: .days(30), on: "2027-02-10")
    let outlook = try #require(card.balanceOutlook(on: try TestValues.date("2027-03-15")))
    #expect(outlook.expiry == (try TestValues.date("2027-03-30")))
    #expect(outlook.balance.description == "26.00 CNY")
  }

  @Test("ending the plan keeps the charges made up to that day, and makes no more")
  func ended() throws {
    var card = try BalanceTests.chinaMobile()
    try card.apply([.set(.fromBalance, nil)], on: try TestValues.date("2027-02-15"))
    #expect(card.chargedPlan == nil)
    #expect(card.expiry == (try TestValues.date("2027-02-28")))
    #expect(card.clock.balance?.description == "34.00 CNY")
    #expect(card.due == (try TestValues.date("2027-02-28")))
    #expect(Self.planChanges(of: card).first?.previous?.price.description == "8.00 CNY")
  }

  @Test("a plan that starts being paid from the balance records nothing")
  func started() throws {
    var card = try BalanceTests.chinaMobile()
    card.isPaidFromBalance = false
    card.replay()
    try card.apply([.set(.fromBalance, .flag(true))], on: try TestValues.date("2027-02-15"))
    #expect(Self.planChanges(of: card).isEmpty)
    #expect(
      card.expiry(on: try TestValues.date("2027-02-15")) == (try TestValues.date("2027-02-28")))
  }

  @Test("started again after it ended, the plan charges nothing for the days it was off")
  func startedAgain() throws {
    var card = try BalanceTests.chinaMobile()
    try card.apply([.set(.fromBalance, nil)], on: try TestValues.date("2027-02-15"))
    try card.apply([.set(.fromBalance, .flag(true))], on: try TestValues.date("2027-04-15"))
    let changes = Self.planChanges(of: card)
    #expect(changes.map(\.previous?.price.description) == ["8.00 CNY", nil])
    // Feb 28 passed while the plan was off: the number lapsed, and Mar 1 and Apr 1
    // are not charged after the fact.
    #expect(card.clock.isChargeRefused)
    #expect(card.due == (try TestValues.date("2027-02-28")))
    #expect(card.balance(on: try TestValues.date("2027-04-15"))?.description == "34.00 CNY")
    // Started again before the expiry passed, the plan goes on charging.
    var early = try BalanceTests.chinaMobile()
    try early.apply([.set(.fromBalance, nil)], on: try TestValues.date("2027-02-10"))
    try early.apply([.set(.fromBalance, .flag(true))], on: try TestValues.date("2027-02-20"))
    #expect(!early.clock.isChargeRefused)
    #expect(early.due == (try TestValues.date("2027-06-30")))
  }

  @Test(
    "started again on the expiry day the plan goes on; the day after, the expiry has lapsed",
    arguments: [("2027-02-28", "2027-06-30"), ("2027-03-01", "2027-02-28")])
  func startedAgainAtTheExpiry(on day: String, due: String) throws {
    var card = try BalanceTests.chinaMobile()
    try card.apply([.set(.fromBalance, nil)], on: try TestValues.date("2027-02-15"))
    try card.apply([.set(.fromBalance, .flag(true))], on: try TestValues.date(day))
    #expect(card.due == (try TestValues.date(due)))
  }

  @Test("a change made on a charge day keeps the old plan for that day's charge")
  func changeOnChargeDay() throws {
    var card = try BalanceTests.chinaMobile()
    // Mar 1's charge is still 8: 26.00 left; then 10 a month: Apr 1 and May 1.
    try Self.change(&card, price: "10 CNY", on: "2027-03-01")
    #expect(card.balance(on: try TestValues.date("2027-03-01"))?.description == "26.00 CNY")
    #expect(card.due == (try TestValues.date("2027-05-31")))
  }

  @Test("changes in a row each keep their own plan, and removing one replays the others")
  func several() throws {
    var card = try BalanceTests.chinaMobile()
    try Self.change(&card, price: "10 CNY", on: "2027-01-15")
    try Self.change(&card, price: "4 CNY", on: "2027-02-15")
    // Jan 1 at 8 (42.00), Feb 1 at 10 (32.00), then 4 a month: eight more months.
    #expect(card.due == (try TestValues.date("2027-10-31")))
    let first = try #require(card.history.firstIndex { $0.event.type == .plan })
    _ = card.removeEntry(at: first)
    // Without the first change, the plan the second ended (10 CNY) made the charges
    // before it: Jan 1 and Feb 1 leave 30.00, which pays 4 a month to Sep 30.
    #expect(card.due == (try TestValues.date("2027-09-30")))
    let last = try #require(card.history.lastIndex { $0.event.type == .plan })
    _ = card.removeEntry(at: last)
    // Without either, 50.00 pays 4 a month from Jan 1: twelve months.
    #expect(card.due == (try TestValues.date("2027-12-31")))
  }

  @Test("a plan change dated before the last one is refused, and the card left as it was")
  func outOfOrder() throws {
    var card = try BalanceTests.chinaMobile()
    try Self.change(&card, price: "10 CNY", on: "2027-04-01")
    let before = card
    let later = try #require(card.history.last { $0.event.type == .plan })
    #expect(throws: PlanChangeOrderError(date: try TestValues.date("2027-02-01"), later: later)) {
      try Self.change(&card, price: "4 CNY", on: "2027-02-01")
    }
    #expect(card == before)
    // The same day chains in the order recorded; a change that leaves the plan
    // alone may be dated anywhere.
    try Self.change(&card, price: "4 CNY", on: "2027-04-01")
    try card.apply([.set(.note, .text("kept"))], on: try TestValues.date("2027-02-01"))
    #expect(Self.planChanges(of: card).map(\.previous?.price) == [Money("8 CNY"), Money("10 CNY")])
  }

  @Test("a plan change is written with its price and period, and read back")
  func roundTrip() throws {
    var card = try BalanceTests.chinaMobile()
    try Self.change(&card, price: "10 CNY", on: "2027-03-05")
    try card.apply([.set(.fromBalance, nil)], on: try TestValues.date("2027-03-10"))
    try card.apply([.set(.fromBalance, .flag(true))], on: try TestValues.date("2027-03-20"))
    var document = Document(cards: [card])
    document.assignMissingIDs()
    let read = try Document.decode(try document.encoded())
    #expect(read.cards.first?.history.map(\.event) == card.history.map(\.event))
    #expect(read.cards.first?.due == card.due)
    // The entries as the file holds them, by key and value.
    let object = try JSONSerialization.jsonObject(with: Data(try document.encoded()))
    let cards = try #require((object as? [String: Any])?["cards"] as? [[String: Any]])
    let history = try #require(cards.first?["history"] as? [[String: Any]])
    let changes = history.filter { $0["type"] as? String == "plan-change" }
    #expect(changes.count == 3)
    #expect(changes.first?["amount"] as? String == "8.00")
    #expect(changes.first?["currency"] as? String == "CNY")
    #expect(changes.first?["for"] as? String == "1m")
    #expect(changes.first?["date"] as? String == "2027-03-05")
    // The plan started again had none: none of the three keys.
    #expect(changes.last.map { Set($0.keys) } == ["date", "id", "type"])
    #expect(
      Self.planChanges(of: try #require(read.cards.first)).map(\.previous) == [
        ChargedPlan(period: .months(1), price: try #require(Money("8 CNY"))),
        ChargedPlan(period: .months(1), price: try #require(Money("10 CNY"))), nil,
      ])
  }

  /// The `version` a document is written with.
  static func writtenVersion(of document: Document) throws -> Int? {
    let object = try JSONSerialization.jsonObject(with: Data(try document.encoded()))
    return (object as? [String: Any])?["version"] as? Int
  }

  @Test("a file is written as format 3 once a card has a plan change, and never lowered")
  func formatThree() throws {
    var card = try BalanceTests.chinaMobile()
    var document = Document(cards: [card])
    document.assignMissingIDs()
    #expect(try Self.writtenVersion(of: document) == 2)

    try Self.change(&card, price: "10 CNY", on: "2027-03-05")
    document.cards = [card]
    document.assignMissingIDs()
    #expect(try Self.writtenVersion(of: document) == 3)

    // Read in a hurry, the history is not at hand: the card's bytes say it.
    let hurried = try Document.decode(try document.encoded(), depth: .summary)
    #expect(hurried.cards.first?.history.isEmpty == true)
    #expect(try Self.writtenVersion(of: hurried) == 3)
    // Without its last plan change, the file is format 2 again.
    var read = try Document.decode(try document.encoded())
    read.cards[0].history.removeAll { $0.event.type == .plan }
    #expect(try Self.writtenVersion(of: read) == 2)
  }

  @Test("a format 2 file with plan changes, as an older renew wrote it, is written back as 3")
  func formatTwoWithPlanChanges() throws {
    var card = try BalanceTests.chinaMobile()
    try Self.change(&card, price: "10 CNY", on: "2027-03-05")
    var document = Document(cards: [card])
    document.assignMissingIDs()
    let text = String(decoding: try document.encoded(), as: UTF8.self)
    let older = Array(text.replacing("\"version\" : 3", with: "\"version\" : 2").utf8)
    #expect(older != Array(text.utf8))
    // Read in a hurry, the card is copied as it is: its bytes say what it holds.
    let read = try Document.decode(older, depth: .summary)
    #expect(read.cards.first?.history.isEmpty == true)
    #expect(try Self.writtenVersion(of: read) == 3)
    // Without the entry, format 2 stays.
    var plain = try BalanceTests.chinaMobile()
    plain.note = "a note on plan-change, and \"plan-change\" quoted"
    var other = Document(cards: [plain])
    other.assignMissingIDs()
    #expect(try Self.writtenVersion(of: Document.decode(try other.encoded(), depth: .summary)) == 2)
  }

  @Test(
    "a word is found at any place, and only whole",
    arguments: [
      ("\"plan-change\"", true), ("x\"plan-change\"", true), ("ab\"plan-change\"cd", true),
      ("\"plan-chang\"", false), ("plan-change\"", false), ("gggg\"plan-change", false),
      ("", false),
      ("g", false), ("\"plan-change \"plan-change\"", true),
    ])
  func wordSearch(text: String, found: Bool) {
    let word = Array("\"plan-change\"".utf8)
    let bytes = Array(text.utf8)
    #expect(
      bytes.withUnsafeBufferPointer { JSONWordScan.contains(word, pivot: 10, in: $0) } == found)
    // Past whole words too: the same text after 17 bytes without the pivot.
    let shifted = Array(repeating: UInt8(ascii: "x"), count: 17) + bytes
    #expect(
      shifted.withUnsafeBufferPointer { JSONWordScan.contains(word, pivot: 10, in: $0) } == found)
  }
}
