/// The elements of an array being written, one per line, in the order given.
public struct JSONArrayWriter {
  /// The writer, moved in for the array's lifetime.
  var writer = JSONWriter(empty: ())
  /// How many elements were appended.
  public private(set) var count = 0

  /// How many arrays and objects enclose the elements.
  public var depth: Int { writer.depth }

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
