import Testing

/// Where the data file lives: `--file`, else `$RENEW_FILE`, else `$XDG_DATA_HOME`,
/// else `~/.local/share/renew/renew.json`; created on the first write only.
@Suite struct DataFileLocationTests {
  private let add = ["add", "Smart PH", "--number", "+63 917 123 4567"]

  @Test("reads on a fresh home create nothing at all")
  func readsCreateNothing() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let environment = box.environment()
    for command in [[], ["status"], ["check"], ["list"], ["history"], ["backups"], ["--json"]] {
      let result = try box.runBare(command, environment: environment)
      // check alone says there is no file (66): cron must not read that as "all is well".
      #expect(result.status == (command == ["check"] ? 66 : 0), "renew \(command): \(result.error)")
    }
    #expect(Files.tree(box.home) == [])
  }

  @Test("the first write creates ~/.local/share/renew/renew.json, folders 0700 and file 0600")
  func defaultLocation() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let result = try box.runBare(add, environment: box.environment())
    #expect(result.status == 0, "\(result.error)")
    let file = "\(box.home)/.local/share/renew/renew.json"
    #expect(Files.exists(file))
    for folder in [".local", ".local/share", ".local/share/renew"] {
      #expect(Files.mode("\(box.home)/\(folder)") == 0o700, "mode of ~/\(folder)")
    }
    #expect(Files.mode(file) == 0o600)
    let listed = try box.runBare(["list"], environment: box.environment())
    #expect(listed.output.contains("Smart PH"))
  }

  @Test("XDG_DATA_HOME moves the file to $XDG_DATA_HOME/renew/renew.json")
  func xdgDataHome() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let environment = box.environment(["XDG_DATA_HOME": "\(box.root)/xdg"])
    #expect(try box.runBare(add, environment: environment).status == 0)
    #expect(Files.exists("\(box.root)/xdg/renew/renew.json"))
    #expect(Files.mode("\(box.root)/xdg/renew") == 0o700)
    #expect(Files.tree(box.home) == [])
  }

  @Test("RENEW_FILE beats XDG_DATA_HOME and HOME, and --file beats them all")
  func precedence() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let named = "\(box.root)/env/cards.json"
    let environment = box.environment([
      "XDG_DATA_HOME": "\(box.root)/xdg", "RENEW_FILE": named,
    ])
    #expect(try box.runBare(add, environment: environment).status == 0)
    #expect(Files.exists(named))
    #expect(!Files.exists("\(box.root)/xdg"))

    let flagged = "\(box.root)/flag/cards.json"
    let second = try box.runBare(
      ["--file", flagged, "add", "giffgaff", "--number", "07700900123"], environment: environment)
    #expect(second.status == 0)
    #expect(Files.exists(flagged))
    let inNamed = try box.runBare(["list"], environment: environment).output
    #expect(inNamed.contains("Smart PH") && !inNamed.contains("giffgaff"))
    let inFlagged = try box.runBare(["list", "--file", flagged], environment: environment).output
    #expect(inFlagged.contains("giffgaff") && !inFlagged.contains("Smart PH"))
    #expect(Files.tree(box.home) == [])
  }
}
