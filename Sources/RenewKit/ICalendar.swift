/// An iCalendar (RFC 5545) document built line by line: CRLF line ends, content
/// lines folded at 75 octets without splitting a UTF-8 sequence, TEXT escaped.
public struct ICalendar: Sendable {
  /// The document so far.
  public private(set) var bytes: [UInt8] = []

  /// An empty document.
  public init() {}

  /// Adds a content line `NAME:value` whose value is already in its type's syntax
  /// (a date, a duration), folded as needed.
  public mutating func line(_ name: String, _ value: String) {
    fold(Array((name + ":" + value).utf8))
  }

  /// Adds a content line whose value is TEXT, escaped (`\\`, `\;`, `\,`, `\n`).
  public mutating func text(_ name: String, _ value: String) {
    line(name, ICalendar.escaped(value))
  }

  /// `value` escaped as RFC 5545 TEXT.
  public static func escaped(_ value: String) -> String {
    var escaped = ""
    for character in value {
      switch character {
      case "\\": escaped += "\\\\"
      case ";": escaped += "\\;"
      case ",": escaped += "\\,"
      case "\n", "\r\n", "\r": escaped += "\\n"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  /// A date as a DATE value: `20261231`.
  public static func date(_ date: CalendarDate) -> String {
    date.description.filter { $0 != "-" }
  }

  /// Appends `line`, folded: no physical line longer than 75 octets, continuation
  /// lines starting with a space, never inside a UTF-8 sequence.
  private mutating func fold(_ line: [UInt8]) {
    var start = 0
    var limit = 75
    while line.count - start > limit {
      var end = start + limit
      // Back up to the start of a character: continuation bytes are 10xxxxxx.
      while end > start, line[end] & 0xC0 == 0x80 { end -= 1 }
      bytes += line[start..<end]
      bytes += [13, 10, 32]
      start = end
      limit = 74  // the leading space counts
    }
    bytes += line[start...]
    bytes += [13, 10]
  }
}

/// Writing a file renew makes for other programs (`calendar --out`).
public enum ExportFile {
  /// Replaces `path` with `bytes` all at once (a temporary file beside it, then a
  /// rename): on failure `path` is untouched.
  /// An existing file keeps its permissions, and a link is written through to
  /// its target, as an editor would.
  public static func replace(_ path: String, with bytes: [UInt8]) throws(SystemError) {
    let target = FilePaths.resolvingLinks(path)
    try Platform.replaceFile(at: target, with: bytes, mode: Platform.mode(of: target) ?? 0o644)
  }

  /// Whether `path` is the store's data file, its lock file, or inside its
  /// backups folder, however it is reached: a file no export may replace.
  public static func belongs(_ path: String, to store: Store) -> Bool {
    func isSame(_ path: String, as other: String) -> Bool {
      guard let identity = Platform.identity(of: path), let theirs = Platform.identity(of: other)
      else { return false }
      return identity.isSameFile(as: theirs)
    }
    let target = FilePaths.resolvingLinks(path)
    return isSame(target, as: store.target) || isSame(target, as: store.target + ".lock")
      || isSame(FilePaths.directory(of: target), as: store.backupFolder)
  }
}
