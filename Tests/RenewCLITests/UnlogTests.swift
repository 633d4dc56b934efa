import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// `renew unlog` and the ids that name entries.
@Suite("Unlog")
struct UnlogTests {
  let sandbox: Sandbox

  init() throws {
    sandbox = try Sandbox()
    let steps: [[String]] = [
      [
        "--today", "2026-01-20", "add", "m", "--number", "1", "--expires", "2026-01-31", "--period",
        "1m",
      ],
      ["--today", "2026-02-15", "log", "m", "--on", "2026-02-10"],
      ["--today", "2026-02-15", "log", "m", "--on", "2026-01-25"],
    ]
    for step in steps {
      let result = sandbox.run(step)
      try #require(result.code == 0, "\(step): \(result.stderr)")
    }
  }

  /// The ids of `m`'s entries, oldest recorded first.
  func ids() throws -> [String] {
    let shown = sandbox.run(["show", "m", "--json"])
    let card = try parseJSON(shown.stdout, as: [String: Any].self)
    let history = try #require(card["history"] as? [[String: Any]])
    return history.compactMap { $0["id"] as? String }
  }

  @Test("renewals logged out of order give the expiry they give in order")
  func outOfOrder() {
    #expect(
      sandbox.run(["--today", "2026-02-15", "show", "m"]).stdout.contains(
        "  expires  2026-03-31, cycle day 31\n"))
  }

  @Test("unlog without an entry removes the one recorded last, and says where the card stands")
  func last() throws {
    let ids = try ids()
    let result = sandbox.run(["--today", "2026-02-15", "unlog", "m"])
    #expect(result.code == 0)
    #expect(
      result.stdout
        == "removed the renewal of 2026-01-25 (\(ids[2])) from m; expires 2026-03-10, "
        + "due 2026-03-10 (in 23 days)\n")
    #expect(try self.ids() == Array(ids.prefix(2)))
    let undone = sandbox.run(["undo"])
    #expect(undone.stdout == "undid: unlog m 2026-01-25\n")
    #expect(try self.ids() == ids)
  }

  @Test("unlog takes an id or a unique prefix of one, in any case")
  func byPrefix() throws {
    let ids = try ids()
    let result = sandbox.run([
      "--today", "2026-02-15", "unlog", "m", String(ids[0].prefix(5)).uppercased(),
    ])
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("removed the expiry of 2026-01-20 (\(ids[0])) from m; "))
    #expect(try self.ids() == Array(ids.dropFirst()))
  }

  @Test("an unknown entry lists the card's entries; nothing is changed")
  func unknown() throws {
    let ids = try ids()
    let before = sandbox.bytes()
    let result = sandbox.run(["unlog", "m", "zzzzzzzz"])
    #expect(result.code == 64)
    #expect(
      result.stderr
        == "renew: no entry of 'm' has an id starting 'zzzzzzzz'\n"
        + "entries: \(ids[0]) (2026-01-20), \(ids[1]) (2026-02-10), \(ids[2]) (2026-01-25)\n")
    #expect(sandbox.bytes() == before)
  }

  @Test("a prefix several ids share is refused with the candidates")
  func ambiguous() throws {
    let text = #"""
      {"version": 2, "cards": [{"id": "cccccccc", "name": "c", "number": "1", "added": "2026-01-01",
        "history": [{"id": "abcd1111", "type": "activity", "date": "2026-01-02"},
                    {"id": "abcd2222", "type": "activity", "date": "2026-01-03"}]}]}
      """#
    let card = try #require(try Document.decode(Array(text.utf8)).cards.first)
    #expect(
      throws: UsageError.entryLookup(
        query: "ABCD", card: "c", candidates: Array(card.history), isAmbiguous: true)
    ) { try Runner.position(of: "ABCD", in: card) }
    #expect(try Runner.position(of: "abcd2", in: card) == 1)
  }

  @Test("an empty entry matches nothing, and a card with no history has nothing to remove")
  func nothingToRemove() throws {
    let result = sandbox.run(["unlog", "m", ""])
    #expect(result.code == 64)
    #expect(result.stderr.hasPrefix("renew: no entry of 'm' has an id starting ''\n"))
    let fresh = try Sandbox()
    #expect(fresh.run(["add", "x", "--number", "1", "--keep-alive", "30d"]).code == 0)
    let nothing = fresh.run(["unlog", "x"])
    #expect(nothing.code == 64)
    #expect(
      nothing.stderr == "renew: 'x' has no history to remove an entry from\nsee 'renew history'\n")
  }

  @Test("--on dates an expiry set with add or edit, and means nothing without one")
  func onForExpiry() throws {
    let fresh = try Sandbox()
    let added = fresh.run([
      "add", "b", "--number", "1", "--expires", "2026-06-30", "--on", "2026-01-01", "--period",
      "1m",
    ])
    #expect(added.code == 0, "\(added.stderr)")
    #expect(fresh.run(["log", "b", "--on", "2026-02-01"]).stdout.contains("expires 2026-07-30"))
    let alone = fresh.run(["edit", "b", "--note", "x", "--on", "2026-01-01"])
    #expect(alone.code == 64)
    #expect(
      alone.stderr
        == "renew: --on says when the expiry was set, so it needs --expires or --clear expires\n"
        + "give --expires or --clear expires, or leave out --on\n")
    let future = fresh.run(["edit", "b", "--expires", "2027-01-01", "--on", "tomorrow"])
    #expect(future.code == 64)
  }
}
