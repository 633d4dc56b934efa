import Testing

/// `renew check` in Chinese as cron runs it: a C locale, only `RENEW_LANG=zh` set.
@Suite struct ChineseCronTests {
  @Test("check in Chinese under a C locale prints valid UTF-8, one line per card")
  func chineseUnderCLocale() throws {
    let box = try Sandbox()
    defer { box.remove() }
    try box.succeed(
      "add", "中国移动", "--number", "+86 138 0013 8000", "--expires", "2026-03-13", "--method",
      "sms", "--how", "发送 101 到 10086")
    try box.succeed(
      "add", "Late SIM", "--number", "+63 917 000 0002", "--expires", "2026-03-05", "--grace",
      "30d", "--method", "kiosk")
    try box.succeed(
      "add", "Gone SIM", "--number", "+53 5 000 0003", "--expires", "2026-01-01", "--grace", "7d")
    try box.succeed("add", "Fine SIM", "--number", "+1 555 000 0004", "--expires", "2026-09-01")
    let environment = ["LC_ALL": "C", "LC_MESSAGES": "C", "LANG": "C", "RENEW_LANG": "zh"]
    let result = try box.run(["check"], environment: environment)
    #expect(result.status == 1)
    #expect(result.errorBytes.isEmpty, "\(result.error)")
    let text = try #require(String(validating: result.outputBytes, as: UTF8.self))
    #expect(text.hasSuffix("\n"))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    try #require(lines.count == 3, "\(text)")
    let expected = [
      ("Gone SIM", "已逾期 68 天"), ("Late SIM", "已逾期 5 天"), ("中国移动", "还有 3 天"),
    ]
    for (line, (name, left)) in zip(lines, expected) {
      #expect(line.hasPrefix(name), "\(line)")
      #expect(line.contains(left), "'\(line)' lacks '\(left)'")
    }
    // The same run in English, for the same cards: the language changed, not the choice.
    let english = try box.run(["check"], environment: ["LC_ALL": "C", "LANG": "C"])
    #expect(english.status == 1)
    #expect(english.output.split(separator: "\n").count == 3)
    #expect(!english.output.contains("已逾期"))
  }
}
