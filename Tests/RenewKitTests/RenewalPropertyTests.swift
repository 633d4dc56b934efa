import RenewKit
import TestSupport
import Testing

/// Invariants of renewing, over a few thousand seeded random cards and renewals.
@Suite struct RenewalPropertyTests {
  private func randomPeriod(_ random: inout SplitMix64) -> Period {
    let count = Int.random(in: 1...36, using: &random)
    switch Int.random(in: 0...3, using: &random) {
    case 0: return .days(count * 10)
    case 1: return .weeks(count)
    case 2: return .months(count)
    default: return .years(Int.random(in: 1...3, using: &random))
    }
  }

  private func date(_ parts: CalendarDateParts) throws -> CalendarDate {
    try #require(CalendarDate(year: parts.year, month: parts.month, day: parts.day))
  }

  @Test("renewing never moves the expiry earlier, nor before the renewal date")
  func neverEarlier() throws {
    var random = SplitMix64(seed: 0x5EED_0101)
    for _ in 0..<4000 {
      var card = Card(name: "Smart PH", number: "+63 917 123 4567", added: .first)
      let hasExpiry = Int.random(in: 0...4, using: &random) > 0
      if hasExpiry { card.setExpiry(try date(random.date(years: 2000...2100)), on: .first) }
      for _ in 0..<Int.random(in: 0...3, using: &random) {
        guard let expiry = card.expiry else { break }
        try card.renew(Renewal(date: expiry), for: .period(randomPeriod(&random)))
      }
      let before = card.expiry
      let renewalDate = try date(random.date(years: 2000...2100))
      let period = randomPeriod(&random)
      try card.renew(Renewal(date: renewalDate), for: .period(period))
      let after = try #require(card.expiry)
      let start = before.map { max($0, renewalDate) } ?? renewalDate
      try #require(
        after > start,
        "\(String(describing: before)) renewed \(renewalDate) for \(period) gave \(after)")
    }
  }

  @Test("stacking n monthly renewals equals adding n months on the card's anchor")
  func stackingEqualsAdding() throws {
    var random = SplitMix64(seed: 0x5EED_0102)
    for _ in 0..<2000 {
      let start = try date(random.date(years: 2000...2100))
      var card = Card(name: "US Mobile", number: "+1 415 555 0123", added: .first)
      card.setExpiry(start, on: .first)
      let count = Int.random(in: 1...30, using: &random)
      for _ in 0..<count {
        let expiry = try #require(card.expiry)
        let early = try #require(expiry.adding(days: -Int.random(in: 0...27, using: &random)))
        try card.renew(Renewal(date: early), for: .period(.months(1)))
      }
      try #require(card.expiry == start.adding(months: count, anchorDay: start.day))
      try #require(card.anchorDay == start.day)
    }
  }

  @Test("stacking yearly renewals on a leap day comes back to February 29 every leap year")
  func stackingYears() throws {
    var random = SplitMix64(seed: 0x5EED_0103)
    for _ in 0..<500 {
      let leapYear = Int.random(in: 500...2400, using: &random) * 4
      guard let start = CalendarDate(year: leapYear, month: 2, day: 29) else { continue }
      var card = Card(name: "Smart PH", number: "+63 917 123 4567", added: .first)
      card.setExpiry(start, on: .first)
      let years = Int.random(in: 1...12, using: &random)
      for _ in 0..<years {
        try card.renew(Renewal(date: #require(card.expiry)), for: .period(.years(1)))
      }
      let expiry = try #require(card.expiry)
      try #require(expiry.year == leapYear + years && expiry.month == 2)
      try #require(expiry.day == (CalendarDate.isLeapYear(expiry.year) ? 29 : 28))
    }
  }
}
