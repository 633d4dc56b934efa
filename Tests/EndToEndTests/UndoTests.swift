import Foundation
import Testing

/// `renew undo` and `renew backups`: every change can be taken back, one step at a time.
@Suite struct UndoTests {
  /// The document with `lastChange` left out, or an empty one when there is no file yet.
  private func state(_ box: Sandbox) throws -> NSDictionary {
    Files.exists(box.file) ? try Files.document(box.file) : ["version": 2, "cards": []]
  }

  /// Each change, and the word its undo message starts with.
  private let changes: [(verb: String, arguments: [String])] = [
    ("add", ["add", "Smart PH", "--number", "+63 917 123 4567", "--expires", "2026-03-31"]),
    ("add", ["add", "中国移动", "--number", "+86 138 0013 8000", "--keep-alive", "90d"]),
    ("edit", ["edit", "smart", "--period", "1m", "--price", "300 PHP", "--tag", "bank"]),
    ("log", ["log", "Smart PH", "--via", "GCash", "--on", "yesterday"]),
    ("touch", ["touch", "中国移动", "--note", "SMS"]),
    ("retire", ["retire", "中国移动"]),
    ("remove", ["remove", "Smart PH", "--yes"]),
  ]

  @Test("undo restores each earlier state exactly, newest first, then says nothing is left")
  func undoStepsBack() throws {
    let box = try Sandbox()
    defer { box.remove() }
    var states: [NSDictionary] = []
    for change in changes {
      states.append(try state(box))
      try box.succeed(change.arguments)
      #expect(try state(box) != states.last, "\(change.arguments) changed nothing")
    }
    for (change, earlier) in zip(changes, states).reversed() {
      let undo = try box.run("undo")
      #expect(undo.status == 0, "\(undo.error)")
      #expect(undo.output.hasPrefix("undid: \(change.verb) "), "\(undo.output)")
      #expect(try state(box) == earlier, "undo of \(change.arguments) did not restore")
    }
    let nothing = try box.run("undo")
    #expect(nothing.status == 64)
    #expect(nothing.error.hasPrefix("renew: "))
    #expect(nothing.outputBytes.isEmpty)
    #expect(try state(box) == states[0])
  }

  @Test("undo right after each change restores the card list and history")
  func undoEachChange() throws {
    let box = try Sandbox()
    defer { box.remove() }
    for change in changes {
      let list = try box.run("list", "--json").output
      let history = try box.run("history", "--json").output
      try box.succeed(change.arguments)
      let undo = try box.run("undo")
      #expect(undo.output.hasPrefix("undid: \(change.verb) "), "\(undo.output)")
      #expect(try box.run("list", "--json").output == list, "after undoing \(change.verb)")
      #expect(try box.run("history", "--json").output == history, "after undoing \(change.verb)")
      try box.succeed(change.arguments)
    }
  }

  @Test("undo with nothing to undo exits 64")
  func nothingToUndo() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let result = try box.run("undo")
    #expect(result.status == 64)
    #expect(result.error.hasPrefix("renew: "))
    #expect(!Files.exists(box.file))
  }

  /// Changes the second card's number in the data file, as an editor or `git pull` would.
  private func editByHand(_ box: Sandbox) throws -> [UInt8] {
    let text = String(decoding: try #require(Files.bytes(box.file)), as: UTF8.self)
    let edited = Array(text.replacingOccurrences(of: "900001", with: "900002").utf8)
    try #require(edited != Array(text.utf8))
    try Files.write(edited, to: box.file)
    return edited
  }

  @Test("undo refuses a file changed outside renew with 64; --force restores and keeps it")
  func changedOutside() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "A", "--number", "+44 7700 900000")
    try box.succeed("add", "B", "--number", "+44 7700 900001")
    let edited = try editByHand(box)
    let refused = try box.run("undo")
    #expect(refused.status == 64)
    #expect(
      refused.error
        == "renew: not undoing: \(box.file) was changed outside renew since renew last wrote "
        + "it\n'renew undo --force' restores the backup anyway and keeps the changed file in "
        + "the backups folder\n")
    #expect(refused.outputBytes.isEmpty)
    #expect(Files.holds(box.file, exactly: edited))

    let kept = "\(box.file).backups/outside-000001.json"
    let forced = try box.run("undo", "--force")
    #expect(forced.status == 0, "\(forced.error)")
    #expect(
      forced.output
        == "undid: add B, and the changes made outside renew since\n"
        + "kept the changed file as \(kept)\n")
    #expect(Files.holds(kept, exactly: edited))
    #expect(Files.mode(kept) == 0o600)
    let cards = try #require(try box.json("list") as? [[String: Any]])
    #expect(cards.map { $0["name"] as? String } == ["A"])
    #expect(try box.run("backups").output.hasSuffix("  \(kept)\n"))
  }

  @Test("a change by renew after an outside edit keeps the edit in a backup; undo restores it")
  func changeAfterOutsideEdit() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "A", "--number", "+44 7700 900000")
    try box.succeed("add", "B", "--number", "+44 7700 900001")
    let edited = try editByHand(box)
    try box.succeed("touch", "A")
    let undo = try box.run("undo")
    #expect(undo.status == 0, "\(undo.error)")
    #expect(undo.output == "undid: touch A 2026-03-10\n")
    #expect(Files.holds(box.file, exactly: edited))
  }

  @Test("after 25 changes renew backups lists the last 20, and the folder keeps no more")
  func twentyBackups() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "A", "--number", "+44 7700 900000")
    for day in 1...24 {
      try box.succeed("touch", "A", "--on", "2026-02-\(day < 10 ? "0" : "")\(day)")
    }
    let result = try box.run("backups")
    #expect(result.status == 0)
    let rows = result.output.split(separator: "\n").filter { $0.first?.isNumber == true }
    #expect(rows.count == 20, "\(result.output)")
    #expect(rows.first?.contains("touch A 2026-02-24") == true)
    let kept = Files.names(in: "\(box.file).backups").filter { $0.hasSuffix(".json") }
    #expect(kept.count <= 21)
    #expect(kept.filter { $0 != "undone.json" }.count == 20)
  }
}
