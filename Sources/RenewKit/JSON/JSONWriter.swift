/// Writes renew's one JSON style, byte for byte as Foundation's `JSONEncoder` writes
/// it (`.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`, empty
/// containers collapsed, a final newline), straight into a byte buffer.
///
/// The style: two spaces of indent per level; `"key" : value`; one member or element
/// per line; `{}` and `[]` for empty containers; members sorted by the UTF-8 bytes of
/// their keys (which is also `JSONEncoder`'s order on Linux); strings with `"`, `\`
/// and the control characters escaped as Foundation escapes them (`\b \f \n \r \t`,
/// the others as `\u00xx` in lowercase hex), and `/` and all other text as it is.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.writeObject { card in
///   card.member("name", "Smart PH")
///   card.memberArray("history") { history in history.append(contentsOf: events) }
/// }
/// let bytes = writer.finish()
/// ```
///
/// Members may be given in any order: each object notes where its members start,
/// and sorts them when it ends, moving bytes only when they came out of order.
public struct JSONWriter {
  /// The bytes written so far.
  public internal(set) var bytes: [UInt8]
  /// How many arrays and objects enclose the next value, which is indented by two
  /// spaces for each.
  public internal(set) var depth = 0
  /// The members of the open objects, innermost last (see ``JSONObjectWriter``).
  var members: [JSONMemberMark] = []

  /// An empty writer with room for `capacity` bytes (for a large write, give about
  /// the size expected, such as the size of the file last read).
  public init(reservingCapacity capacity: Int = 1024) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// A writer that owns nothing, to swap storage through.
  init(empty: Void) {
    bytes = []
  }

  /// `value` as a whole document in renew's style, with a final newline.
  public static func encode(_ value: some JSONWritable) -> [UInt8] {
    var writer = JSONWriter()
    writer.write(value)
    return writer.finish()
  }

  /// The document written, with its final newline.
  public consuming func finish() -> [UInt8] {
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  /// Writes `value`, which must be the only value written at this level.
  public mutating func write(_ value: some JSONWritable) {
    value.write(to: &self)
  }

  /// Writes a string, escaped.
  public mutating func writeString(_ value: String) {
    appendQuoted(value)
  }

  /// Writes a whole number.
  public mutating func writeInt(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let start = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    bytes[start...].reverse()
  }

  /// Writes `true` or `false`.
  public mutating func writeBool(_ value: Bool) {
    append(value ? "true" : "false")
  }

  /// Writes `null`.
  public mutating func writeNull() {
    append("null")
  }

  /// Writes an object whose members `body` gives, in any order.
  public mutating func writeObject<Failure>(
    _ body: (_ object: inout JSONObjectWriter) throws(Failure) -> Void
  ) throws(Failure) {
    bytes.append(UInt8(ascii: "{"))
    depth += 1
    var object = JSONObjectWriter(base: members.count)
    swap(&self, &object.writer)
    defer {
      object.end()
      swap(&self, &object.writer)
    }
    try body(&object)
  }

  /// Writes an array whose elements `body` appends.
  public mutating func writeArray<Failure>(
    _ body: (_ array: inout JSONArrayWriter) throws(Failure) -> Void
  ) throws(Failure) {
    bytes.append(UInt8(ascii: "["))
    depth += 1
    var array = JSONArrayWriter()
    swap(&self, &array.writer)
    defer {
      array.end()
      swap(&self, &array.writer)
    }
    try body(&array)
  }

  /// Writes one value already in renew's style, as it was written at `sourceDepth`
  /// (the ``JSONReader/depth`` it was read at), re-indented if this writer's
  /// ``depth`` differs.
  ///
  /// The bytes are copied as they are when the depths agree, which is the common
  /// case of a card copied unchanged from the file read into the file written. They
  /// must be one value in renew's style (as ``JSONWriter`` wrote
  /// it); other bytes are copied without complaint, and the document is then not
  /// in renew's style, or not JSON.
  public mutating func writeEncoded(_ encoded: some Collection<UInt8>, depth sourceDepth: Int) {
    guard sourceDepth != depth else {
      bytes.append(contentsOf: encoded)
      return
    }
    // Only structure has line breaks (strings escape theirs), and every line after
    // the first starts with at least the source's indent.
    let dropped = 2 * sourceDepth
    var toDrop = 0
    for byte in encoded {
      if toDrop > 0 && byte == UInt8(ascii: " ") {
        toDrop -= 1
        continue
      }
      toDrop = 0
      bytes.append(byte)
      if byte == UInt8(ascii: "\n") {
        appendIndent()
        toDrop = dropped
      }
    }
  }

  /// Starts a new line at the current depth.
  @inline(__always)
  mutating func appendNewline() {
    bytes.append(UInt8(ascii: "\n"))
    appendIndent()
  }

  /// Appends two spaces per level of ``depth``.
  @inline(__always)
  mutating func appendIndent() {
    var count = 2 * depth
    while count > 0 {
      let run = min(count, JSONWriter.spaces.utf8CodeUnitCount)
      append(JSONWriter.spaces, count: run)
      count -= run
    }
  }

  /// Appends the first `count` bytes of `text` (all of them by default).
  @inline(__always)
  mutating func append(_ text: StaticString, count: Int? = nil) {
    text.withUTF8Buffer { append(UnsafeBufferPointer(rebasing: $0.prefix(count ?? $0.count))) }
  }

  /// Appends `run`: a short one byte by byte, which is quicker than the general
  /// `append(contentsOf:)` for the few bytes of a key or an indent.
  @inline(__always)
  mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
    guard run.count > 16 else {
      for byte in run { bytes.append(byte) }
      return
    }
    bytes.append(contentsOf: run)
  }

  private static let spaces: StaticString =
    "                                                                "
}
