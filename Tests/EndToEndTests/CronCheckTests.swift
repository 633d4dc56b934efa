import Foundation
import Testing

/// `renew check` as cron runs it every morning: stdin is `/dev/null`, silence means fine.
@Suite struct CronCheckTests {
  @Test("check prints nothing and exits 0 when nothing is due")
  func quietWhenNothingDue() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed(
      "add", "Smart PH", "--number", "+63 917 123 4567", "--expires", "2026-12-31", "--period",
      "1y", "--method", "app")
    try box.succeed("add", "giffgaff", "--number", "07700900123", "--keep-alive", "180d")
    let result = try box.run("check")
    #expect(result.status == 0)
    #expect(result.outputBytes.isEmpty)
    #expect(result.errorBytes.isEmpty)
  }

  @Test("check with no data file says where it looked and exits 66, for text and JSON")
  func missingFile() throws {
    let box = try Sandbox()
    defer { box.remove() }
    for arguments in [["check"], ["check", "--json"]] {
      let result = try box.run(arguments)
      #expect(result.status == 66)
      #expect(result.outputBytes.isEmpty)
      #expect(
        result.error == "renew: there is no data file at \(box.file)\n"
          + "in a crontab, set RENEW_FILE or give --file PATH: cron's environment is small\n")
    }
    #expect(!Files.exists(box.file))
    // Cron's environment: only HOME, so the default path is used and does not exist.
    let cron = try box.runBare(["check"], environment: ["HOME": box.home])
    #expect(cron.status == 66)
    #expect(cron.firstErrorLine.hasSuffix("\(box.home)/.local/share/renew/renew.json"))
    // status stays a new user's friendly first command.
    let status = try box.run("status")
    #expect(status.status == 0)
  }

  @Test("check on a data file with no cards is quiet")
  func quietWithoutCards() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try Files.write(Array("{}\n".utf8), to: box.file)
    let result = try box.run("check")
    #expect(result.status == 0)
    #expect(result.outputBytes.isEmpty && result.errorBytes.isEmpty)
  }

  @Test("check prints one line per soon, overdue or lapsed card and exits 1")
  func oneLinePerCard() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed(
      "add", "Soon SIM", "--number", "+44 7700 900001", "--expires", "2026-03-13", "--how",
      "text TOPUP to 2345")
    try box.succeed(
      "add", "Late SIM", "--number", "+63 917 000 0002", "--expires", "2026-03-05", "--grace",
      "30d", "--method", "kiosk")
    try box.succeed(
      "add", "Gone SIM", "--number", "+53 5 000 0003", "--expires", "2026-01-01", "--grace", "7d",
      "--method", "store")
    try box.succeed(
      "add", "Fine SIM", "--number", "+1 555 000 0004", "--expires", "2026-09-01", "--method",
      "online")
    try box.succeed("add", "No Clock", "--number", "+32 470 00 00 05")
    let result = try box.run("check")
    #expect(result.status == 1)
    #expect(result.errorBytes.isEmpty)
    let lines = result.output.split(separator: "\n").map(String.init)
    try #require(lines.count == 3, "\(result.output)")
    let expected = [
      ("Gone SIM", "+53 5 000 0003", "2026-01-01", "68 days overdue", "store"),
      ("Late SIM", "+63 917 000 0002", "2026-03-05", "5 days overdue", "kiosk"),
      ("Soon SIM", "+44 7700 900001", "2026-03-13", "in 3 days", "text TOPUP to 2345"),
    ]
    for (line, facts) in zip(lines, expected) {
      for fact in [facts.0, facts.1, facts.2, facts.3, facts.4] {
        #expect(line.contains(fact), "'\(line)' lacks '\(fact)'")
      }
    }
    #expect(!result.output.contains("Fine SIM") && !result.output.contains("No Clock"))
  }

  @Test("an auto-renewing card past its date still needs attention until a renewal is logged")
  func autoRenewIsNotAssumed() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed(
      "add", "US Mint", "--number", "+1 555 010 9999", "--expires", "2026-03-08", "--period",
      "1m", "--auto-renew", "--pay", "PayPal")
    let before = try box.run("check")
    #expect(before.status == 1)
    #expect(before.output.contains("US Mint") && before.output.contains("PayPal"))
    try box.succeed("log", "US Mint", "--on", "2026-03-08")
    let after = try box.run("check")
    #expect(after.status == 0)
    #expect(after.outputBytes.isEmpty)
  }
}

/// `check --new` whose reader goes away early.
@Suite struct CheckNewPipeTests {
  @Test("check --new piped into a reader that stops early still records what it reported")
  func readerStopsEarly() throws {
    let box = try Sandbox()
    defer { box.remove() }
    for index in 0..<3 {
      try box.succeed("add", "card \(index)", "--number", "\(index)", "--expires", "2026-03-12")
    }
    let environment = box.environment(["XDG_STATE_HOME": "\(box.root)/state"])
    // `true` exits at once, so renew's first write to the pipe meets no reader.
    let piped = try Child.run(
      "/bin/bash",
      ["-c", "'\(box.binary)' --file '\(box.file)' check --new | true; echo ${PIPESTATUS[0]}"],
      environment: environment)
    // renew's own status: the pipe closed under it (SIGPIPE, as for any Unix tool),
    // or it finished first and reported (1).
    #expect(["141", "1"].contains(piped.output.trimmingCharacters(in: .whitespacesAndNewlines)))
    let again = try box.run(
      ["check", "--new"], environment: ["XDG_STATE_HOME": "\(box.root)/state"])
    #expect(again.status == 0)
    #expect(again.outputBytes.isEmpty)
  }
}

/// `check --exec` as cron runs it: the command's own output never mixes into renew's.
@Suite struct CheckExecOutputTests {
  @Test("what an --exec command prints goes to stderr; stdout holds renew's lines alone")
  func hookOutputOnStderr() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "Soon SIM", "--number", "1", "--expires", "2026-03-13")
    let result = try box.run("check", "--exec", "echo from the hook")
    #expect(result.status == 1)
    #expect(result.output.split(separator: "\n").count == 1)
    #expect(!result.output.contains("from the hook"))
    #expect(result.error.contains("from the hook"))
  }
}
