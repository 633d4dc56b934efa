/// A value that ``JSONWriter`` can write: it writes itself as exactly one JSON value.
///
/// Conform a model type by writing it with the writer's methods:
///
/// ```swift
/// extension CalendarDate: JSONWritable {
///   public func write(to writer: inout JSONWriter) { writer.writeString(description) }
/// }
/// ```
public protocol JSONWritable {
  /// Writes this value at the writer's position, as one JSON value.
  func write(to writer: inout JSONWriter)
}

extension String: JSONWritable {
  /// Writes the string, escaped.
  public func write(to writer: inout JSONWriter) {
    writer.writeString(self)
  }
}

extension Int: JSONWritable {
  /// Writes the number in decimal.
  public func write(to writer: inout JSONWriter) {
    writer.writeInt(self)
  }
}

extension Bool: JSONWritable {
  /// Writes `true` or `false`.
  public func write(to writer: inout JSONWriter) {
    writer.writeBool(self)
  }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
  /// Writes the value, or `null` when there is none, as `JSONEncoder` does for
  /// `encode(_:forKey:)`; use ``JSONObjectWriter/member(_:ifPresent:)`` to leave the member out.
  public func write(to writer: inout JSONWriter) {
    switch self {
    case .some(let value): value.write(to: &writer)
    case .none: writer.writeNull()
    }
  }
}

extension Array: JSONWritable where Element: JSONWritable {
  /// Writes the elements as an array, one per line.
  public func write(to writer: inout JSONWriter) {
    writer.writeArray { array in array.append(contentsOf: self) }
  }
}
