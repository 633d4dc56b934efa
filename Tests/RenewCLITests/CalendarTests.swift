import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// `renew calendar`: RFC 5545 lines, folding, escaping, stable UIDs and bytes.
@Suite("Calendar")
struct CalendarTests {
  let sandbox: Sandbox

  init() throws {
    sandbox = try Sandbox()
    sandbox.seed()
    let long = String(repeating: "保号卡", count: 12)
    let steps: [[String]] = [
      [
        "add", long, "--number", "+86 139 0000 1111", "--expires", "2026-04-30", "--remind",
        "30,7,0", "--grace", "15d", "--how", "send \"KH\"; to 10086, then\\wait",
      ]
    ]
    for step in steps {
      let result = sandbox.run(step)
      try #require(result.code == 0, "\(step): \(result.stderr)")
    }
  }

  /// The calendar's bytes as `renew calendar` prints them.
  func calendar() -> [UInt8] { Array(sandbox.run(["calendar"]).stdout.utf8) }

  /// The physical lines, each without its CRLF; fails if a line does not end in CRLF.
  func physicalLines(_ bytes: [UInt8]) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var start = 0
    var index = 0
    while index < bytes.count {
      if bytes[index] == 10 {
        #expect(index > start && bytes[index - 1] == 13, "a bare LF at \(index)")
        lines.append(Array(bytes[start..<(index - 1)]))
        start = index + 1
      }
      index += 1
    }
    #expect(start == bytes.count, "the last line ends in CRLF")
    return lines
  }

  /// The content lines, unfolded.
  func contentLines(_ bytes: [UInt8]) -> [String] {
    var lines: [[UInt8]] = []
    for line in physicalLines(bytes) {
      if line.first == 32, !lines.isEmpty {
        lines[lines.count - 1] += line.dropFirst()
      } else {
        lines.append(line)
      }
    }
    return lines.map { String(decoding: $0, as: UTF8.self) }
  }

  @Test("CRLF line ends, lines folded at 75 octets without splitting a character")
  func folding() {
    let bytes = calendar()
    let lines = physicalLines(bytes)
    #expect(lines.allSatisfy { $0.count <= 75 })
    // Every physical line is whole UTF-8 on its own.
    #expect(lines.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
    #expect(lines.contains { $0.first == 32 }, "the long Chinese name is folded")
    let long = String(repeating: "保号卡", count: 12)
    #expect(contentLines(bytes).contains("SUMMARY:Renew \(long) (+86 139 0000 1111)"))
  }

  @Test("TEXT is escaped: backslash, semicolon, comma, newline")
  func escaping() {
    let description = contentLines(calendar()).first {
      $0.hasPrefix("DESCRIPTION:due 2026-04-30")
    }
    #expect(
      description
        == #"DESCRIPTION:due 2026-04-30\nrenew: send "KH"\; to 10086\, then\\wait\nrecoverable until 2026-05-15"#
    )
  }

  @Test("an event per due date with an alarm per lead day, and one at the end of grace")
  func events() {
    let lines = contentLines(calendar())
    let triggers = lines.filter { $0.hasPrefix("TRIGGER:") }
    // Four seeded cards, giffgaff's end of grace, and the long card with its grace.
    #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 7)
    #expect(lines.filter { $0 == "BEGIN:VALARM" }.count == 9)
    #expect(triggers.filter { $0 == "TRIGGER:-P30D" }.count == 1)
    #expect(triggers.contains("TRIGGER:PT0S"))
    #expect(lines.contains("DTSTART;VALUE=DATE:20260515"))
    #expect(lines.contains("DTEND;VALUE=DATE:20260501"))
  }

  @Test("the same data gives the same bytes, and a renewal keeps the event's UID")
  func stable() throws {
    let first = calendar()
    #expect(calendar() == first)
    #expect(
      sandbox.run(["calendar"], today: CalendarDate(year: 2026, month: 3, day: 9) ?? .first).stdout
        .utf8.elementsEqual(first))
    let uids = contentLines(first).filter { $0.hasPrefix("UID:") }
    #expect(sandbox.run(["log", "smart ph"]).code == 0)
    let after = calendar()
    #expect(after != first)
    #expect(contentLines(after).filter { $0.hasPrefix("UID:") } == uids)
  }

  @Test("--out replaces the file; a folder that does not exist is 74, the old file untouched")
  func out() throws {
    let path = sandbox.folder + "/renew.ics"
    #expect(sandbox.run(["calendar", "--out", path]).code == 0)
    #expect(FileManager.default.contents(atPath: path).map(Array.init) == calendar())
    let missing = sandbox.run(["calendar", "--out", sandbox.folder + "/no/such/renew.ics"])
    #expect(missing.code == 74)
    #expect(missing.stderr.hasPrefix("renew: cannot write"), "\(missing.stderr)")
    #expect(sandbox.run(["calendar", "--out", ""]).code == 64)
  }

  @Test("a retired card has no event, unless --all")
  func retired() {
    #expect(sandbox.run(["add", "Old SIM", "--number", "9", "--expires", "2027-01-01"]).code == 0)
    #expect(sandbox.run(["retire", "Old SIM"]).code == 0)
    #expect(!sandbox.run(["calendar"]).stdout.contains("Old SIM"))
    #expect(sandbox.run(["calendar", "--all"]).stdout.contains("Old SIM"))
  }

  @Test("with no data file, calendar says so and exits 66; the calendar file is left as it was")
  func noDataFile() throws {
    let path = sandbox.folder + "/renew.ics"
    #expect(sandbox.run(["calendar", "--out", path]).code == 0)
    let before = FileManager.default.contents(atPath: path)
    let mistyped = sandbox.folder + "/renw.json"
    for arguments in [["calendar"], ["calendar", "--out", path]] {
      let result = renew(["--file", mistyped] + arguments, environment: ["HOME": sandbox.folder])
      #expect(result.code == 66)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.hasPrefix("renew: there is no data file at \(mistyped)\n"))
    }
    #expect(FileManager.default.contents(atPath: path) == before)
    #expect(!FileManager.default.fileExists(atPath: mistyped))
  }

  /// Runs `python3 -c script arguments…`; its exit status and standard output, or
  /// `nil` when python3 cannot be started.
  static func python(_ script: String, _ arguments: [String] = []) -> (Int32, String)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, printed)
  }

  /// Whether python3 has the icalendar package (`.ci/run` installs it when it can).
  static let hasParser = python("import icalendar")?.0 == 0

  @Test(
    "a real iCalendar parser reads it",
    .enabled(if: hasParser, "needs python3 with the icalendar package"))
  func parsed() throws {
    let path = sandbox.folder + "/renew.ics"
    #expect(sandbox.run(["calendar", "--out", path]).code == 0)
    let script = """
      import sys, icalendar
      cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
      events = [c for c in cal.walk("VEVENT")]
      alarms = [c for c in cal.walk("VALARM")]
      print(len(events), len(alarms), str(events[0]["SUMMARY"]))
      """
    let (status, printed) = try #require(Self.python(script, [path]))
    #expect(status == 0)
    #expect(printed == "7 9 Renew giffgaff (07700900123)\n")
  }

  @Test("an event on 9999-12-31 has no DTEND, as there is no next day")
  func lastDay() throws {
    #expect(sandbox.run(["add", "end", "--number", "7", "--expires", "9999-12-31"]).code == 0)
    let lines = contentLines(calendar())
    let start = try #require(lines.firstIndex(of: "DTSTART;VALUE=DATE:99991231"))
    #expect(lines[start + 1] != "DTEND;VALUE=DATE:99991231")
    #expect(!lines[start + 1].hasPrefix("DTEND"))
  }
}
