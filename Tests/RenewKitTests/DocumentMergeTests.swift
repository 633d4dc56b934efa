import Testing

@testable import RenewKit

/// The three-way merge `renew merge` does for git: card by card, entry by entry, by id.
@Suite struct DocumentMergeTests {
  /// A monthly card with an id and its expiry set outright.
  func card(_ name: String, id: String, expires: String = "2026-12-31") throws -> Card {
    var card = Card(name: name, number: "1", added: try TestValues.date("2026-01-01"))
    card.id = id
    card.apply(.set(.period, .period(.months(1))))
    card.setExpiry(try TestValues.date(expires), on: card.added)
    card.history[card.history.count - 1].id = "\(id)-x"
    return card
  }

  /// `card` renewed on `date`, the new entry given `id`.
  func renewed(_ card: Card, on date: String, id: String) throws -> Card {
    var card = card
    try card.renew(Renewal(date: TestValues.date(date)), for: nil)
    card.history[card.history.count - 1].id = id
    return card
  }

  @Test("renewals logged on both sides are both kept and replayed together")
  func renewalsOnBothSides() throws {
    let base = try card("m", id: "c1")
    let ours = try renewed(base, on: "2026-12-20", id: "e1")
    let theirs = try renewed(base, on: "2026-12-25", id: "e2")
    let merge = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [ours]),
      theirs: Document(cards: [theirs]))
    #expect(merge.conflicts.isEmpty)
    let merged = try #require(merge.merged.cards.first)
    #expect(merged.history.map(\.id) == ["c1-x", "e1", "e2"])
    // Two months on 2026-12-31.
    #expect(merged.expiry == (try TestValues.date("2027-02-28")))
  }

  @Test("the same entry on both sides is kept once; an entry removed on one side stays removed")
  func entriesByID() throws {
    let base = try renewed(try card("m", id: "c1"), on: "2026-12-20", id: "e1")
    var ours = try renewed(base, on: "2026-12-21", id: "e2")
    var theirs = base
    theirs.history.append(ours.history[2])
    theirs.replay()
    // Ours unlogs e1.
    ours.history.remove(at: 1)
    ours.replay()
    let merge = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [ours]),
      theirs: Document(cards: [theirs]))
    #expect(merge.conflicts.isEmpty)
    #expect(merge.merged.cards.first?.history.map(\.id) == ["c1-x", "e2"])
  }

  @Test("an entry removed on their side stays removed, and theirs is replayed without it")
  func removedOnTheirSide() throws {
    let base = try renewed(try card("m", id: "c1"), on: "2026-12-20", id: "e1")
    var theirs = base
    theirs.history.remove(at: 1)
    theirs.replay()
    let merge = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [base]),
      theirs: Document(cards: [theirs]))
    #expect(merge.conflicts.isEmpty)
    #expect(merge.merged.cards.first?.history.map(\.id) == ["c1-x"])
    #expect(merge.merged.cards.first?.expiry == (try TestValues.date("2026-12-31")))
  }

  @Test("a card renamed differently on both sides keeps our name, as a conflict")
  func renamedOnBothSides() throws {
    let base = try card("m", id: "c1")
    var ours = base
    ours.name = "ours"
    var theirs = base
    theirs.name = "theirs"
    let merge = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [ours]),
      theirs: Document(cards: [theirs]))
    #expect(merge.conflicts.map(\.what) == [.name])
    #expect(merge.merged.cards.map(\.name) == ["ours"])
  }

  @Test("different fields edited on each side are both taken")
  func differentFields() throws {
    let base = try card("m", id: "c1")
    var ours = base
    ours.apply(.set(.note, .text("ours")))
    var theirs = base
    theirs.apply(.set(.carrier, .text("Smart")))
    theirs.name = "Smart PH"
    let merge = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [ours]),
      theirs: Document(cards: [theirs]))
    #expect(merge.conflicts.isEmpty)
    let merged = try #require(merge.merged.cards.first)
    #expect(merged.note == "ours" && merged.carrier == "Smart" && merged.name == "Smart PH")
  }

  @Test("the same field changed differently on both sides is a conflict that keeps ours")
  func sameField() throws {
    let base = try card("m", id: "c1")
    var ours = base
    ours.apply(.set(.note, .text("ours")))
    var theirs = base
    theirs.apply(.set(.note, .text("theirs")))
    let merge = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [ours]),
      theirs: Document(cards: [theirs]))
    #expect(merge.conflicts == [MergeConflict(card: ours, .field(.note))])
    #expect(merge.merged.cards.first?.note == "ours")
  }

  @Test("a card removed on one side and renewed on the other is kept, as a conflict")
  func removedAndChanged() throws {
    let base = try card("m", id: "c1")
    let renewed = try renewed(base, on: "2026-12-20", id: "e1")
    let theirSide = DocumentMerge(
      base: Document(cards: [base]), ours: Document(), theirs: Document(cards: [renewed]))
    #expect(theirSide.merged.cards == [renewed])
    #expect(theirSide.conflicts.map(\.what) == [.removedByUs])
    let ourSide = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [renewed]), theirs: Document())
    #expect(ourSide.merged.cards == [renewed])
    #expect(ourSide.conflicts.map(\.what) == [.removedByThem])
    // Removed on one side and untouched on the other: removed.
    let clean = DocumentMerge(
      base: Document(cards: [base]), ours: Document(), theirs: Document(cards: [base]))
    #expect(clean.merged.cards.isEmpty && clean.conflicts.isEmpty)
  }

  @Test("cards added on both sides are kept; two with one name are told apart, as a conflict")
  func addedOnBothSides() throws {
    let ours = try card("Smart", id: "c1")
    let theirs = try card("smart", id: "c2")
    let other = try card("giffgaff", id: "c3")
    let merge = DocumentMerge(
      base: Document(), ours: Document(cards: [ours]), theirs: Document(cards: [theirs, other]))
    #expect(merge.merged.cards.map(\.name) == ["Smart", "smart (2)", "giffgaff"])
    #expect(merge.conflicts.map(\.what) == [.sameName("smart")])
    #expect(throws: Never.self) { try merge.merged.validate() }
  }

  @Test(
    "an expiry set outright on both sides on one day to different dates keeps ours, as a conflict")
  func rivalExpirySettings() throws {
    let base = try card("m", id: "c1")
    var ours = base
    ours.setExpiry(try TestValues.date("2027-01-10"), on: try TestValues.date("2026-12-01"))
    ours.history[ours.history.count - 1].id = "e1"
    var theirs = base
    theirs.setExpiry(try TestValues.date("2027-02-10"), on: try TestValues.date("2026-12-01"))
    theirs.history[theirs.history.count - 1].id = "e2"
    let merge = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [ours]),
      theirs: Document(cards: [theirs]))
    #expect(merge.conflicts.map(\.what) == [.expiry])
    #expect(merge.merged.cards.first?.expiry == (try TestValues.date("2027-01-10")))
    #expect(merge.merged.cards.first?.history.map(\.id) == ["c1-x", "e1"])
    // The same date set on both sides is no conflict.
    var same = base
    same.setExpiry(try TestValues.date("2027-01-10"), on: try TestValues.date("2026-12-01"))
    same.history[same.history.count - 1].id = "e3"
    let agreed = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [ours]), theirs: Document(cards: [same]))
    #expect(agreed.conflicts.isEmpty)
  }

  @Test("one renewal recorded on both devices counts once, as a conflict")
  func samePaymentOnBothSides() throws {
    let base = try card("m", id: "c1")
    let ours = try renewed(base, on: "2026-12-20", id: "e1")
    let theirs = try renewed(base, on: "2026-12-20", id: "e2")
    let merge = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [ours]),
      theirs: Document(cards: [theirs]))
    #expect(merge.conflicts.map(\.what) == [.samePayment(try TestValues.date("2026-12-20"))])
    #expect(merge.merged.cards.first?.history.map(\.id) == ["c1-x", "e1"])
    #expect(merge.merged.cards.first?.expiry == (try TestValues.date("2027-01-31")))
  }

  @Test("renewals on two days, or on one day for different terms or amounts, are two")
  func differentPaymentsStay() throws {
    let base = try card("m", id: "c1")
    var ours = base
    try ours.renew(Renewal(date: TestValues.date("2026-12-20")), for: .period(.months(1)))
    ours.history[ours.history.count - 1].id = "e1"
    var theirs = base
    try theirs.renew(Renewal(date: TestValues.date("2026-12-20")), for: .period(.months(3)))
    theirs.history[theirs.history.count - 1].id = "e2"
    let sameDay = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [ours]),
      theirs: Document(cards: [theirs]))
    #expect(sameDay.conflicts.isEmpty)
    #expect(sameDay.merged.cards.first?.history.map(\.id) == ["c1-x", "e1", "e2"])
    let otherDay = DocumentMerge(
      base: Document(cards: [base]),
      ours: Document(cards: [try renewed(base, on: "2026-12-20", id: "e1")]),
      theirs: Document(cards: [try renewed(base, on: "2026-12-21", id: "e2")]))
    #expect(otherDay.conflicts.isEmpty)
    #expect(otherDay.merged.cards.first?.history.count == 3)
    // One day, one term, two amounts: two payments.
    func paid(_ amount: String, id: String) throws -> Card {
      var card = base
      let money = try #require(Money(amount: amount, currency: "PHP"))
      try card.renew(Renewal(date: TestValues.date("2026-12-20"), amount: money), for: nil)
      card.history[card.history.count - 1].id = id
      return card
    }
    let otherAmount = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [try paid("100", id: "e1")]),
      theirs: Document(cards: [try paid("150", id: "e2")]))
    #expect(otherAmount.conflicts.isEmpty)
    #expect(otherAmount.merged.cards.first?.history.map(\.id) == ["c1-x", "e1", "e2"])
  }

  @Test("retiring or bringing back a card on one side is taken in the merge")
  func retired() throws {
    let base = try card("m", id: "c1")
    var theirs = base
    theirs.isRetired = true
    let merge = DocumentMerge(
      base: Document(cards: [base]), ours: Document(cards: [base]),
      theirs: Document(cards: [theirs]))
    #expect(merge.conflicts.isEmpty)
    #expect(merge.merged.cards.first?.isRetired == true)
    // Brought back on our side after both had it retired: ours is the change.
    var back = theirs
    back.isRetired = false
    let unretired = DocumentMerge(
      base: Document(cards: [theirs]), ours: Document(cards: [back]),
      theirs: Document(cards: [theirs]))
    #expect(unretired.merged.cards.first?.isRetired == false)
  }
}
