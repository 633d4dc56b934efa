import Testing

/// ANSI colour: only on a terminal, and never when the user or the terminal says no.
@Suite("Colour")
struct ColorTests {
  static let escape = "\u{1B}["

  let sandbox: Sandbox

  init() throws {
    sandbox = try Sandbox()
    sandbox.seed()
  }

  @Test("status on a terminal colours each state, and only the state")
  func coloredOnTerminal() {
    let colored = sandbox.run(["status"], environment: ["TERM": "xterm-256color"], isTerminal: true)
    let plain = sandbox.run(["status"])
    #expect(colored.code == 0)
    #expect(colored.stdout.contains("\u{1B}[1;31mlapsed\u{1B}[0m  online"))
    #expect(colored.stdout.contains("\u{1B}[33msoon\u{1B}[0m    app"))
    #expect(colored.stdout.contains("\u{1B}[32mok\u{1B}[0m      app\n"))
    #expect(strippingANSI(colored.stdout) == plain.stdout)
    #expect(!plain.stdout.contains(Self.escape))
  }

  @Test("a retired card is dimmed in status --all on a terminal")
  func retiredDimmed() {
    #expect(sandbox.run(["retire", "Smart PH"]).code == 0)
    let colored = sandbox.run(["status", "--all"], isTerminal: true)
    #expect(colored.stdout.contains("\u{1B}[2mretired\u{1B}[0m  app\n"))
  }

  @Test(
    "no colour with --no-color, NO_COLOR or TERM=dumb, even on a terminal",
    arguments: [
      (["--no-color", "status"], [:]),
      (["status", "--no-color"], [:]),
      (["status"], ["NO_COLOR": "1"]),
      (["status", "--all"], ["NO_COLOR": "yes", "TERM": "xterm"]),
      (["status"], ["TERM": "dumb"]),
    ] as [([String], [String: String])])
  func colorForbidden(_ arguments: [String], _ environment: [String: String]) {
    let result = sandbox.run(arguments, environment: environment, isTerminal: true)
    #expect(result.code == 0)
    #expect(result.stdout.hasPrefix("NAME "))
    #expect(!result.stdout.contains(Self.escape))
  }

  @Test("no colour when stdout is not a terminal, whatever TERM says")
  func notTerminal() {
    let result = sandbox.run(["status"], environment: ["TERM": "xterm-256color"], isTerminal: false)
    #expect(!result.stdout.contains(Self.escape))
  }

  @Test(
    "JSON, check lines, help and errors carry no colour on a terminal",
    arguments: [
      ["status", "--json"], ["check"], ["check", "--json"], ["list"], ["show", "giffgaff"],
      ["history"], ["--help"], ["statsu"], ["show", "nokia"],
    ])
  func neverColored(_ arguments: [String]) {
    let result = sandbox.run(arguments, environment: ["TERM": "xterm-256color"], isTerminal: true)
    #expect(!result.stdout.contains(Self.escape))
    #expect(!result.stderr.contains(Self.escape))
    #expect(!(result.stdout + result.stderr).isEmpty)
  }

  // Bug: no-color.org asks for colour to stay on when NO_COLOR is set but empty.
  @Test("an empty NO_COLOR does not turn colour off, as no-color.org says")
  func emptyNoColor() {
    let result = sandbox.run(["status"], environment: ["NO_COLOR": ""], isTerminal: true)
    #expect(result.stdout.contains(Self.escape))
  }
}
