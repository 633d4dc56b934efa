import Foundation
import RenewKit
import Testing

@testable import RenewCLI

extension Sandbox {
  /// Writes `text` to a file named `name` in the sandbox's folder, and returns its path.
  func writeInput(_ text: String, named name: String) throws -> String {
    try writeInput(Array(text.utf8), named: name)
  }

  /// Writes `bytes` to a file named `name` in the sandbox's folder, and returns its path.
  func writeInput(_ bytes: [UInt8], named name: String) throws -> String {
    let path = folder + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// The names in the data file's backups folder.
  func backupNames() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: file + ".backups")) ?? []).sorted()
  }

  /// The cards of `list --json`, by name.
  func cardsByName(today: CalendarDate = fixedToday) throws -> [String: [String: Any]] {
    let result = run(["list", "--json"], today: today)
    try #require(result.code == 0, "\(result.stderr)")
    let cards = try parseJSON(result.stdout, as: [[String: Any]].self)
    return Dictionary(uniqueKeysWithValues: cards.map { ($0["name"] as? String ?? "", $0) })
  }
}

/// `renew import`: cards from a CSV as a spreadsheet saves it, or from an export.
@Suite("Import command")
struct ImportCommandTests {
  @Test("import --update of the expiry a card has records nothing, unless its cycle-day is new")
  func sameExpiryNewCycleDay() throws {
    let sandbox = try Sandbox()
    let steps: [[String]] = [
      ["add", "V", "--number", "1", "--expires", "2026-03-31", "--period", "1m"], ["log", "V"],
    ]
    for step in steps { try #require(sandbox.run(step).code == 0, "\(step)") }
    let same = try sandbox.writeInput(
      "name,number,expires,cycle-day\nV,1,2026-04-30,31\n", named: "same.csv")
    let before = sandbox.bytes()
    #expect(sandbox.run(["import", same, "--update"]).stdout.hasSuffix("0 updated, 1 unchanged\n"))
    #expect(sandbox.bytes() == before)
    let new = try sandbox.writeInput(
      "name,number,expires,cycle-day\nV,1,2026-04-30,30\n", named: "new.csv")
    #expect(sandbox.run(["import", new, "--update"]).stdout.hasSuffix("1 updated, 0 unchanged\n"))
    #expect(sandbox.run(["show", "V"]).stdout.contains("expires  2026-04-30, cycle day 30\n"))
  }

  @Test("cards imported without a clock are named in one warning, as add warns of one")
  func neverReported() throws {
    let sandbox = try Sandbox()
    let one = try sandbox.writeInput("name,number\nnoclock,1234\n", named: "one.csv")
    let single = sandbox.run(["import", one])
    #expect(single.code == 0)
    #expect(
      single.stderr
        == "renew: warning: 'noclock' has no expiry and no keep-alive, so 'renew check' will "
        + "never report it\ngive it a clock: renew edit noclock --expires DATE or --keep-alive 180d\n"
    )
    // In file order, not name order: the warning lists them as the import did.
    let rows = (1...12).reversed().map { "card \($0),\($0)" }.joined(separator: "\n")
    let many = try sandbox.writeInput(
      "name,number,expires\n\(rows)\ndated,8,2026-05-01\n", named: "many.csv")
    for arguments in [["import", many, "--dry-run"], ["import", many]] {
      let result = sandbox.run(arguments)
      #expect(result.code == 0)
      #expect(
        result.stderr
          == "renew: warning: 12 cards have no expiry and no keep-alive, so 'renew check' will "
          + "never report them: 'card 12', 'card 11', 'card 10', 'card 9', 'card 8', 'card 7', "
          + "'card 6', 'card 5', 'card 4', 'card 3' and 2 more\n"
          + "give each a clock: renew edit NAME --expires DATE or --keep-alive 180d\n")
    }
  }

  @Test(
    "a spreadsheet's CSV: byte order mark, CRLF, quotes, commas, Chinese, any column order")
  func spreadsheet() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.writeInput(
      "\u{FEFF}number,Name,note,tag,method,expires,auto-renew,pay\r\n"
        + "\"+86 138 0013 8000\",中国移动,\"China Mobile, \"\"Beijing\"\"\",china; bank,app;sms,"
        + "2026-03-05,,\r\n"
        // Empty trailing cells, and a flag written as a spreadsheet writes it.
        + "07700900123,giffgaff,,,,,TRUE,PayPal\r\n"
        // Only the name and the number.
        + "+63 917 123 4567,Smart PH\r\n"
        // A spreadsheet's padding: a row of empty cells is no card.
        + ",,,,,,,\r\n",
      named: "cards.csv")
    let result = sandbox.run(["import", path])
    #expect(result.code == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "added 中国移动 (+86 138 0013 8000)\nadded giffgaff (07700900123)\n"
        + "added Smart PH (+63 917 123 4567)\n"
        + "imported \(path): 3 added, 0 updated, 0 unchanged\n")
    let cards = try sandbox.cardsByName()
    #expect(cards.count == 3)
    let china = try #require(cards["中国移动"])
    #expect(china["number"] as? String == "+86 138 0013 8000")
    #expect(china["note"] as? String == "China Mobile, \"Beijing\"")
    #expect(china["tags"] as? [String] == ["china", "bank"])
    #expect(china["methods"] as? [String] == ["app", "sms"])
    #expect((china["clock"] as? [String: Any])?["expires"] as? String == "2026-03-05")
    #expect(china["autoRenew"] as? Bool == false)
    let giffgaff = try #require(cards["giffgaff"])
    #expect(giffgaff["autoRenew"] as? Bool == true)
    #expect(giffgaff["pay"] as? String == "PayPal")
    #expect(giffgaff["note"] == nil)
    #expect(giffgaff["tags"] == nil)
    let smart = try #require(cards["Smart PH"])
    #expect(smart["number"] as? String == "+63 917 123 4567")
    #expect(smart["clock"] == nil)
  }

  @Test("a spreadsheet's trailing columns without a title are ignored while they hold nothing")
  func untitledColumns() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.writeInput(
      "name,number,,\r\na,1,,\r\nb,2\r\n,,,\r\n", named: "cards.csv")
    let result = sandbox.run(["import", path])
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.hasSuffix(": 2 added, 0 updated, 0 unchanged\n"))
    // A value under no title is refused, naming the column.
    let used = try sandbox.writeInput("name,number,,\na,1,,x\n", named: "used.csv")
    let refused = sandbox.run(["import", used])
    #expect(refused.code == 64)
    #expect(refused.stderr.hasPrefix("renew: \(used):1:4: unknown column ''\n"))
  }

  /// Six rows whose last, on line 7, has a date that does not exist in column 5.
  static let badDateOnLine7 =
    "name,number,country,carrier,expires\n" + "a,1,,,\n" + "b,2,PH,Smart,2026-04-01\n"
    + "c,3,,,\n" + "d,4,,,\n" + "e,5,,,\n" + "f,6,GB,EE,2026-02-30\n"

  @Test("a bad value is named by its line and column, with add's hint; nothing is written")
  func badValueNamed() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    let backups = sandbox.backupNames()
    let path = try sandbox.writeInput(Self.badDateOnLine7, named: "cards.csv")
    for arguments in [["import", path], ["import", path, "--dry-run"]] {
      let result = sandbox.run(arguments)
      #expect(result.code == 64)
      #expect(result.stdout == "")
      #expect(
        result.stderr
          == "renew: \(path):7:5: invalid value '2026-02-30' for --expires\n"
          + "a date is YYYY-MM-DD, today, yesterday or tomorrow\n")
    }
    #expect(sandbox.bytes() == before)
    #expect(sandbox.backupNames() == backups)
  }

  @Test("a refused import into no data file makes none")
  func noFileMade() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.writeInput(Self.badDateOnLine7, named: "cards.csv")
    #expect(sandbox.run(["import", path]).code == 64)
    #expect(!sandbox.exists(sandbox.file))
    #expect(!sandbox.exists(sandbox.file + ".backups"))
  }

  @Test("--dry-run says what would change and writes nothing")
  func dryRun() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    let backups = sandbox.backupNames()
    let path = try sandbox.writeInput(
      "name,number,note,tag\nLebara,+44 7700 900456,,\nsmart ph,,bank card,bank;ph\n"
        + "Smart Bro,,,\n",
      named: "cards.csv")
    let result = sandbox.run(["import", path, "--update", "--dry-run"])
    #expect(result.code == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "would add Lebara (+44 7700 900456)\nwould update Smart PH: tags, note\n"
        + "nothing written (--dry-run): 1 to add, 1 to update, 1 unchanged\n")
    #expect(result.stderr.hasPrefix("renew: warning: 'Lebara' has no expiry and no keep-alive"))
    #expect(sandbox.bytes() == before)
    #expect(sandbox.backupNames() == backups)
    // The same import, done, does what the dry run said.
    let done = sandbox.run(["import", path, "--update"])
    #expect(
      done.stdout
        == "added Lebara (+44 7700 900456)\nupdated Smart PH: tags, note\n"
        + "imported \(path): 1 added, 1 updated, 1 unchanged\n")
    #expect(sandbox.backupNames().count == backups.count + 1)
  }

  @Test("an existing name is refused without --update, naming its line; nothing is written")
  func existingName() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    let path = try sandbox.writeInput(
      "name,number\nLebara,+44 7700 900456\nsmart ph,+63 917 123 4567\n", named: "cards.csv")
    let result = sandbox.run(["import", path])
    #expect(result.code == 64)
    #expect(
      result.stderr
        == "renew: \(path):3:1: a card named 'Smart PH' exists\n"
        + "give --update to change it with this file's values\n")
    #expect(sandbox.bytes() == before)
  }

  @Test("--update changes only the cells given: empty leaves alone, 'no' turns a flag off")
  func update() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = try sandbox.cardsByName()
    let path = try sandbox.writeInput(
      "name,number,carrier,expires,auto-renew,note,tag\n"
        + "中国移动,,,2026-03-05,,a note,\n" + "giffgaff,,Giff,,no,,\n",
      named: "cards.csv")
    let result = sandbox.run(["import", path, "--update"])
    #expect(result.code == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "updated 中国移动: note\nupdated giffgaff: carrier, auto-renew\n"
        + "imported \(path): 0 added, 2 updated, 0 unchanged\n")
    let after = try sandbox.cardsByName()
    for name in ["中国移动", "giffgaff", "Smart PH", "Smart Bro"] {
      let old = try #require(before[name])
      let new = try #require(after[name])
      let differing = Set(old.keys).union(new.keys).filter { key in
        (old[key] as? NSObject) != (new[key] as? NSObject)
      }
      switch name {
      case "中国移动": #expect(differing == ["note"], "\(name)")
      case "giffgaff": #expect(differing == ["carrier", "autoRenew"], "\(name)")
      default: #expect(differing.isEmpty, "\(name): \(differing)")
      }
    }
    // The expiry given again is no new entry.
    let china = try #require(after["中国移动"])
    #expect((china["history"] as? [Any])?.count == 1)
    #expect(after["giffgaff"]?["pay"] as? String == "PayPal")
  }

  @Test(
    "a flag cell is yes or no in the words people write, Chinese too",
    arguments: [
      ("yes", true), ("Y", true), ("TRUE", true), ("1", true), ("是", true),
      ("no", false), ("n", false), ("False", false), ("0", false), ("否", false),
    ])
  func flagWords(_ word: String, _ isOn: Bool) throws {
    let sandbox = try Sandbox()
    try ExportCommandTests.build(
      sandbox,
      [
        ["add", "on", "--number", "1", "--auto-renew"], ["add", "off", "--number", "2"],
        ["retire", "on"],
      ])
    let path = try sandbox.writeInput(
      "name,auto-renew,retired,number\non,\(word),\(word),\noff,\(word),\(word),\n"
        + "new,\(word),\(word),3\n",
      named: "cards.csv")
    let result = sandbox.run(["import", path, "--update"])
    #expect(result.code == 0, "\(result.stderr)")
    let cards = try sandbox.cardsByName()
    for name in ["on", "off", "new"] {
      #expect(cards[name]?["autoRenew"] as? Bool == isOn, "\(name)")
      // A card that is not retired has no "retired" key, as in the data file.
      if isOn {
        #expect(cards[name]?["retired"] as? Bool == true, "\(name)")
      } else {
        #expect(cards[name]?.keys.contains("retired") == false, "\(name)")
      }
    }
  }

  @Test("an expiry or a balance the card already has, however written, is no change")
  func sameValuesOtherwiseWritten() throws {
    let sandbox = try Sandbox()
    let today = try date("2026-05-15")
    try ExportCommandTests.build(sandbox, ExportCommandTests.threeCards)
    let before = sandbox.bytes()
    // On May 15 Lebara was charged on Apr 1 and May 1: it expires May 31 with 4 EUR left.
    let path = try sandbox.writeInput(
      "name,number,expires,balance\nLebara,,2026-05-31,4 EUR\n中国移动,,2026-03-05,\n",
      named: "cards.csv")
    let result = sandbox.run(["import", path, "--update"], today: today)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout == "imported \(path): 0 added, 0 updated, 2 unchanged\n")
    #expect(sandbox.bytes() == before)
  }

  @Test("a name twice in the file is refused, naming both lines")
  func nameTwice() throws {
    let sandbox = try Sandbox()
    let path = try sandbox.writeInput("name,number\nLebara,1\nb,2\nLEBARA,3\n", named: "cards.csv")
    let result = sandbox.run(["import", path])
    #expect(result.code == 64)
    #expect(
      result.stderr
        == "renew: \(path):4:1: 'LEBARA' is in the file twice (also on line 2)\n"
        + "names are unique, ignoring case\n")
    #expect(sandbox.bytes() == nil)
  }

  @Test("JSON with --update takes the file's fields and adds the entries the card lacks, by id")
  func jsonUpdate() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let earlier = sandbox.run(["export"]).stdout
    let other = try Sandbox()
    let path = try other.writeInput(earlier, named: "backup.json")
    try #require(other.run(["import", path]).code == 0)
    // Meanwhile, on the first device: a renewal and a new note.
    try ExportCommandTests.build(
      sandbox, [["log", "中国移动", "--amount", "30 CNY"], ["edit", "中国移动", "--note", "hi"]])
    let later = try other.writeInput(sandbox.run(["export"]).stdout, named: "later.json")
    let refused = other.run(["import", later])
    #expect(refused.code == 64)
    #expect(refused.stderr.hasPrefix("renew: \(later): a card named '中国移动' exists\n"))
    // And on the second: an activity the first never saw.
    try ExportCommandTests.build(other, [["touch", "giffgaff"]])
    let result = other.run(["import", later, "--update"])
    #expect(result.code == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "updated 中国移动: expires 2026-03-05 → 2026-04-05, due 2026-03-05 → 2026-04-05, note\n"
        + "imported \(later): 0 added, 1 updated, 3 unchanged\n")
    let mine = try sandbox.cardsByName()
    let theirs = try other.cardsByName()
    #expect(
      NSDictionary(dictionary: try #require(mine["中国移动"]))
        == NSDictionary(dictionary: try #require(theirs["中国移动"])))
    // The activity recorded only on the second device is kept.
    #expect((theirs["giffgaff"]?["history"] as? [Any])?.count == 1)
  }

  @Test("a JSON card renamed since it was exported is found by its id, and named so")
  func renamedSinceExport() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    // The backup of one card.
    var document = try parseJSON(sandbox.run(["export"]).stdout, as: [String: Any].self)
    let cards = try #require(document["cards"] as? [[String: Any]])
    document["cards"] = cards.filter { $0["name"] as? String == "Smart Bro" }
    let path = try sandbox.writeInput(
      Array(try JSONSerialization.data(withJSONObject: document)), named: "backup.json")
    try ExportCommandTests.build(sandbox, [["edit", "Smart Bro", "--name", "Smart Home"]])
    let before = sandbox.bytes()
    let refused = sandbox.run(["import", path])
    #expect(refused.code == 64)
    #expect(
      refused.stderr
        == "renew: \(path): 'Smart Bro' is the card named 'Smart Home' in the data file (the same "
        + "id)\ngive --update to change it with this file's values, its name too\n")
    #expect(sandbox.bytes() == before)
    let updated = sandbox.run(["import", path, "--update"])
    #expect(
      updated.stdout
        == "updated Smart Bro: name\nimported \(path): 0 added, 1 updated, 0 unchanged\n")
    #expect(
      try sandbox.cardsByName().keys.sorted() == ["Smart Bro", "Smart PH", "giffgaff", "中国移动"])
  }

  @Test("a JSON copy of a card renamed by hand is refused while it has its ids; without, added")
  func copiedCard() throws {
    let sandbox = try Sandbox()
    try ExportCommandTests.build(
      sandbox,
      [["add", "A", "--number", "1", "--expires", "2026-04-01"], ["log", "A", "--for", "1m"]])
    var document = try parseJSON(sandbox.run(["export"]).stdout, as: [String: Any].self)
    var card = try #require((document["cards"] as? [[String: Any]])?.first)
    let entries = try #require(card["history"] as? [[String: Any]])
    let firstID = try #require(entries.first?["id"] as? String)
    card["name"] = "B"
    card["id"] = nil
    document["cards"] = [card]
    let copy = try sandbox.writeInput(
      Array(try JSONSerialization.data(withJSONObject: document)), named: "copy.json")
    let before = sandbox.bytes()
    let refused = sandbox.run(["import", copy])
    #expect(refused.code == 64)
    #expect(
      refused.stderr
        == "renew: \(copy): card 'B': the id '\(firstID)' is already given to something in the "
        + "data file\nfor a copy of a card, remove its \"id\" keys from the file and renew gives "
        + "it new ones\n")
    #expect(sandbox.bytes() == before)
    // As the hint says: without its ids, the copy is added, and the file reads in full.
    card["history"] = entries.map { $0.filter { $0.key != "id" } }
    document["cards"] = [card]
    let withoutIDs = try sandbox.writeInput(
      Array(try JSONSerialization.data(withJSONObject: document)), named: "copy.json")
    let added = sandbox.run(["import", withoutIDs])
    #expect(added.code == 0, "\(added.stderr)")
    let history = sandbox.run(["history", "--json"])
    #expect(history.code == 0, "\(history.stderr)")
    let rows = try parseJSON(history.stdout, as: [[String: Any]].self)
    #expect(rows.count == 4)
    #expect(Set(rows.compactMap { $0["id"] as? String }).count == 4)
  }

  @Test("import says what it did in Chinese, and names a bad cell in Chinese")
  func chinese() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let path = try sandbox.writeInput(
      "name,number,note\n新卡,+86 139 0000 0000,\n中国移动,,备注\n", named: "cards.csv")
    let dry = sandbox.run(["--lang", "zh", "import", path, "--update", "--dry-run"])
    #expect(
      dry.stdout
        == "将添加新卡（+86 139 0000 0000）\n将更新中国移动：备注\n"
        + "未写入任何内容（--dry-run）：将新增 1 张，更新 1 张，0 张不变\n")
    let done = sandbox.run(["--lang", "zh", "import", path, "--update"])
    #expect(
      done.stdout
        == "已添加新卡（+86 139 0000 0000）\n已更新中国移动：备注\n"
        + "已导入 \(path)：新增 1 张，更新 1 张，0 张不变\n")
    let bad = try sandbox.writeInput(Self.badDateOnLine7, named: "bad.csv")
    let refused = sandbox.run(["--lang", "zh", "import", bad])
    #expect(refused.code == 64)
    #expect(
      refused.stderr
        == "renew: \(bad):7:5: --expires 的值 '2026-02-30' 无效\n"
        + "日期格式为 YYYY-MM-DD，或 today（今天）、yesterday（昨天）、tomorrow（明天）\n")
  }

  @Test("--update with an older export says which due dates and balances it moves, and from what")
  func staleExportIsVisible() throws {
    let sandbox = try Sandbox()
    let added = sandbox.run(
      [
        "add", "CM", "--number", "138", "--expires", "2026-12-31", "--period", "1m", "--price",
        "8 CNY", "--from-balance", "--balance", "50 CNY",
      ], today: try date("2026-11-21"))
    #expect(added.code == 0)
    let csv = sandbox.run(["export", "--format", "csv"], today: try date("2026-11-21"))
    let file = try sandbox.writeInput(csv.stdout, named: "cm.csv")
    let result = sandbox.run(
      ["import", file, "--update", "--dry-run"], today: try date("2027-01-15"))
    #expect(
      result.stdout
        == "would update CM: due 2027-06-30 → 2027-07-31, balance 42.00 CNY → 50.00 CNY\n"
        + "nothing written (--dry-run): 0 to add, 1 to update, 0 unchanged\n")
  }
}
