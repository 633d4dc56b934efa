/// "Did you mean …?" for a mistyped command, option or word, in English or Chinese.
enum Suggestion {
  /// The candidate closest to `word`, if it is close enough to be a typo: within
  /// two edits (one for short words), or a candidate that `word` abbreviates.
  ///
  /// An option's leading dashes do not make it longer: `--tag` is a short word,
  /// one edit from a suggestion, not two. Chinese words count by character, so
  /// `短息` is one edit from `短信`.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let prefixed = candidates.filter { $0.hasPrefix(word) && word.count >= 3 }
    if prefixed.count == 1 { return prefixed[0] }
    let limit = word.drop { $0 == "-" }.count <= 4 ? 1 : 2
    let scored = candidates.map { ($0, distance(word, $0)) }.filter { $0.1 <= limit }
    return scored.min { $0.1 < $1.1 }?.0
  }

  /// The edit distance between two strings, counted in characters, where swapping
  /// two neighbours (`lgo` for `log`) is one edit, as it is one slip of the fingers.
  static func distance(_ first: String, _ second: String) -> Int {
    let a = Array(first)
    let b = Array(second)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      beforePrevious = previous
      previous = current
    }
    return previous[b.count]
  }
}
