import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The shells the completion scripts are for, where they are installed.
enum Shells {
  /// The path of `shell`, or `nil` when it is not installed.
  static func path(_ shell: String) -> String? {
    ["/usr/bin/\(shell)", "/bin/\(shell)", "/usr/local/bin/\(shell)"].first {
      access($0, X_OK) == 0
    }
  }
}

/// `renew completion bash|zsh|fish`: scripts the shells accept, and the bash
/// completion, run as bash runs it on TAB, offering what renew's parser takes.
@Suite struct CompletionScriptTests {
  /// A sandbox whose data file holds cards named with a space, in Chinese, with an
  /// apostrophe.
  func boxWithCards() throws -> Sandbox {
    let box = try Sandbox()
    for (name, number) in [("Smart PH", "+63 917 123 4567"), ("中国移动", "138"), ("Tom's", "99")] {
      try box.succeed("add", name, "--number", number)
    }
    return box
  }

  /// What bash's completion for renew offers when the words are `words`, the
  /// last being the one completed, run in `folder` (the sandbox's root by default).
  func complete(
    _ words: [String], in box: Sandbox, folder: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String] {
    let bash = try #require(Shells.path("bash"))
    let script = """
      cd "$RENEW_TEST_FOLDER" || exit 1
      source <(renew completion bash) || exit 1
      COMP_WORDS=("$@")
      COMP_CWORD=$(($# - 1))
      _renew
      ((${#COMPREPLY[@]} == 0)) || printf '%s\\n' "${COMPREPLY[@]}"
      """
    let binaryFolder = URL(fileURLWithPath: box.binary).deletingLastPathComponent().path
    let result = try Child.run(
      bash, ["-c", script, "bash"] + words,
      environment: box.environment([
        "PATH": "\(binaryFolder):/usr/bin:/bin", "RENEW_TEST_FOLDER": folder ?? box.root,
      ]))
    #expect(result.status == 0, "\(result.error)", sourceLocation: sourceLocation)
    return result.output.split(separator: "\n").map(String.init)
  }

  /// The commands `renew --help` lists.
  func commands(_ box: Sandbox) throws -> [String] {
    let overview = try box.succeed("--help")
    return overview.split(separator: "\n").prefix { !$0.hasPrefix("Global options") }
      .compactMap { line in
        guard line.hasPrefix("  "), let word = line.split(separator: " ").first else { return nil }
        return String(word)
      }
  }

  @Test("bash -n accepts the bash script")
  func bashSyntax() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let script = try box.succeed("completion", "bash")
    try Files.write(Array(script.utf8), to: box.root + "/renew.bash")
    let result = try Child.run(
      try #require(Shells.path("bash")), ["-n", box.root + "/renew.bash"],
      environment: box.environment())
    #expect(result.status == 0)
    #expect(result.error == "")
  }

  @Test(
    "zsh -n accepts the zsh script", .enabled(if: Shells.path("zsh") != nil, "zsh is not installed")
  )
  func zshSyntax() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try Files.write(Array(try box.succeed("completion", "zsh").utf8), to: box.root + "/_renew")
    let result = try Child.run(
      try #require(Shells.path("zsh")), ["-n", box.root + "/_renew"], environment: box.environment()
    )
    #expect(result.status == 0)
    #expect(result.error == "")
  }

  @Test(
    "fish -n accepts the fish script",
    .enabled(if: Shells.path("fish") != nil, "fish is not installed"))
  func fishSyntax() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try Files.write(Array(try box.succeed("completion", "fish").utf8), to: box.root + "/renew.fish")
    let result = try Child.run(
      try #require(Shells.path("fish")), ["-n", box.root + "/renew.fish"],
      environment: box.environment())
    #expect(result.status == 0)
    #expect(result.error == "")
  }

  @Test(
    "fish completes commands, options, kinds and card names, asking renew for the names",
    .enabled(if: Shells.path("fish") != nil, "fish is not installed"))
  func fishCompletes() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "Smart PH", "--number", "1")
    try box.succeed("add", "中国移动", "--number", "2")
    try Files.write(Array(try box.succeed("completion", "fish").utf8), to: box.root + "/renew.fish")
    let binaryFolder = URL(fileURLWithPath: box.binary).deletingLastPathComponent().path
    func candidates(_ line: String) throws -> [String] {
      let result = try Child.run(
        try #require(Shells.path("fish")),
        ["-c", "source $argv[1]; complete -C $argv[2]", box.root + "/renew.fish", line],
        environment: box.environment(["PATH": "\(binaryFolder):/usr/bin:/bin"]))
      #expect(result.status == 0, "\(result.error)")
      // Each candidate is its word, a tab, and its description.
      return result.output.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
    }
    #expect(try candidates("renew lo") == ["log"])
    #expect(try candidates("renew log --o") == ["--on"])
    #expect(try candidates("renew add x --kind ") == ["esim", "sim", "virtual"])
    #expect(Set(try candidates("renew --file \(box.file) show ")) == ["Smart PH", "中国移动"])
    #expect(try candidates("renew --file \(box.file) balance 'Smart PH' ") == [])
    // A leading ~ is the home folder, as the shell would expand it.
    try Files.write(Files.bytes(box.file) ?? [], to: box.home + "/cards.json")
    #expect(Set(try candidates("renew --file ~/cards.json show ")) == ["Smart PH", "中国移动"])
  }

  @Test("bash splits --file=F and --kind=K at '=': both still complete")
  func wordsSplitAtEquals() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "Smart PH", "--number", "1")
    #expect(
      try complete(["renew", "--file", "=", box.file, "show", ""], in: box) == ["Smart\\ PH"])
    #expect(
      try complete(["renew", "add", "x", "--kind", "=", ""], in: box) == ["sim", "esim", "virtual"])
    #expect(
      try complete(["renew", "add", "x", "--kind", "="], in: box) == ["sim", "esim", "virtual"])
  }

  @Test("card names are offered where CARD stands, not where MONEY or ENTRY does")
  func argumentsByPlace() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "giffgaff", "--number", "1")
    let file = ["renew", "--file", box.file]
    #expect(try complete(file + ["log", "--on", "yesterday", ""], in: box) == ["giffgaff"])
    #expect(try complete(file + ["balance", "giffgaff", ""], in: box) == [])
    #expect(try complete(file + ["unlog", "giffgaff", ""], in: box) == [])
    #expect(try complete(file + ["show", "--", ""], in: box) == ["giffgaff"])
  }

  @Test("a card name with ':' completes, though bash splits words at ':'")
  func namesWithColons() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed("add", "UK:EE", "--number", "1")
    try box.succeed("add", "UK:O2 spare", "--number", "2")
    let show = ["renew", "--file", box.file, "show"]
    #expect(try complete(show + ["U"], in: box) == ["UK:EE", "UK:O2\\ spare"])
    // What follows the last ':' is all bash replaces.
    #expect(try complete(show + ["UK", ":", "E"], in: box) == ["EE"])
    #expect(try complete(show + ["UK", ":"], in: box) == ["EE", "O2\\ spare"])
  }

  @Test("renew lo<TAB> completes to log, renew log --o<TAB> to --on")
  func commandAndOption() throws {
    let box = try Sandbox()
    defer { box.remove() }
    #expect(try complete(["renew", "lo"], in: box) == ["log"])
    #expect(try complete(["renew", "log", "--o"], in: box) == ["--on"])
    #expect(
      try complete(["renew", "--lang", "zh", "un"], in: box) == ["unlog", "unretire", "undo"])
  }

  @Test("an option's values are offered after it: kinds, languages, days an entry can have")
  func optionValues() throws {
    let box = try Sandbox()
    defer { box.remove() }
    #expect(
      try complete(["renew", "add", "x", "--kind", ""], in: box) == ["sim", "esim", "virtual"])
    #expect(try complete(["renew", "--lang", ""], in: box) == ["en", "zh"])
    #expect(try complete(["renew", "completion", ""], in: box) == ["bash", "zsh", "fish"])
    // An entry is never in the future: --on offers no tomorrow.
    #expect(
      try complete(["renew", "log", "x", "--on", ""], in: box) == ["today", "yesterday", "due"])
    #expect(try complete(["renew", "touch", "x", "--on", "t"], in: box) == ["today"])
    // A number is the user's own: nothing is offered.
    #expect(try complete(["renew", "add", "x", "--number", ""], in: box) == [])
  }

  @Test("renew --file F show <TAB> offers the card names of F, quoted for the shell")
  func cardNames() throws {
    let box = try boxWithCards()
    defer { box.remove() }
    let names = ["Smart\\ PH", "中国移动", "Tom\\'s"]
    #expect(try complete(["renew", "--file", box.file, "show", ""], in: box) == names)
    #expect(try complete(["renew", "--file=\(box.file)", "log", ""], in: box) == names)
    #expect(try complete(["renew", "--file", box.file, "edit", "中"], in: box) == ["中国移动"])
    // What the user typed is read as the shell reads it.
    #expect(
      try complete(["renew", "--file", box.file, "show", "Smart\\ P"], in: box) == ["Smart\\ PH"])
    #expect(
      try complete(["renew", "--file", box.file, "show", "\"Smart P"], in: box) == ["Smart PH"])
    #expect(try complete(["renew", "--file", box.file, "show", "Tom\\'"], in: box) == ["Tom\\'s"])
    // A file under ~ is the home's.
    let home = box.using(file: box.home + "/cards.json")
    try home.succeed("add", "giffgaff", "--number", "07700900123")
    #expect(try complete(["renew", "--file", "~/cards.json", "show", ""], in: box) == ["giffgaff"])
    // Without --file, the data file renew would use.
    let standard = box.using(file: box.home + "/.local/share/renew/renew.json")
    try standard.succeed("add", "Vodafone", "--number", "+49 151 0000000")
    #expect(try complete(["renew", "show", ""], in: box) == ["Vodafone"])
  }

  @Test("renew help <TAB> offers every command")
  func helpTopics() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let commands = try commands(box)
    #expect(commands.count > 20)
    #expect(try complete(["renew", "help", ""], in: box) == commands)
    #expect(try complete(["renew", ""], in: box) == commands)
  }

  @Test("files are offered for --file, --out and the files import and merge read")
  func files() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let folder = box.root + "/files"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    for name in ["my cards.csv", "base.json"] {
      try Files.write([], to: "\(folder)/\(name)")
    }
    let both = ["base.json", "my cards.csv"]
    #expect(try complete(["renew", "--file", ""], in: box, folder: folder).sorted() == both)
    #expect(try complete(["renew", "import", ""], in: box, folder: folder).sorted() == both)
    #expect(try complete(["renew", "import", "my"], in: box, folder: folder) == ["my cards.csv"])
    #expect(
      try complete(["renew", "merge", "base.json", ""], in: box, folder: folder).sorted() == both)
    #expect(
      try complete(["renew", "calendar", "--out", "b"], in: box, folder: folder) == ["base.json"])
  }

  @Test("each command is offered exactly the options its help lists, and the global ones it takes")
  func optionsPerCommand() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let overview = try box.succeed("--help")
    let jsonLine = try #require(overview.split(separator: "\n").first { $0.hasPrefix("  --json") })
    let jsonCommands = Set(
      try #require(jsonLine.split(separator: "(").last).dropLast().split(separator: ", ").map(
        String.init))
    #expect(jsonCommands.contains("status") && !jsonCommands.contains("add"))
    for command in try commands(box) {
      let help = try box.succeed("help", command)
      let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
      let own = lines.drop { $0 != "Options:" }.dropFirst().prefix { !$0.isEmpty }.compactMap {
        line -> String? in
        guard line.hasPrefix("  --") else { return nil }
        return line.dropFirst(2).split(separator: " ").first.map(String.init)
      }
      var global = ["--file", "--today", "--json", "--lang", "--no-color", "--help", "--version"]
      if !jsonCommands.contains(command) { global.removeAll { $0 == "--json" } }
      #expect(try complete(["renew", command, "--"], in: box) == own + global, "\(command)")
    }
  }
}
