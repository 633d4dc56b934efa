import TestSupport
import Testing

@testable import RenewCLI

/// Display widths, and tables that stay aligned with wide and combining characters.
@Suite("Text width and tables")
struct TextWidthTests {
  @Test(
    "text takes the columns a terminal gives it",
    arguments: [
      ("abc", 3), ("", 0), ("Smart PH", 8),
      ("中国移动", 8), ("移", 2), ("日本語テキスト", 14), ("한국", 4),
      ("Ａ", 2), ("ｶ", 1), ("（", 2),
      ("e\u{301}", 1), ("Cafe\u{301}", 4), ("\u{301}", 0), ("a\u{200B}b", 2), ("n\u{303}o", 2),
      ("👍", 2), ("👨‍👩‍👧", 2), ("\u{1B}", 0), ("\t", 1),
      // Grapheme clusters whose width is not their widest scalar's.
      ("🇵🇭", 2), ("🇵🇭🇨🇳", 4), ("\u{1F1F5}", 2), ("☎️", 2), ("☎", 1), ("©️", 2),
      ("1️⃣", 2), ("#️⃣", 2), ("1\u{20E3}", 2), ("a\u{FE0F}", 1),
      ("👩🏽‍💻", 2), ("👍🏽", 2), ("🏴󠁧󠁢󠁳󠁣󠁴󠁿", 2), ("Smart 🇵🇭 ☎️ 1️⃣", 14),
      ("a\u{301}\u{323}", 1), ("\u{65}\u{301}\u{302}\u{303}", 1), ("中\u{301}", 2),
    ])
  func width(_ text: String, _ columns: Int) {
    #expect(TextWidth.width(of: text) == columns)
  }

  @Test("text measured in one pass takes what its grapheme clusters take, one by one")
  func wholeTextAgreesWithClusters() {
    // Neighbours of the ranges measured in one pass: marks that join a CJK or
    // kana character, and scalars just past each range.
    let pieces: [String] = [
      "a", "Z", " ", "~", "中", "国", "\u{3000}", "、", "「", "\u{3029}", "\u{302A}", "\u{302F}",
      "\u{3040}", "ぁ", "\u{3096}", "\u{3099}", "\u{309A}", "ア", "\u{30FA}", "\u{30FB}", "ー",
      "\u{3400}", "\u{4DBF}", "\u{9FFF}", "\u{F900}", "\u{FAFF}", "！", "\u{FF60}", "\u{FF61}",
      "￥", "\u{FFE6}", "\u{FFE7}", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{1100}", "\u{1161}",
      "한", "🇵", "👍", "\u{1F3FD}", "é", "\u{7F}",
    ]
    var generator = SplitMix64(seed: 0x7769_6474_68)
    for _ in 0..<5_000 {
      let count = Int.random(in: 1...6, using: &generator)
      let text = (0..<count).map { _ in generator.pick(pieces) }.joined()
      let byCluster = text.reduce(0) { $0 + TextWidth.width(of: $1) }
      #expect(TextWidth.width(of: text) == byCluster, "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test("one scalar: ASCII 1, CJK 2, combining mark 0")
  func scalarWidth() {
    #expect(TextWidth.width(of: Unicode.Scalar(0x61) ?? " ") == 1)
    #expect(TextWidth.width(of: Unicode.Scalar(0x4E2D) ?? " ") == 2)
    #expect(TextWidth.width(of: Unicode.Scalar(0x0301) ?? " ") == 0)
    #expect(TextWidth.width(of: Unicode.Scalar(0x20000) ?? " ") == 2)
  }

  @Test("padding counts display columns, not characters")
  func padded() {
    #expect(TextWidth.padded("中国", to: 6) == "中国  ")
    #expect(TextWidth.padded("e\u{301}", to: 3) == "e\u{301}  ")
    #expect(TextWidth.padded("toolong", to: 3) == "toolong")
  }

  static let cells: [[String]] = [
    ["中国移动", "+86 138 0013 8000", "soon", "app"],
    ["Cafe\u{301}", "1", "ok", "-"],
    ["日本", "+81 90 1234 5678", "lapsed", "send 101 to 10086"],
    ["x", "한국 번호", "unknown", ""],
  ]

  func table() -> Table {
    var table = Table(header: ["NAME", "NUMBER", "STATE", "RENEW"])
    for row in Self.cells {
      table.append([
        Table.Cell(row[0]), Table.Cell(row[1]),
        Table.Cell(row[2], color: row[2] == "ok" ? .green : .red), Table.Cell(row[3]),
      ])
    }
    return table
  }

  @Test("every line's columns start at the same display column")
  func aligned() throws {
    let lines = table().render(colored: false).split(separator: "\n").map(String.init)
    let starts = try columnStarts(lines, [["NAME", "NUMBER", "STATE", "RENEW"]] + Self.cells)
    #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    let expected = [0, 10, 29, 38]
    for columns in starts {
      #expect(columns == Array(expected.prefix(columns.count)))
    }
  }

  @Test("colour wraps only the text, so a coloured table has the same layout")
  func coloredLayout() {
    let colored = table().render(colored: true)
    #expect(strippingANSI(colored) == table().render(colored: false))
    #expect(colored.contains("\u{1B}[32mok\u{1B}[0m       -\n"))
    #expect(colored.contains("\u{1B}[31mlapsed\u{1B}[0m   send 101 to 10086\n"))
  }

  static let emojiCells: [[String]] = [
    ["🇵🇭 Smart", "☎️ *143#", "1️⃣"],
    ["👨‍👩‍👧 family", "x", "e\u{301}"],
    ["Cafe\u{301}\u{323}", "1️⃣ 2️⃣", "🇨🇳"],
    ["中国", "☎", "ok"],
  ]

  @Test("flags, keycaps, ZWJ sequences and accents keep the columns aligned")
  func alignedWithEmoji() throws {
    var table = Table(header: ["NAME", "RENEW", "X"])
    for row in Self.emojiCells { table.append(row.map { Table.Cell($0) }) }
    let lines = table.render(colored: false).split(separator: "\n").map(String.init)
    let starts = try columnStarts(lines, [["NAME", "RENEW", "X"]] + Self.emojiCells)
    #expect(starts == Array(repeating: [0, 11, 21], count: 5))
    #expect(lines[1] == "🇵🇭 Smart   ☎️ *143#  1️⃣")
    #expect(lines[3] == "Cafe\u{301}\u{323}       1️⃣ 2️⃣     🇨🇳")
  }

  /// The display column at which each non-empty cell of each line starts.
  func columnStarts(_ lines: [String], _ rows: [[String]]) throws -> [[Int]] {
    try #require(lines.count == rows.count)
    var starts: [[Int]] = []
    for (line, row) in zip(lines, rows) {
      var rest = line[...]
      var columns: [Int] = []
      for cell in row where !cell.isEmpty {
        let range = try #require(rest.firstRange(of: cell))
        columns.append(TextWidth.width(of: line[..<range.lowerBound]))
        rest = line[range.upperBound...]
      }
      starts.append(columns)
    }
    return starts
  }

  @Test("the header alone renders as one line")
  func headerOnly() {
    #expect(Table(header: ["A", "BB"]).render(colored: false) == "A  BB\n")
  }
}
