/// A plain-text table whose columns stay aligned with wide characters and colour.
struct Table {
  /// A cell: its text, and an optional ANSI colour that does not count toward width.
  struct Cell: ExpressibleByStringLiteral {
    var text: String
    var color: ANSIColor?

    init(_ text: String, color: ANSIColor? = nil) {
      self.text = text
      self.color = color
    }

    init(stringLiteral value: String) {
      self.init(value)
    }
  }

  var header: [String]
  var rows: [[Cell]] = []

  /// The rendered table, one line per row, the last column unpadded.
  func render(colored: Bool) -> String {
    let all = [header.map { Cell($0) }] + rows
    let cellWidths = all.map { row in row.map { TextWidth.width(of: $0.text) } }
    var widths = Array(repeating: 0, count: header.count)
    for row in cellWidths {
      for (index, width) in row.enumerated() { widths[index] = max(widths[index], width) }
    }
    var text = ""
    for (row, rowWidths) in zip(all, cellWidths) {
      var line = ""
      for (index, cell) in row.enumerated() {
        let isColored = colored && cell.color != nil
        line += isColored ? cell.color?.wrap(cell.text) ?? cell.text : cell.text
        if index < row.count - 1 {
          line += String(repeating: " ", count: widths[index] - rowWidths[index] + 2)
        }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      text += line + "\n"
    }
    return text
  }
}

/// The few ANSI colours renew uses, one per state.
enum ANSIColor: String {
  case green = "32"
  case yellow = "33"
  case red = "31"
  case boldRed = "1;31"
  case dim = "2"

  /// `text` between this colour's escape code and a reset.
  func wrap(_ text: String) -> String { "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" }
}
