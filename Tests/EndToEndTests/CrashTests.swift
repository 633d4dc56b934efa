import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the data file says, reduced to what one write can change.
private struct Fingerprint: Equatable, CustomStringConvertible {
  var cards: Int
  var history: Int
  var note: String?

  var description: String { "\(cards) cards, \(history) events, note \(note ?? "-")" }

  /// Reads the file; a file that is not a renew document as JSON records an issue.
  init(file: String) throws {
    let bytes = try #require(Files.bytes(file), "the data file is gone")
    let object = try JSONSerialization.jsonObject(with: Data(bytes))
    let document = try #require(object as? [String: Any], "not a JSON object")
    #expect(document["version"] as? Int == 2)
    let cards = try #require(document["cards"] as? [[String: Any]], "no cards array")
    let card = try #require(cards.first { $0["name"] as? String == "A" }, "card A is gone")
    self.cards = cards.count
    self.history = (card["history"] as? [Any])?.count ?? 0
    self.note = card["note"] as? String
  }

  private init(cards: Int, history: Int, note: String?) {
    self.cards = cards
    self.history = history
    self.note = note
  }

  /// The state after `arguments` completes.
  func after(_ arguments: [String]) -> Fingerprint {
    switch arguments[0] {
    case "add": Fingerprint(cards: cards + 1, history: history, note: note)
    case "edit": Fingerprint(cards: cards, history: history, note: arguments.last)
    default: Fingerprint(cards: cards, history: history + 1, note: note)
    }
  }
}

/// `kill -9` at a random instant of a write leaves the old document or the new one.
@Suite struct CrashTests {
  @Test("a write killed at a random instant leaves the old or the new document, never a mix")
  func killDuringWrite() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "A", "--number", "+44 7700 900000", "--expires", "2026-04-01")
    var random = SplitMix64(seed: 0x5EED_2026)
    let iterations = 300
    var (interrupted, completed) = (0, 0)
    var state = try Fingerprint(file: box.file)
    for round in 0..<iterations {
      let arguments: [String] =
        switch random.next() % 4 {
        case 0: ["log", "A", "--for", "1d"]
        case 1: ["touch", "A"]
        case 2: ["add", "C\(round)", "--number", "+1 555 \(1000 + round)"]
        default: ["edit", "A", "--note", "round \(round)"]
        }
      let child = try Child(
        box.binary, ["--file", box.file] + arguments, environment: box.environment())
      usleep(UInt32(random.next() % 15_001))
      child.send(SIGKILL)
      let finished = child.finish()
      let now = try Fingerprint(file: box.file)
      let next = state.after(arguments)
      #expect(now == state || now == next, "round \(round) \(arguments): \(now), was \(state)")
      if finished.status == 0 {
        #expect(now == next, "round \(round): renew exited 0 but its change is missing")
      }
      if now == next { completed += 1 } else { interrupted += 1 }
      state = now
      let status = try box.run("status")
      #expect(status.status == 0, "round \(round): status after the kill: \(status.error)")
      if status.status != 0 { break }
    }
    // Wherever the kills landed, the file is as renew left it: undo needs no --force.
    let undo = try box.run("undo")
    #expect(undo.status == 0, "undo after the kills: \(undo.error)")
    // Both outcomes must occur, or the kills never landed inside a write.
    #expect(interrupted > 0 && completed > 0, "\(interrupted) interrupted, \(completed) completed")
  }
}
