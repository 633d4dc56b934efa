import Foundation
import RenewKit
import TestSupport
import Testing

@testable import RenewCLI

/// Random cards built through renew's own commands, from a seeded generator: every
/// field, text that CSV must quote, and entries of every type.
struct RandomCards {
  var random: SplitMix64
  /// Each column's title, once some card gave it a value: the generator's reach.
  static let names = [
    "中国移动", "Smart, PH", "giff \"gaff\"", "Lebara", "沃达丰 eSIM", "a,b,\"c\"", "Globe", "x;y",
  ]
  static let texts = [
    "send \"101\" to 10086", "https://example.com/top-up?a=1,b=2", "店, 北京", "mum's", "a;b",
    "back\\slash", "  spaced  ", "🇵🇭 load",
  ]
  static let tags = ["bank", "2fa", "家人", "work, old", "a;b", "c\\;d", "e\\"]
  static let methods = ["online", "app", "phone", "store", "auto", "third-party", "kiosk", "sms"]
  static let currencies = ["CNY", "USD", "EUR", "PHP"]
  static let amounts = ["8", "30.5", "0.125", "300", "12.50"]
  static let first = CalendarDate(year: 2025, month: 1, day: 1) ?? .first

  init(seed: UInt64) {
    random = SplitMix64(seed: seed)
  }

  mutating func chance(_ percent: Int) -> Bool {
    Int.random(in: 0..<100, using: &random) < percent
  }

  mutating func day(from start: CalendarDate, through end: CalendarDate) -> CalendarDate {
    let span = max(start.days(until: end), 0)
    return start.adding(days: Int.random(in: 0...span, using: &random)) ?? start
  }

  mutating func some<T>(_ choices: [T], atMost count: Int) -> [T] {
    Array(choices.shuffled(using: &random).prefix(Int.random(in: 0...count, using: &random)))
  }

  /// The commands that make card number `index` (its name unique by that number).
  mutating func card(_ index: Int, today: CalendarDate) -> [[String]] {
    let name = "\(random.pick(Self.names)) \(index)"
    let added = day(from: Self.first, through: today.adding(days: -30) ?? today)
    let currency = random.pick(Self.currencies)
    var add = [
      "--today", added.description, "add", name, "--number",
      "+\(Int.random(in: 1...999, using: &random)) \(Int.random(in: 100...999, using: &random))",
    ]
    func option(_ name: String, _ value: String) { add += ["--\(name)", value] }
    if chance(50) { option("country", random.pick(["cn", "PH", "GB", "us", "BE"])) }
    if chance(50) {
      option("carrier", random.pick(["China Mobile", "Smart, Inc.", "3 \"Three\""]))
    }
    if chance(50) { option("kind", random.pick(["sim", "esim", "virtual", "eSIM"])) }
    // Month ends included: the CSV's cycle-day column keeps a cycle on the 31st.
    var expires: CalendarDate?
    if chance(60) {
      let date = day(from: added, through: today.adding(days: 120) ?? today)
      expires = date
      option("expires", date.description)
    }
    let period = chance(60) ? random.pick(["30d", "1m", "3m", "1y", "2w"]) : nil
    if let period { option("period", period) }
    let price = chance(60) ? "\(random.pick(Self.amounts)) \(currency)" : nil
    if let price { option("price", price) }
    if chance(40) { option("keep-alive", random.pick(["90d", "180d", "1y"])) }
    if chance(40) { option("grace", random.pick(["30d", "60d"])) }
    let remind = some([30, 14, 7, 1, 0], atMost: 3).sorted(by: >)
    if !remind.isEmpty { option("remind", remind.map(String.init).joined(separator: ",")) }
    for method in some(Self.methods, atMost: 3) { option("method", method) }
    if chance(40) { option("how", random.pick(Self.texts)) }
    let fromBalance = expires != nil && period != nil && price != nil && chance(50)
    if fromBalance {
      add.append("--from-balance")
      if chance(70) { option("balance", "\(random.pick(["0", "20", "99.99"])) \(currency)") }
    } else if chance(30) {
      add.append("--auto-renew")
    }
    if chance(40) { option("pay", random.pick(["PayPal", "Visa 4242", "支付宝", "a;b"])) }
    if chance(30) { option("min-top-up", "\(random.pick(["10", "5.5"])) \(currency)") }
    for tag in some(Self.tags, atMost: 2) { option("tag", tag) }
    if chance(50) { option("note", random.pick(Self.texts)) }
    var steps = [add]
    let at = ["--today", today.description]
    for _ in 0..<Int.random(in: 0...4, using: &random) {
      let on = ["--on", day(from: added, through: today).description]
      switch Int.random(in: 0..<6, using: &random) {
      case 0:
        var log = at + ["log", name] + on
        if period == nil || chance(30) {
          log += ["--for", random.pick(["30d", "1m", "2w"])]
        }
        if chance(50) { log += ["--amount", "\(random.pick(Self.amounts)) \(currency)"] }
        if chance(40) { log += ["--method", random.pick(Self.methods)] }
        if chance(40) { log += ["--via", random.pick(["GCash", "Alipay, app"])] }
        if chance(30) { log += ["--receipt", random.pick(["R-1", "收据 7"])] }
        if chance(30) { log += ["--note", random.pick(Self.texts)] }
        steps.append(log)
      case 1:
        steps.append(at + ["touch", name] + on + (chance(30) ? ["--note", "SMS"] : []))
      case 2:
        steps.append(at + ["balance", name, "\(random.pick(Self.amounts)) \(currency)"] + on)
      case 3:
        var topUp = at + ["top-up", name, "\(random.pick(["10", "50"])) \(currency)"] + on
        if chance(50) { topUp += ["--via", "GCash"] }
        steps.append(topUp)
      case 4:
        var date = day(from: added, through: today.adding(days: 200) ?? today)
        if date.day > 28 { date = date.adding(days: -3) ?? date }
        steps.append(at + ["edit", name, "--expires", date.description])
      case 5 where fromBalance:
        // A plan change on its day: the plan before it is kept in the history.
        let price = "\(random.pick(Self.amounts)) \(currency)"
        steps.append(at + ["edit", name, "--price", price])
      default:
        steps.append(at + ["edit", name, "--note", random.pick(Self.texts)])
      }
    }
    if chance(25) { steps.append(at + ["retire", name]) }
    return steps
  }
}

/// Export then import into an empty file gives the same cards: JSON with their
/// entries and ids, CSV with every field, the expiry, the balance and the clock.
@Suite("Import round trip")
struct ImportRoundTripTests {
  /// The cards of `list --json` without what CSV does not carry: ids and history,
  /// and for a plan paid from the balance the clock its entries leave before the
  /// charges made since (the CSV has the expiry and balance after them, which
  /// `expiresToday`, `balance` and `due` show), except the last activity.
  static func cardsWithoutHistory(_ sandbox: Sandbox) throws -> [[String: Any]] {
    let listed = sandbox.run(["list", "--json"])
    try #require(listed.code == 0, "\(listed.stderr)")
    return try parseJSON(listed.stdout, as: [[String: Any]].self).map { card in
      var card = card.filter { $0.key != "id" && $0.key != "history" }
      if card["fromBalance"] as? Bool == true, let clock = card["clock"] as? [String: Any] {
        card["clock"] = clock.filter { $0.key == "lastActivity" }
      }
      return card
    }
  }

  /// Each key whose value differs between two lists of cards, with both values: a
  /// readable account of a failed comparison.
  static func differences(_ want: [[String: Any]], _ got: [[String: Any]]) -> [String] {
    guard want.count == got.count else { return ["\(want.count) cards, not \(got.count)"] }
    func text(_ value: Any?) -> String {
      guard let value, JSONSerialization.isValidJSONObject([value]),
        let data = try? JSONSerialization.data(withJSONObject: [value], options: .sortedKeys)
      else { return "nil" }
      return String(decoding: data, as: UTF8.self)
    }
    var found: [String] = []
    for (wanted, gotten) in zip(want, got) {
      for key in Set(wanted.keys).union(gotten.keys).sorted()
      where (wanted[key] as? NSObject) != (gotten[key] as? NSObject) {
        found.append(
          "\(wanted["name"] ?? "?").\(key): \(text(wanted[key])) became \(text(gotten[key]))")
      }
    }
    return found
  }

  @Test("export then import gives the same cards: 60 seeded random data files, JSON and CSV")
  func roundTrip() throws {
    var generator = RandomCards(seed: 2026)
    var columnsSeen: Set<String> = []
    var typesSeen: Set<String> = []
    for trial in 0..<60 {
      let original = try Sandbox()
      for index in 0..<Int.random(in: 1...5, using: &generator.random) {
        for step in generator.card(index, today: fixedToday) {
          let result = original.run(step)
          try #require(result.code == 0, "trial \(trial): \(step): \(result.stderr)")
        }
      }
      let json = original.run(["export"])
      let csv = original.run(["export", "--format", "csv"])
      try #require(json.code == 0 && csv.code == 0)
      let document = try parseJSON(json.stdout, as: [String: Any].self)
      for card in document["cards"] as? [[String: Any]] ?? [] {
        if card["retired"] as? Bool == true { typesSeen.insert("retired") }
        for entry in card["history"] as? [[String: Any]] ?? [] {
          typesSeen.insert(entry["type"] as? String ?? "")
        }
      }
      let rows = try CSV.records(Array(csv.stdout.utf8)).map(\.fields)
      for row in rows.dropFirst() {
        for (title, value) in zip(rows[0], row) where !value.isEmpty { columnsSeen.insert(title) }
      }

      let fromJSON = try Sandbox()
      let jsonFile = try fromJSON.writeInput(json.stdout, named: "export.json")
      let imported = fromJSON.run(["import", jsonFile])
      #expect(imported.code == 0, "trial \(trial): \(imported.stderr)")
      #expect(fromJSON.run(["export"]).stdout == json.stdout, "trial \(trial): JSON")

      let fromCSV = try Sandbox()
      let csvFile = try fromCSV.writeInput(csv.stdout, named: "export.csv")
      let added = fromCSV.run(["import", csvFile])
      #expect(added.code == 0, "trial \(trial): \(added.stderr)\n\(csv.stdout)")
      #expect(
        fromCSV.run(["export", "--format", "csv"]).stdout == csv.stdout,
        "trial \(trial): CSV")
      let want = try Self.cardsWithoutHistory(original)
      let got = try Self.cardsWithoutHistory(fromCSV)
      let differences = Self.differences(want, got)
      #expect(differences.isEmpty, "trial \(trial): \(differences)\n\(csv.stdout)")

      // Imported again with --update, a file changes nothing: into the copy, and
      // into the original, whose own export it is.
      let unchanged = " 0 added, 0 updated, \(want.count) unchanged\n"
      for (sandbox, file) in [(fromCSV, csvFile), (fromJSON, jsonFile), (original, csvFile)] {
        let before = sandbox.bytes()
        let again = sandbox.run(["import", file, "--update"])
        #expect(again.code == 0, "trial \(trial): \(again.stderr)")
        #expect(again.stdout.hasSuffix(unchanged), "trial \(trial) \(file): \(again.stdout)")
        #expect(sandbox.bytes() == before, "trial \(trial) \(file)")
      }
      let fromJSONFile = original.run(["import", jsonFile, "--update"])
      #expect(fromJSONFile.stdout.hasSuffix(unchanged), "trial \(trial): \(fromJSONFile.stdout)")
    }
    // Every column had a value in some card: the generator reaches every field.
    #expect(Set(CardColumn.all.map(\.title)).subtracting(columnsSeen).isEmpty, "\(columnsSeen)")
    // ... and makes entries of every type, and retired cards.
    let types = Set(EntryType.allCases.map(\.rawValue)).union(["retired"])
    #expect(types.subtracting(typesSeen).isEmpty, "\(typesSeen)")
  }

  @Test("a cycle day past the expiry's day (the 31st in February) survives the CSV")
  func cycleDayIsKept() throws {
    let original = try Sandbox()
    let steps = [
      [
        "--today", "2026-01-20", "add", "m", "--number", "1", "--expires", "2026-01-31", "--period",
        "1m",
      ],
      ["--today", "2026-01-20", "log", "m"],
    ]
    for step in steps {
      let result = original.run(step)
      try #require(result.code == 0, "\(step): \(result.stderr)")
    }
    let csv = original.run(["export", "--format", "csv"], today: try date("2026-02-10"))
    let copy = try Sandbox()
    let file = try copy.writeInput(csv.stdout, named: "export.csv")
    try #require(copy.run(["import", file], today: try date("2026-02-10")).code == 0)
    // Both expire on Feb 28 with their cycle on the 31st, so a renewal takes each
    // to Mar 31 (without the cycle-day column, the copy's would go to Mar 28).
    #expect(csv.stdout.contains(",2026-02-28,31,1m,"))
    let renewed = [original, copy].map { sandbox in
      sandbox.run(["log", "m"], today: (try? date("2026-02-20")) ?? fixedToday).stdout
    }
    #expect(renewed[0].contains("expires 2026-03-31"))
    #expect(renewed[1] == renewed[0])
  }

  @Test("import --update that sets a new expiry takes the row's cycle day with it")
  func cycleDayOnUpdate() throws {
    let sandbox = try Sandbox()
    let added = sandbox.run([
      "add", "m", "--number", "1", "--expires", "2026-12-15", "--period", "1m",
    ])
    try #require(added.code == 0, "\(added.stderr)")
    let file = try sandbox.writeInput(
      Array("name,number,expires,cycle-day\nm,1,2027-02-28,31\n".utf8), named: "cards.csv")
    let imported = sandbox.run(["import", file, "--update"])
    try #require(imported.code == 0, "\(imported.stderr)")
    let shown = sandbox.run(["show", "m"]).stdout
    #expect(shown.contains("2027-02-28, cycle day 31"), "\(shown)")
  }
}
