/// A plain-text table whose columns stay aligned with wide characters and colour,
/// and that can be narrowed to fit a terminal.
struct Table {
  /// A column's title, and whether it may be shortened to fit.
  struct Column: ExpressibleByStringLiteral {
    /// The header text; never shortened.
    var title: String
    /// Whether the column holds text the user typed (a name, a number, a note),
    /// which may be cut with `…`; dates, states, amounts and day counts never are.
    var isFreeText = false

    /// A column that is never shortened.
    init(stringLiteral value: String) {
      title = value
    }

    /// A column of the user's text, shortened first when the table is too wide.
    static func freeText(_ title: String) -> Column {
      var column = Column(stringLiteral: title)
      column.isFreeText = true
      return column
    }

    /// A column titled `heading` in `language`, never shortened.
    init(_ heading: Heading, in language: Language) {
      title = heading.text(in: language)
    }

    /// A column of the user's text titled `heading` in `language`.
    static func freeText(_ heading: Heading, in language: Language) -> Column {
      freeText(heading.text(in: language))
    }
  }

  /// A cell: its text, and an optional ANSI colour that does not count toward width.
  struct Cell {
    /// The text, as the user or renew wrote it.
    var text: String
    /// The colour to show it in on a terminal that allows colour.
    var color: ANSIColor?

    /// A cell showing `text`, in `color` if given.
    init(_ text: String, color: ANSIColor? = nil) {
      self.text = text
      self.color = color
    }
  }

  /// The fewest columns a free-text column is shortened to, unless its title is wider.
  static let narrowestFreeText = 8

  /// The columns, which also make the header line.
  var header: [Column]
  /// The rows below the header, one cell per column.
  var rows: [[Cell]] = []

  /// The rendered table, one line per row, the last column unpadded.
  ///
  /// With a `width` (a terminal's columns) narrower than the table, the widest
  /// free-text column loses one column at a time, the rightmost of equally wide
  /// ones first, until every line fits or each free-text column is down to
  /// ``narrowestFreeText`` or its title; cells wider than their column end in `…`.
  func render(colored: Bool, width limit: Int? = nil) -> String {
    var text = ""
    render(colored: colored, width: limit) { text += $0 }
    return text
  }

  /// Renders the table as ``render(colored:width:)`` does, passing `write` whole
  /// lines about a megabyte at a time, so that a long table is never held whole
  /// as text.
  func render(colored: Bool, width limit: Int? = nil, into write: (String) -> Void) {
    // Widths are measured once per cell, into one array, a row after another;
    // lines are built as UTF-8, not as Strings.
    let titles = header.map { Cell($0.title) }
    let columns = header.count
    var cellWidths = titles.map { TextWidth.width(of: $0.text) }
    cellWidths.reserveCapacity((rows.count + 1) * columns)
    for row in rows {
      precondition(row.count == columns, "a table row has a cell per column")
      for cell in row { cellWidths.append(TextWidth.width(of: cell.text)) }
    }
    var widths = Array(repeating: 0, count: columns)
    for (position, width) in cellWidths.enumerated() {
      widths[position % columns] = max(widths[position % columns], width)
    }
    if let limit { widths = fitted(widths, to: limit) }
    var text: [UInt8] = []
    var line: [UInt8] = []
    for rowIndex in 0...rows.count {
      let row = rowIndex == 0 ? titles : rows[rowIndex - 1]
      line.removeAll(keepingCapacity: true)
      for (index, cell) in row.enumerated() {
        var shown = cell.text
        var shownWidth = cellWidths[rowIndex * columns + index]
        if shownWidth > widths[index] {
          shown = TextWidth.truncated(shown, to: widths[index])
          shownWidth = TextWidth.width(of: shown)
        }
        if colored, let color = cell.color {
          color.wrap(shown, into: &line)
        } else {
          line.append(contentsOf: shown.utf8)
        }
        if index < row.count - 1 {
          let padding = widths[index] - shownWidth + 2
          if padding > 0 { line.append(contentsOf: repeatElement(0x20, count: padding)) }
        }
      }
      Table.removeTrailingSpaces(from: &line)
      text.append(contentsOf: line)
      text.append(0x0A)
      if text.count >= 1 << 20 {
        write(String(decoding: text, as: UTF8.self))
        text.removeAll(keepingCapacity: true)
      }
    }
    write(String(decoding: text, as: UTF8.self))
  }

  /// Removes the spaces that end `line`, as `while line.hasSuffix(" ") { line.removeLast() }`
  /// would on the line as a `String`.
  private static func removeTrailingSpaces(from line: inout [UInt8]) {
    guard line.last == 0x20 else { return }
    // A space can end a longer grapheme cluster (after a prepended mark), which
    // `hasSuffix(" ")` does not take for a space: text that is not ASCII is
    // trimmed as a String.
    guard line.allSatisfy({ $0 < 0x80 }) else {
      var string = String(decoding: line, as: UTF8.self)
      while string.hasSuffix(" ") { string.removeLast() }
      line = Array(string.utf8)
      return
    }
    while line.last == 0x20 { line.removeLast() }
  }

  /// `widths` with free-text columns narrowed until the lines fit in `limit`
  /// columns (two spaces between columns), or as far as the columns' floors allow.
  private func fitted(_ widths: [Int], to limit: Int) -> [Int] {
    var widths = widths
    let floors = header.map { max(Self.narrowestFreeText, TextWidth.width(of: $0.title)) }
    var excess = widths.reduce(2 * max(0, widths.count - 1), +) - limit
    while excess > 0 {
      var widest: Int?
      for index in widths.indices where header[index].isFreeText && widths[index] > floors[index] {
        if widest.map({ widths[index] >= widths[$0] }) ?? true { widest = index }
      }
      guard let index = widest else { break }
      widths[index] -= 1
      excess -= 1
    }
    return widths
  }
}

/// The few ANSI colours renew uses, one per state.
enum ANSIColor: String {
  /// `ok`.
  case green = "32"
  /// `soon`.
  case yellow = "33"
  /// `overdue`.
  case red = "31"
  /// `lapsed`.
  case boldRed = "1;31"
  /// `unknown` and retired.
  case dim = "2"

  /// Appends `text` between this colour's escape code and a reset to `bytes`, as UTF-8.
  func wrap(_ text: String, into bytes: inout [UInt8]) {
    bytes.append(contentsOf: [0x1B, 0x5B])
    bytes.append(contentsOf: rawValue.utf8)
    bytes.append(0x6D)
    bytes.append(contentsOf: text.utf8)
    bytes.append(contentsOf: [0x1B, 0x5B, 0x30, 0x6D])
  }
}
