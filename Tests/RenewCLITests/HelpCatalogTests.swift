import RenewKit
import Testing

@testable import RenewCLI

/// Every text of help, found by walking the command table, the card fields, the
/// global options and the command groups, so that a text added later is checked
/// without being listed here: it has a Chinese that is written (not empty, not a
/// copy of the English, with Chinese characters in it), and Chinese help fits in
/// 72 columns.
@Suite("Help catalog")
struct HelpCatalogTests {
  /// One text of help and where it comes from, for the failure message.
  struct Entry: CustomTestStringConvertible, Sendable {
    /// Where the text is used: `log --on`, `group cards`.
    let place: String
    /// The text.
    let text: Localized

    var testDescription: String { place }
  }

  /// Every text of help.
  static let entries: [Entry] = {
    var entries: [Entry] = []
    for command in CommandName.allCases {
      let spec = command.spec
      entries.append(Entry(place: "\(command.rawValue) summary", text: spec.summary))
      entries.append(Entry(place: "\(command.rawValue) details", text: spec.details))
      for option in spec.options {
        entries.append(Entry(place: "\(command.rawValue) \(option.name.label)", text: option.help))
      }
      for example in spec.examples {
        if let comment = example.comment {
          entries.append(Entry(place: "\(command.rawValue) example comment", text: comment))
        }
      }
    }
    for field in CardField.allCases {
      entries.append(Entry(place: "field \(field.label)", text: field.help))
    }
    for option in CommandSpec.globalOptions {
      entries.append(Entry(place: "global \(option.name.label)", text: option.help))
    }
    for group in CommandGroup.allCases {
      entries.append(Entry(place: "group \(group)", text: group.title))
    }
    entries.append(Entry(place: "--on on entries", text: CommandSpec.entryDateHelp))
    return entries
  }()

  /// Whether `text` holds a Chinese (CJK unified) character.
  static func hasChinese(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
  }

  @Test("every text has an English and a written Chinese", arguments: entries)
  func written(_ entry: Entry) {
    #expect(!entry.text.english.isEmpty)
    #expect(!entry.text.chinese.isEmpty)
    #expect(entry.text.chinese != entry.text.english)
    #expect(Self.hasChinese(entry.text.chinese), "\(entry.text.chinese)")
    #expect(!Self.hasChinese(entry.text.english), "\(entry.text.english)")
  }

  @Test("the catalog reaches every command, option, field, global option and group")
  func complete() {
    let places = Set(Self.entries.map(\.place))
    let specs = CommandName.allCases.map(\.spec)
    let options = specs.map(\.options.count).reduce(0, +)
    let comments = specs.flatMap(\.examples).filter { $0.comment != nil }.count
    #expect(places.count == Self.entries.count)
    #expect(
      Self.entries.count
        == 2 * specs.count + options + comments + CardField.allCases.count
        + CommandSpec.globalOptions.count + CommandGroup.allCases.count + 1)
    #expect(CommandSpec.globalOptions.map(\.name) == OptionName.global)
  }

  @Test("an example's comment is a translated comment, never part of its line")
  func examplesKeepCommentsApart() {
    for command in CommandName.allCases {
      for example in command.spec.examples {
        #expect(!example.line.contains("#"), "\(command.rawValue): \(example.line)")
        #expect(!Self.hasChinese(example.line) || example.line.contains("中国移动"))
      }
    }
  }

  @Test("hand-wrapped details fit in 72 columns in both languages", arguments: CommandName.allCases)
  func detailsFit(_ command: CommandName) {
    for language in Language.allCases {
      let details = Help.wrapped(command.spec.details.text(in: language))
      for line in details.split(separator: "\n") {
        #expect(TextWidth.width(of: line) <= 72, "\(command.rawValue): \(line)")
      }
    }
  }

  @Test("no line of Chinese help is wider than 72 columns, but the typed ones")
  func chineseFits() {
    #expect(Self.wideLines(Help.overview(in: .chinese), typed: []) == [])
    for command in CommandName.allCases {
      let spec = command.spec
      let typed = ["用法：" + spec.usage] + spec.examples.map { "  " + $0.text(in: .chinese) }
      let text = Help.command(command, in: .chinese)
      #expect(Self.wideLines(text, typed: typed) == [], "renew help \(command.rawValue)")
    }
  }

  /// The lines of `text` wider than 72 columns, leaving out the `typed` ones (the
  /// usage line and the examples, which are shown as typed); an example that
  /// goes on to a second line is left out whole.
  static func wideLines(_ text: String, typed: [String]) -> [String] {
    let exempt = Set(typed.flatMap { $0.split(separator: "\n").map(String.init) })
    return text.split(separator: "\n").map(String.init).filter {
      !exempt.contains($0) && TextWidth.width(of: $0) > 72
    }
  }

  @Test("Chinese option help lines up by display width, wrapped under its column")
  func chineseColumns() throws {
    let text = Help.command(.add, in: .chinese)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex(of: "选项："))
    let rows = lines[(start + 1)...].prefix { !$0.isEmpty }
    let widest = try #require(CommandSpec.cardOptions(for: .add).map(\.name.label.count).max())
    let column = 2 + widest + 2
    for row in rows {
      let help = row.dropFirst(column)
      #expect(row.prefix(column).allSatisfy { $0.isASCII }, "\(row)")
      #expect(help.first != " " && help.first != nil, "\(row)")
    }
    #expect(rows.contains { $0.hasPrefix(String(repeating: " ", count: column) + "third-party") })
  }
}

/// `Help.wrapped`: English breaks at spaces as it always has; Chinese, which has
/// few spaces, breaks between characters by display width.
@Suite("Help wrapping")
struct HelpWrappingTests {
  @Test("a line that fits is left alone, however wide its characters")
  func fits() {
    let line = "只修改给出的字段，其余保持不变。--method 和 --tag 会替换整个列表。"
    #expect(TextWidth.width(of: line) <= 72)
    #expect(Help.wrapped(line) == line)
    #expect(Help.wrapped("a  b\n\nc") == "a  b\n\nc")
  }

  @Test("English breaks at spaces only, a long word standing alone")
  func english() {
    let words = Array(repeating: "renewal", count: 12).joined(separator: " ")
    let expected = Array(repeating: "renewal renewal", count: 6).joined(separator: "\n")
    #expect(Help.wrapped(words, width: 20) == expected)
    let long = String(repeating: "x", count: 30)
    #expect(Help.wrapped("a \(long) b", width: 20) == "a\n\(long)\nb")
  }

  @Test(
    "Chinese breaks by display width, never before closing punctuation nor inside a word",
    arguments: [20, 31, 40, 72])
  func chinese(_ width: Int) {
    let line =
      "--clear FIELD 清空一个可选字段，FIELD 可以是：country、carrier、kind、expires、"
      + "period、price、keep-alive、grace、remind、method、how、pay、min-top-up、tag、note。"
    let lines = Help.wrapped(line, width: width).split(separator: "\n")
    #expect(lines.count > 1)
    for piece in lines {
      #expect(TextWidth.width(of: piece) <= width, "\(piece)")
      #expect(!"，。、：）".contains(piece.first ?? " "), "\(piece)")
      #expect(piece.first != " " && piece.last != " ", "\(piece)")
    }
    for word in ["keep-alive", "min-top-up", "country", "--clear", "FIELD"] {
      #expect(lines.contains { $0.contains(word) }, "\(word) was split")
    }
    // Only spaces at a break are dropped: the text reads the same.
    #expect(lines.joined().filter { $0 != " " } == line.filter { $0 != " " })
  }
}
