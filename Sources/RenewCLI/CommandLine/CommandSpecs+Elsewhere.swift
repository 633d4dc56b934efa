import RenewKit

/// The specs of the data elsewhere: other formats (`export`, `import`), other
/// devices (`merge`), the shell (`completion`) and the manual (`man`).
extension CommandSpec {
  /// `renew export`.
  static let export = CommandSpec(
    usage: "renew export [--format json|csv] [--history]",
    summary: Localized(
      en: "print every card as JSON or CSV, for a spreadsheet or another tool",
      zh: "把所有卡输出为 JSON 或 CSV，供电子表格或其他工具使用"),
    details: Localized(
      en: """
        Prints every card, retired ones too. JSON (the default) is the data
        file's document: every card with its entries and ids, which 'renew
        import' reads back as it was. CSV (RFC 4180, UTF-8, a header row) has
        one row per card, with columns named after add's options (and
        cycle-day, the day of the month renewals keep to, beside expires),
        then retired, added and last-activity; lists (method, tag) are
        separated by ';' (a ';' or '\\' inside an item is written '\\;' or
        '\\\\'). With --history, CSV has one row per entry instead: the card,
        the entry's id, date and type, and its facts.
        """,
      zh: """
        输出所有卡，包括已停用的。JSON（默认）就是数据文件的文档：每张卡连同它
        的记录和编号，'renew import' 可以原样读回。CSV（RFC 4180、UTF-8、带
        表头）每张卡一行，列名与 add 的选项相同（expires 旁边还有 cycle-day，即
        续费时保持的每月日期），后面是 retired、added 和 last-activity；列表
        （method、tag）用 ';' 分隔（列表项中的 ';' 或 '\\' 写成 '\\;' 或
        '\\\\'）。加上 --history 时，CSV 改为每条记录一行：卡、记录编号、日期、
        类型及其内容。
        """),
    options: [
      OptionHelp(
        .format, Localized(en: "json (the default) or csv", zh: "json（默认）或 csv")),
      OptionHelp(
        .history,
        Localized(en: "CSV of every entry instead of every card", zh: "CSV 改为每条记录一行")),
    ],
    examples: [
      CommandExample(
        "renew export --format csv > cards.csv",
        comment: Localized(en: "for a spreadsheet", zh: "给电子表格用")),
      "renew export --format csv --history > history.csv",
    ],
    arguments: [], formats: [.text])

  /// `renew import`.
  static let `import` = CommandSpec(
    usage: "renew import FILE [--format csv|json] [--update] [--dry-run]",
    summary: Localized(
      en: "add the cards of a CSV or JSON file", zh: "从 CSV 或 JSON 文件添加卡"),
    details: Localized(
      en: """
        Adds the cards in FILE ('-' reads stdin): a CSV as 'renew export' writes
        it or as a spreadsheet saves it (a byte order mark or none, CRLF or LF,
        columns in any order named after add's options, only name and number
        required), or JSON as 'renew export' writes it, whose cards keep their
        entries and ids. The format is --format, else the file's extension,
        else its first character. All or nothing: a bad row is named with its
        line and column and nothing is written. A card whose name exists is
        refused unless --update, which changes the fields the row gives.
        --dry-run says what would change and writes nothing.
        """,
      zh: """
        添加 FILE 中的卡（'-' 表示从标准输入读取）：可以是 'renew export' 输出
        或电子表格保存的 CSV（有无字节序标记、CRLF 或 LF 均可，列的顺序不限，
        列名与 add 的选项相同，只有 name 和 number 必填），也可以是 'renew
        export' 输出的 JSON，其中的卡保留各自的记录和编号。格式取 --format，
        否则看文件扩展名，再否则看第一个字符。要么全部导入，要么都不导入：
        有一行出错时，会指出它的行号和列号，什么都不写入。已存在同名卡时拒绝
        导入，除非加 --update，此时只修改该行给出的字段。--dry-run 只说明会
        发生哪些变化，不写入任何内容。
        """),
    options: [
      OptionHelp(
        .format,
        Localized(en: "csv or json (default: from FILE)", zh: "csv 或 json（默认按 FILE 判断）")),
      OptionHelp(
        .update,
        Localized(
          en: "change cards whose name exists, instead of refusing",
          zh: "修改已存在的同名卡，而不是拒绝")),
      OptionHelp(
        .dryRun,
        Localized(en: "say what would change; write nothing", zh: "只说明会有哪些变化，不写入")),
    ],
    examples: [
      "renew import cards.csv --dry-run", "renew import cards.csv --update",
      "renew import backup.json",
    ],
    arguments: [.file], formats: [.text])

  /// `renew merge`.
  static let merge = CommandSpec(
    usage: "renew merge BASE OURS THEIRS",
    summary: Localized(
      en: "merge two versions of the data file (a git merge driver)",
      zh: "合并数据文件的两个版本（git 合并驱动）"),
    details: Localized(
      en: """
        Merges OURS and THEIRS, two versions of a data file grown from BASE,
        card by card and entry by entry, by id, and writes the result to OURS.
        Cards and entries added on either side are kept, an entry removed on
        one side is removed, and a field changed on one side takes that change.
        The same field changed differently on both sides, a card removed on
        one side and changed on the other, and two cards with one name are
        conflicts: each is named on stderr, the result keeps ours (and keeps
        the card), and renew exits 1 so that git stops the merge for you to
        look. For git, put 'renew.json merge=renew' in .gitattributes and run
        git config merge.renew.driver 'renew merge %O %A %B'.
        """,
      zh: """
        把 OURS 和 THEIRS 这两个从 BASE 分出来的数据文件版本，按编号逐张卡、
        逐条记录合并，结果写入 OURS。任一边新增的卡和记录都会保留，一边删除的
        记录会删除，只有一边改过的字段采用改后的值。两边把同一个字段改成不同
        的值、一边删除了卡而另一边修改了它、两张卡同名，都算冲突：每个冲突都
        会在 stderr 上列出，结果保留本地（ours）的值（并保留那张卡），renew 以
        状态 1 退出，让 git 停下来等你检查。配合 git 使用：在 .gitattributes
        中写入 'renew.json merge=renew'，再运行
        git config merge.renew.driver 'renew merge %O %A %B'。
        """),
    options: [],
    examples: [
      CommandExample(
        "renew merge base.json ours.json theirs.json",
        comment: Localized(
          en: "by hand; the result replaces ours.json", zh: "手动合并；结果写入 ours.json")),
      "git config merge.renew.driver 'renew merge %O %A %B'",
    ],
    arguments: [.base, .ours, .theirs], formats: [.text])

  /// `renew completion`.
  static let completion = CommandSpec(
    usage: "renew completion bash|zsh|fish",
    summary: Localized(en: "print a shell completion script", zh: "输出 shell 补全脚本"),
    details: Localized(
      en: """
        Prints a completion script for bash, zsh or fish, made from the table
        that parses the command line: commands, options, and the values an
        option takes. Card names are completed by asking renew ('renew list
        --names'), of the --file on the line when there is one.
        """,
      zh: """
        输出 bash、zsh 或 fish 的补全脚本，它和解析命令行用的是同一张表：命令、
        选项，以及选项可取的值。卡名通过询问 renew 来补全（'renew list
        --names'），命令行上有 --file 时就用那个文件。
        """),
    options: [],
    examples: [
      CommandExample(
        "source <(renew completion bash)",
        comment: Localized(en: "in ~/.bashrc", zh: "写在 ~/.bashrc 里")),
      "renew completion fish > ~/.config/fish/completions/renew.fish",
    ],
    arguments: [.shell], formats: [.text])

  /// `renew man`.
  static let man = CommandSpec(
    usage: "renew man",
    summary: Localized(en: "print the manual page", zh: "输出手册页"),
    details: Localized(
      en: """
        Prints renew's manual page (roff), made from the same table as this
        help, in the language renew speaks. Read it with 'renew man | man -l -'.
        """,
      zh: """
        输出 renew 的手册页（roff 格式），它和这里的帮助来自同一张表，语言与
        renew 当前使用的语言相同。用 'renew man | man -l -' 阅读。
        """),
    options: [],
    examples: [
      "renew man | man -l -", "renew man > ~/.local/share/man/man1/renew.1",
    ],
    arguments: [], formats: [.text])
}
