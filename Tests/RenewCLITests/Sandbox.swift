import Foundation
import RenewKit
import Synchronization
import Testing

@testable import RenewCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text written to one of renew's sinks; the sinks are `@Sendable`, so it is locked.
final class Capture: Sendable {
  private let buffer = Mutex("")

  /// Everything written so far.
  var text: String { buffer.withLock { $0 } }

  /// Appends one write.
  func append(_ piece: String) {
    buffer.withLock { $0 += piece }
  }
}

/// What one in-process run of renew printed and returned.
struct RunResult: Sendable {
  var code: Int32
  var stdout: String
  var stderr: String
}

/// The day every test acts on unless it says otherwise: 2026-03-01.
let fixedToday = CalendarDate(year: 2026, month: 3, day: 1) ?? .first

/// Runs renew in-process with the given arguments, environment and terminal.
func renew(
  _ arguments: [String], environment: [String: String] = [:], today: CalendarDate = fixedToday,
  isTerminal: Bool = false, terminalColumns: Int? = nil,
  confirm: (@Sendable (String) -> Bool)? = nil
) -> RunResult {
  let standardOutput = Capture()
  let standardError = Capture()
  let output = Output(
    standardOutput: { standardOutput.append($0) }, standardError: { standardError.append($0) },
    isTerminal: isTerminal, terminalColumns: terminalColumns, confirm: confirm)
  let code = RenewCLI.run(
    arguments: arguments, environment: environment, today: today, output: output)
  return RunResult(code: code, stdout: standardOutput.text, stderr: standardError.text)
}

/// A date from its ISO text, failing the test when the text is not a date.
func date(_ iso: String) throws -> CalendarDate {
  try #require(CalendarDate(iso: iso))
}

/// A fresh folder made with `mkdtemp`, removed when the test is done, holding the data file.
final class Sandbox {
  /// The folder.
  let folder: String

  /// The data file every ``run(_:environment:today:isTerminal:terminalColumns:confirm:)``
  /// passes as `--file`.
  var file: String { folder + "/renew.json" }

  init() throws {
    let base = FileManager.default.temporaryDirectory.path
    var template = Array("\(base)/renew-cli-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { buffer -> String? in
      guard let start = buffer.baseAddress else { return nil }
      return mkdtemp(start).map { String(cString: $0) }
    }
    folder = try #require(created)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// Runs renew with `--file` first and `HOME` inside the sandbox.
  func run(
    _ arguments: [String], environment: [String: String] = [:], today: CalendarDate = fixedToday,
    isTerminal: Bool = false, terminalColumns: Int? = nil,
    confirm: (@Sendable (String) -> Bool)? = nil
  ) -> RunResult {
    renew(
      ["--file", file] + arguments, environment: ["HOME": folder].merging(environment) { $1 },
      today: today, isTerminal: isTerminal, terminalColumns: terminalColumns, confirm: confirm)
  }

  /// The data file's bytes, or `nil` when it does not exist.
  func bytes() -> Data? {
    FileManager.default.contents(atPath: file)
  }

  /// Whether something exists at `path`.
  func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
  }

  /// Adds the cards most tests use, as a user would, checking that each add succeeds.
  ///
  /// On 2026-03-01: 中国移动 is due in 4 days (soon), Smart PH in 305 days (ok),
  /// giffgaff's keep-alive window ended 93 days ago and its grace 63 days ago
  /// (lapsed), and Smart Bro expires on 2026-04-10 with no plan period (ok).
  func seed() {
    let adds: [[String]] = [
      [
        "add", "中国移动", "--number", "+86 138 0013 8000", "--country", "cn", "--carrier",
        "China Mobile", "--kind", "sim", "--expires", "2026-03-05", "--period", "1m", "--price",
        "30 CNY", "--method", "app", "--how", "send 101 to 10086",
      ],
      [
        "add", "Smart PH", "--number", "+63 917 123 4567", "--country", "PH", "--carrier", "Smart",
        "--kind", "esim", "--expires", "2026-12-31", "--period", "1y", "--price", "300 PHP",
        "--method", "app", "--tag", "bank",
      ],
      [
        "--today", "2025-06-01", "add", "giffgaff", "--number", "07700900123", "--country", "GB",
        "--keep-alive", "180d", "--grace", "30d", "--method", "online", "--auto-renew", "--pay",
        "PayPal",
      ],
      ["add", "Smart Bro", "--number", "+63 918 000 4567", "--expires", "2026-04-10"],
    ]
    for arguments in adds {
      let result = run(arguments)
      #expect(result.code == 0, "seeding failed: \(result.stderr)")
    }
  }
}

/// `text` without ANSI escape sequences.
func strippingANSI(_ text: String) -> String {
  var result = ""
  var isInEscape = false
  for character in text {
    if isInEscape {
      if character.isLetter { isInEscape = false }
    } else if character == "\u{1B}" {
      isInEscape = true
    } else {
      result.append(character)
    }
  }
  return result
}

/// `text` with every entry id in a history table (the eight characters after a
/// date) written as `xxxxxxxx`: ids are random, the rest of the table is pinned.
func maskingIDs(_ text: String) -> String {
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
    var line = String(line)
    let bytes = Array(line.utf8)
    var index = 0
    while index + 20 <= bytes.count {
      let isDate =
        bytes[index + 4] == UInt8(ascii: "-") && bytes[index + 7] == UInt8(ascii: "-")
        && bytes[index..<index + 4].allSatisfy { (0x30...0x39).contains($0) }
      if isDate, bytes[index + 10] == 0x20, bytes[index + 11] == 0x20 {
        let id = bytes[(index + 12)..<(index + 20)]
        if id.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }) {
          var masked = bytes
          masked.replaceSubrange((index + 12)..<(index + 20), with: Array("xxxxxxxx".utf8))
          line = String(decoding: masked, as: UTF8.self)
          break
        }
      }
      index += 1
    }
    return line
  }
  return lines.joined(separator: "\n")
}

/// `text` parsed as JSON of type `T` (an object `[String: Any]`, an array of them),
/// failing the test when it is not.
func parseJSON<T>(
  _ text: String, as type: T.Type, sourceLocation: SourceLocation = #_sourceLocation
) throws -> T {
  let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
  return try #require(value as? T, sourceLocation: sourceLocation)
}
