import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Two writers, and a sync job that holds `<file>.lock`: nothing is lost, nobody waits forever.
@Suite struct LockTests {
  @Test("two processes logging 25 renewals each at once lose none of the 50")
  func twoWriters() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed(
      "add", "Smart PH", "--number", "+63 917 123 4567", "--expires", "2026-04-01", "--period",
      "1d")
    // Each writer is a shell loop, as two cron jobs or two terminals would be.
    let script = """
      i=0
      while [ $i -lt 25 ]; do
        "$0" --file "$1" log "Smart PH" --for 1d >/dev/null || exit 1
        i=$((i + 1))
      done
      """
    let writers = try (0..<2).map { _ in
      try Child("/bin/sh", ["-c", script, box.binary, box.file], environment: box.environment())
    }
    for writer in writers.map({ $0.finish() }) {
      #expect(writer.status == 0, "a writer failed: \(writer.error)")
    }
    let history = try #require(try box.json("history") as? [[String: Any]])
    #expect(history.filter { $0["type"] as? String == "renewal" }.count == 50)
    let card = try #require(try box.json("show", "Smart PH") as? [String: Any])
    let clock = card["clock"] as? [String: Any]
    #expect(clock?["expires"] as? String == "2026-05-21", "50 stacked days after 2026-04-01")
  }

  @Test("while another program holds the lock, a write waits RENEW_LOCK_TIMEOUT then exits 75")
  func heldLock() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "Smart PH", "--number", "+63 917 123 4567", "--expires", "2026-04-01")
    let before = Files.bytes(box.file)
    let lock = open("\(box.file).lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    try #require(lock >= 0)
    defer { close(lock) }
    try #require(flock(lock, LOCK_EX) == 0)

    let started = ContinuousClock.now
    let write = try box.run(
      "log", "Smart PH", "--for", "1m", environment: ["RENEW_LOCK_TIMEOUT": "0.3"])
    let waited = started.duration(to: .now)
    #expect(write.status == 75)
    #expect(write.error.hasPrefix("renew: another renew"), "\(write.error)")
    #expect(write.outputBytes.isEmpty)
    // renew waited the time it was given before giving up (a hang is Child's to stop).
    #expect(waited >= .milliseconds(300), "waited \(waited)")
    #expect(Files.holds(box.file, exactly: before), "the file changed")

    let read = try box.run("status", environment: ["RENEW_LOCK_TIMEOUT": "0.3"])
    #expect(read.status == 0)
    #expect(read.output.contains("Smart PH"))

    flock(lock, LOCK_UN)
    let retried = try box.run(
      "log", "Smart PH", "--for", "1m", environment: ["RENEW_LOCK_TIMEOUT": "0.3"])
    #expect(retried.status == 0, "\(retried.error)")
    #expect(!Files.holds(box.file, exactly: before))
  }
}
