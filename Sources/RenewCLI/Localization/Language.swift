/// The language renew speaks to people in: help, errors, tables and `check` lines.
///
/// What scripts read (JSON, exit codes, dates, money, the data file) is the same
/// in both.
enum Language: String, CaseIterable, Sendable {
  /// English, the default.
  case english = "en"
  /// Simplified Chinese.
  case chinese = "zh"

  /// The environment variables that choose the language, first set wins.
  static let variables = ["RENEW_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]

  /// The language `--lang` names: `en` or `zh`, in any case.
  init?(option value: String) {
    guard let language = Language(rawValue: value.lowercased()) else { return nil }
    self = language
  }

  /// The language the environment chooses: the first of ``variables`` that is set
  /// and not empty decides, Chinese when it starts with `zh` (`zh_CN.UTF-8`,
  /// `zh`), else English (`C`, `POSIX`, `en_US.UTF-8`).
  init(environment: [String: String]) {
    let value = Language.variables.lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    self = value.map { $0.lowercased().hasPrefix("zh") } == true ? .chinese : .english
  }

  /// The language an invocation speaks before its command line is parsed, so that
  /// even a mistake on it is reported in that language: `--lang` when it stands
  /// before `--` with a value renew knows, else the environment's.
  init(arguments: [String], environment: [String: String]) {
    var index = arguments.startIndex
    while index < arguments.endIndex, arguments[index] != "--" {
      let word = arguments[index]
      index += 1
      var value: String?
      if word.hasPrefix("--lang=") {
        value = String(word.dropFirst("--lang=".count))
      } else if word == "--lang", index < arguments.endIndex {
        value = arguments[index]
      }
      if let language = value.flatMap(Language.init(option:)) {
        self = language
        return
      }
    }
    self.init(environment: environment)
  }

  /// The text in this language: `language(en: "today", zh: "今天")`.
  ///
  /// Every text for people is written this way or as a ``Localized``, so that
  /// neither language can be left out. Only the text in this language is built.
  func callAsFunction(
    en english: @autoclosure () -> String, zh chinese: @autoclosure () -> String
  ) -> String {
    switch self {
    case .english: english()
    case .chinese: chinese()
    }
  }
}
