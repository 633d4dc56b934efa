/// `renew man`: the manual page in roff, made from the command table that parses
/// the command line, so that it cannot list an option the parser refuses.
enum Manual {
  /// The page, in `language`.
  static func page(in language: Language) -> String {
    var page = """
      .TH RENEW 1 "" "\(Help.version)" "\(language(en: "User Commands", zh: "用户命令"))"
      .SH \(language(en: "NAME", zh: "名称"))
      renew \\- \(escaped(language(en: "keep phone numbers alive", zh: "保住手机号码")))
      .SH \(language(en: "SYNOPSIS", zh: "用法"))
      .B renew
      [\\fICOMMAND\\fR] [\\fIOPTIONS\\fR]
      .SH \(language(en: "DESCRIPTION", zh: "说明"))
      \(paragraph(description.text(in: language), in: language))

      """
    // Chinese has no spaces to stretch: lines are set flush left, words unbroken.
    if language == .chinese {
      page = page.replacing(".SH ", with: ".ad l\n.nh\n.SH ", maxReplacements: 1)
    }
    for group in CommandGroup.allCases {
      page += ".SH \(escaped(group.title.text(in: language).uppercased()))\n"
      for command in CommandName.allCases where command.group == group {
        let spec = command.spec
        page += ".SS \"\(escaped(spec.usage))\"\n"
        let summary = spec.summary.text(in: language)
        page +=
          escaped(
            language(
              en: summary.prefix(1).uppercased() + summary.dropFirst() + ".", zh: summary + "。"))
          + "\n"
        page += ".PP\n" + paragraph(spec.details.text(in: language), in: language) + "\n"
        page += options(spec.options, in: language)
        if !spec.examples.isEmpty {
          page += ".PP\n\(language(en: "Examples:", zh: "示例："))\n.PP\n.RS 4\n.nf\n"
          page += spec.examples.map { escaped($0.text(in: language)) + "\n" }.joined()
          page += ".fi\n.RE\n"
        }
      }
    }
    page += ".SH \(language(en: "GLOBAL OPTIONS", zh: "全局选项"))\n"
    page += options(CommandSpec.globalOptions, in: language)
    page += ".SH \(language(en: "VALUES", zh: "取值"))\n"
    page += paragraph(Help.valuesParagraph.text(in: language), in: language) + "\n"
    page += ".SH \(language(en: "ENVIRONMENT", zh: "环境变量"))\n"
    for (variable, meaning) in environment {
      page +=
        ".TP\n.B \(escaped(variable))\n\(paragraph(meaning.text(in: language), in: language))\n"
    }
    page += ".SH \(language(en: "FILES", zh: "文件"))\n"
    page += paragraph(Help.dataFileParagraph.text(in: language), in: language) + "\n"
    page += ".SH \(language(en: "EXIT STATUS", zh: "退出状态"))\n"
    for (code, meaning) in exitStatuses {
      page += ".TP\n.B \(code)\n\(paragraph(meaning.text(in: language), in: language))\n"
    }
    page += ".SH \(language(en: "SEE ALSO", zh: "另见"))\n"
    page += ".BR crontab (5),\n.BR git (1)\n"
    return page
  }

  /// What renew is for, under DESCRIPTION.
  static let description = Localized(
    en: """
      renew tracks every SIM, eSIM and virtual number you keep in other countries:
      its prepaid expiry or keep-alive rule, the grace period before the carrier
      recycles it, and how it can be renewed. It says what is due (renew status),
      records renewals (renew log), and runs from cron each morning (renew check),
      silent unless something needs attention. Everything lives in one JSON file.
      """,
    zh: """
      renew 记录你在各国保留的每一张实体卡、eSIM 和虚拟号：预付有效期或保号规则、
      运营商回收号码之前的宽限期，以及续费方式。它告诉你什么快到期了（renew status），
      记录续费（renew log），并可以每天早上由 cron 运行（renew check），
      只在需要处理时才输出。所有数据都保存在一个 JSON 文件里。
      """)

  /// The environment variables renew reads, with what each does.
  static let environment: [(String, Localized)] = [
    ("RENEW_FILE", Localized(en: "the data file, unless --file is given", zh: "数据文件，除非给了 --file")),
    (
      "XDG_DATA_HOME",
      Localized(
        en: "the data file is $XDG_DATA_HOME/renew/renew.json (an absolute path only)",
        zh: "数据文件为 $XDG_DATA_HOME/renew/renew.json（只认绝对路径）")
    ),
    (
      "RENEW_TODAY",
      Localized(
        en: "act as on this DATE, unless --today is given", zh: "把这个 DATE 当作今天，除非给了 --today")
    ),
    (
      "RENEW_LANG, LC_ALL, LC_MESSAGES, LANG",
      Localized(
        en: "the language, unless --lang is given: the first set; a value starting zh is Chinese",
        zh: "界面语言，除非给了 --lang：取第一个有值的；以 zh 开头即为中文")
    ),
    (
      "RENEW_LOCK_TIMEOUT",
      Localized(
        en: "seconds to wait for another renew's lock (default 10)",
        zh: "等待另一个 renew 释放锁的秒数（默认 10）")
    ),
    (
      "XDG_STATE_HOME",
      Localized(
        en: "where check --new keeps what it reported: $XDG_STATE_HOME/renew/",
        zh: "check --new 记录已提醒内容的位置：$XDG_STATE_HOME/renew/")
    ),
    (
      "RENEW_EXEC_TIMEOUT",
      Localized(
        en: "seconds a check --exec command may run (default 60)",
        zh: "check --exec 命令最多可运行的秒数（默认 60）")
    ),
    ("NO_COLOR, TERM=dumb", Localized(en: "no colour", zh: "不使用颜色")),
  ]

  /// The exit statuses, with what each means.
  static let exitStatuses: [(Int32, Localized)] = [
    (0, Localized(en: "success", zh: "成功")),
    (
      1,
      Localized(
        en: "check: at least one card needs attention; merge: a conflict",
        zh: "check：至少有一张卡需要处理；merge：有冲突")
    ),
    (
      ErrorReport.usage,
      Localized(
        en: "usage: an unknown command or option, a bad value, an unknown card",
        zh: "用法错误：未知的命令或选项、无效的值、找不到的卡")
    ),
    (
      ErrorReport.dataError,
      Localized(
        en: "the data file cannot be understood; it is left untouched",
        zh: "无法理解数据文件；文件保持原样")
    ),
    (
      ErrorReport.noInput,
      Localized(en: "check: there is no data file at the path in use", zh: "check：所用路径下没有数据文件")
    ),
    (
      ErrorReport.unavailable,
      Localized(
        en: "check --exec: the command failed for at least one card",
        zh: "check --exec：至少有一张卡的命令失败")
    ),
    (
      ErrorReport.ioError,
      Localized(
        en: "a file cannot be read or written; nothing is lost",
        zh: "无法读取或写入文件；没有丢失任何数据")
    ),
    (
      ErrorReport.tempFail,
      Localized(
        en: "another renew holds the data file for longer than the wait",
        zh: "另一个 renew 占用数据文件的时间超过了等待时间")
    ),
  ]

  /// The options as a list of tagged paragraphs.
  private static func options(_ options: [OptionHelp], in language: Language) -> String {
    options.map { option in
      let label = option.name == .help ? "-h, --help" : option.name.label
      return
        ".TP\n.B \(escaped(label))\n\(paragraph(option.help.text(in: language), in: language))\n"
    }.joined()
  }

  /// `text` as filled roff text: lines that do not start a request. A Chinese line
  /// break between two Chinese characters, or next to a Chinese punctuation mark,
  /// is joined without the space roff would put there; one next to a Latin word
  /// stands for the space the text has there (`设置 RENEW_FILE 的`).
  private static func paragraph(_ text: String, in language: Language) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let paragraphs = lines.split(separator: "", omittingEmptySubsequences: true).map { lines in
      var roff = ""
      for (previous, line) in zip([nil] + lines.map(Optional.some), lines) {
        if let last = previous?.last, let first = line.first {
          roff += language == .english || isSpaced(last, first) ? "\n" : ""
        }
        roff += escaped(String(line))
      }
      return roff
    }
    return paragraphs.joined(separator: "\n.PP\n")
  }

  /// Whether Chinese text puts a space between `left` and `right`: unless both are
  /// wide (Chinese), or the wide one of them is a punctuation mark.
  private static func isSpaced(_ left: Character, _ right: Character) -> Bool {
    let (isLeftWide, isRightWide) = (
      TextWidth.width(of: left) == 2, TextWidth.width(of: right) == 2
    )
    if isLeftWide && isRightWide { return false }
    return !(isLeftWide && left.isPunctuation) && !(isRightWide && right.isPunctuation)
  }

  /// `text` with roff's special characters escaped: a backslash, a hyphen (so that
  /// options copy as typed), and a period or quote that would start a request.
  /// After a wide character (Chinese) comes `\:`, a place where roff may break the
  /// line, as Chinese is written without spaces; never after an opening bracket
  /// nor before closing punctuation, which a line may not start with.
  static func escaped(_ text: String) -> String {
    var result = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      switch character {
      case "\\": result += "\\e"
      case "-": result += "\\-"
      default:
        result.append(character)
        let next = index + 1 < characters.count ? characters[index + 1] : nil
        if TextWidth.width(of: character) == 2, !opening.contains(character),
          !(next.map(closing.contains) ?? false)
        {
          result += "\\:"
        }
      }
    }
    if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
    return result
  }

  /// Punctuation a Chinese line may not end with.
  private static let opening: Set<Character> = ["（", "「", "『", "《", "“", "‘"]
  /// Punctuation a Chinese line may not start with.
  private static let closing: Set<Character> = [
    "，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "”", "’",
  ]
}
