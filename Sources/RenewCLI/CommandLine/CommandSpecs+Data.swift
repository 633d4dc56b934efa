import RenewKit

/// The specs of history, money, calendars, backups, undo and help.
extension CommandSpec {
  /// `renew history`.
  static let history = CommandSpec(
    usage: "renew history [CARD]",
    summary: Localized(
      en: "renewals and activity, newest first", zh: "续费和保号活动记录，最新的排在前面"),
    details: Localized(
      en: "Lists renewals and activity of one card, or of every card.",
      zh: "列出一张卡或所有卡的续费和保号活动记录。"),
    options: [], examples: ["renew history", "renew history smart --json"],
    arguments: [.optionalCard], formats: [.text, .json])

  /// `renew spend`.
  static let spend = CommandSpec(
    usage:
      "renew spend [CARD] [--year YYYY | --since DATE [--until DATE]] [--by G] "
      + "[--in CUR --rate CUR=N ...]",
    summary: Localized(
      en: "what your numbers cost: renewals and top-ups paid",
      zh: "号码花了多少钱：已付的续费和充值"),
    details: Localized(
      en: """
        Adds up the amounts of renewals and top-ups (never balance readings or
        projected charges) of one card or every card, from the 12 months up to
        today unless --year or --since says, grouped by card, month or year,
        with a total per currency: different currencies are never added
        together. --in converts every amount into one currency at the rates
        you give (one USD is 7.10 CNY: --rate USD=7.10), exactly, rounding half
        to even to cents only at the end; a currency without a rate is refused.
        renew never fetches rates.
        """,
      zh: """
        汇总一张卡或所有卡的续费和充值金额（不含余额记录和推算的扣费）。默认统计
        截至今天的 12 个月，可用 --year 或 --since 另行指定；按卡、月或年分组，
        并按币种分别合计：不同币种的金额从不相加。--in 按你给出的汇率把所有金额
        精确换算成同一币种（1 USD 合 7.10 CNY：--rate USD=7.10），只在最后按银行
        家舍入（四舍六入五成双）舍入到分；没有汇率的币种会被拒绝。renew 从不联网
        获取汇率。
        """),
    options: [
      OptionHelp(.year, Localized(en: "one calendar year", zh: "某一个自然年")),
      OptionHelp(.since, Localized(en: "the first day counted", zh: "从哪天开始统计")),
      OptionHelp(
        .until,
        Localized(
          en: "the last day counted (default today)",
          zh: "统计到哪天为止（默认今天）")),
      OptionHelp(
        .by,
        Localized(
          en: "group by card (the default), month or year",
          zh: "按 card（卡，默认）、month（月）或 year（年）分组")),
      OptionHelp(
        .in,
        Localized(
          en: "convert every amount into this currency",
          zh: "把所有金额换算成这个币种")),
      OptionHelp(
        .rate,
        Localized(
          en: "what one CUR is in the --in currency: USD=7.10",
          zh: "1 CUR 合多少 --in 指定的币种：USD=7.10")),
    ],
    examples: [
      "renew spend --year 2026",
      "renew spend --by month --in CNY --rate USD=7.10 --rate GBP=9.05",
    ],
    arguments: [.optionalCard], formats: [.text, .json])

  /// `renew forecast`.
  static let forecast = CommandSpec(
    usage: "renew forecast [--months N]",
    summary: Localized(
      en: "what keeping every number costs, month by month",
      zh: "保住所有号码每个月要花多少钱"),
    details: Localized(
      en: """
        A grid of cards and months from this month on: for each active card
        with an expiry, a plan period and a price, the renewals its plan needs
        (every expiry in the range; an expiry already past is renewed this
        month), and for a plan paid from the balance the top-ups that let each
        charge go through, each at least the card's --min-top-up. Totals per
        currency for each month and for the range; '!' marks the month a
        number is lost if nothing is done (its grace ends, or its due date
        passes).
        """,
      zh: """
        从本月起按卡和月份列出一张表：对每张有有效期、套餐周期和价格的在用
        卡，列出其套餐需要的续费（范围内的每个有效期；已经过去的有效期算在本月
        续费）；对从余额扣费的套餐，列出让每次扣费都能成功的充值，每笔至少为
        这张卡的 --min-top-up。按币种给出每个月和整个范围的合计；'!' 标出什么
        都不做时号码会在哪个月失去（宽限期结束，或到期日已过）。
        """),
    options: [
      OptionHelp(
        .months,
        Localized(
          en: "how many months, this one included (default 12)",
          zh: "预测几个月，含本月（默认 12）"))
    ],
    examples: ["renew forecast", "renew forecast --months 6 --json"],
    arguments: [], formats: [.text, .json])

  /// `renew calendar`.
  static let calendar = CommandSpec(
    usage: "renew calendar [--out FILE] [--all]",
    summary: Localized(
      en: "an iCalendar file of due dates, with alarms",
      zh: "生成到期日的 iCalendar 文件，带提醒"),
    details: Localized(
      en: """
        Prints an iCalendar (RFC 5545) file: for each active card with a due
        date, an all-day event on that day with an alarm at each of its lead
        days, and an event on the last recoverable day when it has grace. Each
        event keeps its UID, so a subscribed calendar updates it instead of
        adding another, and the same data gives the same bytes. --out replaces
        FILE all at once, for a synced folder refreshed from cron.
        """,
      zh: """
        输出一个 iCalendar（RFC 5545）文件：对每张有到期日的在用卡，在到期当天建
        一个全天事件，并在每个提前提醒日设置提醒；有宽限期的卡，在最后可恢复的那
        天再建一个事件。每个事件的 UID 保持不变，所以订阅的日历会更新它，而不是
        另添一个；同样的数据总是生成同样的字节。--out 一次性替换 FILE，适合由
        cron 定时刷新的同步文件夹。
        """),
    options: [
      OptionHelp(
        .out,
        Localized(
          en: "write to FILE (replaced all at once) instead of stdout",
          zh: "写入 FILE（一次性替换），而不是输出到 stdout")),
      OptionHelp(.all, Localized(en: "retired cards too", zh: "也包括已停用的卡")),
    ],
    examples: ["renew calendar --out ~/Sync/renew.ics"],
    arguments: [], formats: [.text])

  /// `renew backups`.
  static let backups = CommandSpec(
    usage: "renew backups",
    summary: Localized(
      en: "list the backups kept before each change", zh: "列出每次修改前保留的备份"),
    details: Localized(
      en: """
        Every change first keeps the previous document in a folder beside the
        data file (the last 20). Lists them, newest first, with the change
        that came after each.
        """,
      zh: """
        每次修改前，renew 都会先把之前的文档保存到数据文件旁边的文件夹里
        （保留最近 20 份）。这个命令按从新到旧列出这些备份，以及每份备份之后
        发生的修改。
        """),
    options: [], examples: ["renew backups"],
    arguments: [], formats: [.text])

  /// `renew undo`.
  static let undo = CommandSpec(
    usage: "renew undo [--force]",
    summary: Localized(
      en: "restore the state before the last change", zh: "恢复到上一次修改之前的状态"),
    details: Localized(
      en: """
        Restores the newest backup and says what it undid; run again, it steps
        further back. An undo is not itself undoable, but the document it
        replaced is kept as undone.json in the backups folder.

        When the file was changed outside renew since renew last wrote it (a
        hand edit, a git pull, a sync tool), undo refuses, because restoring
        the backup would lose that change. --force restores it anyway, and
        first keeps the changed file as outside-NNNNNN.json in the backups
        folder, where renew never removes it.
        """,
      zh: """
        恢复最新的备份，并说明撤销了什么；再次运行会继续往前撤销。撤销本身不能再
        撤销，但被替换掉的文档会以 undone.json 保存在备份文件夹中。

        如果自 renew 上次写入以来，文件在 renew 之外被改动过（手工编辑、
        git pull、同步工具），undo 会拒绝执行，因为恢复备份会丢掉这些改动。
        --force 照样恢复，并先把改动过的文件以 outside-NNNNNN.json 保存在备份
        文件夹中，renew 永远不会删除它。
        """),
    options: [
      OptionHelp(
        .force,
        Localized(
          en: "undo even over a file changed outside renew; keep that file",
          zh: "即使文件在 renew 之外被改过也撤销，并保留该文件"))
    ],
    examples: ["renew undo", "renew undo --force"],
    arguments: [], formats: [.text])

  /// `renew help`.
  static let help = CommandSpec(
    usage: "renew help [COMMAND]",
    summary: Localized(
      en: "show help for renew or for one command", zh: "显示 renew 或某个命令的帮助"),
    details: Localized(
      en: "Shows the list of commands, or one command's options and examples.",
      zh: "显示命令列表，或某个命令的选项和示例。"),
    options: [], examples: ["renew help log"],
    arguments: [.optionalCommand], formats: [.text])
}
