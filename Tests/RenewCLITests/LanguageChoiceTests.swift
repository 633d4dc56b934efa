import RenewKit
import Testing

@testable import RenewCLI

/// Which language renew speaks: `--lang`, else the first set of `RENEW_LANG`,
/// `LC_ALL`, `LC_MESSAGES` and `LANG`; a value starting `zh` is Chinese.
@Suite struct LanguageChoiceTests {
  /// A choice: the words on the command line, the environment, and the language expected.
  struct Choice: CustomTestStringConvertible, Sendable {
    var arguments: [String] = []
    var environment: [String: String]
    var expected: Language
    var testDescription: String {
      let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      return (variables + ["renew"] + arguments).joined(separator: " ") + " → \(expected)"
    }
  }

  static let choices: [Choice] = [
    Choice(environment: [:], expected: .english),
    Choice(environment: ["RENEW_LANG": "zh"], expected: .chinese),
    Choice(environment: ["LC_ALL": "zh_CN.UTF-8"], expected: .chinese),
    Choice(environment: ["LC_MESSAGES": "zh_TW.UTF-8"], expected: .chinese),
    Choice(environment: ["LANG": "zh_CN.UTF-8"], expected: .chinese),
    Choice(environment: ["LANG": "en_US.UTF-8"], expected: .english),
    Choice(environment: ["LANG": "C"], expected: .english),
    Choice(environment: ["LC_ALL": "POSIX", "LANG": "zh_CN.UTF-8"], expected: .english),
    Choice(environment: ["LC_ALL": "zh_CN.UTF-8", "LANG": "C"], expected: .chinese),
    Choice(environment: ["LC_MESSAGES": "C", "LANG": "zh_CN.UTF-8"], expected: .english),
    Choice(environment: ["RENEW_LANG": "en", "LC_ALL": "zh_CN.UTF-8"], expected: .english),
    Choice(environment: ["RENEW_LANG": "zh", "LC_ALL": "C"], expected: .chinese),
    // An empty variable counts as unset, as POSIX says of locale variables.
    Choice(environment: ["RENEW_LANG": "", "LANG": "zh_CN.UTF-8"], expected: .chinese),
    Choice(environment: ["LC_ALL": "", "LANG": "zh_HK"], expected: .chinese),
    Choice(arguments: ["--lang", "zh"], environment: [:], expected: .chinese),
    Choice(arguments: ["--lang=zh"], environment: ["LANG": "en_GB.UTF-8"], expected: .chinese),
    Choice(arguments: ["--lang", "en"], environment: ["RENEW_LANG": "zh"], expected: .english),
    Choice(arguments: ["--lang", "ZH"], environment: [:], expected: .chinese),
  ]

  @Test(
    "the language comes from --lang, then RENEW_LANG, LC_ALL, LC_MESSAGES, LANG", arguments: choices
  )
  func chosen(_ choice: Choice) throws {
    #expect(
      Language(arguments: choice.arguments, environment: choice.environment) == choice.expected)
    // And as a user sees it: the days left of a card due in 4 days.
    let box = try Sandbox()
    let added = box.run(["add", "Soon", "--number", "1234", "--expires", "2026-03-05"])
    #expect(added.code == 0)
    let status = box.run(["status"] + choice.arguments, environment: choice.environment)
    #expect(status.code == 0)
    let left = choice.expected(en: "in 4 days", zh: "还有 4 天")
    #expect(status.stdout.contains(left), "\(status.stdout)")
  }

  @Test("--lang stands before or after the command")
  func optionPlaces() throws {
    let box = try Sandbox()
    #expect(box.run(["add", "Soon", "--number", "1234", "--expires", "2026-03-05"]).code == 0)
    for arguments in [
      ["--lang", "zh", "status"], ["status", "--lang", "zh"], ["status", "--lang=zh"],
    ] {
      let result = box.run(arguments, environment: ["RENEW_LANG": "en"])
      #expect(result.code == 0)
      #expect(result.stdout.contains("还有 4 天"), "\(arguments)")
    }
  }

  @Test("--lang after -- is an argument, not the language")
  func afterOptionsEnd() {
    #expect(Language(arguments: ["show", "--", "--lang", "zh"], environment: [:]) == .english)
  }

  @Test(
    "a language renew does not speak, or none, is a usage error",
    arguments: [
      ["--lang", "fr", "status"], ["status", "--lang"], ["--lang=", "status"], ["--lang", "zh-CN"],
    ])
  func unknownLanguage(_ arguments: [String]) throws {
    let box = try Sandbox()
    let result = box.run(arguments)
    #expect(result.code == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("renew: "))
  }

  @Test("JSON, exit codes and the data file are the same in both languages")
  func scriptsSeeNoDifference() throws {
    let english = try Sandbox()
    let chinese = try Sandbox()
    let steps: [[String]] = [
      [
        "add", "中国移动", "--number", "+86 138 0013 8000", "--expires", "2026-03-05", "--period", "1m",
        "--price", "30 CNY", "--method", "sms",
      ],
      ["add", "Late", "--number", "5678", "--expires", "2026-02-01", "--grace", "60d"],
      ["log", "中国移动", "--on", "2026-02-28"],
    ]
    for step in steps {
      let a = english.run(step)
      let b = chinese.run(step, environment: ["RENEW_LANG": "zh"])
      #expect(a.code == 0 && b.code == 0)
    }
    for command in [["status", "--json"], ["check", "--json"], ["list", "--json"]] {
      let a = english.run(command)
      let b = chinese.run(command, environment: ["RENEW_LANG": "zh"])
      #expect(a.code == b.code)
      // Ids differ between the two files; everything else is the same.
      let strip = { (text: String) in
        text.split(separator: "\n").filter { !$0.contains("\"id\"") }.joined(separator: "\n")
      }
      #expect(strip(a.stdout) == strip(b.stdout), "\(command)")
    }
    let check = (english.run(["check"]), chinese.run(["check", "--lang", "zh"]))
    #expect(check.0.code == 1 && check.1.code == 1)
  }
}
