import Testing

/// add, edit, list, show, retire, unretire and remove, run in-process.
@Suite("Card commands")
struct CardCommandTests {
  let sandbox: Sandbox

  init() throws {
    sandbox = try Sandbox()
  }

  @Test("add says what it added and when the card is due")
  func add() {
    let withDue = sandbox.run([
      "add", "中国移动", "--number", "+86 138 0013 8000", "--expires", "2026-03-05",
    ])
    #expect(withDue.code == 0)
    #expect(withDue.stdout == "added 中国移动 (+86 138 0013 8000), due 2026-03-05 (in 4 days)\n")
    #expect(withDue.stderr == "")
    let withoutDue = sandbox.run([
      "add", "Google Voice", "--number", "+1 555 0100", "--kind", "VIRTUAL",
    ])
    #expect(withoutDue.stdout == "added Google Voice (+1 555 0100)\n")
    #expect(sandbox.run(["show", "google"]).stdout.contains("  kind    virtual\n"))
  }

  @Test("list shows every card, retired ones marked, in a table aligned for Chinese names")
  func list() {
    sandbox.seed()
    #expect(sandbox.run(["retire", "giffgaff"]).code == 0)
    let result = sandbox.run(["list"])
    #expect(result.code == 0)
    #expect(
      result.stdout == """
        NAME                NUMBER             COUNTRY  CARRIER       KIND  PLAN            TAGS
        中国移动            +86 138 0013 8000  CN       China Mobile  sim   1m, 30.00 CNY   -
        Smart PH            +63 917 123 4567   PH       Smart         esim  1y, 300.00 PHP  bank
        giffgaff (retired)  07700900123        GB       -             -     -               -
        Smart Bro           +63 918 000 4567   -        -             -     -               -

        """)
  }

  @Test("list --tag matches tags ignoring case, and says when none match")
  func listByTag() throws {
    sandbox.seed()
    let bank = sandbox.run(["list", "--tag", "BANK"])
    #expect(bank.stdout.split(separator: "\n").count == 2)
    #expect(bank.stdout.contains("Smart PH  +63 917 123 4567"))
    #expect(sandbox.run(["list", "--tag", "visa"]).stdout == "No cards tagged visa.\n")
    #expect(try Sandbox().run(["list"]).stdout == "No cards yet.\n")
  }

  @Test(
    "show prints every field of a card found by name, prefix or number suffix",
    arguments: [
      "giffgaff", "GIFF", "0123", "7700 900 123",
    ])
  func show(_ query: String) {
    sandbox.seed()
    let result = sandbox.run(["show", query])
    #expect(result.code == 0)
    #expect(
      result.stdout == """
        giffgaff
          number      07700900123
          country     GB
          keep-alive  180d from last activity 2025-06-01, until 2025-11-28
          due         2025-11-28, 93 days overdue (lapsed)
          grace       30d
          remind      7 days before
          methods     online
          auto-renew  yes, via PayPal; once charged: renew log giffgaff --on due
          added       2025-06-01

        """)
  }

  @Test("edit changes only the fields given, renames, and clears with --clear")
  func edit() throws {
    sandbox.seed()
    let renamed = sandbox.run([
      "edit", "giff", "--name", "GG UK", "--carrier", "giffgaff", "--clear", "pay", "--clear",
      "grace", "--remind", "14",
    ])
    #expect(renamed.code == 0)
    #expect(renamed.stdout == "changed GG UK (was giffgaff), due 2025-11-28 (93 days overdue)\n")
    let shown = sandbox.run(["show", "gg uk"]).stdout
    #expect(shown.contains("  carrier     giffgaff\n"))
    #expect(shown.contains("  remind      14 days before\n"))
    #expect(shown.contains("  auto-renew  yes; once charged: renew log \"GG UK\" --on due\n"))
    #expect(!shown.contains("grace"))
    #expect(!shown.contains("PayPal"))
    #expect(shown.contains("  country     GB\n"))
    let recased = sandbox.run(["edit", "gg uk", "--name", "gg UK"])
    #expect(recased.stdout == "changed gg UK (was GG UK), due 2025-11-28 (93 days overdue)\n")
  }

  @Test("edit --expires starts a new cycle on that day")
  func editExpires() {
    sandbox.seed()
    let past = sandbox.run(["edit", "中国移动", "--expires", "2026-01-31"])
    #expect(past.stdout == "changed 中国移动, due 2026-01-31 (29 days overdue)\n")
    let result = sandbox.run(["edit", "中国移动", "--expires", "2026-03-31"])
    #expect(result.stdout == "changed 中国移动, due 2026-03-31 (in 30 days)\n")
    #expect(sandbox.run(["show", "中国移动"]).stdout.contains("  expires  2026-03-31, cycle day 31\n"))
    let logged = sandbox.run(["log", "中国移动"])
    #expect(logged.stdout.contains("; expires 2026-04-30 (was 2026-03-31)"))
  }

  @Test("retire leaves status and check but keeps history; unretire brings it back")
  func retireAndUnretire() {
    sandbox.seed()
    #expect(sandbox.run(["touch", "giffgaff"]).code == 0)
    let retired = sandbox.run(["retire", "giffgaff"])
    #expect(retired.stdout == "retired giffgaff; its history is kept\n")
    #expect(!sandbox.run(["status"]).stdout.contains("giffgaff"))
    #expect(sandbox.run(["status", "--all"]).stdout.contains("giffgaff"))
    #expect(sandbox.run(["show", "giffgaff"]).stdout.contains("retired     yes: left out"))
    #expect(sandbox.run(["history", "giffgaff"]).stdout.contains("activity"))
    let unretired = sandbox.run(["unretire", "GIFFGAFF"])
    #expect(unretired.stdout == "unretired giffgaff\n")
    #expect(sandbox.run(["status"]).stdout.contains("giffgaff"))
  }

  @Test("remove --yes deletes the card and its history")
  func removeWithYes() {
    sandbox.seed()
    let result = sandbox.run(["remove", "中国", "--yes"])
    #expect(result.code == 0)
    #expect(result.stdout == "removed 中国移动 and its history\n")
    #expect(!sandbox.run(["list"]).stdout.contains("中国移动"))
    #expect(sandbox.run(["show", "中国移动"]).code == 64)
  }

  @Test("remove asks on a terminal, and removes only on yes", arguments: [true, false])
  func removeWithQuestion(_ answer: Bool) {
    sandbox.seed()
    #expect(sandbox.run(["touch", "giffgaff"]).code == 0)
    let before = sandbox.bytes()
    let questions = Capture()
    let result = sandbox.run(
      ["remove", "giffgaff"], isTerminal: true,
      confirm: { question in
        questions.append(question)
        return answer
      })
    #expect(result.code == 0)
    #expect(
      questions.text == "Remove giffgaff (07700900123) and its 1 history entry? [y/N] ")
    if answer {
      #expect(result.stdout == "removed giffgaff and its history\n")
      #expect(!sandbox.run(["list"]).stdout.contains("giffgaff"))
    } else {
      #expect(result.stdout == "kept giffgaff\n")
      #expect(sandbox.bytes() == before)
    }
  }
}
