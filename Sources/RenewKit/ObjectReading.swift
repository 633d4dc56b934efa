/// Reads the values of one card (or the document) from the data file, keeping the
/// first problem with its field, so that it can be reported against the card's
/// name, which may come later in the file.
///
/// Syntax errors are not problems of a value: they are thrown at once, as the
/// file is then not JSON at all. A class, so that the readers of nested objects
/// (a plan, a history entry) record into the same one.
final class ObjectReading {
  /// The first problem found, with the field it is in.
  private(set) var first: (field: String, problem: DataProblem)?

  /// Records `problem` at `field`, unless an earlier one was recorded.
  func record(_ field: @autoclosure () -> String, _ problem: DataProblem) {
    if first == nil { first = (field(), problem) }
  }

  /// The value `read` takes from `reader`, or `nil` with the problem recorded when
  /// the JSON holds something else there (the value is then skipped).
  func value<Value>(
    _ field: @autoclosure () -> String, in reader: inout JSONReader,
    _ read: (inout JSONReader) throws -> Value?
  ) throws -> Value? {
    let start = reader.offset
    let depth = reader.depth
    let marks = reader.pathMarks.count
    do {
      return try read(&reader)
    } catch let error as JSONError where !error.reason.isSyntaxError {
      record(field(), ObjectReading.problem(error, in: reader, at: start))
      // The failed read may have consumed some of the value, or stopped inside it:
      // step back to its start and over all of it, still checking its syntax.
      reader.offset = start
      reader.depth = depth
      reader.pathMarks.removeLast(reader.pathMarks.count - marks)
      _ = try reader.skipValue()
      return nil
    }
  }

  /// Text, checked by the rules of `rules`.
  func text(
    _ field: @autoclosure () -> String, _ rules: TextField, in reader: inout JSONReader
  ) throws -> String? {
    guard let text = try value(field(), in: &reader, { r in try r.readOptionalString() })
    else { return nil }
    if let problem = rules.problem(in: text) { record(field(), .text(problem)) }
    return text
  }

  /// A date in `YYYY-MM-DD` form.
  func date(_ field: @autoclosure () -> String, in reader: inout JSONReader) throws -> CalendarDate?
  {
    guard let text = try value(field(), in: &reader, { r in try r.readOptionalString() })
    else { return nil }
    guard let date = CalendarDate(iso: text) else {
      record(field(), .notADate(text))
      return nil
    }
    return date
  }

  /// A period such as `30d`.
  func period(_ field: @autoclosure () -> String, in reader: inout JSONReader) throws -> Period? {
    guard let text = try value(field(), in: &reader, { r in try r.readOptionalString() })
    else { return nil }
    guard let period = Period(text) else {
      record(field(), .notAPeriod(text))
      return nil
    }
    return period
  }

  /// Money written as `{"amount": "12.50", "currency": "USD"}`.
  func money(_ field: @autoclosure () -> String, in reader: inout JSONReader) throws -> Money? {
    guard try reader.nextKind() != .null else {
      _ = try reader.readNull()
      return nil
    }
    var amount: String?
    var currency: String?
    let isObject =
      try value(field(), in: &reader) { r in
        try r.readObject(keys: MoneyKey.table) { key, r in
          switch key {
          case .amount?:
            amount = try self.value("\(field()).amount", in: &r) { r in try r.readString() }
          case .currency?:
            currency = try self.value("\(field()).currency", in: &r) { r in try r.readString() }
          case nil:
            self.record("\(field()).\(ObjectReading.key(of: r.unknownKey()))", .unknownField)
            _ = try r.skipValue()
          }
        }
      } != nil
    guard isObject, first == nil else { return nil }
    guard let amount, let currency else {
      record(field(), .json(.missingKey(amount == nil ? "amount" : "currency")))
      return nil
    }
    guard let money = Money(amount: amount, currency: currency) else {
      record(field(), .notMoney(amount: amount, currency: currency))
      return nil
    }
    return money
  }

  /// The key an ``JSONReader/unknownKey()`` error names.
  static func key(of error: JSONError) -> String {
    if case .unknownKey(let key) = error.reason { return key }
    return ""
  }

  /// The problem a decoding failure of the JSON at `start` is.
  private static func problem(_ error: JSONError, in reader: JSONReader, at start: Int)
    -> DataProblem
  {
    switch error.reason {
    case .notAWholeNumber: return .notAWholeNumber(reader.numberText(at: start))
    case .numberOutOfRange: return .numberOutOfRange(reader.numberText(at: start))
    default: return .json(error.reason)
    }
  }
}

/// The keys of an amount of money.
enum MoneyKey: String, CaseIterable, Sendable {
  case amount, currency

  /// The reader's table of these keys.
  static let table = JSONKeyTable<MoneyKey>()
}

extension JSONReader {
  /// The number that starts at `offset` (after white space), as written.
  func numberText(at offset: Int) -> String {
    var start = offset
    while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
    var end = start
    while end < bytes.count, "+-.eE0123456789".utf8.contains(bytes[end]) { end += 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
