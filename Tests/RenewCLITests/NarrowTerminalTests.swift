import Testing

@testable import RenewCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The commands' tables on a narrow terminal, and where the width comes from.
@Suite("Narrow terminals")
struct NarrowTerminalTests {
  @Test(
    "the terminal's width, else COLUMNS on a terminal; piped output is never cut",
    arguments: [
      (true, 120, nil, 120), (true, 120, "80", 120), (true, nil, "80", 80), (true, 0, "80", 80),
      (true, nil, nil, nil), (true, nil, "", nil), (true, nil, "wide", nil), (true, nil, "0", nil),
      (true, nil, "-40", nil), (false, nil, "80", nil), (false, 120, "80", nil),
    ] as [(Bool, Int?, String?, Int?)])
  func tableWidth(
    _ isTerminal: Bool, _ terminalColumns: Int?, _ columns: String?, _ expected: Int?
  ) throws {
    let invocation = try Invocation.parse(["status"], clock: fixedToday)
    let environment = ["HOME": "/h", "COLUMNS": columns].compactMapValues { $0 }
    let settings = try Settings.resolve(
      invocation, environment: environment, isTerminal: isTerminal,
      terminalColumns: terminalColumns)
    #expect(settings.tableWidth == expected)
  }

  @Test("status at COLUMNS=50 cuts names, numbers, carriers and hints, never a date or state")
  func status() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let result = sandbox.run(["status"], environment: ["COLUMNS": "50"], isTerminal: true)
    #expect(result.code == 0)
    // Four free-text columns at their 8-column floor: as narrow as status gets.
    #expect(
      strippingANSI(result.stdout) == """
        NAME      NUMBER    CARRIER   DUE         LEFT             STATE   RENEW
        giffgaff  0770090…  -         2025-11-28  93 days overdue  lapsed  online,…
        中国移动  +86 138…  China M…  2026-03-05  in 4 days        soon    app, se…
        Smart B…  +63 918…  -         2026-04-10  in 40 days       ok      -
        Smart PH  +63 917…  Smart     2026-12-31  in 305 days      ok      app

        """)
    #expect(result.stdout.contains("\u{1B}[1;31mlapsed\u{1B}[0m  online,…\n"))
  }

  @Test("status fits a terminal that is wide enough, the terminal's width before COLUMNS")
  func statusFits() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let result = sandbox.run(
      ["status"], environment: ["COLUMNS": "200", "NO_COLOR": "1"], isTerminal: true,
      terminalColumns: 80)
    expectFits(result.stdout, in: 80)
    let widest = result.stdout.split(separator: "\n").map { TextWidth.width(of: $0) }.max()
    #expect(widest == 80)
    #expect(result.stdout.contains("2025-11-28  93 days overdue  lapsed  online,…\n"))
  }

  @Test("piped output is never cut, whatever COLUMNS says")
  func piped() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let narrow = sandbox.run(["status"], environment: ["COLUMNS": "50"])
    #expect(narrow.stdout == sandbox.run(["status"]).stdout)
    #expect(narrow.stdout.contains("online, auto-renew via PayPal\n"))
    #expect(!narrow.stdout.contains("…"))
  }

  @Test("list cuts names, numbers, carriers and plans, never a country or kind")
  func list() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let result = sandbox.run(["list"], isTerminal: true, terminalColumns: 60)
    #expect(
      result.stdout == """
        NAME       NUMBER    COUNTRY  CARRIER   KIND  PLAN      TAGS
        中国移动   +86 138…  CN       China M…  sim   1m, 30.…  -
        Smart PH   +63 917…  PH       Smart     esim  1y, 300…  bank
        giffgaff   0770090…  GB       -         -     -         -
        Smart Bro  +63 918…  -        -         -     -         -

        """)
  }

  @Test("history cuts the details, and show's indented history fits too")
  func history() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    let logged = sandbox.run([
      "log", "中国", "--via", "WeChat Pay", "--receipt", "4200001234", "--note",
      "充值 30 元，下月 5 日到期 📱",
    ])
    #expect(logged.code == 0, "\(logged.stderr)")
    let history = sandbox.run(["history", "中国"], isTerminal: true, terminalColumns: 60)
    #expect(
      maskingIDs(history.stdout) == """
        DATE        ID        TYPE     AMOUNT     DETAILS
        2026-03-01  xxxxxxxx  renewal  30.00 CNY  expires 2026-03-0…
        2026-03-01  xxxxxxxx  expiry   -          expires 2026-03-0…

        """)
    let show = sandbox.run(["show", "中国"], isTerminal: true, terminalColumns: 60)
    #expect(
      maskingIDs(show.stdout).hasSuffix(
        "\n  2026-03-01  xxxxxxxx  expiry   -          expires 2026-03…\n"))
  }

  @Test("backups cut the change that followed, never the time")
  func backups() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    #expect(sandbox.run(["touch", "中国", "--note", "SMS"]).code == 0)
    let lines = sandbox.run(["backups"], isTerminal: true, terminalColumns: 42).stdout
      .split(separator: "\n").dropLast()
    try #require(lines.count > 2)
    #expect(lines[1].hasSuffix("  touch 中国移动 2026-…"))
    #expect(lines.allSatisfy { TextWidth.width(of: $0) <= 42 })
  }
}

/// The terminal's width, asked of the terminal itself.
@Suite("Terminal width")
struct TerminalColumnsTests {
  @Test("a terminal's own width comes from TIOCGWINSZ; a pipe has none")
  func ioctlWidth() throws {
    // The master side of a pseudo-terminal answers for the pair.
    let terminal = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    try #require(terminal >= 0, "no pseudo-terminal available")
    defer { close(terminal) }
    var size = winsize(ws_row: 24, ws_col: 77, ws_xpixel: 0, ws_ypixel: 0)
    try #require(ioctl(terminal, UInt(TIOCSWINSZ), &size) == 0)
    #expect(System.terminalColumns(of: terminal) == 77)
    size.ws_col = 0
    try #require(ioctl(terminal, UInt(TIOCSWINSZ), &size) == 0)
    #expect(System.terminalColumns(of: terminal) == nil)
    var ends: [Int32] = [-1, -1]
    try #require(pipe(&ends) == 0)
    defer { for end in ends { close(end) } }
    #expect(System.terminalColumns(of: ends[1]) == nil)
  }
}
