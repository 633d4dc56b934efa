import Foundation
import Testing

/// A write that the file system refuses (disk full, read-only) exits 74 and loses nothing.
@Suite(.enabled(if: SmallDisk.isAvailable, SmallDisk.unavailable))
struct DiskFailureTests {
  // 3000 and 6000 bytes of UTF-8, within a note's limit of 2000 characters.
  private let longNote = String(repeating: "中", count: 1000)
  private let longerNote = String(repeating: "字", count: 2000)

  /// Runs `body` with a sandbox whose data file is on a small disk of its own,
  /// unmounted and removed afterwards.
  private func onSmallDisk(_ body: (_ data: Sandbox, _ disk: SmallDisk) throws -> Void) throws {
    let box = try Sandbox()
    defer { box.remove() }
    let disk = try SmallDisk(in: box)
    defer { disk.unmount() }
    try body(box.using(file: "\(disk.path)/renew.json"), disk)
  }

  /// Names in `folder` that start with `.`: temporary files a failed write left behind.
  private func leftovers(in folder: String) -> [String] {
    Files.names(in: folder).filter { $0.hasPrefix(".") }
  }

  @Test(
    "a write on a full disk exits 74, keeps the old file byte for byte and leaves no temp file",
    arguments: [0, 4096])
  func diskFull(bytesLeft: Int) throws {
    try onSmallDisk { data, disk in
      try data.succeed("add", "A", "--number", "+44 7700 900000", "--note", longNote)
      let before = try #require(Files.bytes(data.file))
      // With one page left the backup still fits and the new document does not.
      try disk.fill(leaving: bytesLeft)

      let result = try data.run("edit", "A", "--note", longerNote)
      #expect(result.status == 74)
      #expect(result.error.hasPrefix("renew: cannot"), "\(result.error)")
      #expect(result.outputBytes.isEmpty)
      #expect(Files.holds(data.file, exactly: before), "the old file is not whole")
      #expect(leftovers(in: disk.path) == [])
      #expect(leftovers(in: "\(data.file).backups") == [])
      #expect(try data.run("status").status == 0)

      disk.empty()
      #expect(try data.run("edit", "A", "--note", longerNote).status == 0)
    }
  }

  @Test("after a write failed on a full disk, undo still undoes the last change that happened")
  func undoAfterFailedWrite() throws {
    try onSmallDisk { data, disk in
      try data.succeed("add", "A", "--number", "+44 7700 900000", "--note", longNote)
      try disk.fill(leaving: 4096)
      #expect(try data.run("edit", "A", "--note", longerNote).status == 74)
      disk.empty()

      let undo = try data.run("undo")
      #expect(undo.status == 0)
      #expect(undo.output == "undid: add A\n")
      let cards = try #require(try data.json("list") as? [[String: Any]])
      let names = cards.map { $0["name"] as? String ?? "?" }
      #expect(names == [], "undo should restore the document before 'add A'")
    }
  }

  @Test("an undo on a disk with no byte left exits 74 and changes nothing, undone.json included")
  func undoOnFullDisk() throws {
    try onSmallDisk { data, disk in
      try data.succeed("add", "A", "--number", "+44 7700 900000", "--note", "short")
      // The document undo will restore takes two pages, the one it replaces one.
      try data.succeed("edit", "A", "--note", longerNote)
      try data.succeed("edit", "A", "--note", "short again")
      try data.succeed("edit", "A", "--note", "shortest")
      try data.succeed("undo")
      let undone = "\(data.file).backups/undone.json"
      let before = (try #require(Files.bytes(data.file)), try #require(Files.bytes(undone)))
      let backups = try data.run("backups").output
      try disk.fill(leaving: 0)

      let result = try data.run("undo")
      #expect(result.status == 74)
      #expect(result.error.hasPrefix("renew: cannot write "), "\(result.error)")
      #expect(result.outputBytes.isEmpty)
      #expect(Files.holds(data.file, exactly: before.0), "the data file changed")
      #expect(Files.holds(undone, exactly: before.1), "undone.json changed")
      #expect(try data.run("backups").output == backups)
      #expect(leftovers(in: disk.path) == [])
      #expect(leftovers(in: "\(data.file).backups") == [])

      disk.empty()
      #expect(try data.run("undo").output == "undid: edit A\n")
    }
  }

  @Test("an undo on a disk too full for a change still undoes: it copies no document")
  func undoOnNearlyFullDisk() throws {
    try onSmallDisk { data, disk in
      try data.succeed("add", "A", "--number", "+44 7700 900000", "--note", longNote)
      try data.succeed("edit", "A", "--note", longerNote)
      let before = try #require(Files.bytes(data.file))
      try disk.fill(leaving: 4096)
      #expect(try data.run("edit", "A", "--note", "short").status == 74)

      let result = try data.run("undo")
      #expect(result.status == 0, "\(result.error)")
      #expect(result.output == "undid: edit A\n")
      #expect(
        try #require(try data.json("show", "A") as? [String: Any])["note"] as? String == longNote)
      #expect(Files.holds("\(data.file).backups/undone.json", exactly: before))
      #expect(leftovers(in: disk.path) == [])
      #expect(leftovers(in: "\(data.file).backups") == [])
    }
  }

  @Test("a write in a read-only folder exits 74; reads still work")
  func readOnlyFolder() throws {
    try onSmallDisk { data, disk in
      try data.succeed("add", "A", "--number", "+44 7700 900000", "--expires", "2026-04-01")
      let before = try #require(Files.bytes(data.file))
      try disk.remount(readOnly: true)
      defer { try? disk.remount(readOnly: false) }

      for write in [["log", "A", "--for", "1m"], ["add", "B", "--number", "1234"], ["undo"]] {
        let result = try data.run(write)
        #expect(result.status == 74, "renew \(write): \(result.error)")
        #expect(result.error.hasPrefix("renew: cannot"), "\(result.error)")
      }
      #expect(Files.holds(data.file, exactly: before), "the old file is not whole")
      let status = try data.run("status")
      #expect(status.status == 0)
      #expect(status.output.contains("2026-04-01"))
    }
  }
}
