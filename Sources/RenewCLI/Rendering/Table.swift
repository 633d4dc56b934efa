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
  /// The full blocks of rows, ``rowsPerBlock`` to a block: a long table is a few
  /// arrays, not a string and an array per cell.
  private var fullBlocks: [Block] = []
  /// The block being filled, kept apart so that adding a cell reaches its arrays
  /// directly.
  private var filling = Block()
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
    if rowCount > 0, rowCount % Self.rowsPerBlock == 0 {
      // A full block keeps only what it holds, in an array made to measure.
      var text: [UInt8] = []
      text.reserveCapacity(filling.text.count)
      text.append(contentsOf: filling.text)
      filling.text = text
      fullBlocks.append(filling)
      // The first block grows as rows come, so that a short table stays small.
      filling = Block()
      filling.cells.reserveCapacity(Self.rowsPerBlock * header.count)
    }
    for (column, cell) in row.enumerated() {
      let start = filling.text.count
      // A native string's bytes are copied whole; element by element is several
      // times slower, and a status of 10,000 cards copies 70,000 cells.
      var text = cell.text
      text.withUTF8 { filling.text.append(contentsOf: $0) }
      let end = filling.text.count
      precondition(end <= UInt32.max, "a block's text fits in 4 GiB")
      // Most cells are printable ASCII, one column a byte, which the bytes just
      // copied tell faster than the string.
      let isPlain = filling.text[start...].allSatisfy { $0 >= 0x20 && $0 < 0x7F }
      let width = isPlain ? end - start : TextWidth.width(of: cell.text)
      widest[column] = max(widest[column], width)
      filling.cells.append(
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
    let chunk = 1 << 16
    var lines = Lines(widths: limit.map { fitted(widest, to: $0) } ?? widest, colored: colored)
    for (column, title) in header.enumerated() {
      lines.append(
        ArraySlice(title.title.utf8), width: TextWidth.width(of: title.title), color: nil,
        column: column)
    }
    lines.endLine()
    if let order {
      precondition(order.allSatisfy { (0..<rowCount).contains($0) }, "the order names rows")
    }
    for position in 0..<(order?.count ?? rowCount) {
      let row = order?[position] ?? position
      let blockIndex = row / Self.rowsPerBlock
      let block = blockIndex < fullBlocks.count ? fullBlocks[blockIndex] : filling
      for column in 0..<columns {
        let index = row % Self.rowsPerBlock * columns + column
        let start = index == 0 ? 0 : Int(block.cells[index - 1].end)
        let cell = block.cells[index]
        let bytes = block.text[start..<Int(cell.end)]
        let width =
          cell.width == StoredCell.measureAgain
          ? TextWidth.width(of: String(decoding: bytes, as: UTF8.self)) : Int(cell.width)
        lines.append(bytes, width: width, color: cell.color, column: column)
      }
      lines.endLine()
      if lines.bytes.count >= chunk {
        write(lines.bytes)
        lines.removeAll()
      }
    }
    write(lines.bytes)
  }

  /// Lines of a table as UTF-8, built a cell at a time.
  private struct Lines {
    /// Each column's width on screen.
    let widths: [Int]
    /// Whether cells are shown in their colours.
    let colored: Bool
    /// The most spaces any cell is padded with, copied a slice at a time.
    let spaces: [UInt8]
    /// The lines so far, each ended by a line feed but the one being built.
    private(set) var bytes: [UInt8] = []
    /// Where the line being built starts in ``bytes``.
    private var lineStart = 0

    /// Lines whose columns are `widths` wide, in colour if `colored`.
    init(widths: [Int], colored: Bool) {
      self.widths = widths
      self.colored = colored
      spaces = [UInt8](repeating: 0x20, count: (widths.max() ?? 0) + 2)
    }

    /// Appends a cell's bytes, cut with `…` when it is wider than its column, and
    /// the spaces that pad it, unless it is in the last column.
    mutating func append(
      _ cell: ArraySlice<UInt8>, width: Int, color: ANSIColor?, column: Int
    ) {
      var shown = cell
      var shownWidth = width
      if shownWidth > widths[column] {
        let cut = TextWidth.truncated(String(decoding: cell, as: UTF8.self), to: widths[column])
        shown = ArraySlice(cut.utf8)
        shownWidth = TextWidth.width(of: cut)
      }
      if colored, let color {
        color.wrap(shown, into: &bytes)
      } else {
        bytes.append(contentsOf: shown)
      }
      if column < widths.count - 1 {
        let padding = widths[column] - shownWidth + 2
        if padding > 0 { bytes.append(contentsOf: spaces[..<padding]) }
      }
    }

    /// Forgets the lines so far, keeping their storage for the next ones.
    mutating func removeAll() {
      bytes.removeAll(keepingCapacity: true)
      lineStart = 0
    }

    /// Ends the line being built, without the spaces it ends in.
    mutating func endLine() {
      bytes.removeSubrange(Table.endWithoutTrailingSpaces(of: bytes[lineStart...])...)
      bytes.append(0x0A)
      lineStart = bytes.count
    }
  }

  /// Where `line` ends without the spaces that end it, as
  /// `while line.hasSuffix(" ") { line.removeLast() }` would leave the line as a
  /// `String`.
  private static func endWithoutTrailingSpaces(of line: ArraySlice<UInt8>) -> Int {
    guard line.last == 0x20 else { return line.endIndex }
    // A space can end a longer grapheme cluster (after a prepended mark), which
    // `hasSuffix(" ")` does not take for a space: text that is not ASCII is
    // trimmed as a String.
    guard line.allSatisfy({ $0 < 0x80 }) else {
      var string = String(decoding: line, as: UTF8.self)
      while string.hasSuffix(" ") { string.removeLast() }
      return line.startIndex + string.utf8.count
    }
    return (line.lastIndex { $0 != 0x20 } ?? line.startIndex - 1) + 1
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
