/// Comma-separated values as RFC 4180 writes them and spreadsheets save them:
/// for `renew export --format csv` and `renew import`.
public enum CSV {
  /// One record of a CSV text: its fields and the line it starts on.
  public struct Record: Sendable, Hashable {
    /// The fields, unquoted.
    public var fields: [String]
    /// The line the record starts on, from 1 (a quoted field may span lines).
    public var line: Int
  }

  /// Why a text is not CSV, and where.
  public struct SyntaxError: Error, Sendable, Hashable {
    /// What is wrong.
    public enum Reason: Sendable, Hashable {
      /// A quoted field that never ends.
      case unterminatedQuote
      /// A character after a quoted field's closing quote, other than a comma or a line end.
      case textAfterQuote
      /// A quote inside a field that does not start with one.
      case quoteInField
      /// Bytes that are not UTF-8.
      case notUTF8
    }

    /// What is wrong.
    public var reason: Reason
    /// The line, from 1.
    public var line: Int
    /// The field, from 1.
    public var column: Int
  }

  /// The records of `bytes`: a UTF-8 byte order mark is skipped, lines end in
  /// CRLF, LF or CR, and blank lines (a spreadsheet's trailing ones) are skipped.
  ///
  /// - Throws: ``SyntaxError`` naming the line and field; for bytes that are not
  ///   UTF-8 (a file saved as Latin-1, or not text at all), those of the first.
  public static func records(_ bytes: [UInt8]) throws(SyntaxError) -> [Record] {
    let body = TextBytes.body(of: bytes)
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var recordLine = 1
    var isQuoted = false
    var wasQuoted = false
    // Bytes that are not UTF-8 end the scalars as the end of the text does; they
    // are named once the scalars before them are read.
    var scalars = Scalars(body)
    var pending = scalars.next()
    func endRecord() {
      fields.append(field)
      if fields != [""] { records.append(Record(fields: fields, line: recordLine)) }
      fields = []
      field = ""
      wasQuoted = false
    }
    while let scalar = pending {
      pending = scalars.next()
      if isQuoted {
        if scalar == "\"" {
          if pending == "\"" {
            field.unicodeScalars.append("\"")
            pending = scalars.next()
          } else {
            isQuoted = false
            wasQuoted = true
          }
        } else {
          if scalar == "\n" || (scalar == "\r" && pending != "\n") { line += 1 }
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case ",":
        fields.append(field)
        field = ""
        wasQuoted = false
      case "\r", "\n":
        if scalar == "\r" && pending == "\n" { pending = scalars.next() }
        endRecord()
        line += 1
        recordLine = line
      case "\"":
        guard field.isEmpty && !wasQuoted else {
          throw SyntaxError(
            reason: wasQuoted ? .textAfterQuote : .quoteInField, line: line,
            column: fields.count + 1)
        }
        isQuoted = true
      default:
        if wasQuoted {
          throw SyntaxError(reason: .textAfterQuote, line: line, column: fields.count + 1)
        }
        field.unicodeScalars.append(scalar)
      }
    }
    if !scalars.isAtEnd {
      throw SyntaxError(reason: .notUTF8, line: line, column: fields.count + 1)
    }
    if isQuoted {
      throw SyntaxError(reason: .unterminatedQuote, line: recordLine, column: fields.count + 1)
    }
    if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
    return records
  }

  /// The scalars of UTF-8 bytes, one at a time, stopping at the first that are not UTF-8.
  private struct Scalars {
    private var bytes: ArraySlice<UInt8>.Iterator
    private var parser = Unicode.UTF8.ForwardParser()
    /// Whether the bytes ended, rather than stopped at bytes that are not UTF-8.
    private(set) var isAtEnd = false
    private var isStopped = false

    init(_ bytes: ArraySlice<UInt8>) {
      self.bytes = bytes.makeIterator()
    }

    /// The next scalar, or `nil` from the end or the first bytes that are not UTF-8 on.
    mutating func next() -> Unicode.Scalar? {
      guard !isStopped else { return nil }
      switch parser.parseScalar(from: &bytes) {
      case .valid(let encoded): return Unicode.UTF8.decode(encoded)
      case .emptyInput: isAtEnd = true
      case .error: break
      }
      isStopped = true
      return nil
    }
  }

  /// `rows` as CSV text: fields holding a comma, a quote, a line break or space at
  /// either end are quoted, and every line ends in CRLF, as RFC 4180 says.
  public static func text(_ rows: [[String]]) -> String {
    var text = ""
    for row in rows {
      text += row.map(quoted).joined(separator: ",") + "\r\n"
    }
    return text
  }

  /// One field as CSV writes it.
  static func quoted(_ field: String) -> String {
    let needsQuotes =
      field.contains { $0 == "," || $0 == "\"" || $0.isNewline }
      || field.first?.isWhitespace == true || field.last?.isWhitespace == true
    guard needsQuotes else { return field }
    return "\"" + field.replacing("\"", with: "\"\"") + "\""
  }
}
