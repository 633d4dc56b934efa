import Foundation
import Testing

@testable import RenewCLI
@testable import RenewKit

/// The clock written beside a history, and the clock a changed plan starts from.
@Suite struct ClockKeptTests {
  @Test("a card with history keeps a clock in the file even when it is empty")
  func emptyClockWritten() throws {
    let box = try Sandbox()
    #expect(box.run(["add", "X", "--number", "1", "--expires", "2026-12-31"]).code == 0)
    #expect(box.run(["edit", "X", "--clear", "expires"]).code == 0)
    let document = try parseJSON(
      String(decoding: try #require(box.bytes()), as: UTF8.self), as: [String: Any].self)
    let card = try #require((document["cards"] as? [[String: Any]])?.first)
    #expect(card["clock"] as? [String: Any] != nil)
    #expect((card["clock"] as? [String: Any])?.isEmpty == true)
    #expect((card["history"] as? [Any])?.count == 2)
  }

  @Test("a plan by days changed to months starts its cycle on the expiry its charges reached")
  func cycleDayAfterDailyCharges() throws {
    let box = try Sandbox()
    let added = box.run(
      [
        "add", "P", "--number", "1", "--expires", "2026-01-15", "--period", "30d", "--price",
        "5 CNY", "--from-balance", "--balance", "100 CNY",
      ], today: try date("2026-01-15"))
    #expect(added.code == 0)
    #expect(box.run(["edit", "P", "--period", "1m"], today: try date("2026-03-01")).code == 0)
    // Charged on Jan 16 and Feb 15: the expiry is Mar 16, so monthly charges keep the 16th.
    let shown = box.run(["show", "P"], today: try date("2026-03-01")).stdout
    #expect(shown.contains("expires       2026-03-16, cycle day 16\n"), "\(shown)")
    #expect(shown.contains("charge        2026-03-17: 5.00 CNY, to 2026-04-16,"), "\(shown)")
  }
}

/// What `status`, `check` and `list` judge of a history they step over.
@Suite struct QuickReadTests {
  @Test(
    "status, check and list refuse a history whose JSON is broken, as show does",
    arguments: [
      ["status"], ["check"], ["list"], ["show", "m"],
    ])
  func brokenHistory(_ command: [String]) throws {
    let box = try Sandbox()
    #expect(box.run(["add", "m", "--number", "1", "--expires", "2026-12-31"]).code == 0)
    let text = String(decoding: try #require(box.bytes()), as: UTF8.self)
    // A stray comma inside the history's only entry.
    let broken = text.replacingOccurrences(
      of: "\"type\" : \"expiry\"", with: "\"type\" : \"expiry\",,")
    #expect(broken != text)
    try Data(broken.utf8).write(to: URL(fileURLWithPath: box.file))
    let result = box.run(command)
    #expect(result.code == 65, "\(command): \(result.stderr)")
  }

  @Test(
    "show and history of one card judge that card's entries, and history of all judges every one")
  func oneCardsEntries() throws {
    let box = try Sandbox()
    #expect(box.run(["add", "a", "--number", "1", "--expires", "2026-12-31"]).code == 0)
    #expect(box.run(["add", "b", "--number", "2", "--expires", "2027-01-31"]).code == 0)
    let text = String(decoding: try #require(box.bytes()), as: UTF8.self)
    // Valid JSON, but an entry type renew does not know, in b's history only: b was
    // added last, so its entry is the last one in the file.
    let bEntry = try #require(text.range(of: "\"type\" : \"expiry\"", options: .backwards))
    let broken = text.replacingCharacters(in: bEntry, with: "\"type\" : \"bogus\"")
    #expect(broken.components(separatedBy: "\"type\" : \"expiry\"").count == 2)
    try Data(broken.utf8).write(to: URL(fileURLWithPath: box.file))

    for command in [["show", "a"], ["history", "a"], ["status"]] {
      #expect(box.run(command).code == 0, "\(command)")
    }
    for command in [["show", "b"], ["history", "b"], ["history"]] {
      let result = box.run(command)
      #expect(result.code == 65, "\(command)")
      #expect(
        result.stderr.contains("'bogus' is not an entry type"), "\(command): \(result.stderr)")
    }
  }
}

/// What `log` says of a renewal logged for an earlier day.
@Suite struct BackdatedLogTests {
  @Test("a renewal logged late says the card's expiry, with the later renewals replayed on it")
  func saysTheCardsExpiry() throws {
    let box = try Sandbox()
    let day = try date("2026-02-15")
    #expect(
      box.run(
        ["add", "m", "--number", "1", "--expires", "2026-01-31", "--period", "1m"],
        today: try date("2026-01-20")
      ).code == 0)
    #expect(box.run(["log", "m", "--on", "2026-02-10"], today: day).code == 0)
    let late = box.run(["log", "m", "--on", "2026-01-25"], today: day)
    #expect(
      late.stdout
        == "logged m on 2026-01-25; expires 2026-03-31 (was 2026-03-10); "
        + "due 2026-03-31 (in 44 days)\n")
  }
}

/// The warnings of `log` in Chinese, word for word: the catalog test only proves
/// they are Chinese.
@Suite struct ChineseWarningTextTests {
  @Test("the shortened expiry and the later setting read right in Chinese")
  func warnings() throws {
    let from = try date("2026-12-31")
    let to = try date("2026-11-30")
    #expect(
      Warning.shortensExpiry(card: "Smart PH", from: from, to: to).text(in: .chinese)
        == "renew: 警告：这会把 'Smart PH' 的有效期从 2026-12-31 缩短到 2026-11-30\n")
    let later = Warning.expirySetLater(card: "m", on: to, id: "ab12cd34", expiry: from)
    #expect(
      later.text(in: .chinese)
        == "renew: 警告：'m' 的有效期已在 2026-11-30 直接设置（晚于这次续费），所以仍为 2026-12-31\n"
        + "如果那次设置没有算上这次续费，请删除它：renew unlog m ab12cd34\n")
  }
}

/// The summary beside the data file changes nothing a user sees.
@Suite struct SummaryOutputTests {
  @Test(
    "status, check, list, forecast and calendar print the same from the summary as from the file",
    arguments: [
      ["status"], ["status", "--all", "--json"], ["check"], ["check", "--json"], ["list"],
      ["list", "--tag", "bank"], ["forecast"], ["calendar"], ["status", "--lang", "zh"],
    ])
  func sameOutput(_ command: [String]) throws {
    let box = try Sandbox()
    box.seed()
    #expect(box.run(["top-up", "Smart PH", "100 PHP"]).code == 0)
    #expect(box.run(["retire", "Smart Bro"]).code == 0)
    let summary = box.folder + "/renew.json.backups/summary"
    func inode() throws -> Int? {
      try FileManager.default.attributesOfItem(atPath: summary)[.systemFileNumber] as? Int
    }
    let made = try inode()
    let fromSummary = box.run(command)
    // Taken from the summary, the read left it where it was: a read of the file
    // would have made it anew, a new file in its place.
    #expect(try inode() == made)
    try FileManager.default.removeItem(atPath: summary)
    let fromFile = box.run(command)
    #expect(box.exists(summary), "a read that had to read the file leaves a summary")
    #expect(fromSummary.code == fromFile.code)
    #expect(fromSummary.stdout == fromFile.stdout)
    #expect(fromSummary.stderr == fromFile.stderr)
    #expect(!fromFile.stdout.isEmpty)
  }

  @Test("a card whose clock a hand edit set against its history shows as the change rewrote it")
  func handMadeClock() throws {
    let box = try Sandbox()
    #expect(box.run(["add", "m", "--number", "1", "--expires", "2026-12-31"]).code == 0)
    var document = try parseJSON(
      String(decoding: try #require(box.bytes()), as: UTF8.self), as: [String: Any].self)
    var cards = try #require(document["cards"] as? [[String: Any]])
    cards[0]["clock"] = ["expires": "2026-03-02"]
    document["cards"] = cards
    try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: box.file))
    // A change that does not load the card's history replays it to write the
    // card, and writes the clock the history gives.
    #expect(box.run(["retire", "m"]).code == 0)
    let fromSummary = box.run(["status", "--all"])
    try FileManager.default.removeItem(atPath: box.folder + "/renew.json.backups/summary")
    let fromFile = box.run(["status", "--all"])
    #expect(fromSummary.stdout == fromFile.stdout)
    #expect(fromFile.stdout.contains("2026-12-31"), "\(fromFile.stdout)")
  }
}

/// Every command that changes the data file writes the same from the summary (the
/// cards it leaves alone copied from the file) as after reading the file whole.
@Suite struct ChangeFromSummaryOutputTests {
  /// The ids (random) a data file holds.
  static func ids(in file: String) -> Set<String> {
    Set(file.matches(of: #/"id" : "([0-9a-z]{8})"/#).map { String($0.output.1) })
  }

  /// `text` with `ids` replaced by `<id>`.
  static func masked(_ text: String, _ ids: Set<String>) -> String {
    ids.reduce(text) { $0.replacingOccurrences(of: $1, with: "<id>") }
  }

  @Test("each change prints and writes the same with a summary as without one")
  func sameChanges() throws {
    let fromSummary = try Sandbox()
    let fromFile = try Sandbox()
    fromSummary.seed()
    fromFile.seed()
    let summary = "/renew.json.backups/summary"
    let commands: [[String]] = [
      ["log", "Smart PH"], ["touch", "giffgaff", "--note", "call"],
      ["edit", "中国移动", "--note", "保号", "--tag", "bank"],
      ["top-up", "Smart PH", "100 PHP"], ["balance", "Smart PH", "80 PHP"],
      ["unlog", "Smart PH"], ["retire", "Smart Bro"], ["unretire", "Smart Bro"],
      ["add", "新卡", "--number", "+86 139 0000 0000", "--expires", "2026-05-01"],
      ["edit", "新卡", "--expires", "2026-06-01"], ["log", "中国移动", "--on", "2026-02-20"],
      ["remove", "新卡", "--yes"], ["undo"], ["edit", "giffgaff", "--name", "GG 英国"],
      ["touch", "GG 英国", "--note", "短信"],
    ]
    // Every id either file has held: a command may name one it removed.
    var keptIDs = Set<String>()
    var readIDs = Set<String>()
    var previous: [String] = []
    for command in commands {
      // Every change starts from the summary, but the one after `undo`, which
      // leaves none that describes the file it restores.
      let startsFromSummary = Store(path: fromSummary.file).summarySnapshot() != nil
      #expect(startsFromSummary == (previous != ["undo"]), "\(command)")
      previous = command
      let kept = fromSummary.run(command)
      try? FileManager.default.removeItem(atPath: fromFile.folder + summary)
      let read = fromFile.run(command)
      let keptFile = String(decoding: try #require(fromSummary.bytes()), as: UTF8.self)
      let readFile = String(decoding: try #require(fromFile.bytes()), as: UTF8.self)
      keptIDs.formUnion(Self.ids(in: keptFile))
      readIDs.formUnion(Self.ids(in: readFile))
      func masked(_ kept: String, _ read: String) -> (String, String) {
        (Self.masked(kept, keptIDs), Self.masked(read, readIDs))
      }
      #expect(kept.code == read.code, "\(command): \(kept.stderr)")
      let (keptOut, readOut) = masked(kept.stdout, read.stdout)
      #expect(keptOut == readOut, "\(command)")
      let (keptError, readError) = masked(kept.stderr, read.stderr)
      #expect(keptError == readError, "\(command)")
      let (keptBytes, readBytes) = masked(keptFile, readFile)
      #expect(keptBytes == readBytes, "\(command)")
    }
    #expect(fromSummary.run(["history", "GG 英国"]).stdout.contains("短信"))
  }
}
