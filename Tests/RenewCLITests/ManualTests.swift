import Testing

@testable import RenewCLI

/// `renew man` against what `renew help` shows: the same commands, usage lines and
/// options, in both languages.
@Suite struct ManualTests {
  /// What the page lists under one heading (`.SH` or `.SS`): the tags of its `.TP`
  /// paragraphs, such as option labels.
  struct Section: Equatable {
    var title: String
    var tags: [String] = []
  }

  /// The page's `.SS` subsections and `.SH` sections, in order, with roff escapes
  /// undone.
  func sections(of page: String) -> [Section] {
    var sections: [Section] = []
    var isTag = false
    for line in page.split(separator: "\n").map(String.init) {
      if line.hasPrefix(".SS ") || line.hasPrefix(".SH ") {
        var title = String(line.dropFirst(4))
        if title.hasPrefix("\"") && title.hasSuffix("\"") {
          title = String(title.dropFirst().dropLast())
        }
        sections.append(Section(title: unescaped(title)))
      } else if line == ".TP" {
        isTag = true
        continue
      } else if isTag, line.hasPrefix(".B "), !sections.isEmpty {
        sections[sections.count - 1].tags.append(unescaped(String(line.dropFirst(3))))
      }
      isTag = false
    }
    return sections
  }

  /// Roff text as it reads: `\-` a hyphen, `\e` a backslash, `\:` and `\&` nothing.
  func unescaped(_ text: String) -> String {
    text.replacing("\\-", with: "-").replacing("\\:", with: "").replacing("\\&", with: "")
      .replacing("\\e", with: "\\")
  }

  /// The labels of the options a help text lists under `heading`, such as
  /// `--on DATE` and `-h, --help`.
  func optionLabels(in help: String, under heading: String) -> [String] {
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = lines.firstIndex(where: { $0.hasPrefix(heading) }) else { return [] }
    return lines[(start + 1)...].prefix { !$0.isEmpty }.compactMap { line in
      guard line.hasPrefix("  -") else { return nil }
      let label = line.dropFirst(2)
      return label.ranges(of: "  ").first.map { String(label[..<$0.lowerBound]) } ?? String(label)
    }
  }

  /// The commands `renew --help` lists.
  func commands(in overview: String) -> [String] {
    let lines = overview.split(separator: "\n").map(String.init)
    let end = lines.firstIndex { $0.hasPrefix("Global options") || $0.hasPrefix("全局选项") }
    return lines[..<(end ?? lines.endIndex)].compactMap { line in
      guard line.hasPrefix("  "), let word = line.split(separator: " ").first,
        word.allSatisfy({ $0.isLowercase || $0 == "-" })
      else { return nil }
      return String(word)
    }
  }

  @Test(
    "the manual has a subsection per command with its usage and every option help lists",
    arguments: ["en", "zh"])
  func everyCommandAndOption(language: String) throws {
    let page = renew(["man", "--lang", language])
    #expect(page.code == 0 && page.stderr == "")
    let overview = renew(["--help", "--lang", language]).stdout
    let names = commands(in: overview)
    #expect(names.count == CommandName.allCases.count, "\(names)")
    let subsections = sections(of: page.stdout).filter { $0.title.hasPrefix("renew ") }
    var expected: [Section] = []
    let usage = language == "zh" ? "用法：" : "Usage: "
    for name in names {
      let help = renew(["help", name, "--lang", language]).stdout
      let usageLine = try #require(help.split(separator: "\n").first)
      #expect(usageLine.hasPrefix(usage))
      expected.append(
        Section(
          title: String(usageLine.dropFirst(usage.count)),
          tags: optionLabels(in: help, under: language == "zh" ? "选项：" : "Options:")))
    }
    #expect(subsections == expected)
  }

  @Test("the manual lists the global options renew --help lists", arguments: ["en", "zh"])
  func globalOptions(language: String) throws {
    let page = renew(["man", "--lang", language]).stdout
    let overview = renew(["--help", "--lang", language]).stdout
    let heading = language == "zh" ? "全局选项" : "Global options"
    let global = try #require(
      sections(of: page).first { $0.title.uppercased() == heading.uppercased() })
    #expect(global.tags == optionLabels(in: overview, under: heading))
    #expect(global.tags.contains("-h, --help"))
  }
}
