/// What the last bytes of a document renew wrote say: its format version and its
/// last change, found without reading the rest.
///
/// renew writes a document's keys sorted, each on a line of its own: `cards`, then
/// `lastChange`, then `version`. So both are in the file's last few kilobytes.
struct DocumentEnding: Equatable {
  /// How much of a file's end holds its ending when renew wrote it: the longest
  /// change text (a command, a 200-character name, a date) and the version.
  static let length = 4096

  /// The document's format version.
  var version: Int
  /// What the document says its last change was.
  var lastChange: Change

  /// The ending that `tail`, the last bytes of a document, holds; `nil` when they
  /// do not end as renew ends a document with a last change (the caller reads it all).
  init?(tail: [UInt8]) {
    let marker = Array("\n  \"lastChange\" : ".utf8)
    let ending = Array("\n  \"version\" : ".utf8)
    guard let versionAt = DocumentEnding.lastIndex(of: ending, in: tail[...]),
      let at = DocumentEnding.lastIndex(of: marker, in: tail[..<versionAt])
    else { return nil }
    // The version's digits, then the document's closing brace, then nothing but
    // white space.
    let afterVersion = tail[(versionAt + ending.count)...]
    let digits = afterVersion.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    let rest = afterVersion[digits.endIndex...].filter { !TextBytes.isWhiteSpace($0) }
    guard rest == [UInt8(ascii: "}")], digits.count <= 9,
      let version = Int(String(decoding: digits, as: UTF8.self))
    else { return nil }
    // The change's text, then the comma before the version, and nothing else.
    let changeBytes = Array(tail[(at + marker.count)..<versionAt])
    var reader = JSONReader(bytes: changeBytes)
    guard let text = try? reader.readString(),
      changeBytes[reader.offset...].elementsEqual([UInt8(ascii: ",")])
    else { return nil }
    self.version = version
    self.lastChange = Change(storedText: text)
  }

  private static func lastIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    var index = haystack.endIndex - needle.count
    while index >= haystack.startIndex {
      if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index -= 1
    }
    return nil
  }
}
