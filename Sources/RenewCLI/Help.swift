/// The help texts, built from ``CommandSpecs`` so that they cannot drift from the parser.
enum Help {
  /// The version `renew --version` prints.
  static let version = "renew 0.1.0"

  /// `renew --help`: what renew is, the commands and the global options.
  static func overview() -> String {
    let groups: [(String, [String])] = [
      ("Everyday", ["status", "check", "log", "touch"]),
      ("Cards", ["add", "edit", "list", "show", "retire", "unretire", "remove"]),
      ("History and data", ["history", "backups", "undo", "help"]),
    ]
    var text = """
      renew - keep phone numbers alive: expiry dates, keep-alive windows and renewals

      Usage: renew [COMMAND] [OPTIONS]

      """
    for (title, names) in groups {
      text += "\n\(title):\n"
      let rows = names.compactMap(CommandSpecs.spec).map { ($0.name, $0.summary) }
      text += columns(rows)
    }
    text += "\nGlobal options (before or after the command):\n"
    text += columns(
      CommandSpecs.global.map { ($0.name == "help" ? "-h, --help" : $0.label, $0.help) })
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
  static func command(_ spec: CommandSpec) -> String {
    var text = "Usage: \(spec.usage)\n\n\(spec.summary.prefix(1).uppercased())"
    text += "\(spec.summary.dropFirst()).\n\n\(spec.details)\n"
    if !spec.options.isEmpty {
      text += "\nOptions:\n"
      text += columns(spec.options.map { ($0.label, $0.help) })
    }
    text += "\n\(spec.examples.count == 1 ? "Example" : "Examples"):\n"
    text += spec.examples.map { "  \($0)\n" }.joined()
    text += "\nGlobal options --file, --today, --json, --no-color: see 'renew --help'.\n"
    return text
  }

  private static func columns(_ rows: [(String, String)]) -> String {
    let width = rows.map(\.0.count).max() ?? 0
    return rows.map { label, help in
      "  \(label)\(String(repeating: " ", count: width - label.count))  \(help)\n"
    }.joined()
  }
}
