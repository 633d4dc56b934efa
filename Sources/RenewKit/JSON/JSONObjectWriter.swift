/// Where one member of an open object sits in the writer's bytes.
struct JSONMemberMark {
  /// The offset of the member's line break; the member runs to the next member's
  /// mark, or to the end, and ends with a `,`.
  var start: Int
  /// The key's bytes (escaped) between its quotes.
  var key: Range<Int>
  /// Whether the key was escaped, so that its bytes differ from its text.
  var hasEscape: Bool
}

/// The members of an object being written, given in any order; they are sorted by
/// key when the object ends (see ``JSONWriter``).
///
/// A key given twice keeps its last value, as with `JSONEncoder`.
public struct JSONObjectWriter {
  /// The writer, moved in for the object's lifetime.
  var writer = JSONWriter(empty: ())
  /// Where this object's marks start in ``JSONWriter/members``.
  let base: Int
  /// Whether every key so far came after the one before it.
  private var isSorted = true

  /// Starts an object whose marks start at `base`.
  init(base: Int) {
    self.base = base
  }

  /// How many arrays and objects enclose the members' values.
  public var depth: Int { writer.depth }

  /// Writes the member `key` with `value`; an optional that is `nil` is written as `null`.
  public mutating func member(_ key: String, _ value: some JSONWritable) {
    beginMember(key)
    value.write(to: &writer)
    writer.bytes.append(UInt8(ascii: ","))
  }

  /// Writes the member `key` with `value`, or nothing when `value` is `nil`.
  public mutating func member(_ key: String, ifPresent value: (some JSONWritable)?) {
    guard let value else { return }
    member(key, value)
  }

  /// Writes the member `key` with `null`.
  public mutating func memberNull(_ key: String) {
    beginMember(key)
    writer.writeNull()
    writer.bytes.append(UInt8(ascii: ","))
  }

  /// Writes the member `key` with an object whose members `body` gives.
  public mutating func memberObject<Failure>(
    _ key: String, _ body: (_ object: inout JSONObjectWriter) throws(Failure) -> Void
  ) throws(Failure) {
    beginMember(key)
    try writer.writeObject(body)
    writer.bytes.append(UInt8(ascii: ","))
  }

  /// Writes the member `key` with an array whose elements `body` appends.
  public mutating func memberArray<Failure>(
    _ key: String, _ body: (_ array: inout JSONArrayWriter) throws(Failure) -> Void
  ) throws(Failure) {
    beginMember(key)
    try writer.writeArray(body)
    writer.bytes.append(UInt8(ascii: ","))
  }

  /// Writes the member `key` with a value already encoded in renew's style at
  /// `depth` (see ``JSONWriter/writeEncoded(_:depth:)``).
  public mutating func member(_ key: String, encoded: some Collection<UInt8>, depth: Int) {
    beginMember(key)
    writer.writeEncoded(encoded, depth: depth)
    writer.bytes.append(UInt8(ascii: ","))
  }

  /// Writes a member's line break, indent, key and ` : `, and marks where it is.
  private mutating func beginMember(_ key: String) {
    let start = writer.bytes.count
    let hasEscape = writer.appendQuoted(key, asKey: true)
    // The key's bytes lie between the indent's `"` and the closing `" : `.
    let mark = JSONMemberMark(
      start: start, key: (start + 2 * writer.depth + 2)..<(writer.bytes.count - 4),
      hasEscape: hasEscape)
    if isSorted, writer.members.count > base, let previous = writer.members.last {
      isSorted = precedes(previous, mark)
    }
    writer.members.append(mark)
  }

  /// Ends the object: sorts its members if they came out of order, and closes it.
  mutating func end() {
    let count = writer.members.count - base
    writer.depth -= 1
    guard count > 0 else {
      writer.bytes.append(UInt8(ascii: "}"))
      return
    }
    if !isSorted { sortMembers() }
    writer.members.removeLast(count)
    writer.bytes.removeLast()  // The last member's comma.
    writer.appendNewline()
    writer.bytes.append(UInt8(ascii: "}"))
  }

  /// Puts the members' bytes in key order, keeping the last of equal keys.
  private mutating func sortMembers() {
    let marks = Array(writer.members[base...])
    let order = marks.indices.sorted { precedes(marks[$0], marks[$1]) }
    // The sort is stable: of equal keys, the one given last comes last, and is kept.
    let kept = order.indices.filter {
      $0 + 1 == order.count || precedes(marks[order[$0]], marks[order[$0 + 1]])
    }.map { order[$0] }
    let regionStart = marks[0].start
    let region = Array(writer.bytes[regionStart...])
    writer.bytes.removeLast(region.count)
    for index in kept {
      let end = index + 1 < marks.count ? marks[index + 1].start : regionStart + region.count
      writer.bytes.append(
        contentsOf: region[(marks[index].start - regionStart)..<(end - regionStart)])
    }
  }

  /// Whether the first key comes strictly before the second in UTF-8 byte order of
  /// their text (which is the order of their escaped bytes when neither is escaped).
  private func precedes(_ first: JSONMemberMark, _ second: JSONMemberMark) -> Bool {
    guard first.hasEscape || second.hasEscape else {
      return writer.bytes.withUnsafeBufferPointer {
        $0[first.key].lexicographicallyPrecedes($0[second.key])
      }
    }
    return JSONUnescaper.unescaped(writer.bytes[first.key])
      .lexicographicallyPrecedes(JSONUnescaper.unescaped(writer.bytes[second.key]))
  }
}
