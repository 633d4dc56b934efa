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

  /// A cell as the table keeps it: where its text ends in its block's text, the
  /// columns it takes (``measureAgain`` past what 16 bits hold), and its colour.
  /// Eight bytes: a history of a hundred thousand entries has six times as many cells.
  private struct StoredCell {
    var end: UInt32
    var width: UInt16
    var color: ANSIColor?

    /// The width of a cell as wide as this or wider, measured again when shown.
    static let measureAgain = UInt16.max
  }

  /// A run of rows and their text: a long table grows a block at a time, and
  /// only the block being filled grows by doubling; a full block's text is copied
  /// once into an array made to measure.
  private struct Block {
    /// The cells' text, one after another, as UTF-8.
    var text: [UInt8] = []
    /// The cells, a row after another, one per column.
    var cells: [StoredCell] = []
  }

  /// The rows in each full block.
  private static let rowsPerBlock = 4096

  /// The columns, which also make the header line.
  let header: [Column]
  /// The rows, ``rowsPerBlock`` to a block: a long table is a few arrays, not a
  /// string and an array per cell.
  private var blocks: [Block] = []
  /// The width of each column's widest cell, the title included.
  private var widest: [Int]
  /// The number of rows below the header.
  private(set) var rowCount = 0

  /// A table with `header` and no rows yet.
  init(header: [Column]) {
    self.header = header
    widest = header.map { TextWidth.width(of: $0.title) }
  }

  /// Adds `row` below the others: a cell per column.
  mutating func append(_ row: [Cell]) {
    precondition(row.count == header.count, "a table row has a cell per column")
    if rowCount % Self.rowsPerBlock == 0 {
      if let last = blocks.indices.last {
        // A full block keeps only what it holds, in an array made to measure.
        var text: [UInt8] = []
        text.reserveCapacity(blocks[last].text.count)
        text.append(contentsOf: blocks[last].text)
        blocks[last].text = text
      }
      // The first block grows as rows come, so that a short table stays small.
      let isFirst = blocks.isEmpty
      blocks.append(Block())
      if !isFirst {
        blocks[blocks.count - 1].cells.reserveCapacity(Self.rowsPerBlock * header.count)
      }
    }
    let last = blocks.count - 1
    for (column, cell) in row.enumerated() {
      let start = blocks[last].text.count
      blocks[last].text.append(contentsOf: cell.text.utf8)
      let end = blocks[last].text.count
      precondition(end <= UInt32.max, "a block's text fits in 4 GiB")
      // Most cells are printable ASCII, one column a byte, which the bytes just
      // copied tell faster than the string.
      let isPlain = blocks[last].text[start...].allSatisfy { $0 >= 0x20 && $0 < 0x7F }
      let width = isPlain ? end - start : TextWidth.width(of: cell.text)
      widest[column] = max(widest[column], width)
      blocks[last].cells.append(
        StoredCell(end: UInt32(end), width: UInt16(clamping: width), color: cell.color))
    }
    rowCount += 1
  }

  /// The rendered table, one line per row, the last column unpadded.
  ///
  /// With a `width` (a terminal's columns) narrower than the table, the widest
  /// free-text column loses one column at a time, the rightmost of equally wide
  /// ones first, until every line fits or each free-text column is down to
  /// ``narrowestFreeText`` or its title; cells wider than their column end in `…`.
  func render(colored: Bool, width limit: Int? = nil) -> String {
    var text = ""
    render(colored: colored, width: limit) { text += String(decoding: $0, as: UTF8.self) }
    return text
  }

  /// Renders the table as ``render(colored:width:)`` does, its rows in `order`
  /// (indices of rows, in the order they were added when `nil`), passing `write`
  /// whole lines as UTF-8 about 64 KiB (a pipe's buffer) at a time, so that a long
  /// table is never held whole as text.
  func render(
    colored: Bool, width limit: Int? = nil, order: [Int]? = nil, into write: ([UInt8]) -> Void
  ) {
    let columns = header.count
    let widths = limit.map { fitted(widest, to: $0) } ?? widest
    let chunk = 1 << 16
    var output: [UInt8] = []
    var line: [UInt8] = []
    // The most spaces any cell is padded with, copied a slice at a time.
    let spaces = [UInt8](repeating: 0x20, count: (widths.max() ?? 0) + 2)
    // Appends a cell's bytes, cut with `…` when it is wider than its column, and
    // the spaces that pad it; returns nothing, the line is what it builds.
    func appendCell(_ bytes: ArraySlice<UInt8>, width: Int, color: ANSIColor?, column: Int) {
      var shown = bytes
      var shownWidth = width
      if shownWidth > widths[column] {
        let cut = TextWidth.truncated(String(decoding: bytes, as: UTF8.self), to: widths[column])
        shown = ArraySlice(cut.utf8)
        shownWidth = TextWidth.width(of: cut)
      }
      if colored, let color {
        color.wrap(shown, into: &line)
      } else {
        line.append(contentsOf: shown)
      }
      if column < columns - 1 {
        let padding = widths[column] - shownWidth + 2
        if padding > 0 { line.append(contentsOf: spaces[..<padding]) }
      }
    }
    func endLine() {
      Table.removeTrailingSpaces(from: &line)
      output.append(contentsOf: line)
      output.append(0x0A)
      line.removeAll(keepingCapacity: true)
      if output.count >= chunk {
        write(output)
        output.removeAll(keepingCapacity: true)
      }
    }
    for (column, title) in header.enumerated() {
      appendCell(
        ArraySlice(title.title.utf8), width: TextWidth.width(of: title.title), color: nil,
        column: column)
    }
    endLine()
    if let order {
      precondition(order.allSatisfy { (0..<rowCount).contains($0) }, "the order names rows")
    }
    for position in 0..<(order?.count ?? rowCount) {
      let row = order?[position] ?? position
      let block = blocks[row / Self.rowsPerBlock]
      for column in 0..<columns {
        let index = row % Self.rowsPerBlock * columns + column
        let start = index == 0 ? 0 : Int(block.cells[index - 1].end)
        let cell = block.cells[index]
        let bytes = block.text[start..<Int(cell.end)]
        let width =
          cell.width == StoredCell.measureAgain
          ? TextWidth.width(of: String(decoding: bytes, as: UTF8.self)) : Int(cell.width)
        appendCell(bytes, width: width, color: cell.color, column: column)
      }
      endLine()
    }
    write(output)
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

  /// Appends `text`, UTF-8, between this colour's escape code and a reset to `bytes`.
  func wrap(_ text: ArraySlice<UInt8>, into bytes: inout [UInt8]) {
    bytes.append(contentsOf: [0x1B, 0x5B])
    bytes.append(contentsOf: rawValue.utf8)
    bytes.append(0x6D)
    bytes.append(contentsOf: text)
    bytes.append(contentsOf: [0x1B, 0x5B, 0x30, 0x6D])
  }
}
