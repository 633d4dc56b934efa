import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// `check --new` (once per step) and `check --exec` (a notify hook).
@Suite("Reminders")
struct ReminderTests {
  let sandbox: Sandbox
  let state: String

  init() throws {
    sandbox = try Sandbox()
    state = sandbox.folder + "/state"
    let added = CalendarDate(year: 2026, month: 11, day: 1) ?? .first
    let result = sandbox.run(
      [
        "add", "m", "--number", "1", "--expires", "2026-12-31", "--remind", "30,7,1", "--grace",
        "10d",
      ],
      today: added)
    try #require(result.code == 0, "\(result.stderr)")
  }

  /// `check` with the sandbox's state folder on `day` (`YYYY-MM-DD`).
  func check(_ day: String, _ arguments: [String] = ["--new"], file: String? = nil) throws
    -> RunResult
  {
    let today = try #require(CalendarDate(iso: day))
    guard let file else {
      return sandbox.run(
        ["check"] + arguments, environment: ["XDG_STATE_HOME": state], today: today)
    }
    return renew(
      ["--file", file, "check"] + arguments,
      environment: ["XDG_STATE_HOME": state, "HOME": sandbox.folder], today: today)
  }

  /// The days from `first`, `step` days apart, to `last`, as `YYYY-MM-DD`.
  static func days(from first: String, to last: String, every step: Int) -> [String] {
    guard var day = CalendarDate(iso: first), let end = CalendarDate(iso: last) else { return [] }
    var days: [String] = []
    while day <= end {
      days.append(day.description)
      day = day.adding(days: step) ?? end
    }
    return days
  }

  @Test("walked day by day, the ladder speaks once at each step: 30, 7, 1, overdue, lapsed")
  func everyDay() throws {
    var spoken: [String] = []
    for day in Self.days(from: "2026-11-21", to: "2027-01-20", every: 1) {
      let result = try check(day)
      #expect(result.code == (result.stdout.isEmpty ? 0 : 1))
      if !result.stdout.isEmpty { spoken.append(day) }
    }
    #expect(spoken == ["2026-12-01", "2026-12-24", "2026-12-30", "2027-01-01", "2027-01-11"])
  }

  @Test("runs days apart catch up with one report at the latest step reached")
  func gaps() throws {
    var spoken: [String] = []
    for day in ["2026-11-25", "2026-12-26", "2026-12-27", "2027-01-05", "2027-01-09", "2027-02-01"]
    {
      if !(try check(day).stdout.isEmpty) { spoken.append(day) }
    }
    // Dec 26 is past the 30 and 7 day steps: one report. Jan 5 is overdue, Feb 1 lapsed.
    #expect(spoken == ["2026-12-26", "2027-01-05", "2027-02-01"])
  }

  @Test("--within N replaces the ladder with one step of N days, with --new as without it")
  func withinIsTheLadder() throws {
    // Due 2026-12-31: 40 days before it is outside the card's 30-day step.
    #expect(try check("2026-11-21").stdout.isEmpty)
    let within = try check("2026-11-21", ["--new", "--within", "45"])
    #expect(within.code == 1)
    #expect(within.stdout.hasPrefix("m (1): due 2026-12-31, in 40 days"))
    // Reported at that step: the next run, even a day closer, says nothing new.
    #expect(try check("2026-11-22", ["--new", "--within", "45"]).stdout.isEmpty)
    #expect(try check("2026-12-25", ["--new", "--within", "45"]).stdout.isEmpty)
  }

  @Test("a card removed from the file is forgotten by the record at the next run")
  func removedForgotten() throws {
    let shown = try parseJSON(sandbox.run(["show", "m", "--json"]).stdout, as: [String: Any].self)
    let id = try #require(shown["id"] as? String)
    #expect(try check("2026-12-24").code == 1)
    /// The ids of the cards the record holds, from its `reported` object.
    func recorded() throws -> Set<String> {
      let folder = state + "/renew"
      let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      let files = names.filter { $0.hasSuffix(".json") }
      try #require(files.count == 1)
      let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + files[0]))
      let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      return Set((object?["reported"] as? [String: Any])?.keys.map { $0 } ?? [])
    }
    #expect(try recorded() == [id])
    #expect(sandbox.run(["remove", "m", "--yes"]).code == 0)
    #expect(try check("2026-12-25").code == 0)
    #expect(try recorded().isEmpty)
  }

  @Test("a renewal mid-ladder moves the due date and starts the ladder again")
  func renewalRestarts() throws {
    #expect(try check("2026-12-24").code == 1)
    let today = try #require(CalendarDate(iso: "2026-12-24"))
    #expect(sandbox.run(["log", "m", "--for", "10d"], today: today).code == 0)
    // Due 2027-01-10: within the 30-day step of the new due date.
    let again = try check("2026-12-25")
    #expect(again.stdout.hasPrefix("m (1): due 2027-01-10, in 16 days"))
    #expect(try check("2026-12-26").stdout.isEmpty)
  }

  @Test("two data files keep separate records; a garbage record counts as empty")
  func records() throws {
    let other = sandbox.folder + "/other.json"
    let today = try #require(CalendarDate(iso: "2026-11-01"))
    #expect(
      renew(
        ["--file", other, "add", "m", "--number", "1", "--expires", "2026-12-31"],
        environment: ["HOME": sandbox.folder], today: today
      ).code == 0)
    #expect(try check("2026-12-26").code == 1)
    #expect(try check("2026-12-26", file: other).code == 1)
    #expect(try check("2026-12-26").code == 0)
    let records = try FileManager.default.contentsOfDirectory(atPath: state + "/renew")
      .filter { $0.hasSuffix(".json") }
    #expect(records.count == 2)
    for record in records {
      try Data("{not json".utf8).write(to: URL(fileURLWithPath: state + "/renew/" + record))
    }
    #expect(try check("2026-12-26").code == 1)
  }

  @Test("--exec sees the card's JSON and RENEW_* variables; its output stays off stdout")
  func execSeesCard() throws {
    let seen = sandbox.folder + "/seen"
    let command =
      "printf '%s|%s|%s|%s|%s\\n' \"$RENEW_CARD\" \"$RENEW_NUMBER\" \"$RENEW_DUE\" "
      + "\"$RENEW_DAYS_LEFT\" \"$RENEW_STATE\" > '\(seen).env'; cat > '\(seen).json'; "
      + "echo from the hook; printf '%s' \"$RENEW_MESSAGE\" > '\(seen).message'"
    let result = try check("2026-12-26", ["--exec", command])
    #expect(result.code == 1)
    #expect(result.stdout == "m (1): due 2026-12-31, in 5 days; renew: no method recorded\n")
    // The hook's own output went to stderr, not into check's lines.
    #expect(!result.stdout.contains("from the hook"))
    let environment = try String(contentsOfFile: seen + ".env", encoding: .utf8)
    #expect(environment == "m|1|2026-12-31|5|soon\n")
    let message = try String(contentsOfFile: seen + ".message", encoding: .utf8)
    #expect(message == "m (1): due 2026-12-31, in 5 days; renew: no method recorded")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: seen + ".json")))
        as? [String: Any])
    #expect(json["due"] as? String == "2026-12-31")
  }

  @Test("with --new a failed command is tried again next run, and the run exits 69")
  func execRetried() throws {
    let failing = try check("2026-12-26", ["--new", "--exec", "exit 3"])
    #expect(failing.code == 69)
    #expect(
      failing.stderr
        == "renew: --exec for 'm' exited with status 3: exit 3\n"
        + "'m' is tried again on the next 'renew check --new'\n")
    #expect(try check("2026-12-26", ["--new", "--exec", "true"]).code == 1)
    #expect(try check("2026-12-26", ["--new", "--exec", "true"]).code == 0)
  }

  @Test("a command that runs past the limit is stopped")
  func execTimeout() throws {
    let today = try #require(CalendarDate(iso: "2026-12-26"))
    let result = sandbox.run(
      ["check", "--exec", "sleep 30"], environment: ["RENEW_EXEC_TIMEOUT": "0.3"], today: today)
    #expect(result.code == 69)
    #expect(
      result.stderr.hasPrefix("renew: --exec for 'm' ran too long and was stopped: sleep 30\n"))
  }

  @Test("an empty --exec is refused with 64")
  func emptyExec() throws {
    let result = try check("2026-12-26", ["--exec", " "])
    #expect(result.code == 64)
    #expect(result.stderr.hasPrefix("renew: invalid value ' ' for --exec\n"))
  }
}
