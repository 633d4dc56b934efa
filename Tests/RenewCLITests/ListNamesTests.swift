import Testing

@testable import RenewCLI

/// `renew list --names`: the names alone, one per line, for scripts and completion.
@Suite struct ListNamesTests {
  @Test("list --names prints every card's name, retired ones too, one per line")
  func names() throws {
    let box = try Sandbox()
    box.seed()
    #expect(box.run(["retire", "Smart Bro"]).code == 0)
    let result = box.run(["list", "--names"])
    #expect(result.code == 0)
    #expect(result.stderr == "")
    #expect(result.stdout == "中国移动\nSmart PH\ngiffgaff\nSmart Bro\n")
  }

  @Test("list --names --tag prints the names of the cards with the tag")
  func tagged() throws {
    let box = try Sandbox()
    box.seed()
    #expect(box.run(["list", "--names", "--tag", "BANK"]).stdout == "Smart PH\n")
    #expect(box.run(["list", "--tag", "none", "--names"]).stdout == "")
  }

  @Test("list --names prints nothing when there are no cards, nor a data file")
  func empty() throws {
    let box = try Sandbox()
    let result = box.run(["list", "--names"])
    #expect(result.code == 0)
    #expect(result.stdout == "" && result.stderr == "")
    #expect(!box.exists(box.file))
  }

  @Test("list --names with --json is refused: names are lines, not JSON")
  func namesAndJSON() throws {
    let box = try Sandbox()
    box.seed()
    let result = box.run(["list", "--names", "--json"])
    #expect(result.code == 64)
    #expect(
      result.stderr
        == "renew: options '--names' and '--json' cannot be used together\ngive one of them\n")
    #expect(result.stdout.isEmpty)
  }
}
