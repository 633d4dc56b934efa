import Testing

@testable import RenewCLI

/// Bad input found by reading the whole change again: each refused with 64 and a
/// message about what was typed, and nothing else stopped by it.
@Suite struct BadInputEdgeTests {
  @Test("a negative amount is refused as an amount, not as an unknown option")
  func negativeMoney() throws {
    let box = try Sandbox()
    box.seed()
    let result = box.run(["balance", "中国移动", "-5CNY"])
    #expect(result.code == 64)
    #expect(result.stderr == "renew: invalid MONEY '-5CNY'\namounts cannot be negative\n")
  }

  @Test("RENEW_EXEC_TIMEOUT is judged by check --exec alone")
  func execTimeoutOnlyForExec() throws {
    let box = try Sandbox()
    box.seed()
    let environment = ["RENEW_EXEC_TIMEOUT": "0"]
    #expect(box.run(["status"], environment: environment).code == 0)
    #expect(box.run(["check"], environment: environment).code == 1)
    let exec = box.run(["check", "--exec", "true"], environment: environment)
    #expect(exec.code == 64)
    #expect(exec.stderr.hasPrefix("renew: invalid value '0' in RENEW_EXEC_TIMEOUT\n"))
  }

  @Test("a malformed RENEW_TODAY does not stop --version")
  func versionWithoutToday() {
    let result = renew(["--version"], environment: ["RENEW_TODAY": "bogus"])
    #expect(result.code == 0)
    #expect(result.stdout == Help.version + "\n")
  }

  @Test("merge with an empty path is a usage error, not a read error")
  func mergeEmptyPath() {
    let result = renew(["merge", "", "ours.json", "theirs.json"])
    #expect(result.code == 64)
    #expect(result.stderr == "renew: invalid FILE ''\na file name\n")
  }

  @Test("spend --since a day after today says so, not that --until was passed")
  func spendSinceFuture() throws {
    let box = try Sandbox()
    box.seed()
    let result = box.run(["spend", "--since", "tomorrow"])
    #expect(result.code == 64)
    #expect(
      result.stderr
        == "renew: --since 2026-03-02 is in the future (today is 2026-03-01)\n"
        + "spend counts what was paid, up to today\n")
  }

  @Test("a shell's name is read in any case, as --format and --lang are")
  func shellInAnyCase() {
    let result = renew(["completion", "BASH"])
    #expect(result.code == 0)
    #expect(result.stdout.hasPrefix("# bash completion for renew"))
  }

  @Test("an argument to a command that takes none gets no hint about quotes")
  func noQuotesHint() {
    let result = renew(["man", "extra"])
    #expect(result.code == 64)
    #expect(result.stderr == "renew: unexpected argument 'extra' for 'man'\nsee 'renew help man'\n")
  }
}
