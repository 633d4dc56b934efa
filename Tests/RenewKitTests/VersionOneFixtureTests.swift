import Foundation
import RenewKit
import Testing

/// The promise that files written by version 1 keep working: `Fixtures/version1.json` is a
/// realistic data file, and these tests pin what renew reads from it.
@Suite struct VersionOneFixtureTests {
  /// The fixture's path, found beside this source file.
  static let fixturePath: String = {
    let source = #filePath
    let folder = source[..<(source.lastIndex(of: "/") ?? source.startIndex)]
    return "\(folder)/Fixtures/version1.json"
  }()

  /// The fixture's bytes.
  static func fixtureBytes() throws -> [UInt8] {
    try #require(TemporaryFolder.bytes(at: fixturePath), "cannot read \(fixturePath)")
  }

  private func fixture() throws -> Document {
    try Store.decode(Self.fixtureBytes(), path: Self.fixturePath)
  }

  private func card(_ name: String, in document: Document) throws -> Card {
    try document.cards[#require(document.index(named: name), "no card \(name)")]
  }

  @Test("the version 1 file is read with every card, in order, and its last change")
  func cardsAndLastChange() throws {
    let document = try fixture()
    #expect(document.cards.map(\.name) == ["Smart PH", "中国移动", "US Mobile", "Proximus BE"])
    #expect(document.lastChange == "log US Mobile 2026-11-15")
  }

  @Test("a yearly card keeps its February 29 anchor and plan from the file")
  func yearlyCard() throws {
    var smart = try card("smart ph", in: fixture())
    #expect(smart.expiry == (try TestValues.date("2027-02-28")))
    #expect(smart.anchorDay == 29)
    #expect(smart.plan.period == .years(1))
    #expect(smart.plan.price == (try TestValues.money("300 PHP")))
    #expect(smart.grace == .days(60))
    #expect(smart.kind == .sim)
    #expect(smart.country == "PH")
    #expect(smart.methods == [.app, .store])
    #expect(smart.tags == ["travel", "bank"])
    #expect(!smart.renewsAutomatically)
    try smart.renew(Renewal(date: TestValues.date("2027-02-01")), for: nil)
    #expect(smart.expiry == (try TestValues.date("2028-02-29")))
  }

  @Test("renewals in the history keep their amounts, methods, receipts and expiries")
  func history() throws {
    let smart = try card("Smart PH", in: fixture())
    let renewals = smart.history.compactMap { entry -> Renewal? in
      if case .renewal(let renewal) = entry.event { return renewal }
      return nil
    }
    #expect(renewals.count == 3)
    #expect(renewals.map { $0.amount?.description } == ["300.00 PHP", "300.00 PHP", "299.50 PHP"])
    #expect(renewals.map { $0.method } == [.app, .store, .app])
    #expect(renewals[1].receipt == "SM-20250227-0042")
    #expect(renewals[1].via == "SM Megamall")
    #expect(renewals[1].expiresBefore == (try TestValues.date("2025-02-28")))
    #expect(renewals[1].expiresAfter == (try TestValues.date("2026-02-28")))
    #expect(
      smart.history.last { $0.event.type == .activity }?.event
        == .activity(Activity(date: try TestValues.date("2026-05-01"), note: "SMS to mum")))
  }

  @Test("a keep-alive card written in Chinese counts its window from its last renewal")
  func keepAliveCard() throws {
    let mobile = try card("中国移动", in: fixture())
    #expect(mobile.note == "保号套餐 8元/月")
    #expect(mobile.how == "send 101 to 10086")
    #expect(mobile.methods == [.sms, .thirdParty])
    #expect(mobile.expiry == nil && mobile.anchorDay == nil)
    #expect(!mobile.renewsAutomatically)
    #expect(mobile.history.first?.event.note == "打电话给妈妈")
    let status = mobile.status(on: try TestValues.date("2026-12-01"))
    #expect(status.due == (try TestValues.date("2026-12-30")))
    #expect(status.daysLeft == 29)
    #expect(status.state == .ok)
  }

  @Test("an auto-renewing card without an anchor day takes its expiry's day")
  func autoRenewCard() throws {
    let usMobile = try card("us mobile", in: fixture())
    #expect(usMobile.renewsAutomatically)
    #expect(usMobile.payVia == "Visa 4242")
    #expect(usMobile.kind == .esim)
    #expect(usMobile.leadDays == [10])
    #expect(usMobile.anchorDay == 15)
    #expect(usMobile.status(on: try TestValues.date("2026-12-05")).state == .soon)
    #expect(usMobile.status(on: try TestValues.date("2026-12-04")).state == .ok)
  }

  @Test("a retired card is read as retired, with an empty plan, and its expiry as an entry")
  func retiredCard() throws {
    let proximus = try card("Proximus BE", in: fixture())
    #expect(proximus.isRetired)
    #expect(proximus.plan.isEmpty)
    // Its expiry, kept on the card in format 1, is an entry now, dated the day it was added.
    #expect(proximus.history.map(\.event.type) == [.expiry])
    #expect(proximus.expiry == (try TestValues.date("2025-06-30")))
    #expect(proximus.keepAlive == nil && proximus.grace == nil && proximus.leadDays.isEmpty)
  }

  @Test("writing the file and reading it back gives the same document")
  func roundTrip() throws {
    let store = Store(path: "/nonexistent/renew.json")
    let document = try fixture()
    let encoded = try store.encode(document)
    #expect(try Store.decode(encoded, path: store.path) == document)
    #expect(try store.encode(Store.decode(encoded, path: store.path)) == encoded)
  }

  @Test("the written form is pretty-printed with sorted keys and a final newline")
  func writtenForm() throws {
    let text = String(decoding: try Store(path: "renew.json").encode(fixture()), as: UTF8.self)
    #expect(text.hasPrefix("{\n  \"cards\" : [\n"))
    #expect(
      text.hasSuffix("  \"lastChange\" : \"log US Mobile 2026-11-15\",\n  \"version\" : 2\n}\n"))
    #expect(text.contains("\"name\" : \"中国移动\""))
    #expect(text.contains("\"amount\" : \"299.50\",\n          \"currency\" : \"PHP\""))
  }
}

/// The upgrade to format 2: a version 1 file is read, written as version 2 on its
/// next change, and every card's due date is what it was.
@Suite struct VersionOneUpgradeTests {
  /// Each card's due date in the version 1 file, worked out by hand from its stored
  /// expiry, or its last history entry plus its keep-alive window.
  static let dues: [String: String] = [
    "Smart PH": "2027-02-28", "中国移动": "2026-12-30", "US Mobile": "2026-12-15",
    "Proximus BE": "2025-06-30",
  ]

  @Test("a version 1 file is upgraded on its next write, every due date and cycle day kept")
  func upgrade() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    try TemporaryFolder.write(VersionOneFixtureTests.fixtureBytes(), to: store.path)
    let read = try store.read()
    for card in read.cards {
      #expect(card.due == (try TestValues.date(#require(Self.dues[card.name]))), "\(card.name)")
    }
    try store.update { document in document.cards[1].note = "upgraded" }
    let text = String(decoding: try #require(TemporaryFolder.bytes(at: store.path)), as: UTF8.self)
    let upgraded = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    #expect(upgraded?["version"] as? Int == 2)
    let written = try store.read()
    for card in written.cards {
      #expect(card.due == (try TestValues.date(#require(Self.dues[card.name]))), "\(card.name)")
      #expect(Identifier.isWellFormed(card.id))
      #expect(card.history.allSatisfy { Identifier.isWellFormed($0.id) })
    }
    // The ids the upgrade gave are the ones a read of the old file showed.
    #expect(written.cards.map(\.id) == read.cards.map(\.id))
    #expect(written.cards[0].anchorDay == 29)
    var smart = written.cards[0]
    try smart.renew(Renewal(date: TestValues.date("2027-02-01")), for: nil)
    #expect(smart.expiry == (try TestValues.date("2028-02-29")))
  }

  @Test("an id given twice in a file is refused, naming the card and field")
  func repeatedID() throws {
    let text = #"""
      {"version": 2, "cards": [
        {"id": "aaaaaaaa", "name": "a", "number": "1", "added": "2026-01-01"},
        {"id": "bbbbbbbb", "name": "b", "number": "2", "added": "2026-01-01",
         "history": [{"id": "aaaaaaaa", "type": "activity", "date": "2026-01-02"}]}]}
      """#
    #expect(
      Refusal.of { try Store.decode(Array(text.utf8), path: "p") }
        == .data(card: "b", field: "history[0].id", .repeatedID("aaaaaaaa")))
  }
}
