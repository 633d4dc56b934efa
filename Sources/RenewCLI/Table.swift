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
    var widths = Array(repeating: 0, count: header.count)
    for row in all {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], TextWidth.width(of: cell.text))
      }
    }
    return all.map { row in
      var line = ""
      for (index, cell) in row.enumerated() {
        let isLast = index == row.count - 1
        let text = isLast ? cell.text : TextWidth.padded(cell.text, to: widths[index])
        if colored, let color = cell.color {
          // Colour the text only, so trailing padding carries no escape codes.
          let visible = cell.text
          line += color.wrap(visible) + String(text.dropFirst(visible.count))
        } else {
          line += text
        }
        if !isLast { line += "  " }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line + "\n"
    }.joined()
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
