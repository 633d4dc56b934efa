import Foundation
import RenewKit
import Testing

@testable import RenewCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the data file lives, how long to wait for its lock, and when to colour.
@Suite("Settings")
struct SettingsTests {
  static let everything = [
    "RENEW_FILE": "/env/renew.json", "XDG_DATA_HOME": "/xdg", "HOME": "/home/u",
  ]

  func resolve(_ words: [String], _ environment: [String: String]) throws -> Settings {
    let invocation = try Invocation.parse(words + ["status"], clock: fixedToday)
    return try Settings.resolve(invocation, environment: environment, isTerminal: false)
  }

  @Test(
    "--file beats RENEW_FILE beats XDG_DATA_HOME beats HOME",
    arguments: [
      (["--file", "/opt/f.json"], SettingsTests.everything, "/opt/f.json"),
      (["--file", "relative.json"], SettingsTests.everything, "relative.json"),
      ([], SettingsTests.everything, "/env/renew.json"),
      ([], SettingsTests.everything.merging(["RENEW_FILE": ""]) { $1 }, "/xdg/renew/renew.json"),
      ([], ["XDG_DATA_HOME": "/xdg", "HOME": "/home/u"], "/xdg/renew/renew.json"),
      (
        [], ["XDG_DATA_HOME": "relative/data", "HOME": "/home/u"],
        "/home/u/.local/share/renew/renew.json"
      ),
      ([], ["XDG_DATA_HOME": "", "HOME": "/home/u"], "/home/u/.local/share/renew/renew.json"),
      ([], ["HOME": "/home/u"], "/home/u/.local/share/renew/renew.json"),
    ] as [([String], [String: String], String)])
  func dataPath(_ words: [String], _ environment: [String: String], _ expected: String) throws {
    #expect(try resolve(words, environment).dataPath == expected)
  }

  @Test("with nowhere to put the file, renew says so and exits 64")
  func noHome() {
    let result = renew(["status"], environment: [:])
    #expect(result.code == 64)
    #expect(result.stderr.hasPrefix("renew: "))
    #expect(
      result.stderr
        == "renew: HOME is not set, so there is no default data file\ngive --file PATH or set RENEW_FILE\n"
    )
  }

  @Test(
    "RENEW_LOCK_TIMEOUT sets the wait, in seconds",
    arguments: [
      (nil, 10.0), ("0.5", 0.5), ("0", 0), ("3600", 3600), ("", 10.0),
    ] as [(String?, Double)])
  func lockTimeout(_ text: String?, _ seconds: Double) throws {
    let environment = ["HOME": "/home/u", "RENEW_LOCK_TIMEOUT": text].compactMapValues { $0 }
    #expect(try resolve([], environment).lockTimeout == seconds)
  }

  @Test(
    "a malformed RENEW_LOCK_TIMEOUT is a usage error",
    arguments: [
      "abc", "-1", "3601", "nan", "1 s",
    ])
  func badLockTimeout(_ text: String) throws {
    let sandbox = try Sandbox()
    let result = sandbox.run(["status"], environment: ["RENEW_LOCK_TIMEOUT": text])
    #expect(result.code == 64)
    #expect(result.stderr.hasPrefix("renew: invalid value '\(text)' in RENEW_LOCK_TIMEOUT\n"))
    #expect(result.stderr.contains("RENEW_LOCK_TIMEOUT"))
    #expect(result.stderr.hasSuffix("\nseconds from 0 to 3600, such as 0.5\n"))
  }

  // Bug: environment errors read "invalid value 'abc' for --RENEW_LOCK_TIMEOUT" and
  // "invalid value '' for --file", naming options the user never typed.
  @Test(
    "an environment problem is not reported as a bad option",
    arguments: [
      ["HOME": "/nonexistent", "RENEW_LOCK_TIMEOUT": "abc"], [:],
    ])
  func environmentErrorsNameVariables(_ environment: [String: String]) {
    let result = renew(["status"], environment: environment)
    #expect(result.code == 64)
    let firstLine = result.stderr.split(separator: "\n").first ?? ""
    #expect(!firstLine.contains("--"), "\(firstLine)")
  }

  @Test(
    "colour needs a terminal and no veto",
    arguments: [
      (true, [String](), [String: String](), true),
      (false, [], [:], false),
      (true, ["--no-color"], [:], false),
      (true, [], ["NO_COLOR": "1"], false),
      (true, [], ["TERM": "dumb"], false),
      (true, [], ["TERM": "xterm"], true),
    ])
  func color(
    _ isTerminal: Bool, _ words: [String], _ environment: [String: String], _ expected: Bool
  ) throws {
    let invocation = try Invocation.parse(words, clock: fixedToday)
    let settings = try Settings.resolve(
      invocation, environment: environment.merging(["HOME": "/h"]) { $1 }, isTerminal: isTerminal)
    #expect(settings.isColored == expected)
  }

  @Test(
    "reading never creates the data file or its folder",
    arguments: [
      ["status"], ["check"], ["list"], ["history"], ["backups"], ["show", "x"],
      ["--json", "status"],
    ])
  func readsCreateNothing(_ arguments: [String]) throws {
    let sandbox = try Sandbox()
    let xdg = sandbox.folder + "/xdg"
    let result = renew(arguments, environment: ["XDG_DATA_HOME": xdg, "HOME": sandbox.folder])
    #expect([0, 64, 66].contains(result.code))
    #expect(!sandbox.exists(xdg))
    #expect(!sandbox.exists(sandbox.folder + "/.local"))
  }

  @Test("the first write creates the file under XDG_DATA_HOME, private")
  func firstWrite() throws {
    let sandbox = try Sandbox()
    let xdg = sandbox.folder + "/xdg"
    let environment = ["XDG_DATA_HOME": xdg, "HOME": sandbox.folder]
    #expect(renew(["add", "x", "--number", "1"], environment: environment).code == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: xdg + "/renew/renew.json")
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let folder = try FileManager.default.attributesOfItem(atPath: xdg + "/renew")
    #expect((folder[.posixPermissions] as? Int) == 0o700)
    #expect(renew(["list"], environment: environment).stdout.hasPrefix("NAME"))
  }

  @Test("a change waits for another holder of the lock, then exits 75 and changes nothing")
  func lockHeld() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let before = sandbox.bytes()
    let descriptor = open(sandbox.file + ".lock", O_RDWR | O_CREAT, 0o600)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    // A process another test spawns at the moment seed() held the lock shares that
    // descriptor until it execs, and with it the lock: wait for it to let go.
    var locked = flock(descriptor, LOCK_EX | LOCK_NB) == 0
    for _ in 0..<200 where !locked {
      usleep(10_000)
      locked = flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }
    try #require(locked)
    let result = sandbox.run(["touch", "giffgaff"], environment: ["RENEW_LOCK_TIMEOUT": "0.1"])
    #expect(result.code == 75)
    #expect(
      result.stderr
        == "renew: another renew is using the data file (waited 0.1 s for \(sandbox.file).lock)\n"
        + "try again when it has finished; nothing was changed\n")
    #expect(sandbox.bytes() == before)
    #expect(sandbox.run(["status"], environment: ["RENEW_LOCK_TIMEOUT": "0"]).code == 0)
  }
}
