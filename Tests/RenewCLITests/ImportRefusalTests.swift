import Foundation
import RenewKit
import Testing

@testable import RenewCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file `renew import` refuses, and what it says.
struct RefusedImport: Sendable, CustomTestStringConvertible {
  /// What is wrong, as the test's label says it.
  var label: String
  /// The file's name, whose extension may choose the format.
  var name: String
  /// The file's bytes.
  var bytes: [UInt8]
  /// The exit status.
  var code: Int32
  /// Standard error, with `PATH` for the file's path.
  var stderr: String

  init(_ label: String, _ name: String, _ text: String, _ code: Int32, _ stderr: String) {
    self.init(label, name, Array(text.utf8), code, stderr)
  }

  init(_ label: String, _ name: String, _ bytes: [UInt8], _ code: Int32, _ stderr: String) {
    self.label = label
    self.name = name
    self.bytes = bytes
    self.code = code
    self.stderr = stderr
  }

  var testDescription: String { label }
}

/// `renew import` refusing a file: the message names the place, the exit status
/// says why, and nothing is written.
@Suite("Import refusals")
struct ImportRefusalTests {
  static let columns =
    "name, number, country, carrier, kind, expires, cycle-day, period, price, keep-alive, grace, "
    + "remind, "
    + "method, how, auto-renew, pay, balance, from-balance, min-top-up, tag, note, retired, "
    + "added, last-activity"

  static let quoting =
    "a field with a comma, a quote or a line break is quoted, and its quotes doubled: "
    + "\"a \"\"b\"\", c\"\n"

  static let notUTF8Hint = "save it as UTF-8 text (in a spreadsheet: CSV UTF-8)\n"

  static let notExport = "nothing was written; import reads JSON as 'renew export' writes it\n"

  static let cases: [RefusedImport] = [
    RefusedImport(
      "binary bytes are not UTF-8", "photo.dat",
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF], 65,
      "renew: PATH:1:1: not CSV: the file is not UTF-8 text\n" + notUTF8Hint),
    RefusedImport(
      "a Latin-1 byte is named by its line and field", "cards.csv",
      Array("name,number,note\na,1,ok\nb,2,caf".utf8) + [0xE9, 0x0A], 65,
      "renew: PATH:3:3: not CSV: the file is not UTF-8 text\n" + notUTF8Hint),
    RefusedImport(
      "a quote that never ends", "cards.csv", "name,number\na,\"1\nb,2\n", 65,
      "renew: PATH:2:2: not CSV: a quoted field never ends\n" + quoting),
    RefusedImport(
      "text after a closing quote", "cards.csv", "name,number\na,\"1\"2\n", 65,
      "renew: PATH:2:2: not CSV: text after a quoted field's closing quote\n" + quoting),
    RefusedImport(
      "JSON with a syntax error", "backup.json", "{\n  \"cards\": [\n    {\"name\": }\n", 65,
      "renew: PATH:3:14: not valid JSON: expected a value\n" + notExport),
    RefusedImport(
      "JSON found by its first character", "backup", "\n  {\"cards\": [}", 65,
      "renew: PATH:2:14: not valid JSON: expected a value\n" + notExport),
    RefusedImport(
      "JSON that is not a renew document", "backup.json",
      "{\"version\": 2, \"cards\": [{\"name\": \"x\"}]}", 65,
      "renew: PATH: card 'x', field 'number': a card needs a number\n" + notExport),
    RefusedImport(
      "an empty JSON file", "backup.json", "", 65,
      "renew: PATH: not a renew data file: the file is empty\n" + notExport),
    RefusedImport(
      "JSON from a newer renew", "backup.json", "{\"version\": 4, \"cards\": []}", 65,
      "renew: PATH was written by a newer renew (format 4; this one reads up to 3)\n"
        + "upgrade renew; the file was left as it is\n"),
    RefusedImport(
      "an empty CSV", "cards.csv", "", 64,
      "renew: PATH: no header row\nthe first row names the columns: \(columns)\n"),
    RefusedImport(
      "an unknown column", "cards.csv", "name,number,colour\na,1,red\n", 64,
      "renew: PATH:1:3: unknown column 'colour'\ncolumns are \(columns)\n"),
    RefusedImport(
      "a column twice", "cards.csv", "name,number, Name \na,1,b\n", 64,
      "renew: PATH:1:3: column ' Name ' appears twice\nkeep one of them\n"),
    RefusedImport(
      "no name column", "cards.csv", "number,note\n1,x\n", 64,
      "renew: PATH: no 'name' column\nevery card needs a name and a number\n"),
    RefusedImport(
      "no number column", "cards.csv", "name,note\na,x\n", 64,
      "renew: PATH: no 'number' column\nevery card needs a name and a number\n"),
    RefusedImport(
      "a row with too many fields", "cards.csv", "name,number\na,1\nb,2,3\n", 64,
      "renew: PATH:3: 3 fields, but the header has 2\n"
        + "a value with a comma must be in double quotes\n"),
    RefusedImport(
      "a flag that is not yes or no", "cards.csv", "name,number,retired\na,1,maybe\n", 64,
      "renew: PATH:2:3: 'maybe' is not yes or no\n"
        + "write yes or no (also true/false, 1/0), or leave it empty\n"),
    RefusedImport(
      "an empty number is named at its column", "cards.csv", "name,number,note\na,,x\n", 64,
      "renew: PATH:2:2: the number is empty\nevery card needs a name and a number\n"),
    RefusedImport(
      "a row without its number cell is named at the number's column", "cards.csv",
      "name,number\na\n", 64,
      "renew: PATH:2:2: the number is empty\nevery card needs a name and a number\n"),
    RefusedImport(
      "an empty name", "cards.csv", "name,number\n,1\n", 64,
      "renew: PATH:2:1: the name is empty\nevery card needs a name and a number\n"),
    RefusedImport(
      "a cycle day that is no day of a month", "cards.csv",
      "name,number,expires,cycle-day\na,1,2026-04-30,32\n", 64,
      "renew: PATH:2:4: invalid cycle day '32'\n"
        + "the cycle day is the day of the month renewals keep to, 1 to 31, beside an expiry\n"),
    RefusedImport(
      "a name twice, named at the name's column", "cards.csv", "number,name\n1,a\n2,A\n", 64,
      "renew: PATH:3:2: 'A' is in the file twice (also on line 2)\n"
        + "names are unique, ignoring case\n"),
    RefusedImport(
      "a CSV separated by semicolons", "cards.csv", "name;number\na;1\n", 64,
      "renew: PATH:1:1: unknown column 'name;number'\n"
        + "the header is separated by ';': save the file with commas between columns\n"),
    RefusedImport(
      "the history's CSV", "history.csv", "card,id,date,type\na,x,2026-01-01,activity\n", 64,
      "renew: PATH:1:1: unknown column 'card'\n"
        + "that is the history's CSV ('export --history'); import reads the cards' CSV\n"),
    RefusedImport(
      "an unknown kind", "cards.csv", "name,number,kind\na,1,phone\n", 64,
      "renew: PATH:2:3: invalid value 'phone' for --kind\na kind is sim, esim or virtual\n"),
    RefusedImport(
      "a plan paid from the balance without a price", "cards.csv",
      "name,number,expires,period,from-balance\na,1,2026-04-01,1m,yes\n", 64,
      "renew: PATH:2:5: 'a' cannot be paid from its balance without --price\n"
        + "give --price, or leave out --from-balance\n"),
    RefusedImport(
      "a balance in another currency than the price", "cards.csv",
      "name,number,price,balance\na,1,8 EUR,5 USD\n", 64,
      "renew: PATH:2:4: 'a' has a balance in USD, but its price is in EUR\n"
        + "a card's balance has one currency; give the price in USD\n"),
    RefusedImport(
      "a last activity in the future", "cards.csv",
      "name,number,keep-alive,last-activity\na,1,180d,2026-03-02\n", 64,
      "renew: PATH:2:4: --last-activity 2026-03-02 is in the future (today is 2026-03-01)\n"
        + "record things after they happen\n"),
    RefusedImport(
      "a day added that does not exist", "cards.csv", "name,number,added\na,1,2026-02-29\n", 64,
      "renew: PATH:2:3: invalid value '2026-02-29' for --added\n"
        + "a date is YYYY-MM-DD, today, yesterday or tomorrow\n"),
  ]

  @Test("a refused file: the place and the reason, and nothing written", arguments: cases)
  func refused(_ refused: RefusedImport) throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    let backups = sandbox.backupNames()
    let path = try sandbox.writeInput(refused.bytes, named: refused.name)
    for extra in [[], ["--dry-run"], ["--update"]] {
      let result = sandbox.run(["import", path] + extra)
      #expect(result.code == refused.code, "\(extra)")
      #expect(result.stdout == "", "\(extra)")
      #expect(result.stderr == refused.stderr.replacing("PATH", with: path), "\(extra)")
    }
    #expect(sandbox.bytes() == before)
    #expect(sandbox.backupNames() == backups)
  }

  @Test(
    "a data file with a history renew cannot accept is the data file's error (65), for every import"
  )
  func damagedDataFile() throws {
    let sandbox = try Sandbox()
    #expect(sandbox.run(["add", "a", "--number", "1", "--expires", "2026-12-31"]).code == 0)
    let text = String(decoding: try #require(sandbox.bytes()), as: UTF8.self)
    let damaged = text.replacingOccurrences(
      of: "\"type\" : \"expiry\"", with: "\"type\" : \"bogus\"")
    #expect(damaged != text)
    try Data(damaged.utf8).write(to: URL(fileURLWithPath: sandbox.file))
    let csv = try sandbox.writeInput(Array("name,number\na,2\n".utf8), named: "cards.csv")
    let json = try sandbox.writeInput(
      Array(
        #"{"cards": [{"id": "k6bkcg0s", "name": "b", "number": "3", "added": "2026-01-01"}]}"#.utf8),
      named: "cards.json")
    for arguments in [["import", csv, "--update"], ["import", json]] {
      let result = sandbox.run(arguments)
      #expect(result.code == 65, "\(arguments): \(result.stderr)")
      #expect(
        result.stderr.hasPrefix(
          "renew: \(sandbox.file): card 'a', field 'history[0].type': 'bogus' is not an entry type"),
        "\(arguments): \(result.stderr)")
    }
    #expect(sandbox.bytes() == Data(damaged.utf8))
  }

  @Test("the Chinese hint lists the columns with the Chinese list mark")
  func chineseColumnList() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.writeInput(
      Array("name,number,colour\na,1,red\n".utf8), named: "cards.csv")
    let result = sandbox.run(["--lang", "zh", "import", path])
    #expect(result.code == 64)
    let columns = CardColumn.all.map(\.title).joined(separator: "、")
    #expect(result.stderr.hasSuffix("\n列名可以是 \(columns)\n"), "\(result.stderr)")
  }

  @Test("a file that is not there exits 66, naming it")
  func noFile() throws {
    let sandbox = try Sandbox()
    let path = sandbox.folder + "/cards.csv"
    let result = sandbox.run(["import", path])
    #expect(result.code == 66)
    #expect(result.stderr == "renew: there is no file at \(path)\n")
    #expect(!sandbox.exists(sandbox.file))
  }

  @Test("a named pipe is refused as input, without a word about the data file")
  func namedPipe() throws {
    let sandbox = try Sandbox()
    let path = sandbox.folder + "/cards.csv"
    try #require(mkfifo(path, 0o600) == 0)
    let result = sandbox.run(["import", path])
    #expect(result.code == 74)
    #expect(
      result.stderr
        == "renew: \(path) is a named pipe (FIFO), not a regular file\n"
        + "give a regular file, or '-' for standard input; nothing was written\n")
    #expect(!sandbox.exists(sandbox.file))
  }
}
