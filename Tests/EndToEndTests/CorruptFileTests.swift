import Testing

/// A data file renew must refuse, and what its error has to point at.
struct BrokenFile: Sendable, CustomTestStringConvertible {
  /// What the first error line must locate.
  enum Locator: Sendable {
    /// `<file>:<line>:<column>: `, with this line when it is given.
    case position(line: Int?)
    /// The card and the field, for JSON that is valid but wrong.
    case field(card: String, field: String)
    /// Some word, for a problem outside any card.
    case word(String)
    /// Only the file.
    case file
  }

  /// What is wrong with the file, as the test report names the case.
  var testDescription: String
  /// The file's exact contents.
  var bytes: [UInt8]
  /// What the error must point at.
  var locator: Locator

  /// A case whose file is `text` in UTF-8.
  init(_ description: String, _ text: String, _ locator: Locator) {
    self.init(description, Array(text.utf8), locator)
  }

  /// A case whose file is `bytes`, which need not be text.
  init(_ description: String, _ bytes: [UInt8], _ locator: Locator) {
    testDescription = description
    self.bytes = bytes
    self.locator = locator
  }

  /// A one-card document whose card has `fields` besides its name, number and date.
  static func card(_ fields: String) -> String {
    #"{"version": 1, "cards": [{"name": "A", "number": "+44 7700 900000", "#
      + #""added": "2026-01-01"\#(fields.isEmpty ? "" : ", " + fields)}]}"#
  }

  /// Every case: the ones users meet (a sync conflict, a bad hand edit) and hostile ones.
  static let all: [BrokenFile] = [
    BrokenFile(
      "truncated JSON", #"{"version": 1, "cards": [{"name": "A", "number""#, .position(line: 1)),
    BrokenFile(
      "a missing comma on line 3",
      "{\n  \"version\": 1,\n  \"cards\": [{\"name\": \"A\" \"number\": \"1\"}]\n}\n",
      .position(line: 3)),
    BrokenFile("version as a string", #"{"version": "1", "cards": []}"#, .word("version")),
    BrokenFile("cards as an object", #"{"version": 1, "cards": {}}"#, .word("cards")),
    BrokenFile(
      "a carrier that is a number", card(#""carrier": 5"#), .field(card: "A", field: "carrier")),
    BrokenFile("version 99", #"{"version": 99, "cards": []}"#, .word("newer")),
    BrokenFile(
      "two names differing only in case",
      #"{"version": 1, "cards": [{"name": "Smart PH", "number": "1", "added": "2026-01-01"}, "#
        + #"{"name": "smart ph", "number": "2", "added": "2026-01-01"}]}"#,
      .field(card: "smart ph", field: "name")),
    BrokenFile(
      "expires 2026-02-30", card(#""expires": "2026-02-30""#), .field(card: "A", field: "expires")),
    BrokenFile("an unknown kind", card(#""kind": "pager""#), .field(card: "A", field: "kind")),
    BrokenFile(
      "an unknown method", card(#""methods": ["pigeon"]"#), .field(card: "A", field: "methods")),
    BrokenFile(
      "a negative price", card(#""plan": {"price": {"amount": "-1.00", "currency": "USD"}}"#),
      .field(card: "A", field: "plan")),
    BrokenFile(
      "a negative amount paid",
      card(
        #""history": [{"type": "renewal", "date": "2026-02-01", "amount": "-1.00", "currency": "USD"}]"#
      ),
      .field(card: "A", field: "history")),
    BrokenFile("remind 1e400", card(#""remind": 1e400"#), .field(card: "A", field: "remind")),
    BrokenFile("10000 nested arrays", String(repeating: "[", count: 10_000), .position(line: 1)),
    BrokenFile("an empty file", "", .file),
    BrokenFile("a top-level array", "[]\n", .file),
    BrokenFile(
      "binary junk", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0xFF, 0xFE, 0x00, 0x9C],
      .position(line: 1)),
    BrokenFile("a trailing comma", #"{"version": 1, "cards": [],}"#, .position(line: 1)),
    BrokenFile(
      "invalid UTF-8 in a name", Array(card("").utf8).map { $0 == UInt8(ascii: "A") ? 0xFF : $0 },
      .position(line: 1)),
    BrokenFile(
      "a number with a leading zero", #"{"version": 01, "cards": []}"#, .position(line: 1)),
  ]
}

/// Broken and hostile data files: refused with 65, named in the error, never rewritten.
@Suite struct CorruptFileTests {
  /// Whether `line` holds `<path>:<line>:<column>: ` with numbers, and the wanted line.
  private func locates(_ line: String, in path: String, line wanted: Int?) -> Bool {
    guard let range = line.range(of: "\(path):") else { return false }
    let parts = line[range.upperBound...].split(separator: ":", maxSplits: 2)
    guard parts.count == 3, let row = Int(parts[0]), Int(parts[1]) != nil else { return false }
    return wanted.map { $0 == row } ?? true
  }

  @Test(
    "a broken data file makes reads and writes exit 65, says where, and stays untouched",
    arguments: BrokenFile.all)
  func refused(_ broken: BrokenFile) throws {
    let box = try Sandbox()
    defer { box.remove() }
    try Files.write(broken.bytes, to: box.file)
    for command in [["status"], ["add", "New", "--number", "+1 555 000 0000"], ["log", "A"]] {
      let result = try box.run(command)
      let first = result.firstErrorLine
      #expect(result.status == 65, "renew \(command[0]): \(result.error)")
      #expect(result.outputBytes.isEmpty)
      #expect(first.hasPrefix("renew: "), "\(first)")
      #expect(first.contains(box.file), "the error does not name the file: \(first)")
      switch broken.locator {
      case .position(let line):
        #expect(locates(first, in: box.file, line: line), "no line:column in: \(first)")
      case .field(let card, let field):
        #expect(first.contains("'\(card)'") && first.contains(field), "\(first)")
      case .word(let word):
        #expect(first.contains(word), "\(first)")
      case .file:
        break
      }
      #expect(Files.holds(box.file, exactly: broken.bytes), "renew \(command[0]) changed the file")
    }
  }
}
