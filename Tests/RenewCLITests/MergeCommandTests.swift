import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// `renew merge BASE OURS THEIRS` run by hand on three files: the result replaces
/// OURS, conflicts are named on stderr, and a bad input changes nothing.
@Suite struct MergeCommandTests {
  /// A base with two cards, copied to `ours.json` and `theirs.json`.
  final class Versions {
    let box: Sandbox
    var base: String { box.folder + "/base.json" }
    var ours: String { box.folder + "/ours.json" }
    var theirs: String { box.folder + "/theirs.json" }

    init() throws {
      box = try Sandbox()
      for card in [
        ["Smart PH", "--number", "+63 917 123 4567", "--expires", "2026-04-01", "--period", "1m"],
        ["giffgaff", "--number", "07700900123", "--keep-alive", "180d"],
      ] {
        try change(base, ["add"] + card)
      }
      let bytes = try #require(FileManager.default.contents(atPath: base))
      for copy in [ours, theirs] {
        try bytes.write(to: URL(fileURLWithPath: copy))
      }
    }

    /// Runs a renew command on `file`, which must succeed.
    func change(
      _ file: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
      let result = renew(["--file", file] + arguments, environment: ["HOME": box.folder])
      #expect(result.code == 0, "\(result.stderr)", sourceLocation: sourceLocation)
    }

    /// Makes Smart PH in `file` a plan of 8 CNY a month paid from a balance of
    /// 100 CNY, from 2026-03-01.
    func payFromBalance(_ file: String) throws {
      try change(
        file,
        [
          "--today", "2026-03-01", "edit", "Smart PH", "--price", "8 CNY", "--from-balance",
          "--balance", "100 CNY",
        ])
    }

    /// Runs `renew merge base ours theirs` and whatever else is given.
    func merge(_ extra: [String] = []) -> RunResult {
      renew(["merge", base, ours, theirs] + extra, environment: ["HOME": box.folder])
    }

    /// The bytes of `path`.
    func bytes(_ path: String) -> Data? {
      FileManager.default.contents(atPath: path)
    }

    /// The document in `path`.
    func document(_ path: String) throws -> Document {
      try Document.decode([UInt8](try #require(bytes(path))))
    }
  }

  /// What `merge` says when the plan of Smart PH was changed on both sides.
  static let planConflict =
    "renew: conflict: 'Smart PH': the plan and how it is paid were changed on each side "
    + "in ways that do not fit together; ours are kept\n"

  @Test(
    "plan changes that do not fit together keep ours, as a conflict, and the file stays editable",
    arguments: [
      (
        ["edit", "Smart PH", "--auto-renew"],
        ["edit", "Smart PH", "--price", "8 CNY", "--from-balance", "--balance", "20 CNY"]
      ),
      (["edit", "Smart PH", "--price", "3 USD"], ["top-up", "Smart PH", "10 CNY"]),
    ])
  func planConflict(_ ourChange: [String], _ theirChange: [String]) throws {
    let files = try Versions()
    try files.change(files.ours, ["--today", "2026-03-05"] + ourChange)
    try files.change(files.theirs, ["--today", "2026-03-05"] + theirChange)
    let result = files.merge()
    #expect(result.code == 1)
    #expect(result.stderr == Self.planConflict)
    // Every rule add and edit keep still holds: the card can be edited.
    try files.change(files.ours, ["--today", "2026-03-05", "edit", "Smart PH", "--note", "x"])
  }

  @Test("plan changes made on both sides keep ours, as a conflict: they do not chain")
  func planChangesOnBothSides() throws {
    let files = try Versions()
    try files.payFromBalance(files.base)
    let bytes = try #require(files.bytes(files.base))
    for copy in [files.ours, files.theirs] { try bytes.write(to: URL(fileURLWithPath: copy)) }
    try files.change(
      files.ours, ["--today", "2026-04-15", "edit", "Smart PH", "--price", "10 CNY"])
    try files.change(files.theirs, ["--today", "2026-05-15", "edit", "Smart PH", "--period", "2m"])
    let result = files.merge()
    #expect(result.code == 1)
    #expect(result.stderr == Self.planConflict)
    // The card is ours: its price, its period, its one plan change.
    let merged = try #require(try files.document(files.ours).cards.first { $0.name == "Smart PH" })
    let ourCard = try #require(
      try Document.decode([UInt8](bytes)).cards.first { $0.name == "Smart PH" })
    #expect(merged.plan == Plan(period: .months(1), price: Money("10 CNY")))
    #expect(merged.history.filter { $0.event.type == .plan }.count == 1)
    #expect(merged.history.count == ourCard.history.count + 1)
  }

  @Test("the same plan change on both sides, copied before the merge, merges cleanly")
  func samePlanChangeOnBothSides() throws {
    let files = try Versions()
    try files.payFromBalance(files.base)
    try files.change(
      files.base, ["--today", "2026-04-15", "edit", "Smart PH", "--price", "10 CNY"])
    let changed = try #require(files.bytes(files.base))
    for copy in [files.ours, files.theirs] { try changed.write(to: URL(fileURLWithPath: copy)) }
    // The base as it was before the change, as git gives it when both sides got
    // the change from a third.
    try files.change(files.base, ["undo"])
    let result = files.merge()
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let merged = try #require(try files.document(files.ours).cards.first { $0.name == "Smart PH" })
    #expect(merged.plan.price == Money("10 CNY"))
    #expect(merged.history.filter { $0.event.type == .plan }.count == 1)
  }

  @Test("two cards with one name at the length limit are told apart within the limit")
  func longSameName() throws {
    let files = try Versions()
    let name = String(repeating: "x", count: 200)
    try files.change(files.ours, ["add", name, "--number", "1"])
    try files.change(files.theirs, ["add", name, "--number", "2"])
    let result = files.merge()
    #expect(result.code == 1)
    let names = try files.document(files.ours).cards.map(\.name)
    #expect(names.contains(String(repeating: "x", count: 196) + " (2)"))
    let status = renew(["--file", files.ours, "status"], environment: ["HOME": files.box.folder])
    #expect(status.code == 0, "\(status.stderr)")
  }

  @Test("git's driver runs without a home folder or renew's settings: only the three files")
  func noSettingsNeeded() throws {
    let files = try Versions()
    try files.change(files.theirs, ["--today", "2026-03-05", "touch", "giffgaff"])
    let result = renew(
      ["merge", files.base, files.ours, files.theirs],
      environment: ["RENEW_LOCK_TIMEOUT": "not a number", "RENEW_TODAY": "not a date"])
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    // Theirs had the only change: the merge is their cards.
    #expect(try files.document(files.ours).cards == files.document(files.theirs).cards)
  }

  @Test("merging three files by hand writes the merge to OURS and says nothing")
  func cleanMerge() throws {
    let files = try Versions()
    try files.change(
      files.ours, ["--today", "2026-03-05", "log", "Smart PH", "--on", "2026-03-03"])
    try files.change(
      files.theirs, ["--today", "2026-03-05", "log", "Smart PH", "--on", "2026-03-04"])
    try files.change(files.theirs, ["edit", "giffgaff", "--carrier", "giffgaff"])
    let (base, theirs) = (files.bytes(files.base), files.bytes(files.theirs))
    let result = files.merge()
    #expect(result.code == 0)
    #expect(result.stdout == "" && result.stderr == "")
    let merged = try files.document(files.ours)
    #expect(merged.cards.map(\.name) == ["Smart PH", "giffgaff"])
    #expect(merged.cards[0].history.count == 3)
    #expect(merged.cards[0].expiry == (try date("2026-06-01")))
    #expect(merged.cards[1].carrier == "giffgaff")
    #expect(files.bytes(files.base) == base && files.bytes(files.theirs) == theirs)
    // What renew reads back is what it merged.
    let show = renew(["--file", files.ours, "--json", "show", "Smart PH"])
    #expect(show.code == 0)
    #expect(try parseJSON(show.stdout, as: [String: Any].self)["due"] as? String == "2026-06-01")
  }

  @Test("a conflict is named in Chinese with --lang zh, and renew exits 1")
  func chineseConflict() throws {
    let files = try Versions()
    try files.change(files.ours, ["edit", "Smart PH", "--note", "ours"])
    try files.change(files.theirs, ["edit", "Smart PH", "--note", "theirs"])
    let result = files.merge(["--lang", "zh"])
    #expect(result.code == 1)
    #expect(result.stdout == "")
    #expect(result.stderr == "renew: 冲突：卡 'Smart PH' 的备注（note）在两边被改成了不同的值；保留本地（ours）的值\n")
    #expect(try files.document(files.ours).cards[0].note == "ours")
    let english = try Versions()
    try english.change(english.ours, ["edit", "giffgaff", "--keep-alive", "90d"])
    try english.change(english.theirs, ["edit", "giffgaff", "--keep-alive", "120d"])
    #expect(
      english.merge().stderr
        == "renew: conflict: 'giffgaff': keep-alive was changed differently on each side; "
        + "ours is kept\n")
  }

  @Test("a conflict on a card the other side renamed names the card as the merge has it")
  func conflictAfterRename() throws {
    let files = try Versions()
    try files.change(files.ours, ["edit", "Smart PH", "--note", "ours"])
    try files.change(files.theirs, ["edit", "Smart PH", "--name", "Smart", "--note", "theirs"])
    let result = files.merge()
    #expect(result.code == 1)
    #expect(
      result.stderr
        == "renew: conflict: 'Smart': note was changed differently on each side; ours is kept\n")
    #expect(try files.document(files.ours).cards.map(\.name) == ["Smart", "giffgaff"])
  }

  @Test("a balance recorded in another currency on each side keeps ours, and the file stays valid")
  func balanceCurrencies() throws {
    let files = try Versions()
    try files.change(files.ours, ["balance", "giffgaff", "4.20 GBP"])
    try files.change(files.theirs, ["balance", "giffgaff", "5 EUR"])
    try files.change(files.theirs, ["touch", "giffgaff"])
    let result = files.merge()
    #expect(result.code == 1)
    #expect(
      result.stderr
        == "renew: conflict: 'giffgaff': the balance was recorded in another currency on each "
        + "side; ours is kept\n")
    let show = renew(["--file", files.ours, "--json", "show", "giffgaff"])
    #expect(show.code == 0, "\(show.stderr)")
    let card = try files.document(files.ours).cards[1]
    #expect(card.history.map(\.event.type) == [.balance, .activity])
    #expect(card.clock.balance?.currency == "GBP")
  }

  @Test("an empty BASE, as git gives when both sides added the file, keeps both sides' cards")
  func emptyBase() throws {
    let files = try Versions()
    try Data().write(to: URL(fileURLWithPath: files.base))
    try files.change(files.theirs, ["add", "Phone Virtual", "--number", "222"])
    let result = files.merge()
    #expect(result.code == 0, "\(result.stderr)")
    #expect(
      try files.document(files.ours).cards.map(\.name) == ["Smart PH", "giffgaff", "Phone Virtual"])
  }

  @Test(
    "an empty OURS or THEIRS is refused with 65, not read as every card removed; OURS stays",
    arguments: ["OURS", "THEIRS"])
  func emptySide(side: String) throws {
    let files = try Versions()
    let path = side == "OURS" ? files.ours : files.theirs
    try Data().write(to: URL(fileURLWithPath: path))
    let ours = files.bytes(files.ours)
    let result = files.merge()
    #expect(result.code == 65)
    #expect(
      result.stderr == "renew: \(path): not a renew data file: the file is empty\n"
        + "that is \(side) of the merge; nothing was merged, and OURS is unchanged\n")
    #expect(files.bytes(files.ours) == ours)
  }

  @Test(
    "an input that is not a renew file is refused with 65, naming file, line and side; OURS stays",
    arguments: ["BASE", "OURS", "THEIRS"])
  func notARenewFile(side: String) throws {
    let files = try Versions()
    try files.change(
      files.theirs, ["--today", "2026-03-05", "log", "Smart PH", "--on", "2026-03-04"])
    let path = [files.base, files.ours, files.theirs][
      ["BASE", "OURS", "THEIRS"].firstIndex(of: side) ?? 0]
    try Data("Smart PH, +63 917 123 4567\n".utf8).write(to: URL(fileURLWithPath: path))
    let ours = files.bytes(files.ours)
    let result = files.merge()
    #expect(result.code == 65)
    #expect(
      result.stderr == "renew: \(path):1:1: not valid JSON: expected a value\n"
        + "that is \(side) of the merge; nothing was merged, and OURS is unchanged\n")
    #expect(files.bytes(files.ours) == ours)
  }

  @Test("a missing input is refused, not taken for a file with no cards; OURS stays")
  func missingInput() throws {
    let files = try Versions()
    try files.change(
      files.ours, ["--today", "2026-03-05", "log", "Smart PH", "--on", "2026-03-04"])
    let ours = files.bytes(files.ours)
    let missing = files.box.folder + "/theirs.jsn"
    let result = renew(
      ["merge", files.base, files.ours, missing], environment: ["HOME": files.box.folder])
    #expect(result.code == 74)
    #expect(
      result.stderr == "renew: cannot read \(missing): No such file or directory\n"
        + "that is THEIRS of the merge; nothing was merged, and OURS is unchanged\n")
    #expect(files.bytes(files.ours) == ours)
    let noOurs = files.box.folder + "/ours.jsn"
    let second = renew(
      ["merge", files.base, noOurs, files.theirs], environment: ["HOME": files.box.folder])
    #expect(second.code == 74)
    #expect(!files.box.exists(noOurs))
  }
}
