import RenewKit

/// A value the command line takes as a word, typed in English or in Chinese
/// (`--method sms` or `--method 短信`); what renew stores is the English word.
///
/// The Chinese words are declared once, here, with a `switch` per type, so a new
/// case cannot be left without them.
protocol TypedWord: CaseIterable, RawRepresentable<String> {
  /// The Chinese words for this value, the usual one first (as hints show it).
  var chineseWords: [String] { get }
}

extension TypedWord {
  /// The value `word` names: its English word in any case, or one of its Chinese
  /// words (in any case, for `eSIM`).
  init?(word: String) {
    let key = word.lowercased()
    let match = Self.allCases.first { value in
      value.rawValue == key || value.chineseWords.contains { $0.lowercased() == key }
    }
    guard let match else { return nil }
    self = match
  }

  /// Every word that names a value: the English ones, then the Chinese ones.
  static var allWords: [String] {
    allCases.map(\.rawValue) + allCases.flatMap(\.chineseWords)
  }

  /// The English word with its usual Chinese word after it, as a Chinese hint
  /// lists it: `sms（短信）`; the English word alone when the two are the same
  /// word (`esim` and `eSIM`).
  var bothWords: String {
    guard let chinese = chineseWords.first, chinese.lowercased() != rawValue else {
      return rawValue
    }
    return "\(rawValue)（\(chinese)）"
  }
}

extension RenewalMethod: TypedWord {
  /// 网站, 应用, 电话, 营业厅, 自动续费, 第三方支付, 自助机, 短信, and the short forms
  /// people type (官网, 自动, 第三方).
  var chineseWords: [String] {
    switch self {
    case .online: ["网站", "官网"]
    case .app: ["应用"]
    case .phone: ["电话"]
    case .store: ["营业厅"]
    case .auto: ["自动续费", "自动"]
    case .thirdParty: ["第三方支付", "第三方"]
    case .kiosk: ["自助机"]
    case .sms: ["短信"]
    }
  }
}

extension CardKind: TypedWord {
  /// 实体卡, eSIM 卡 (or eSIM), 虚拟号: in Chinese every kind is a noun for the
  /// line itself, as a carrier's app lists them side by side.
  var chineseWords: [String] {
    switch self {
    case .sim: ["实体卡"]
    case .esim: ["eSIM 卡", "eSIM卡", "eSIM"]
    case .virtual: ["虚拟号"]
    }
  }
}

extension SpendGrouping: TypedWord {
  /// 卡, 月, 年, or 按卡, 按月, 按年 as one says "by month".
  var chineseWords: [String] {
    switch self {
    case .card: ["卡", "按卡"]
    case .month: ["月", "按月"]
    case .year: ["年", "按年"]
    }
  }
}

/// A day named by a word relative to today: `today`, `yesterday`, `tomorrow`.
enum DayWord: String, TypedWord {
  /// Today.
  case today
  /// The day before today.
  case yesterday
  /// The day after today.
  case tomorrow

  /// 今天, 昨天, 明天.
  var chineseWords: [String] {
    switch self {
    case .today: ["今天"]
    case .yesterday: ["昨天"]
    case .tomorrow: ["明天"]
    }
  }

  /// How many days from today this day is.
  var offset: Int {
    switch self {
    case .today: 0
    case .yesterday: -1
    case .tomorrow: 1
    }
  }
}

/// The word `--on` takes for a card's due date: `due`, or 到期日.
enum DueWord: String, TypedWord {
  /// The card's due date.
  case due

  /// 到期日, or 到期.
  var chineseWords: [String] {
    switch self {
    case .due: ["到期日", "到期"]
    }
  }
}
