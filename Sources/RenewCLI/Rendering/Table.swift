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
    let all = [header.map { Cell($0.title) }] + rows
    var cellWidths = all.map { row in row.map { TextWidth.width(of: $0.text) } }
    var widths = Array(repeating: 0, count: header.count)
    for row in cellWidths {
      for (index, width) in row.enumerated() { widths[index] = max(widths[index], width) }
    }
    if let limit { widths = fitted(widths, to: limit) }
    var text = ""
    for (rowIndex, row) in all.enumerated() {
      var line = ""
      for (index, cell) in row.enumerated() {
        var shown = cell.text
        if cellWidths[rowIndex][index] > widths[index] {
          shown = TextWidth.truncated(shown, to: widths[index])
          cellWidths[rowIndex][index] = TextWidth.width(of: shown)
        }
        let isColored = colored && cell.color != nil
        line += isColored ? cell.color?.wrap(shown) ?? shown : shown
        if index < row.count - 1 {
          line += String(repeating: " ", count: widths[index] - cellWidths[rowIndex][index] + 2)
        }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      text += line + "\n"
    }
    return text
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

  /// `text` between this colour's escape code and a reset.
  func wrap(_ text: String) -> String { "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" }
}
