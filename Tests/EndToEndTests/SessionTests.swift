import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The width a terminal gives `text`: two columns for East Asian wide characters.
private func displayWidth<S: StringProtocol>(_ text: S) -> Int {
  text.unicodeScalars.reduce(0) { width, scalar in
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return width + 2
    default:
      return width + 1
    }
  }
}

/// The display column at which `needle` starts in `line`, if it occurs.
private func column(of needle: String, in line: String) -> Int? {
  line.range(of: needle).map { displayWidth(line[..<$0.lowerBound]) }
}

/// A user's first day with renew, command by command, through the built binary.
@Suite struct SessionTests {
  @Test("adding three cards, then status shows them soonest first in aligned columns")
  func statusTable() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.addThreeCards()
    let status = try box.run("status")
    #expect(status.status == 0)
    #expect(status.error.isEmpty)
    let lines = status.output.split(separator: "\n").map(String.init)
    try #require(lines.count == 4, "\(status.output)")
    #expect(lines[1].hasPrefix(Sandbox.chinese))
    #expect(lines[2].hasPrefix(Sandbox.autoRenew))
    #expect(lines[3].hasPrefix(Sandbox.keepAlive))
    #expect(lines[1].contains("2026-03-15") && lines[1].contains("soon"))
    #expect(lines[1].contains("send 101 to 10086"))
    #expect(lines[2].contains("PayPal"))
    let values = [
      ("NUMBER", ["+86 138 0013 8000", "+1 555 010 9999", "07700900123"]),
      ("DUE", ["2026-03-15", "2026-06-01", "2026-09-06"]),
      ("STATE", ["soon", "ok", "ok"]),
    ]
    for (header, cells) in values {
      let start = try #require(column(of: header, in: lines[0]), "no \(header) column")
      for (line, cell) in zip(lines.dropFirst(), cells) {
        #expect(column(of: cell, in: line) == start, "\(header) misaligned in: \(line)")
      }
    }
  }

  @Test(
    "on a 72-column terminal status is cut to fit; through a pipe it never is",
    .enabled(if: access("/usr/bin/script", X_OK) == 0, "needs util-linux's script for a terminal"))
  func narrowTerminal() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.addThreeCards()
    // script(1) runs renew on a pseudo-terminal whose width stty sets; COLUMNS,
    // which would say otherwise, loses to the terminal's own answer.
    let command = "stty cols 72 && exec '\(box.binary)' --file '\(box.file)' status"
    let onTerminal = try Child.run(
      "/usr/bin/script", ["-qec", command, "/dev/null"],
      environment: box.environment(["NO_COLOR": "1", "COLUMNS": "200"]))
    #expect(onTerminal.status == 0, "\(onTerminal.error)")
    let lines = onTerminal.output.split(separator: "\r\n").map(String.init)
    try #require(lines.count == 4, "\(onTerminal.output)")
    #expect(lines.allSatisfy { displayWidth($0) <= 72 }, "\(onTerminal.output)")
    #expect(lines.contains { $0.hasSuffix("…") })
    #expect(lines[1].contains("2026-03-15  in 5 days"))
    let piped = try box.run(["status"], environment: ["COLUMNS": "40"])
    #expect(piped.output == (try box.run("status")).output)
    #expect(!piped.output.contains("…"))
  }

  @Test("renew with no command prints exactly what renew status prints")
  func bareRenewIsStatus() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.addThreeCards()
    let bare = try box.run()
    let status = try box.run("status")
    #expect(bare.status == 0)
    #expect(bare.output == status.output)
    #expect(bare.output.contains(Sandbox.chinese))
  }

  @Test("log, touch, show, list --tag and history tell one consistent story")
  func renewAndLook() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.addThreeCards()
    let logged = try box.succeed("log", Sandbox.chinese, "--amount", "30 CNY", "--via", "Alipay")
    #expect(logged.contains("2026-03-10") && logged.contains("30.00 CNY"))
    #expect(logged.contains("expires 2026-04-15"))
    let touched = try box.succeed("touch", "giff", "--note", "sent an SMS")
    #expect(touched.contains(Sandbox.keepAlive) && touched.contains("2026-03-10"))

    let shown = try box.succeed("show", Sandbox.chinese)
    #expect(shown.hasPrefix("\(Sandbox.chinese)\n"))
    for fact in ["+86 138 0013 8000", "2026-04-15", "send 101 to 10086", "Alipay", "30.00 CNY"] {
      #expect(shown.contains(fact), "show lacks \(fact):\n\(shown)")
    }
    let byNumber = try box.succeed("show", "9999")
    #expect(byNumber.hasPrefix("\(Sandbox.autoRenew)\n"))

    let tagged = try box.succeed("list", "--tag", "uk")
    #expect(tagged.contains(Sandbox.keepAlive))
    #expect(!tagged.contains(Sandbox.chinese) && !tagged.contains(Sandbox.autoRenew))

    // Renewals and activity, newest first; the expiries `add` set are entries too.
    let history = try box.succeed("history").split(separator: "\n").map(String.init)
      .filter { !$0.contains(" expiry ") }
    try #require(history.count == 3, "\(history)")
    #expect(history[1].contains("2026-03-10") && history[1].contains(Sandbox.keepAlive))
    #expect(history[2].contains("2026-03-10") && history[2].contains(Sandbox.chinese))
    #expect(history[2].contains("30.00 CNY"))
  }

  @Test("retire hides a card from status until unretire; edit renames; remove --yes deletes")
  func retireEditRemove() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.addThreeCards()
    try box.succeed("touch", Sandbox.keepAlive)
    try box.succeed("retire", Sandbox.keepAlive)
    #expect(try !box.succeed("status").contains(Sandbox.keepAlive))
    #expect(try box.succeed("status", "--all").contains(Sandbox.keepAlive))
    #expect(try box.run("check", "--within", "400").output.contains(Sandbox.keepAlive) == false)
    try box.succeed("unretire", Sandbox.keepAlive)
    #expect(try box.succeed("status").contains(Sandbox.keepAlive))

    let edited = try box.succeed("edit", "us mint", "--name", "US Mobile", "--price", "20 USD")
    #expect(edited.contains("US Mobile"))
    let list = try box.succeed("list")
    #expect(list.contains("US Mobile") && list.contains("20.00 USD"))
    #expect(!list.contains(Sandbox.autoRenew))

    let refused = try box.run("remove", Sandbox.keepAlive)
    #expect(refused.status == 64)
    #expect(refused.error.hasPrefix("renew: "))
    #expect(try box.succeed("list").contains(Sandbox.keepAlive))
    try box.succeed("remove", Sandbox.keepAlive, "--yes")
    #expect(try !box.succeed("list").contains(Sandbox.keepAlive))
    #expect(try !box.succeed("history").contains(Sandbox.keepAlive))
  }
}
