import Foundation
import RenewKit
import Testing

/// The commands that go through every entry (`history`, `spend`, `export`, `list
/// --json`) read one card's history at a time, and write as they go.
@Suite struct EveryHistoryTests {
  /// A data file of two cards with `count` activity entries between them (`first`
  /// of them the first card's, half unless given), as renew writes it, with its
  /// summary beside it.
  private func manyEntries(_ count: Int, first: Int? = nil) throws -> Sandbox {
    let box = try Sandbox()
    func card(_ name: String, _ entries: Range<Int>) -> String {
      let history = entries.map { index in
        let day = CalendarDate(year: 2020, month: 1, day: 1).flatMap {
          $0.adding(days: index % 2000)
        }
        return
          #"{"date": "\#(day?.description ?? "")", "id": "e\#(String(index + 1_000_000))", "type": "activity"}"#
      }
      return
        #"{"added": "2020-01-01", "history": [\#(history.joined(separator: ","))], "name": "\#(name)", "number": "+44 7700 900000"}"#
    }
    let half = first ?? count / 2
    let text = #"{"cards": [\#(card("A", 0..<half)), \#(card("乙 卡", half..<count))], "version": 2}"#
    try Data(text.utf8).write(to: URL(fileURLWithPath: box.file))
    // A change writes it as renew does, with each card's clock; a read leaves the summary.
    #expect(box.run(["touch", "A"]).code == 0)
    #expect(box.run(["status"]).code == 0)
    return box
  }

  @Test("history --json, list --json and export past a megabyte are whole, in order")
  func longOutputs() throws {
    let box = try manyEntries(12_000)
    let history = box.run(["--json", "history"])
    #expect(history.code == 0)
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
    #expect(entries.count == 12_001)
    let dates = entries.compactMap { $0["date"] as? String }
    #expect(dates == dates.sorted(by: >))

    // The table, written a megabyte at a time: a header and a line an entry.
    let table = box.run(["history"]).stdout.split(separator: "\n")
    #expect(table.count == 12_002)
    #expect(Set(table).count == table.count)

    let list = box.run(["--json", "list"])
    let cards = try #require(
      try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
    #expect(cards.compactMap { ($0["history"] as? [Any])?.count } == [6_001, 6_000])

    // The export is the data file without its last change.
    let export = box.run(["export"])
    let exported = try #require(
      try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? NSDictionary)
    let stored = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: box.file)))
        as? [String: Any])
    #expect(exported == stored.filter { $0.key != "lastChange" } as NSDictionary)
    #expect(export.stdout.utf8.count > 1 << 20)
  }

  @Test("export writes a card a hand edit left stale as renew writes it: clock replayed, ids given")
  func exportReplaysHandEdits() throws {
    let box = try manyEntries(10)
    var text = try String(contentsOfFile: box.file, encoding: .utf8)
    // A's clock says less than its history (touched today), and an entry lost its id.
    #expect(text.contains("\"lastActivity\" : \"2026-03-01\""))
    #expect(text.contains("\"id\" : \"e1000001\","))
    text = text.replacingOccurrences(
      of: "\"lastActivity\" : \"2026-03-01\"", with: "\"lastActivity\" : \"2020-01-01\"")
    text = text.replacingOccurrences(of: "\"id\" : \"e1000001\",", with: "")
    try Data(text.utf8).write(to: URL(fileURLWithPath: box.file))
    #expect(box.run(["status"]).code == 0)

    let export = box.run(["export"])
    #expect(export.code == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
    let card = try #require((document["cards"] as? [[String: Any]])?.first)
    #expect((card["clock"] as? [String: Any])?["lastActivity"] as? String == "2026-03-01")
    let history = try #require(card["history"] as? [[String: Any]])
    #expect(history.allSatisfy { ($0["id"] as? String)?.count == 8 })
  }

  @Test(
    "a fault in one card's history, which only these commands judge, writes nothing and exits 65",
    arguments: [
      ["history"], ["--json", "history"], ["spend"], ["export"], ["export", "--format", "csv"],
      ["export", "--format", "csv", "--history"], ["--json", "list"],
    ])
  func faultWritesNothing(arguments: [String]) throws {
    for clockless in [false, true] {
      // The first card's entries alone are past the megabyte a command writes at a
      // time: one that wrote before judging every history would write them.
      let box = try manyEntries(12_000, first: 11_990)
      // The last card's last entry takes the id of the first card's first.
      var text = try String(contentsOfFile: box.file, encoding: .utf8)
      #expect(text.contains("\"e1011999\""))
      text = text.replacingOccurrences(of: "\"e1011999\"", with: "\"e1000000\"")
      if clockless {
        // Without its clock the last card is read whole even by `status`, which
        // judges its ids against the cards' ids alone.
        let start = try #require(text.range(of: "\"clock\" : {", options: .backwards))
        let end = try #require(text.range(of: "},", range: start.upperBound..<text.endIndex))
        text.removeSubrange(start.lowerBound..<end.upperBound)
      }
      try Data(text.utf8).write(to: URL(fileURLWithPath: box.file))
      #expect(box.run(["status"]).code == 0)

      let result = box.run(arguments)
      #expect(result.code == 65)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("e1000000"), "\(result.stderr)")
    }
  }
}
