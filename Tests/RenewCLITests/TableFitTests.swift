import Testing

@testable import RenewCLI

/// Tables narrower than their text: free-text cells are cut with `…`, nothing else is.
@Suite("Tables that fit the terminal")
struct TableFitTests {
  @Test(
    "text is cut between grapheme clusters, the ellipsis taking one column",
    arguments: [
      ("abcdef", 4, "abc…"), ("abc", 3, "abc"), ("abcd", 4, "abcd"), ("abcd", 1, "…"),
      ("abcd", 0, ""), ("ab cd", 4, "ab…"), ("ab   cd", 6, "ab…"),
      // A wide character that does not fit is left out: one column short.
      ("中国移动", 7, "中国移…"), ("中国移动", 6, "中国…"), ("中国移动", 5, "中国…"), ("中", 1, "…"),
      ("🇵🇭🇨🇳🇯🇵", 5, "🇵🇭🇨🇳…"), ("🇵🇭🇨🇳🇯🇵", 4, "🇵🇭…"), ("👨‍👩‍👧👨‍👩‍👧", 3, "👨‍👩‍👧…"),
      ("1️⃣2️⃣3️⃣", 4, "1️⃣…"), ("☎️☎️☎️", 5, "☎️☎️…"), ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
      ("Cafe\u{301}s", 5, "Cafe\u{301}s"), ("Cafe\u{301}s", 4, "Caf…"),
    ])
  func truncated(_ text: String, _ columns: Int, _ expected: String) {
    let cut = TextWidth.truncated(text, to: columns)
    #expect(cut == expected)
    #expect(TextWidth.width(of: cut) <= max(0, columns))
  }

  /// A table with Chinese text, a flag, VS16 and keycap emoji and a ZWJ family,
  /// 73 columns wide; NAME and RENEW hold free text.
  func table() -> Table {
    var table = Table(header: [.freeText("NAME"), "DUE", "STATE", .freeText("RENEW")])
    let rows = [
      [
        Table.Cell("中国 移动香港副卡"), Table.Cell("2026-03-05"), Table.Cell("soon", color: .yellow),
        Table.Cell("发送 101 到 10086，每月 8 元 👍"),
      ],
      [
        Table.Cell("Smart 🇵🇭 Philippines"), Table.Cell("2026-12-31"),
        Table.Cell("ok", color: .green),
        Table.Cell("app ☎️ *143# then 1️⃣"),
      ],
      [
        Table.Cell("👨‍👩‍👧 family plan"), Table.Cell("2025-12-01"), Table.Cell("lapsed", color: .red),
        Table.Cell("-"),
      ],
    ]
    for row in rows { table.append(row) }
    return table
  }

  @Test("at 60 columns the widest free-text columns give way, down to equal widths")
  func sixty() {
    let expected = """
      NAME                 DUE         STATE   RENEW
      中国 移动香港副卡    2026-03-05  soon    发送 101 到 10086…
      Smart 🇵🇭 Philippin…  2026-12-31  ok      app ☎️ *143# then…
      👨‍👩‍👧 family plan       2025-12-01  lapsed  -

      """
    #expect(table().render(colored: false, width: 60) == expected)
    expectFits(table().render(colored: false, width: 60), in: 60)
  }

  @Test("at 40 columns no CJK character, flag or emoji is split; dates and states stay whole")
  func forty() {
    let expected = """
      NAME       DUE         STATE   RENEW
      中国 移…   2026-03-05  soon    发送 101…
      Smart 🇵🇭…  2026-12-31  ok      app ☎️ *…
      👨‍👩‍👧 famil…  2025-12-01  lapsed  -

      """
    #expect(table().render(colored: false, width: 40) == expected)
    expectFits(table().render(colored: false, width: 40), in: 40)
  }

  @Test("colour escapes do not count toward the width", arguments: [40, 60])
  func colored(_ width: Int) {
    let colored = table().render(colored: true, width: width)
    #expect(colored.contains("\u{1B}[33msoon\u{1B}[0m"))
    #expect(strippingANSI(colored) == table().render(colored: false, width: width))
  }

  @Test("a table that fits, or no width at all, is left as it is", arguments: [73, 74, 500])
  func fits(_ width: Int) {
    #expect(table().render(colored: false, width: width) == table().render(colored: false))
    #expect(table().render(colored: false, width: 72) != table().render(colored: false))
  }

  @Test("no column is cut below 8 columns or its header, and other columns never")
  func floor() {
    var table = Table(
      header: [.freeText("NAME"), "DUE", .freeText("ID"), .freeText("CHANGE THAT FOLLOWED")])
    table.append(
      ["a long name here", "2026-01-01", "abcdef", "log Smart PH 2026-03-01 (note)"].map {
        Table.Cell($0)
      })
    let expected = """
      NAME      DUE         ID      CHANGE THAT FOLLOWED
      a long…   2026-01-01  abcdef  log Smart PH 2026-0…

      """
    #expect(table.render(colored: false, width: 10) == expected)
    var fixed = Table(header: ["DATE", "LEFT", "STATE"])
    fixed.append(["2026-01-01", "93 days overdue", "lapsed"].map { Table.Cell($0) })
    #expect(fixed.render(colored: false, width: 10) == fixed.render(colored: false))
  }
}

/// How a table's lines end: never in a space a `String` would take for one.
@Suite struct TableLineEndTests {
  @Test(
    "a line ends where its text ends, an empty last cell leaving no padding behind",
    arguments: [
      // The last cells empty: the padding before them is dropped.
      (["a", "", ""], "a"), (["中国", "", ""], "中国"), (["a", "b", ""], "a  b"),
      // Spaces in the last cell itself are dropped too.
      (["a", "b", "c  "], "a  b   c"), (["中", "国", "移动 "], "中  国  移动"),
      // A space after a prepended mark (U+0600) is part of its grapheme cluster,
      // which `hasSuffix(" ")` does not take for a space: it stays.
      (["a", "", "\u{600} "], "a      \u{600} "),
    ])
  func lineEnd(_ cells: [String], _ expected: String) {
    var table = Table(header: ["A", "BB", "CCCC"])
    table.append(cells.map { Table.Cell($0) })
    let lines = table.render(colored: false).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(String(lines[1]) == expected)
  }
}

/// Tables of many rows, kept a few thousand rows to a block.
@Suite struct LongTableTests {
  @Test("a table longer than a block renders every row, in the order added or in the order asked")
  func manyRows() {
    var table = Table(header: ["N", .freeText("NAME")])
    let count = 10_000
    for index in 0..<count {
      // The widest name is in the last block: widths come from every block.
      let name = index == count - 1 ? "最后 the last one" : "card \(index)"
      table.append([Table.Cell(String(index)), Table.Cell(name)])
    }
    #expect(table.rowCount == count)
    let lines = table.render(colored: false).split(separator: "\n").map(String.init)
    #expect(lines.count == count + 1)
    #expect(lines[0] == "N     NAME")
    #expect(lines[1] == "0     card 0")
    #expect(lines[4097] == "4096  card 4096")
    #expect(lines[count] == "9999  最后 the last one")
    var reversed: [String] = []
    table.render(colored: false, order: Array((0..<count).reversed())) {
      reversed += String(decoding: $0, as: UTF8.self).split(separator: "\n").map(String.init)
    }
    #expect(reversed == [lines[0]] + lines[1...].reversed())
  }

  @Test("a cell wider than 65,534 columns keeps its width")
  func veryWideCell() {
    var table = Table(header: [.freeText("NOTE"), "X"])
    let wide = String(repeating: "中", count: 40_000)
    table.append([Table.Cell(wide), Table.Cell("x")])
    table.append([Table.Cell("short"), Table.Cell("y")])
    let lines = table.render(colored: false).split(separator: "\n").map(String.init)
    #expect(lines[1] == wide + "  x")
    #expect(lines[2] == "short" + String(repeating: " ", count: 80_000 - 5 + 2) + "y")
    let narrow = table.render(colored: false, width: 20).split(separator: "\n").map(String.init)
    #expect(narrow[1] == "中中中中中中中中…  x")
  }
}

/// Records an issue for each line of `text` wider than `columns` display columns.
func expectFits(
  _ text: String, in columns: Int, sourceLocation: SourceLocation = #_sourceLocation
) {
  for line in strippingANSI(text).split(separator: "\n") {
    #expect(TextWidth.width(of: line) <= columns, "\(line)", sourceLocation: sourceLocation)
  }
}
