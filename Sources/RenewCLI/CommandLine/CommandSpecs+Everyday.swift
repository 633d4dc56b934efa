import RenewKit

/// The specs of the everyday commands: what is due, and what was done.
extension CommandSpec {
  /// `renew status`.
  static let status = CommandSpec(
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

  /// `renew check`.
  static let check = CommandSpec(
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

  /// `renew log`.
  static let log = CommandSpec(
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

  /// `renew touch`.
  static let touch = CommandSpec(
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

  /// `renew unlog`.
  static let unlog = CommandSpec(
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

  /// `renew balance`.
  static let balance = CommandSpec(
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

  /// `renew top-up`.
  static let topUp = CommandSpec(
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
}
