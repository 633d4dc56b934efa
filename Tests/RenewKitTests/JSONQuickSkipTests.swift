import TestSupport
import Testing

@testable import RenewKit

/// The quick skipper against the exact one: on any document, `skipValue()` (quick
/// first, exact when it cannot decide) gives the same range or the same error as
/// the exact skipper alone.
@Suite struct JSONQuickSkipTests {
  /// The range or error of each way of skipping the document's first value.
  private static func skips(_ bytes: [UInt8]) -> (
    Result<Range<Int>, JSONError>, Result<Range<Int>, JSONError>
  ) {
    var quick = JSONReader(bytes: bytes)
    var exact = JSONReader(bytes: bytes)
    return (
      Result { () throws(JSONError) in try quick.skipValue() },
      Result { () throws(JSONError) in try exact.skipValueExactly() }
    )
  }

  /// Whether the quick skipper alone decides the value at the start of `bytes`.
  private static func quickEnd(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { JSONQuickSkip.end(of: $0, from: 0) }
  }

  /// A card's history as renew writes it.
  private static let history = Array(
    """
    [
            {
              "amount" : "850.00",
              "date" : "2025-07-22",
              "id" : "km1y8t8y",
              "note" : "中国移动 \\"auto\\"",
              "type" : "renewal"
            },
            {
              "date" : "2025-08-22",
              "flags" : [true, false, null, -0.5e3, {}, []],
              "id" : "x7yzkk3g",
              "type" : "activity"
            }
          ]
    """.utf8)

  @Test("a history as renew writes it is skipped by the quick way, to its last byte")
  func history() throws {
    #expect(Self.quickEnd(Self.history) == Self.history.count)
    let (quick, exact) = Self.skips(Self.history)
    #expect(try quick.get() == 0..<Self.history.count)
    #expect(try exact.get() == 0..<Self.history.count)
  }

  @Test(
    "what the quick way leaves to the exact one",
    arguments: [
      #"[{"id" : 1, "id" : 2}]"#,  // a repeated key, found by the exact way
      #"[{"\u0069d" : 1}]"#,  // an escaped key
      #"{"b" : 1, "a" : 2}"#,  // keys out of order
      #"{"a key longer than sixteen bytes" : 1}"#,
      #"[1, 2,]"#, #"{"a" : 1,}"#, #"[01]"#, #"[tru]"#, #"["\x"]"#, "[1",
      String(repeating: "[", count: 65) + String(repeating: "]", count: 65),
    ])
  func undecided(_ text: String) {
    #expect(Self.quickEnd(Array(text.utf8)) == nil)
  }

  @Test("a value is skipped to its end, not past the white space after it")
  func end() {
    #expect(Self.quickEnd(Array("[1, {\"a\" : []}]  \n,".utf8)) == 15)
    #expect(Self.quickEnd(Array("\"text\" ".utf8)) == 6)
  }

  @Test("on random and mutated documents, both ways give the same range or the same error")
  func agreement() throws {
    var random = SplitMix64(seed: 0x51C1)
    let documents = try JSONReaderPropertyTests.documents(seed: 0x51C1, count: 300).map(\.1)
    var decidedQuickly = 0
    for round in 0..<6_000 {
      let document = random.pick(documents)
      let bytes = round % 3 == 0 ? document : JSONReaderPropertyTests.mutated(document, &random)
      let (quick, exact) = Self.skips(bytes)
      try #require(quick == exact, "round \(round): \(String(decoding: bytes, as: UTF8.self))")
      if Self.quickEnd(bytes) != nil { decidedQuickly += 1 }
    }
    #expect(decidedQuickly > 1_000, "the quick way decided too few documents to be tested")
  }
}
