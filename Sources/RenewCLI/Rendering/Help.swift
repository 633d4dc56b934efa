/// The help texts, built from the command table so that they cannot drift from the parser.
///
/// Every fixed word of the layout comes in both languages; the usage lines,
/// option labels and example lines are the same in both, because they are typed.
enum Help {
  /// The version `renew --version` prints.
  static let version = "renew 0.1.0"

  /// The widest a paragraph of help may be, in terminal columns.
  static let lineWidth = 72

  /// `renew --help`: what renew is, the commands and the global options.
  static func overview(in language: Language) -> String {
    var text = language(
      en: """
        renew - keep phone numbers alive: expiry dates, keep-alive windows and renewals

        Usage: renew [COMMAND] [OPTIONS]

        """,
      zh: """
        renew - 保住手机号码：有效期、保号周期和续费

        用法：renew [COMMAND] [OPTIONS]

        """)
    for group in CommandGroup.allCases {
      text += "\n\(group.title.text(in: language))\(language(en: ":", zh: "："))\n"
      let commands = CommandName.allCases.filter { $0.group == group }
      text += columns(commands.map { ($0.rawValue, $0.spec.summary) }, in: language)
    }
    text += language(
      en: "\nGlobal options (before or after the command):\n",
      zh: "\n全局选项（放在命令之前或之后均可）：\n")
    text += columns(
      CommandSpec.globalOptions.map { ($0.name == .help ? "-h, --help" : $0.name.label, $0.help) },
      in: language)
    text += "\n" + valuesParagraph.text(in: language) + "\n\n"
    text += dataFileParagraph.text(in: language) + "\n\n"
    text += language(
      en: "Run 'renew help COMMAND' for a command's options and examples.\n",
      zh: "运行 'renew help COMMAND' 查看某个命令的选项和示例。\n")
    return text
  }

  /// What CARD, DATE, P and MONEY are, for the overview and the manual page.
  static let valuesParagraph = Localized(
    en: """
      CARD is a card's name (any case), a unique prefix of a name, or the last
      four or more digits of its number. DATE is YYYY-MM-DD, today, yesterday or
      tomorrow. A period P is a number and d, w, m or y (30d, 2w, 1m, 1y). MONEY
      is an amount and an ISO 4217 code ("12.50 USD").
      """,
    zh: """
      CARD 是卡的名称（不区分大小写）、名称的唯一前缀，或号码末尾至少四位
      数字。DATE 是 YYYY-MM-DD、today、yesterday 或 tomorrow。周期 P 是一个
      数字加 d、w、m 或 y（30d、2w、1m、1y）。MONEY 是金额加 ISO 4217 货币
      代码（"12.50 USD"）。
      """)

  /// Where the data file is, for the overview and the manual page.
  static let dataFileParagraph = Localized(
    en: """
      Data file: --file, else $RENEW_FILE, else $XDG_DATA_HOME/renew/renew.json,
      else ~/.local/share/renew/renew.json.
      """,
    zh: """
      数据文件：依次取 --file、$RENEW_FILE、$XDG_DATA_HOME/renew/renew.json
      中第一个给出的；都没有时用 ~/.local/share/renew/renew.json。
      """)

  /// `renew help COMMAND`: usage, what it does, its options and examples.
  static func command(_ name: CommandName, in language: Language) -> String {
    let spec = name.spec
    let summary = spec.summary.text(in: language)
    var text = language(en: "Usage: ", zh: "用法：") + spec.usage + "\n\n"
    text += language(
      en: "\(summary.prefix(1).uppercased())\(summary.dropFirst()).", zh: "\(summary)。")
    text += "\n\n\(wrapped(spec.details.text(in: language)))\n"
    if !spec.options.isEmpty {
      text += language(en: "\nOptions:\n", zh: "\n选项：\n")
      text += columns(spec.options.map { ($0.name.label, $0.help) }, in: language)
    }
    text += language(
      en: "\n\(spec.examples.count == 1 ? "Example" : "Examples"):\n", zh: "\n示例：\n")
    text += spec.examples.map { "  \($0.text(in: language))\n" }.joined()
    let global = CommandSpec.pointedGlobalOptions.map { "--\($0.rawValue)" }
    let pointer = language(
      en: "Global options \(global.joined(separator: ", ")): see 'renew --help'.",
      zh: "全局选项 \(global.joined(separator: "、")) 见 'renew --help'。")
    text += "\n\(pointer)\n"
    return text
  }

  /// `text` with every line wider than `width` columns broken, so that a list made
  /// from the command table reads like the hand-wrapped text around it.
  ///
  /// A line breaks at a space, which is dropped, or, in Chinese, between two
  /// characters next to a wide one (Chinese has no spaces between words), but
  /// never before closing punctuation such as `，` or `）` nor after `（`. Width
  /// is display width (``TextWidth``): a Chinese character takes two columns.
  /// Lines that fit are left alone.
  static func wrapped(_ text: String, width: Int = lineWidth) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var lines: [String] = []
      var current = ""
      var currentWidth = 0
      for piece in pieces(of: line) {
        let pieceWidth = TextWidth.width(of: piece.text)
        if !current.isEmpty && currentWidth + piece.joiner.count + pieceWidth > width {
          lines.append(current)
          current = ""
          currentWidth = 0
        } else if !current.isEmpty {
          current += piece.joiner
          currentWidth += piece.joiner.count
        }
        current += piece.text
        currentWidth += pieceWidth
      }
      return (lines + [current]).joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// The pieces a line may be broken between: its words, and within a word the
  /// runs between Chinese break opportunities; each with what joins it to the
  /// piece before (a space between words, nothing inside one).
  private static func pieces(of line: Substring) -> [(joiner: String, text: String)] {
    var pieces: [(joiner: String, text: String)] = []
    for word in line.split(separator: " ", omittingEmptySubsequences: false) {
      var joiner = " "
      var piece = ""
      for character in word {
        if let previous = piece.last, canBreak(between: previous, and: character) {
          pieces.append((joiner, piece))
          joiner = ""
          piece = ""
        }
        piece.append(character)
      }
      pieces.append((joiner, piece))
    }
    return pieces
  }

  /// Whether a line may break between two characters that touch: only next to a
  /// wide character, and not before closing nor after opening punctuation.
  private static func canBreak(between before: Character, and after: Character) -> Bool {
    guard TextWidth.width(of: before) == 2 || TextWidth.width(of: after) == 2 else {
      return false
    }
    return !"，。、；：！？）》」』".contains(after) && !"（《「『".contains(before)
  }

  /// Rows of a label and its help, the help lined up in one column by display width.
  ///
  /// Chinese help wraps under its column to keep rows within ``lineWidth``; English
  /// rows stay one line each, as renew has always printed them.
  private static func columns(_ rows: [(String, Localized)], in language: Language) -> String {
    let width = rows.map { TextWidth.width(of: $0.0) }.max() ?? 0
    let indent = String(repeating: " ", count: 2 + width + 2)
    return rows.map { label, help in
      var text = help.text(in: language)
      if language == .chinese {
        text = wrapped(text, width: lineWidth - indent.count)
          .replacing("\n", with: "\n" + indent)
      }
      return "  \(TextWidth.padded(label, to: width))  \(text)\n"
    }.joined()
  }
}

extension CommandGroup {
  /// The heading in `renew --help`.
  var title: Localized {
    switch self {
    case .everyday: return Localized(en: "Everyday", zh: "日常使用")
    case .cards: return Localized(en: "Cards", zh: "卡管理")
    case .data: return Localized(en: "History and data", zh: "历史记录和数据")
    }
  }
}
