/// An exact, non-negative amount of money in one ISO 4217 currency.
///
/// Amounts are decimal digits, never binary floating point: `0.10 USD` stays
/// exactly ten cents through parsing, storage and output. The text form keeps at
/// least two fraction digits (`10.00`, `0.125`).
public struct Money: Sendable, Hashable {
  /// The amount as an integer count of 10^-``scale`` units.
  public let units: UInt64
  /// How many fraction digits ``units`` carries, 2...``maximumScale``.
  public let scale: Int
  /// The upper-case ISO 4217 code, such as `USD` or `PHP`.
  public let currency: String

  /// The most fraction digits an amount may have.
  public static let maximumScale = 6
  /// The most integer digits an amount may have.
  public static let maximumIntegerDigits = 12

  /// Creates an amount from its decimal text (`12.5`, `0.125`) and a currency code.
  ///
  /// Returns `nil` for a negative, malformed or oversized amount, or a code that
  /// is not an ISO 4217 currency. The code is matched case-insensitively.
  public init?(amount: some StringProtocol, currency code: some StringProtocol) {
    // Byte by byte: a data file holds one amount per renewal, and there may be
    // a hundred thousand of them.
    var codeBytes: [UInt8] = []
    for byte in code.utf8 {
      guard codeBytes.count < 3 else { return nil }
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): codeBytes.append(byte)
      case UInt8(ascii: "a")...UInt8(ascii: "z"): codeBytes.append(byte - 32)
      default: return nil
      }
    }
    let upper = String(decoding: codeBytes, as: UTF8.self)
    guard codeBytes.count == 3, Currency.codes.contains(upper) else { return nil }
    var whole: UInt64 = 0
    var wholeDigits = 0
    var fraction: [UInt8] = []
    var hasPoint = false
    for byte in amount.utf8 {
      if byte == UInt8(ascii: "."), !hasPoint {
        hasPoint = true
      } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        if hasPoint {
          fraction.append(byte - UInt8(ascii: "0"))
        } else {
          wholeDigits += 1
          guard wholeDigits <= Money.maximumIntegerDigits else { return nil }
          whole = whole * 10 + UInt64(byte - UInt8(ascii: "0"))
        }
      } else {
        return nil
      }
    }
    guard wholeDigits > 0, !hasPoint || !fraction.isEmpty else { return nil }
    while fraction.count > 2, fraction.last == 0 { fraction.removeLast() }
    guard fraction.count <= Money.maximumScale else { return nil }
    let scale = max(2, fraction.count)
    var units = whole
    for index in 0..<scale {
      units = units * 10 + UInt64(index < fraction.count ? fraction[index] : 0)
    }
    self.units = units
    self.scale = scale
    self.currency = upper
  }

  /// Parses the command-line forms `12.50 USD`, `12.50USD` and `USD 12.50`.
  public init?(_ text: some StringProtocol) {
    let text = String(text.trimmed)
    let letters = text.prefix { $0.isLetter }
    if letters.count == 3 {
      self.init(amount: text.dropFirst(3).drop { $0 == " " }, currency: letters)
    } else {
      let amount = text.prefix { !$0.isLetter && $0 != " " }
      let code = text.dropFirst(amount.count).drop { $0 == " " }
      guard code.count == 3, code.allSatisfy(\.isLetter) else { return nil }
      self.init(amount: amount, currency: code)
    }
  }

  /// The exact decimal text with at least two fraction digits, such as `"0.10"`.
  public var amount: String {
    // Digit by digit from the right, the point after ``scale`` of them, and at
    // least one digit before it: `list` shows a plan's price on every card.
    var text: [UInt8] = []
    text.reserveCapacity(Money.maximumIntegerDigits + Money.maximumScale + 2)
    var rest = units
    var count = 0
    repeat {
      if count == scale { text.append(UInt8(ascii: ".")) }
      text.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
      count += 1
    } while rest > 0 || count <= scale
    text.reverse()
    return String(decoding: text, as: UTF8.self)
  }
}

extension Money: CustomStringConvertible {
  /// The amount and its code, such as `12.50 USD`.
  public var description: String { "\(amount) \(currency)" }
}
