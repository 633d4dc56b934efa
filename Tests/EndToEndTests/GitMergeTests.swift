import Foundation
import Testing

/// `renew merge` as git's merge driver: two devices log renewals and change cards,
/// one pushes, the other pulls, and git calls renew to merge the data file.
@Suite struct GitMergeTests {
  /// The cards both devices start with, added on 2026-03-10.
  static let cards: [[String]] = [
    ["Smart PH", "--number", "+63 917 123 4567", "--expires", "2026-04-01", "--period", "1m"],
    ["中国移动", "--number", "+86 138 0013 8000", "--expires", "2026-03-31", "--period", "1m"],
    ["giffgaff", "--number", "07700900123", "--keep-alive", "180d"],
  ]

  /// The types of a card's entries, in order, from `--json`.
  func entryTypes(_ card: [String: Any]?) -> [String] {
    let history = card?["history"] as? [[String: Any]] ?? []
    return history.compactMap { $0["type"] as? String }
  }

  @Test("renewals, new cards and edits of different fields on two devices merge without a conflict")
  func cleanMerge() throws {
    let devices = try GitDevices(cards: GitMergeTests.cards)
    defer { devices.remove() }
    let (laptop, phone) = (devices.laptop, devices.phone)
    try devices.renew(on: laptop, ["log", "Smart PH"], today: "2026-03-12")
    try devices.renew(on: laptop, ["log", "中国移动"], today: "2026-03-15")
    try devices.renew(
      on: laptop, ["add", "Laptop eSIM", "--number", "111", "--expires", "2026-09-01"])
    try devices.renew(on: laptop, ["edit", "Smart PH", "--carrier", "Smart"])
    try devices.commit(laptop, "laptop")
    try devices.git(in: laptop, "push", "--quiet")

    try devices.renew(on: phone, ["log", "Smart PH"], today: "2026-03-14")
    try devices.renew(on: phone, ["touch", "giffgaff"], today: "2026-03-13")
    try devices.renew(
      on: phone, ["add", "Phone Virtual", "--number", "222", "--keep-alive", "90d"])
    try devices.renew(on: phone, ["edit", "Smart PH", "--note", "top up at 7-Eleven"])
    try devices.commit(phone, "phone")
    let pull = try devices.runGit(in: phone, ["pull", "--no-rebase", "--no-edit"])
    #expect(pull.status == 0, "\(pull.output)\(pull.error)")
    #expect(!pull.error.contains("renew:"), "\(pull.error)")
    #expect(try devices.runGit(in: phone, ["status", "--porcelain"]).output == "")

    let cards = try devices.cards(on: phone)
    #expect(
      Set(cards.keys) == ["Smart PH", "中国移动", "giffgaff", "Laptop eSIM", "Phone Virtual"])
    let smart = cards["Smart PH"]
    // Two months on 2026-04-01, one from each device.
    #expect(entryTypes(smart) == ["expiry", "renewal", "renewal"])
    #expect(smart?["due"] as? String == "2026-06-01")
    #expect(smart?["carrier"] as? String == "Smart")
    #expect(smart?["note"] as? String == "top up at 7-Eleven")
    // One month on 2026-03-31: the cycle's day clamped to April's 30.
    #expect(entryTypes(cards["中国移动"]) == ["expiry", "renewal"])
    #expect(cards["中国移动"]?["due"] as? String == "2026-04-30")
    // 180 days of keep-alive from the phone's touch.
    #expect(entryTypes(cards["giffgaff"]) == ["activity"])
    #expect(cards["giffgaff"]?["due"] as? String == "2026-09-09")
    #expect(cards["Laptop eSIM"]?["due"] as? String == "2026-09-01")
    #expect(cards["Phone Virtual"]?["due"] as? String == "2026-06-08")
    // Each entry's id once in the whole file.
    let ids = cards.values.flatMap {
      ($0["history"] as? [[String: Any]] ?? []).compactMap { $0["id"] }
    }
    #expect(Set(ids.compactMap { $0 as? String }).count == ids.count)

    // The phone pushes; the laptop pulls the merge and goes on from it.
    try devices.git(in: phone, "push", "--quiet")
    try devices.git(in: laptop, "pull", "--quiet", "--no-rebase", "--no-edit")
    #expect(Files.bytes(devices.file(laptop)) == Files.bytes(devices.file(phone)))
    try devices.renew(on: laptop, ["log", "Smart PH"], today: "2026-03-20")
    #expect(try devices.cards(on: laptop)["Smart PH"]?["due"] as? String == "2026-07-01")
  }

  @Test("the same field changed differently on each device stops git, and ours is kept")
  func sameFieldConflict() throws {
    let devices = try GitDevices(cards: GitMergeTests.cards)
    defer { devices.remove() }
    let (laptop, phone) = (devices.laptop, devices.phone)
    try devices.renew(on: laptop, ["edit", "Smart PH", "--note", "from the laptop"])
    try devices.renew(on: laptop, ["log", "giffgaff"], today: "2026-03-11")
    try devices.commit(laptop, "laptop")
    try devices.git(in: laptop, "push", "--quiet")
    try devices.renew(on: phone, ["edit", "Smart PH", "--note", "from the phone"])
    try devices.commit(phone, "phone")

    let pull = try devices.runGit(in: phone, ["pull", "--no-rebase", "--no-edit"])
    #expect(pull.status == 1)
    let lines = pull.error.split(separator: "\n").map(String.init)
    #expect(
      lines.filter { $0.hasPrefix("renew:") } == [
        "renew: conflict: 'Smart PH': note was changed differently on each side; ours is kept"
      ], "\(pull.error)")
    #expect(pull.output.contains("CONFLICT (content): Merge conflict in renew.json"))
    // The working file is a renew file: ours, with the laptop's renewal merged in.
    let cards = try devices.cards(on: phone)
    #expect(cards["Smart PH"]?["note"] as? String == "from the phone")
    #expect(entryTypes(cards["giffgaff"]) == ["renewal"])
    #expect(try devices.runGit(in: phone, ["status", "--porcelain"]).output == "UU renew.json\n")
    // Resolved as it stands, the merge completes.
    try devices.git(in: phone, "add", "renew.json")
    try devices.git(in: phone, "commit", "--quiet", "--no-edit")
  }

  @Test("a card removed on one device and renewed on the other is kept, as a conflict")
  func removedAndRenewed() throws {
    let devices = try GitDevices(cards: GitMergeTests.cards)
    defer { devices.remove() }
    let (laptop, phone) = (devices.laptop, devices.phone)
    try devices.renew(on: laptop, ["remove", "中国移动", "--yes"])
    try devices.renew(on: laptop, ["remove", "giffgaff", "--yes"])
    try devices.commit(laptop, "laptop")
    try devices.git(in: laptop, "push", "--quiet")
    try devices.renew(on: phone, ["log", "中国移动"], today: "2026-03-12")
    try devices.commit(phone, "phone")

    let pull = try devices.runGit(in: phone, ["pull", "--no-rebase", "--no-edit"])
    #expect(pull.status == 1)
    #expect(
      pull.error.split(separator: "\n").filter { $0.hasPrefix("renew:") } == [
        "renew: conflict: '中国移动' was removed on their side and changed on ours; the card is kept"
      ], "\(pull.error)")
    let cards = try devices.cards(on: phone)
    // giffgaff was untouched by the phone: removed, as the laptop asked.
    #expect(Set(cards.keys) == ["Smart PH", "中国移动"])
    #expect(entryTypes(cards["中国移动"]) == ["expiry", "renewal"])
    #expect(cards["中国移动"]?["due"] as? String == "2026-04-30")
  }

  @Test("a card renewed on one device and removed on the other is kept, as a conflict")
  func renewedAndRemoved() throws {
    let devices = try GitDevices(cards: GitMergeTests.cards)
    defer { devices.remove() }
    let (laptop, phone) = (devices.laptop, devices.phone)
    try devices.renew(on: laptop, ["log", "Smart PH"], today: "2026-03-12")
    try devices.commit(laptop, "laptop")
    try devices.git(in: laptop, "push", "--quiet")
    try devices.renew(on: phone, ["remove", "Smart PH", "--yes"])
    try devices.commit(phone, "phone")

    let pull = try devices.runGit(in: phone, ["pull", "--no-rebase", "--no-edit"])
    #expect(pull.status == 1)
    #expect(
      pull.error.split(separator: "\n").filter { $0.hasPrefix("renew:") } == [
        "renew: conflict: 'Smart PH' was removed on our side and changed on theirs; the card is kept"
      ], "\(pull.error)")
    let cards = try devices.cards(on: phone)
    #expect(Set(cards.keys) == ["Smart PH", "中国移动", "giffgaff"])
    #expect(cards["Smart PH"]?["due"] as? String == "2026-05-01")
  }

  @Test(
    "a side that is not a renew file stops git, naming the file, the line and the side; ours stays")
  func notARenewFile() throws {
    let devices = try GitDevices(cards: GitMergeTests.cards)
    defer { devices.remove() }
    let (laptop, phone) = (devices.laptop, devices.phone)
    try Files.write(Array("cards:\n  - Smart PH\n".utf8), to: devices.file(laptop))
    try devices.commit(laptop, "laptop")
    try devices.git(in: laptop, "push", "--quiet")
    try devices.renew(on: phone, ["log", "Smart PH"], today: "2026-03-12")
    try devices.commit(phone, "phone")
    let ours = try #require(Files.bytes(devices.file(phone)))

    let pull = try devices.runGit(in: phone, ["pull", "--no-rebase", "--no-edit"])
    #expect(pull.status == 1)
    let lines = pull.error.split(separator: "\n").map(String.init)
    let first = try #require(lines.firstIndex { $0.hasPrefix("renew:") }, "\(pull.error)")
    // Git names its temporary copy of their side; renew says which side it is.
    #expect(lines[first].hasPrefix("renew: .merge_file_"), "\(lines[first])")
    #expect(lines[first].hasSuffix(":1:1: not valid JSON: expected a value"), "\(lines[first])")
    #expect(
      lines[first + 1]
        == "that is THEIRS of the merge; nothing was merged, and OURS is unchanged")
    #expect(pull.output.contains("CONFLICT (content): Merge conflict in renew.json"))
    #expect(Files.bytes(devices.file(phone)) == ours)
  }
}
