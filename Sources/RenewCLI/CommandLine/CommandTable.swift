/// The help text and shape of every command: its arguments, options and formats.
///
/// Parsing, help, completions and the man page all read this table, so an
/// option cannot exist without help and a command cannot exist without a spec.
/// Every text for people is a ``Localized``, so a command cannot have help in
/// one language only; usage lines, option labels and example lines are typed the
/// same in both.
extension CommandName {
  /// The command's spec.
  var spec: CommandSpec {
    switch self {
    case .status:
      return CommandSpec(
        usage: "renew status [--all] [--within N]",
        summary: Localized(
          en: "what is due, soonest first (the default command)",
          zh: "到期情况，最先到期的排在前面（默认命令）"),
        details: Localized(
          en: """
            Lists every active card, soonest due first, with its due date, the days
            left, its state and how to renew it. States: ok, soon (within the
            card's reminder window), overdue (past due, within grace), lapsed (past
            grace: the number is presumed recycled), unknown (no expiry and no
            keep-alive). Auto-renewing cards stay due until a renewal is logged.
            """,
          zh: """
            列出所有在用的卡，最先到期的排在前面，并显示到期日、剩余天数、状态和
            续费方式。状态有：正常；即将到期（在该卡的提醒期内）；已逾期（已过到期
            日，仍在宽限期内）；已回收（已过宽限期，号码很可能已被运营商回收）；
            未知（既没有有效期，也没有保号周期）。自动续费的卡在记录续费之前，会一
            直显示为到期。
            """),
        options: [
          OptionHelp(.all, Localized(en: "include retired cards", zh: "包括已停用的卡")),
          OptionHelp(
            .within,
            Localized(
              en: "only cards due within N days, or overdue", zh: "只显示 N 天内到期或已逾期的卡")),
        ],
        examples: ["renew status", "renew status --within 30"],
        arguments: [], formats: [.text, .json])
    case .check:
      return CommandSpec(
        usage: "renew check [--within N] [--new] [--exec CMD]",
        summary: Localized(
          en: "for cron: silent unless a card needs attention", zh: "供 cron 使用：无事时不输出"),
        details: Localized(
          en: """
            Prints nothing and exits 0 when no active card is soon, overdue or
            lapsed. Otherwise prints one line per such card (name, number, due
            date, days left or overdue, how to renew) and exits 1. With --within N,
            N days replaces each card's own reminder window. With no data file at
            the path in use it says so on stderr and exits 66, so that a crontab
            without RENEW_FILE is not taken for "all is well".

            With --new it speaks once per step instead of every day: at each of a
            card's lead days, when its due date passes and when its grace ends; a
            run after missed days reports the latest step once, and a new due date
            starts again. What was reported is kept on this machine, under
            $XDG_STATE_HOME/renew (else ~/.local/state/renew), not in the data
            file. --exec runs CMD with /bin/sh -c for each card reported, with the
            card's JSON on stdin and RENEW_CARD, RENEW_NUMBER, RENEW_DUE,
            RENEW_DAYS_LEFT, RENEW_STATE and RENEW_MESSAGE set; with --new a card
            counts as reported only when CMD exits 0. A CMD that fails or runs past
            60 seconds is named on stderr, and the run exits 69.
            """,
          zh: """
            没有在用的卡即将到期、已逾期或已回收时，不输出任何内容，以 0 退出。否则
            每张这样的卡输出一行（名称、号码、到期日、剩余或逾期天数、续费方式），并
            以 1 退出。指定 --within N 时，用 N 天代替每张卡自己的提醒期。当前路径上
            没有数据文件时，会在 stderr 上说明并以 66 退出，以免没有设置 RENEW_FILE
            的 crontab 被误当作一切正常。

            指定 --new 时，每个阶段只提醒一次，而不是每天都提醒：在该卡的每个提前
            提醒日、到期日过去时和宽限期结束时各提醒一次；中间错过几天再运行，只报
            告最近的一个阶段，且只报告一次；到期日变了就重新开始。已报告过什么记在
            本机的 $XDG_STATE_HOME/renew（未设置时为 ~/.local/state/renew）下，不
            写入数据文件。--exec 对每张报告的卡用 /bin/sh -c 运行 CMD，卡的 JSON 从
            stdin 传入，并设置 RENEW_CARD、RENEW_NUMBER、RENEW_DUE、
            RENEW_DAYS_LEFT、RENEW_STATE 和 RENEW_MESSAGE；与 --new 同用时，只有
            CMD 以 0 退出，这张卡才算已报告。CMD 失败或运行超过 60 秒时，会在 stderr
            上指出，本次运行以 69 退出。
            """),
        options: [
          OptionHelp(
            .within,
            Localized(
              en: "warn N days ahead instead of each card's window",
              zh: "提前 N 天提醒，代替每张卡自己的提醒期")),
          OptionHelp(
            .new,
            Localized(
              en: "only what was not reported before: once per step",
              zh: "只报告以前没报告过的：每个阶段一次")),
          OptionHelp(
            .exec,
            Localized(
              en: "run CMD for each card reported (a push, a mail)",
              zh: "对每张报告的卡运行 CMD（推送、发邮件）")),
        ],
        examples: [
          "renew check",
          CommandExample(
            "0 8 * * *  renew check",
            comment: Localized(
              en: "in crontab: mail only when due", zh: "写在 crontab 里：只在到期时发邮件"),
            spacing: 4),
          "renew check --new --exec 'curl -s -d \"$RENEW_MESSAGE\" ntfy.sh/my-renew'",
        ],
        arguments: [], formats: [.text, .json])
    case .add:
      return CommandSpec(
        usage: "renew add NAME --number N [OPTIONS]",
        summary: Localized(en: "add a card", zh: "添加一张卡"),
        details: Localized(
          en: """
            Adds a card. NAME must be unique, ignoring case. Give an expiry for
            prepaid validity, a keep-alive window for "some activity every N days",
            or both: the card is due at whichever comes first. A card with neither
            is added with a warning: 'renew check' can never report it.
            """,
          zh: """
            添加一张卡。NAME 不能与已有的卡重名（不区分大小写）。预付费的卡给出
            有效期；要求每 N 天有一次活动的卡给出保号周期；也可以两者都给：哪个
            先到，卡就在哪天到期。两者都没有的卡也能添加，但会给出警告：
            'renew check' 永远不会报告它。
            """),
        options: CommandSpec.cardOptions(for: .add),
        examples: [
          CommandExample(
            "renew add \"Smart PH\" --number \"+63 917 123 4567\" --country PH --kind sim \\\n"
              + "    --expires 2026-12-31 --period 1y --price \"300 PHP\" --method app"),
          "renew add giffgaff --number 07700900123 --country GB --keep-alive 180d --grace 30d",
        ],
        arguments: [.name], formats: [.text])
    case .edit:
      return CommandSpec(
        usage: "renew edit CARD [OPTIONS]",
        summary: Localized(en: "change a card", zh: "修改一张卡"),
        details: Localized(
          en: """
            Changes the fields given and leaves the rest. --method and --tag replace
            the whole list. --expires sets the expiry outright and starts a new
            cycle. --clear FIELD empties an optional field: one of
            \(OptionValues.clearable.map(\.rawValue).joined(separator: ", ")).
            """,
          zh: """
            只修改给出的字段，其余保持不变。--method 和 --tag 会替换整个列表。
            --expires 直接设置有效期，并开始新的周期。--clear FIELD 清空一个可选
            字段，FIELD 可以是：
            \(OptionValues.clearable.map(\.rawValue).joined(separator: "、"))。
            """),
        options: CommandSpec.cardOptions(for: .edit),
        examples: ["renew edit \"Smart PH\" --price \"350 PHP\" --clear note"],
        arguments: [.card], formats: [.text])
    case .list:
      return CommandSpec(
        usage: "renew list [--tag T] [--names]",
        summary: Localized(en: "list cards, retired ones too", zh: "列出所有卡，包括已停用的"),
        details: Localized(
          en: """
            Lists every card with its number, country, carrier, kind, plan and tags.
            --names prints only the names, one per line, for scripts and shell
            completion.
            """,
          zh: """
            列出每张卡及其号码、国家/地区、运营商、类型、套餐和标签。--names 只输出
            卡名，每行一个，供脚本和 shell 补全使用。
            """),
        options: [
          OptionHelp(
            .field(.tags), Localized(en: "only cards with this tag", zh: "只列出带这个标签的卡"),
            repeatable: false),
          OptionHelp(.names, Localized(en: "only the names, one per line", zh: "只输出卡名，每行一个")),
        ],
        examples: ["renew list --tag bank", "renew list --names"],
        arguments: [], formats: [.text, .json])
    case .show:
      return CommandSpec(
        usage: "renew show CARD",
        summary: Localized(en: "show one card", zh: "查看一张卡"),
        details: Localized(
          en: """
            Shows every field of a card, its due date and state, and its latest
            history. CARD is a name (any case), a unique prefix of a name, or the
            last four or more digits of a number.
            """,
          zh: """
            显示一张卡的所有字段、到期日和状态，以及最近的历史记录。CARD 可以是
            名称（不区分大小写）、名称的唯一前缀，或号码末尾至少四位数字。
            """),
        options: [], examples: ["renew show smart", "renew show 4567"],
        arguments: [.card], formats: [.text, .json])
    case .remove:
      return CommandSpec(
        usage: "renew remove CARD --yes",
        summary: Localized(en: "delete a card and its history", zh: "删除一张卡及其历史记录"),
        details: Localized(
          en: """
            Deletes the card and all its history. Without --yes it asks when run on
            a terminal and refuses otherwise. 'renew retire' keeps the history.
            """,
          zh: """
            删除这张卡及其全部历史记录。不加 --yes 时，在终端上运行会先询问，
            否则拒绝执行。'renew retire' 则会保留历史记录。
            """),
        options: [OptionHelp(.yes, Localized(en: "do not ask", zh: "不询问，直接删除"))],
        examples: ["renew remove \"Old Vodafone\" --yes"],
        arguments: [.card], formats: [.text])
    case .retire:
      return CommandSpec(
        usage: "renew retire CARD",
        summary: Localized(
          en: "stop tracking a card but keep its history", zh: "停用一张卡，但保留其历史记录"),
        details: Localized(
          en: "A retired card leaves status and check; 'renew status --all' still shows it.",
          zh: """
            已停用的卡不再出现在 status 和 check 中；
            'renew status --all' 仍会显示它。
            """),
        options: [], examples: ["renew retire \"Old Vodafone\""],
        arguments: [.card], formats: [.text])
    case .unretire:
      return CommandSpec(
        usage: "renew unretire CARD",
        summary: Localized(en: "track a retired card again", zh: "重新启用一张已停用的卡"),
        details: Localized(
          en: "Brings a retired card back into status and check.",
          zh: "让已停用的卡重新出现在 status 和 check 中。"),
        options: [], examples: ["renew unretire \"Old Vodafone\""],
        arguments: [.card], formats: [.text])
    case .log:
      return CommandSpec(
        usage: "renew log CARD [--on DATE] [--for P | --until DATE] [OPTIONS]",
        summary: Localized(
          en: "record a renewal and move the expiry", zh: "记录一次续费，并顺延有效期"),
        details: Localized(
          en: """
            Records a renewal. On or before the expiry, the period stacks onto the
            current expiry; after it, the period counts from the renewal date.
            --until sets the new expiry outright. Months keep the cycle's day,
            clamped to the month's length (Jan 31, Feb 28, Mar 31). A renewal also
            counts as keep-alive activity. --on may not be in the future; --on due
            dates the renewal on the card's due date, for an auto-renew charge
            confirmed late. An --until before the current expiry shortens it, with a
            warning.
            """,
          zh: """
            记录一次续费。在有效期当天或之前续费，新的周期接在当前有效期之后；过了
            有效期再续费，周期从续费当天算起。--until 直接设置新的有效期。按月计算时
            保持每期的同一天，遇到较短的月份取该月最后一天（1 月 31 日、2 月 28 日、
            3 月 31 日）。续费也算一次保号活动。--on 不能是将来的日期；--on due 把续
            费记在该卡的到期日，用于事后才确认的自动续费扣款。--until 早于当前有效期
            时会缩短有效期，并给出警告。
            """),
        options: [
          OptionHelp(
            .on,
            Localized(
              en: "when you renewed (default today; 'due': the due date)",
              zh: "续费日期（默认今天；'due' 表示到期日）")),
          OptionHelp(
            .for,
            Localized(
              en: "how long it extends (default: the plan's period)",
              zh: "顺延多久（默认：套餐周期）")),
          OptionHelp(.until, Localized(en: "the new expiry, outright", zh: "直接指定新的有效期")),
          OptionHelp(
            .amount,
            Localized(
              en: "what you paid (default: the price, for the plan's period)",
              zh: "支付的金额（默认：按套餐周期续费时为套餐价格）")),
          OptionHelp(
            .field(.methods),
            Localized(
              en: "how: online, app, phone, store, auto, ...",
              zh: "续费方式：online、app、phone、store、auto 等"),
            repeatable: false),
          OptionHelp(
            .via,
            Localized(
              en: "through whom: Alipay, GCash, a shop",
              zh: "通过谁支付：Alipay、GCash、某家门店")),
          OptionHelp(.receipt, Localized(en: "a receipt or order number", zh: "收据号或订单号")),
          OptionHelp(.field(.note), Localized(en: "a note", zh: "备注")),
        ],
        examples: [
          "renew log \"Smart PH\" --amount \"300 PHP\" --via GCash",
          "renew log giffgaff --on yesterday --for 1m --amount \"10 GBP\"",
          CommandExample(
            "renew log \"US Virtual\" --on due",
            comment: Localized(en: "the PayPal charge went through", zh: "PayPal 扣款已成功"),
            spacing: 5),
        ],
        arguments: [.card], formats: [.text])
    case .touch:
      return CommandSpec(
        usage: "renew touch CARD [--on DATE] [--note TEXT]",
        summary: Localized(
          en: "record keep-alive activity (a call, an SMS)",
          zh: "记录一次保号活动（打电话、发短信）"),
        details: Localized(
          en: "Records activity that restarts the card's keep-alive window.",
          zh: "记录一次保号活动，该卡的保号周期从这天重新计算。"),
        options: [
          OptionHelp(.on, CommandSpec.entryDateHelp),
          OptionHelp(.field(.note), Localized(en: "what you did", zh: "做了什么")),
        ],
        examples: ["renew touch giffgaff --note \"sent an SMS\""],
        arguments: [.card], formats: [.text])
    case .balance:
      return CommandSpec(
        usage: "renew balance CARD MONEY [--on DATE] [--note TEXT]",
        summary: Localized(
          en: "record what the carrier says the balance is", zh: "记录运营商显示的余额"),
        details: Localized(
          en: """
            Records the card's balance as the carrier reports it: the balance
            during that day, after any charge made that day. A plan paid from the
            balance (--from-balance) is projected from the latest reading.
            """,
          zh: """
            按运营商报告的数字记录该卡的余额：即当天扣除当天所有费用之后的余额。
            从余额扣费的套餐（--from-balance）按最近一次记录的余额推算。
            """),
        options: [
          OptionHelp(.on, CommandSpec.entryDateHelp),
          OptionHelp(.field(.note), Localized(en: "a note", zh: "备注")),
        ],
        examples: ["renew balance 中国移动 \"42 CNY\""],
        arguments: [.card, .money], formats: [.text])
    case .topUp:
      return CommandSpec(
        usage: "renew top-up CARD MONEY [--on DATE] [--via VIA] [--receipt REF] [--note TEXT]",
        summary: Localized(en: "record money added to the balance", zh: "记录一次余额充值"),
        details: Localized(
          en: """
            Records money added to the card's balance. It counts as activity for
            the keep-alive window; by itself it does not move the expiry, but a
            plan paid from the balance (--from-balance) is charged from it.
            """,
          zh: """
            记录为该卡余额充入的金额。充值算作一次保号活动；充值本身不改变有效期，
            但从余额扣费的套餐（--from-balance）会从中扣费。
            """),
        options: [
          OptionHelp(.on, CommandSpec.entryDateHelp),
          OptionHelp(
            .via, Localized(en: "how you paid: Alipay, a voucher", zh: "支付方式：Alipay、充值卡")),
          OptionHelp(.receipt, Localized(en: "a receipt or order number", zh: "收据号或订单号")),
          OptionHelp(.field(.note), Localized(en: "a note", zh: "备注")),
        ],
        examples: ["renew top-up 中国移动 \"20 CNY\" --via Alipay"],
        arguments: [.card, .money], formats: [.text])
    case .unlog:
      return CommandSpec(
        usage: "renew unlog CARD [ENTRY]",
        summary: Localized(
          en: "remove a history entry and replay the rest",
          zh: "删除一条历史记录，并按其余记录重算"),
        details: Localized(
          en: """
            Removes one entry from a card's history: the one whose id (as 'renew
            history' shows it) is or starts with ENTRY, or without ENTRY the one
            recorded last. The rest of the history is replayed, and the card's
            expiry and due date are what it now says. 'renew undo' brings the entry
            back.
            """,
          zh: """
            从一张卡的历史记录中删除一条：id（即 'renew history' 显示的编号）等于
            ENTRY 或以 ENTRY 开头的那条；不给 ENTRY 时删除最后记录的那条。随后按
            其余的历史记录重新计算，卡的有效期和到期日以计算结果为准。'renew undo'
            可以恢复这条记录。
            """),
        options: [],
        examples: ["renew unlog \"Smart PH\"", "renew unlog giffgaff 7kq2"],
        arguments: [.card, .optionalEntry], formats: [.text])
    case .history:
      return CommandSpec(
        usage: "renew history [CARD]",
        summary: Localized(
          en: "renewals and activity, newest first", zh: "续费和保号活动记录，最新的排在前面"),
        details: Localized(
          en: "Lists renewals and activity of one card, or of every card.",
          zh: "列出一张卡或所有卡的续费和保号活动记录。"),
        options: [], examples: ["renew history", "renew history smart --json"],
        arguments: [.optionalCard], formats: [.text, .json])
    case .spend:
      return CommandSpec(
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
    case .forecast:
      return CommandSpec(
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
            charge go through. Totals per currency for each month and for the
            range; '!' marks the month a number is lost if nothing is done (its
            grace ends, or its due date passes).
            """,
          zh: """
            从本月起按卡和月份列出一张表：对每张有有效期、套餐周期和价格的在用
            卡，列出其套餐需要的续费（范围内的每个有效期；已经过去的有效期算在本月
            续费）；对从余额扣费的套餐，列出让每次扣费都能成功的充值。按币种给出每
            个月和整个范围的合计；'!' 标出什么都不做时号码会在哪个月失去（宽限期结
            束，或到期日已过）。
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
    case .calendar:
      return CommandSpec(
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
    case .backups:
      return CommandSpec(
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
    case .undo:
      return CommandSpec(
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
    case .export:
      return CommandSpec(
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
    case .import:
      return CommandSpec(
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
    case .merge:
      return CommandSpec(
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
    case .completion:
      return CommandSpec(
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
    case .man:
      return CommandSpec(
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
    case .help:
      return CommandSpec(
        usage: "renew help [COMMAND]",
        summary: Localized(
          en: "show help for renew or for one command", zh: "显示 renew 或某个命令的帮助"),
        details: Localized(
          en: "Shows the list of commands, or one command's options and examples.",
          zh: "显示命令列表，或某个命令的选项和示例。"),
        options: [], examples: ["renew help log"],
        arguments: [.optionalCommand], formats: [.text])
    }
  }
}
