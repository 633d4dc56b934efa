/// A text for people in both of renew's languages, for the places that keep a
/// text before the language is known (a hint carried by an error, a line of help).
struct Localized: Hashable, Sendable {
  /// The English text.
  var english: String
  /// The Simplified Chinese text.
  var chinese: String

  /// A text in both languages.
  init(en english: String, zh chinese: String) {
    self.english = english
    self.chinese = chinese
  }

  /// The text in `language`.
  func text(in language: Language) -> String {
    language(en: english, zh: chinese)
  }
}
