import Testing

/// Output that cannot be written is an error, as a failed write of the data file is.
@Suite struct OutputFailureTests {
  /// Runs `renew --file FILE arguments...` with standard output sent to `/dev/full`.
  func runIntoFullDevice(_ box: Sandbox, _ arguments: [String]) throws -> Finished {
    try Child.run(
      "/bin/sh",
      ["-c", "exec \"$@\" >/dev/full", "sh", box.binary, "--file", box.file] + arguments,
      environment: box.environment())
  }

  @Test(
    "a command whose output cannot be written exits 74 and says why",
    arguments: [
      ["status"], ["history", "--json"], ["status", "--json"], ["list"], ["show", "smart"],
      ["check"], ["--help"], ["--version"],
    ])
  func fullDevice(_ arguments: [String]) throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed(
      "add", "Smart PH", "--number", "+63 917 123 4567", "--expires", "2026-03-12", "--period",
      "1y")
    try box.succeed("touch", "smart", "--on", "2026-03-01")
    let result = try runIntoFullDevice(box, arguments)
    #expect(result.status == 74)
    #expect(result.error == "renew: cannot write to standard output: No space left on device\n")
  }

  @Test("a change whose confirmation cannot be printed is still made, and exits 74")
  func changeMadeButNotSaid() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let result = try runIntoFullDevice(
      box, ["add", "Smart PH", "--number", "+63 917 123 4567", "--expires", "2026-12-31"])
    #expect(result.status == 74)
    #expect(try box.run("status").output.contains("Smart PH"))
  }
}
