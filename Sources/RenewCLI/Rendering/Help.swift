/// The help texts, built from the command table so that they cannot drift from the parser.
enum Help {
  /// The version `renew --version` prints.
  static let version = "renew 0.1.0"

  /// `renew --help`: what renew is, the commands and the global options.
  static func overview(in language: Language) -> String {
    var text = """
      renew - keep phone numbers alive: expiry dates, keep-alive windows and renewals

      Usage: renew [COMMAND] [OPTIONS]

      """
    for group in CommandGroup.allCases {
      text += "\n\(group.title):\n"
      let commands = CommandName.allCases.filter { $0.group == group }
      text += columns(commands.map { ($0.rawValue, $0.spec.summary) })
    }
    text += "\nGlobal options (before or after the command):\n"
    text += columns(
      CommandSpec.globalOptions.map { ($0.name == .help ? "-h, --help" : $0.name.label, $0.help) })
    text += """

      CARD is a card's name (any case), a unique prefix of a name, or the last
      four or more digits of its number. DATE is YYYY-MM-DD, today, yesterday or
      tomorrow. A period P is a number and d, w, m or y (30d, 2w, 1m, 1y). MONEY
      is an amount and an ISO 4217 code ("12.50 USD").

      Data file: --file, else $RENEW_FILE, else $XDG_DATA_HOME/renew/renew.json,
      else ~/.local/share/renew/renew.json.

      Run 'renew help COMMAND' for a command's options and examples.

      """
    return text
  }

  /// `renew help COMMAND`: usage, what it does, its options and examples.
  static func command(_ name: CommandName, in language: Language) -> String {
    let spec = name.spec
    var text = "Usage: \(spec.usage)\n\n\(spec.summary.prefix(1).uppercased())"
    text += "\(spec.summary.dropFirst()).\n\n\(wrapped(spec.details))\n"
    if !spec.options.isEmpty {
      text += "\nOptions:\n"
      text += columns(spec.options.map { ($0.name.label, $0.help) })
    }
    text += "\n\(spec.examples.count == 1 ? "Example" : "Examples"):\n"
    text += spec.examples.map { "  \($0)\n" }.joined()
    text += "\nGlobal options --file, --today, --json, --no-color: see 'renew --help'.\n"
    return text
  }

  /// `text` with every line longer than 72 columns broken at spaces, so that a list
  /// made from the command table reads like the hand-wrapped text around it.
  static func wrapped(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var lines: [String] = []
      var current = ""
      for word in line.split(separator: " ", omittingEmptySubsequences: false) {
        if !current.isEmpty && current.count + 1 + word.count > 72 {
          lines.append(current)
          current = String(word)
        } else {
          current += (current.isEmpty ? "" : " ") + word
        }
      }
      return (lines + [current]).joined(separator: "\n")
    }.joined(separator: "\n")
  }

  private static func columns(_ rows: [(String, String)]) -> String {
    let width = rows.map(\.0.count).max() ?? 0
    return rows.map { label, help in
      "  \(label)\(String(repeating: " ", count: width - label.count))  \(help)\n"
    }.joined()
  }
}

extension CommandGroup {
  /// The heading in `renew --help`.
  var title: String {
    switch self {
    case .everyday: return "Everyday"
    case .cards: return "Cards"
    case .data: return "History and data"
    }
  }
}
