import RenewKit

/// Small phrases shared by the tables and the cron lines.
enum Format {
  /// Days left as people say them: "in 3 days", "today", "2 days overdue";
  /// "还有 3 天", "今天", "已逾期 2 天".
  static func days(_ count: Int, in language: Language) -> String {
    switch count {
    case 0: return language(en: "today", zh: "今天")
    case 1: return language(en: "in 1 day", zh: "还有 1 天")
    case 2...: return language(en: "in \(count) days", zh: "还有 \(count) 天")
    case -1: return language(en: "1 day overdue", zh: "已逾期 1 天")
    default: return language(en: "\(-count) days overdue", zh: "已逾期 \(-count) 天")
    }
  }

  /// `text` as it must be typed in a shell: bare when it is one plain word
  /// (`giffgaff`, `中国移动`), else in double quotes, or in single quotes when it
  /// holds a character that double quotes do not protect.
  static func shellQuoted(_ text: String) -> String {
    let isPlainWord =
      !text.isEmpty && !text.hasPrefix("-")
      && text.allSatisfy { $0.isLetter || $0.isNumber || "-_./@%+:,=".contains($0) }
    if isPlainWord { return text }
    if !text.contains(where: { "\"$`\\!".contains($0) }) { return "\"\(text)\"" }
    return "'" + text.replacing("'", with: "'\\''") + "'"
  }

  /// The most names a message lists: a file of hundreds of cards must not make an
  /// error or a warning a page long.
  static let listedLimit = 10

  /// Names listed one after another: "a, b, c"; "a、b、c"; past ``listedLimit``,
  /// the first of them and how many more there are.
  static func listed(_ names: [String], in language: Language) -> String {
    let shown = names.prefix(listedLimit).joined(separator: language(en: ", ", zh: "、"))
    let more = names.count - listedLimit
    guard more > 0 else { return shown }
    return shown + language(en: " and \(more) more", zh: " 等，另有 \(more) 个")
  }

  /// A command line that names `card`, as it must be typed: `renew edit 中国移动
  /// --expires DATE`, or with the name after `--` when it starts with `-` and would
  /// otherwise be read as an option (`renew edit --expires DATE -- -x`).
  ///
  /// - Parameters:
  ///   - command: The command.
  ///   - card: The card's name, as stored.
  ///   - options: What goes after the card's name, before any `--`.
  ///   - trailing: Arguments that follow the name in either form (an entry id).
  /// - Returns: The line, starting `renew`.
  static func command(
    _ command: CommandName, card: String, options: String = "", trailing: String = ""
  ) -> String {
    let name = shellQuoted(card) + (trailing.isEmpty ? "" : " \(trailing)")
    let given = options.isEmpty ? "" : " \(options)"
    return card.hasPrefix("-")
      ? "renew \(command.rawValue)\(given) -- \(name)" : "renew \(command.rawValue) \(name)\(given)"
  }

  /// How to renew a card, in one line: its methods, auto-renew and `--how`;
  /// "app, auto-renew via PayPal", "应用、通过 PayPal 自动续费".
  static func hints(_ card: Card, in language: Language) -> String {
    // Built in place: `status` words a hint list for every card it shows.
    var text = ""
    for (index, hint) in card.renewalHints.enumerated() {
      if index > 0 { text += language(en: ", ", zh: "、") }
      switch hint {
      case .method(let method): text += method.word(in: language)
      case .autoRenew(let via):
        text +=
          via.map { language(en: "auto-renew via \($0)", zh: spaced("通过", $0, "自动续费")) }
          ?? language(en: "auto-renew", zh: "自动续费")
      case .how(let how): text += how
      case .pay(let via): text += language(en: "pay via \(via)", zh: paid(via: via))
      }
    }
    return text
  }

  /// "通过 PayPal 支付", "通过支付宝支付"; "通过微信支付", not "通过微信支付支付", for a
  /// route whose name already ends in 支付.
  static func paid(via route: String) -> String {
    spaced("通过", route, route.hasSuffix("支付") ? "" : "支付")
  }

  /// The command that confirms an auto-renew charge made on the card's due date.
  static func confirmCharge(_ card: Card) -> String {
    command(.log, card: card.name, options: "--on due")
  }

  /// Words joined as a sentence lists them: "a, b and c"; "a、b 和 c".
  static func list(_ words: [String], in language: Language) -> String {
    joined(words, language(en: "and", zh: "和"), in: language)
  }

  /// Words joined as alternatives: "a, b or c"; "a、b 或 c".
  static func alternatives(_ words: [String], in language: Language) -> String {
    joined(words, language(en: "or", zh: "或"), in: language)
  }

  /// Words joined with commas (、 in Chinese) and `conjunction` before the last,
  /// spaced in Chinese only where it meets Latin letters.
  private static func joined(
    _ words: [String], _ conjunction: String, in language: Language
  ) -> String {
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    let head = words.dropLast().joined(separator: language(en: ", ", zh: "、"))
    return language(en: "\(head) \(conjunction) \(last)", zh: spaced(head, conjunction, last))
  }

  /// What to top up, and by when: "top up at least 6.00 CNY by 2027-06-30";
  /// "请在 2027-06-30 前至少充值 6.00 CNY".
  static func topUp(_ hint: TopUpHint, in language: Language) -> String {
    language(
      en: "top up at least \(hint.amount) by \(hint.by)",
      zh: "请在 \(hint.by) 前至少充值 \(hint.amount)")
  }

  /// What a card paid from its balance needs once a charge was refused: "the balance
  /// did not cover the charge after 2027-01-31: renew, then 'renew log 中国移动'".
  static func renewAfterRefusal(_ card: Card, expiry: CalendarDate, in language: Language) -> String
  {
    let log = command(.log, card: card.name)
    return language(
      en: "the balance did not cover the charge after \(expiry): renew, then '\(log)'",
      zh: "余额不足，\(expiry) 之后未能扣费：请续费，然后运行 '\(log)'")
  }

  /// A period for people: as typed in English (`30d`, `1y`), in words in Chinese
  /// (30 天, 1 年).
  static func period(_ period: Period, in language: Language) -> String {
    switch (language, period) {
    case (.english, _): return period.description
    case (.chinese, .days(let count)): return "\(count) 天"
    case (.chinese, .weeks(let count)): return "\(count) 周"
    case (.chinese, .months(let count)): return "\(count) 个月"
    case (.chinese, .years(let count)): return "\(count) 年"
    }
  }

  /// A field's value as `show` prints it.
  static func value(_ value: FieldValue, in language: Language) -> String {
    let separator = language(en: ", ", zh: "、")
    switch value {
    case .text(let text), .country(let text): return text
    case .kind(let kind): return kind.word(in: language)
    case .period(let period): return Format.period(period, in: language)
    case .money(let money): return money.description
    case .leadDays(let days):
      let list = days.map(String.init).joined(separator: separator)
      return list + language(en: days == [1] ? " day" : " days", zh: " 天")
    case .methods(let methods):
      return methods.map { $0.word(in: language) }.joined(separator: separator)
    case .tags(let tags): return tags.joined(separator: separator)
    case .flag(let isOn): return isOn ? language(en: "yes", zh: "是") : language(en: "no", zh: "否")
    }
  }

  /// What a change did, as `backups` and `undo` say it: `log Smart PH 2026-11-21`;
  /// 记录续费（Smart PH，2026-11-21）.
  ///
  /// In English this is the form the data file keeps: the command's own name, the
  /// card and the day. Text renew did not write (a file edited by hand) is shown
  /// as it is.
  static func change(_ change: Change, in language: Language) -> String {
    guard language == .chinese, case .command(let command, let card, let date) = change else {
      return change.storedText
    }
    return "\(command.word(in: language))（\(card)\(date.map { "，\($0)" } ?? "")）"
  }

  /// The plan as "1y, 300.00 PHP"; "1 年，300.00 PHP".
  static func plan(_ plan: Plan, in language: Language) -> String {
    // Built in place: `list` words the plan of every card.
    var text = plan.period.map { period($0, in: language) } ?? ""
    if let price = plan.price {
      if !text.isEmpty { text += language(en: ", ", zh: "，") }
      text += price.description
    }
    return text
  }

  /// Pieces of a Chinese sentence joined with a space wherever Chinese meets Latin
  /// letters, digits or ASCII quotes, and nowhere else: `spaced("通过", "PayPal",
  /// "支付")` is "通过 PayPal 支付", `spaced("通过", "支付宝", "支付")` is "通过支付宝支付".
  ///
  /// For sentences that hold what the user typed (a card's name, a payment route),
  /// whose script is not known in advance.
  static func spaced(_ pieces: String...) -> String {
    var text = ""
    for piece in pieces where !piece.isEmpty {
      if let last = text.last, let first = piece.first,
        (isChinese(last) && isLatin(first)) || (isLatin(last) && isChinese(first))
      {
        text += " "
      }
      text += piece
    }
    return text
  }

  /// Whether `character` is a Chinese (or other wide) letter, not punctuation.
  private static func isChinese(_ character: Character) -> Bool {
    character.isLetter && TextWidth.width(of: character) == 2
  }

  /// Whether `character` is narrow and visible: a Latin letter, a digit, a quote.
  private static func isLatin(_ character: Character) -> Bool {
    !character.isWhitespace && TextWidth.width(of: character) == 1
  }

  /// The colour of a state in a terminal.
  static func color(of state: CardState) -> ANSIColor {
    switch state {
    case .ok: return .green
    case .soon: return .yellow
    case .overdue: return .red
    case .lapsed: return .boldRed
    case .unknown: return .dim
    }
  }
}
