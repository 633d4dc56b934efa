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

  /// How to renew a card, in one line: its methods, auto-renew and `--how`.
  static func hints(_ card: Card) -> String {
    card.renewalHints.map { hint in
      switch hint {
      case .method(let method): method.rawValue
      case .autoRenew(let via): via.map { "auto-renew via \($0)" } ?? "auto-renew"
      case .how(let text): text
      case .pay(let via): "pay via \(via)"
      }
    }.joined(separator: ", ")
  }

  /// The command that confirms an auto-renew charge made on the card's due date.
  static func confirmCharge(_ card: Card) -> String {
    "renew log \(shellQuoted(card.name)) --on due"
  }

  /// Words joined as a sentence lists them: "a, b and c"; "a、b 和 c".
  static func list(_ words: [String], in language: Language) -> String {
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: language(en: ", ", zh: "、"))
      + language(en: " and ", zh: " 和 ") + last
  }

  /// What to top up, and by when: "top up at least 6.00 CNY by 2027-06-30".
  static func topUp(_ hint: TopUpHint) -> String {
    "top up at least \(hint.amount) by \(hint.by)"
  }

  /// A field's value as `show` prints it.
  static func value(_ value: FieldValue) -> String {
    switch value {
    case .text(let text), .country(let text): return text
    case .kind(let kind): return kind.rawValue
    case .period(let period): return period.description
    case .money(let money): return money.description
    case .leadDays(let days):
      return days.map(String.init).joined(separator: ", ") + (days == [1] ? " day" : " days")
    case .methods(let methods): return methods.map(\.rawValue).joined(separator: ", ")
    case .tags(let tags): return tags.joined(separator: ", ")
    case .flag(let isOn): return isOn ? "yes" : "no"
    }
  }

  /// What a change did, as `backups` and `undo` say it: `log Smart PH 2026-11-21`.
  ///
  /// In English this is the form the data file keeps: the command's own name, the
  /// card and the day.
  static func change(_ change: Change) -> String {
    change.storedText
  }

  /// The plan as "1y, 300.00 PHP".
  static func plan(_ plan: Plan) -> String {
    [plan.period?.description, plan.price?.description].compactMap { $0 }.joined(separator: ", ")
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
