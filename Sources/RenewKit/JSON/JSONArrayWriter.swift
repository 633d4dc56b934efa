/// The elements of an array being written, one per line, in the order given.
public struct JSONArrayWriter {
  /// The writer, moved in for the array's lifetime.
  var writer = JSONWriter(empty: ())
  /// How many elements were appended.
  public private(set) var count = 0

  /// How many arrays and objects enclose the elements.
  public var depth: Int { writer.depth }
  /// The bytes written so far, the array's start and everything before it included.
  var bytes: [UInt8] { writer.bytes }

  /// Appends `value`; an optional that is `nil` is written as `null`.
  public mutating func append(_ value: some JSONWritable) {
    beginElement()
    value.write(to: &writer)
    writer.bytes.append(UInt8(ascii: ","))
  }

  /// Appends every value of `values`, in order.
  public mutating func append<Values: Sequence>(contentsOf values: Values)
  where Values.Element: JSONWritable {
    for value in values { append(value) }
  }

  /// Appends `null`.
  public mutating func appendNull() {
    beginElement()
    writer.writeNull()
    writer.bytes.append(UInt8(ascii: ","))
  }

  /// Appends an object whose members `body` gives.
  public mutating func appendObject<Failure>(
    _ body: (_ object: inout JSONObjectWriter) throws(Failure) -> Void
  ) throws(Failure) {
    beginElement()
    try writer.writeObject(body)
    writer.bytes.append(UInt8(ascii: ","))
  }

  /// Appends an array whose elements `body` appends.
  public mutating func appendArray<Failure>(
    _ body: (_ array: inout JSONArrayWriter) throws(Failure) -> Void
  ) throws(Failure) {
    beginElement()
    try writer.writeArray(body)
    writer.bytes.append(UInt8(ascii: ","))
  }

  /// Appends a value already encoded in renew's style at `depth` (see
  /// ``JSONWriter/writeEncoded(_:depth:)``): a card copied unchanged from the file read.
  public mutating func append(encoded: some Collection<UInt8>, depth: Int) {
    beginElement()
    writer.writeEncoded(encoded, depth: depth)
    writer.bytes.append(UInt8(ascii: ","))
  }

  /// Appends an element that `body` writes straight into the writer (or, for one
  /// put in later, does not write at all), and returns where it lies in the writer's bytes.
  public mutating func appendPlaced<Failure>(
    _ body: (_ writer: inout JSONWriter) throws(Failure) -> Void
  ) throws(Failure) -> Range<Int> {
    beginElement()
    let start = writer.bytes.count
    try body(&writer)
    let end = writer.bytes.count
    writer.bytes.append(UInt8(ascii: ","))
    return start..<end
  }

  /// How many bytes are written and not yet taken.
  public var pendingCount: Int { writer.bytes.count }

  /// Takes what is written so far but for its last byte, which may be a comma the
  /// array's end takes back, so that a long array can be written out as it goes.
  /// Taken after an element, it ends with whole characters.
  public mutating func takeWritten() -> [UInt8] {
    guard let last = writer.bytes.last else { return [] }
    let taken = Array(writer.bytes.dropLast())
    writer.bytes.removeAll(keepingCapacity: true)
    writer.bytes.append(last)
    return taken
  }

  @inline(__always)
  private mutating func beginElement() {
    count += 1
    writer.appendNewline()
  }

  /// Ends the array: `]` on its own line, or `[]` when it is empty.
  mutating func end() {
    writer.depth -= 1
    if count > 0 {
      writer.bytes.removeLast()  // The last element's comma.
      writer.appendNewline()
    }
    writer.bytes.append(UInt8(ascii: "]"))
  }
}
