/// A number's parts in the document, as RFC 8259 spells one:
/// `-? int (. digits)? ([eE] [+-]? digits)?`.
struct JSONNumberSpan {
  /// The offset of the number's first byte (`-` or a digit).
  var start: Int
  /// The offset of the first digit of the integer part.
  var integerStart: Int
  /// The offset after the integer part.
  var integerEnd: Int
  /// The offset after the fraction's digits; `integerEnd` when there is no fraction.
  var fractionEnd: Int
  /// The exponent's value, saturated far beyond any `Int` (so `1e99999999999` is large, not wrong).
  var exponent: Int
  /// The offset after the number.
  var end: Int

  /// Whether the number starts with `-`.
  var isNegative: Bool { integerStart > start }
}

/// Checks numbers against RFC 8259 and turns them into whole numbers exactly.
enum JSONNumberScanner {
  /// The largest exponent kept; any number with a larger one is out of every range.
  private static let exponentLimit = 100_000

  /// Scans the number starting at `start` (a `-` or a digit).
  ///
  /// - Returns: the number's parts, or the fault and its offset: a missing digit
  ///   where one must be, or a leading zero (at the zero).
  static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Result<JSONNumberSpan, Fault> {
    var index = start
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    let integerStart = index
    skipDigits(bytes, &index)
    guard index > integerStart else { return .failure(Fault(.expectedDigit, at: index)) }
    if index - integerStart > 1 && bytes[integerStart] == UInt8(ascii: "0") {
      return .failure(Fault(.leadingZero, at: integerStart))
    }
    let integerEnd = index
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
      index += 1
      let fractionStart = index
      skipDigits(bytes, &index)
      guard index > fractionStart else { return .failure(Fault(.expectedDigit, at: index)) }
    }
    let fractionEnd = index
    var exponent = 0
    if index < bytes.count && bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      var isNegative = false
      if index < bytes.count
        && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"))
      {
        isNegative = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      let digitsStart = index
      while index < bytes.count, let digit = digitValue(bytes[index]) {
        if exponent < exponentLimit { exponent = exponent * 10 + digit }
        index += 1
      }
      guard index > digitsStart else { return .failure(Fault(.expectedDigit, at: index)) }
      if isNegative { exponent = -exponent }
    }
    return .success(
      JSONNumberSpan(
        start: start, integerStart: integerStart, integerEnd: integerEnd, fractionEnd: fractionEnd,
        exponent: exponent, end: index))
  }

  /// The number's value as an `Int`, computed exactly from its digits: `1.0`, `1e2`
  /// and `-0` are whole numbers; `1.5` and `1e-400` are not; `1e400` and
  /// `9223372036854775808` are out of range.
  static func wholeValue(
    of number: JSONNumberSpan, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Result<Int, Fault> {
    // The digits, the fraction's after the integer's, without the dot between.
    func digit(_ position: Int) -> Int {
      let offset = position < number.integerEnd - number.integerStart ? 0 : 1
      return Int(bytes[number.integerStart + position + offset] &- UInt8(ascii: "0"))
    }
    let fractionCount = max(0, number.fractionEnd - number.integerEnd - 1)
    let digitCount = number.integerEnd - number.integerStart + fractionCount
    var first = 0
    while first < digitCount && digit(first) == 0 { first += 1 }
    guard first < digitCount else { return .success(0) }
    var last = digitCount - 1
    while digit(last) == 0 { last -= 1 }
    // value = digits[first...last] × 10^scale
    let scale = number.exponent - fractionCount + (digitCount - 1 - last)
    guard scale >= 0 else { return .failure(Fault(.notAWholeNumber, at: number.start)) }
    guard last - first + 1 + scale <= 19 else {
      return .failure(Fault(.numberOutOfRange, at: number.start))
    }
    var magnitude: UInt64 = 0
    for position in first...last {
      magnitude = magnitude * 10 + UInt64(digit(position))
    }
    for _ in 0..<scale {
      let (product, overflow) = magnitude.multipliedReportingOverflow(by: 10)
      guard !overflow else { return .failure(Fault(.numberOutOfRange, at: number.start)) }
      magnitude = product
    }
    if number.isNegative {
      guard magnitude <= UInt64(Int.max) + 1 else {
        return .failure(Fault(.numberOutOfRange, at: number.start))
      }
      return .success(Int(truncatingIfNeeded: 0 &- magnitude))
    }
    guard magnitude <= UInt64(Int.max) else {
      return .failure(Fault(.numberOutOfRange, at: number.start))
    }
    return .success(Int(magnitude))
  }

  /// A fault in a number and its offset.
  struct Fault: Error {
    /// What is wrong.
    var fault: JSONFault
    /// Where.
    var offset: Int

    /// Creates a fault.
    init(_ fault: JSONFault, at offset: Int) {
      self.fault = fault
      self.offset = offset
    }
  }

  @inline(__always)
  private static func skipDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) {
    while index < bytes.count && digitValue(bytes[index]) != nil { index += 1 }
  }

  @inline(__always)
  private static func digitValue(_ byte: UInt8) -> Int? {
    let value = byte &- UInt8(ascii: "0")
    return value < 10 ? Int(value) : nil
  }
}
