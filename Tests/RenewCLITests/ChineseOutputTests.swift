import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// Everything renew prints for people on stdout, in Chinese and in English, on one
/// small file: a Chinese card that is due soon, one overdue, one renewing by
/// itself, one paid from its balance and one with nothing to do.
@Suite("Chinese output")
struct ChineseOutputTests {
  let sandbox: Sandbox

  init() throws {
    sandbox = try Sandbox()
    let adds: [[String]] = [
      [
        "add", "中国移动", "--number", "+86 138 0013 8000", "--country", "cn", "--carrier",
        "中国移动", "--kind", "sim", "--expires", "2026-03-05", "--period", "1m", "--price", "30 CNY",
        "--method", "app", "--how", "发送 101 到 10086", "--pay", "支付宝",
      ],
      [
        "add", "Smart PH", "--number", "+63 917 123 4567", "--country", "PH", "--carrier", "Smart",
        "--kind", "esim", "--expires", "2026-03-03", "--period", "1y", "--price", "300 PHP",
        "--method", "app", "--auto-renew", "--pay", "GCash",
      ],
      [
        "add", "giffgaff", "--number", "07700900123", "--country", "GB", "--expires", "2026-02-20",
        "--grace", "30d", "--method", "online", "--pay", "PayPal",
      ],
      [
        "add", "Lebara", "--number", "+44 7700 900456", "--kind", "virtual", "--expires",
        "2026-03-06", "--period", "1m", "--price", "5 GBP", "--from-balance", "--min-top-up",
        "10 GBP", "--method", "sms", "--remind", "7,1",
      ],
      ["balance", "Lebara", "3 GBP"],
      ["add", "Smart Bro", "--number", "+63 918 000 4567", "--expires", "2026-06-10"],
    ]
    for arguments in adds {
      let result = sandbox.run(arguments)
      try #require(result.code == 0, "\(arguments): \(result.stderr)")
    }
  }

  /// Runs renew on the sandbox in Chinese.
  func zh(_ arguments: [String], today: CalendarDate = fixedToday) -> RunResult {
    sandbox.run(["--lang", "zh"] + arguments, today: today)
  }

  static let englishStatus = """
    NAME       NUMBER             CARRIER   DUE         LEFT            STATE    BALANCE   RENEW
    giffgaff   07700900123        -         2026-02-20  9 days overdue  overdue  -         online, pay via PayPal
    Smart PH   +63 917 123 4567   Smart     2026-03-03  in 2 days       soon     -         app, auto-renew via GCash
    中国移动   +86 138 0013 8000  中国移动  2026-03-05  in 4 days       soon     -         app, 发送 101 到 10086, pay via 支付宝
    Lebara     +44 7700 900456    -         2026-03-06  in 5 days       soon     3.00 GBP  sms
    Smart Bro  +63 918 000 4567   -         2026-06-10  in 101 days     ok       -         -

    """

  static let chineseStatus = """
    名称       号码               运营商    到期日      剩余         状态      余额      续费方式
    giffgaff   07700900123        -         2026-02-20  已逾期 9 天  已逾期    -         网站、通过 PayPal 支付
    Smart PH   +63 917 123 4567   Smart     2026-03-03  还有 2 天    即将到期  -         应用、通过 GCash 自动续费
    中国移动   +86 138 0013 8000  中国移动  2026-03-05  还有 4 天    即将到期  -         应用、发送 101 到 10086、通过支付宝支付
    Lebara     +44 7700 900456    -         2026-03-06  还有 5 天    即将到期  3.00 GBP  短信
    Smart Bro  +63 918 000 4567   -         2026-06-10  还有 101 天  正常      -         -

    """

  @Test("status reads the same in both languages, word for word")
  func status() {
    let english = sandbox.run(["status"])
    #expect(english.code == 0)
    #expect(english.stdout == Self.englishStatus)
    let chinese = zh(["status"])
    #expect(chinese.code == 0)
    #expect(chinese.stderr == "")
    #expect(chinese.stdout == Self.chineseStatus)
    #expect(sandbox.run(["status"], environment: ["RENEW_LANG": "zh"]).stdout == Self.chineseStatus)
    #expect(sandbox.run(["status"], environment: ["LANG": "zh_CN.UTF-8"]).stdout == chinese.stdout)
  }

  static let englishCheck = """
    giffgaff (07700900123): due 2026-02-20, 9 days overdue, recoverable until 2026-03-22; \
    renew: online, pay via PayPal
    Smart PH (+63 917 123 4567): due 2026-03-03, in 2 days; renew: app, auto-renew via GCash; \
    auto-renew is not assumed: after the charge on 2026-03-03, 'renew log "Smart PH" --on due'
    中国移动 (+86 138 0013 8000): due 2026-03-05, in 4 days; renew: app, 发送 101 到 10086, \
    pay via 支付宝
    Lebara (+44 7700 900456): due 2026-03-06, in 5 days; top up at least 10.00 GBP by \
    2026-03-06; renew: sms

    """

  static let chineseCheck = """
    giffgaff（07700900123）：2026-02-20 到期，已逾期 9 天，宽限期至 2026-03-22；\
    续费方式：网站、通过 PayPal 支付
    Smart PH（+63 917 123 4567）：2026-03-03 到期，还有 2 天；续费方式：应用、通过 GCash 自动续费；\
    自动续费需手动确认：2026-03-03 扣费后请运行 'renew log "Smart PH" --on due'
    中国移动（+86 138 0013 8000）：2026-03-05 到期，还有 4 天；\
    续费方式：应用、发送 101 到 10086、通过支付宝支付
    Lebara（+44 7700 900456）：2026-03-06 到期，还有 5 天；请在 2026-03-06 前至少充值 10.00 GBP；\
    续费方式：短信

    """

  @Test("check gives one self-contained line per card in both languages, and exits 1")
  func check() {
    let english = sandbox.run(["check"])
    #expect(english.code == 1)
    #expect(english.stdout == Self.englishCheck)
    let chinese = zh(["check"])
    #expect(chinese.code == 1)
    #expect(chinese.stderr == "")
    #expect(chinese.stdout == Self.chineseCheck)
    let names = ["giffgaff", "Smart PH", "中国移动", "Lebara"]
    for text in [english.stdout, chinese.stdout] {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(lines.count == names.count)
      for (line, name) in zip(lines, names) { #expect(line.hasPrefix(name)) }
    }
  }

  @Test("check in Chinese says today's due date and a lapsed grace in words")
  func checkTodayAndLapsed() throws {
    let today = zh(["check"], today: try date("2026-03-05")).stdout
    #expect(
      today.contains(
        "中国移动（+86 138 0013 8000）：2026-03-05 今天到期；"
          + "续费方式：应用、发送 101 到 10086、通过支付宝支付\n"))
    let lapsed = zh(["check"], today: try date("2026-04-01")).stdout
    #expect(
      lapsed.hasPrefix(
        "giffgaff（07700900123）：2026-02-20 到期，已逾期 40 天，"
          + "已回收：宽限期已于 2026-03-22 结束；"
          + "续费方式：网站、通过 PayPal 支付\n"))
  }

  static let shown: [(card: String, english: String, chinese: String)] = [
    (
      "中国移动",
      """
      中国移动
        number   +86 138 0013 8000
        country  CN
        carrier  中国移动
        kind     sim
        expires  2026-03-05, cycle day 5
        due      2026-03-05, in 4 days (soon)
        plan     1m, 30.00 CNY
        remind   7 days before
        methods  app
        how      发送 101 到 10086
        pay      via 支付宝
        added    2026-03-01

      History (1 of 1, newest first):
        2026-03-01  xxxxxxxx  expiry  -       expires 2026-03-05, set outright

      """,
      """
      中国移动
        号码       +86 138 0013 8000
        国家/地区  CN
        运营商     中国移动
        类型       实体卡
        有效期至   2026-03-05，周期日为 5 日
        到期日     2026-03-05，还有 4 天（即将到期）
        套餐       1 个月，30.00 CNY
        提醒       提前 7 天
        续费方式   应用
        续费说明   发送 101 到 10086
        支付方式   支付宝
        添加日期   2026-03-01

      历史记录（最近 1 条，共 1 条）：
        2026-03-01  xxxxxxxx  设置有效期  -     有效期 2026-03-05，直接设置

      """
    ),
    (
      "Smart PH",
      """
      Smart PH
        number      +63 917 123 4567
        country     PH
        carrier     Smart
        kind        esim
        expires     2026-03-03, cycle day 3
        due         2026-03-03, in 2 days (soon)
        plan        1y, 300.00 PHP
        remind      7 days before
        methods     app
        auto-renew  yes, via GCash; once charged: renew log "Smart PH" --on due
        added       2026-03-01

      History (1 of 1, newest first):
        2026-03-01  xxxxxxxx  expiry  -       expires 2026-03-03, set outright

      """,
      """
      Smart PH
        号码       +63 917 123 4567
        国家/地区  PH
        运营商     Smart
        类型       eSIM 卡
        有效期至   2026-03-03，周期日为 3 日
        到期日     2026-03-03，还有 2 天（即将到期）
        套餐       1 年，300.00 PHP
        提醒       提前 7 天
        续费方式   应用
        自动续费   是，通过 GCash 支付；扣费后运行：renew log "Smart PH" --on due
        添加日期   2026-03-01

      历史记录（最近 1 条，共 1 条）：
        2026-03-01  xxxxxxxx  设置有效期  -     有效期 2026-03-03，直接设置

      """
    ),
    (
      "giffgaff",
      """
      giffgaff
        number   07700900123
        country  GB
        expires  2026-02-20, cycle day 20
        due      2026-02-20, 9 days overdue (overdue)
        grace    30d
        remind   7 days before
        methods  online
        pay      via PayPal
        added    2026-03-01

      History (1 of 1, newest first):
        2026-02-20  xxxxxxxx  expiry  -       expires 2026-02-20, set outright

      """,
      """
      giffgaff
        号码       07700900123
        国家/地区  GB
        有效期至   2026-02-20，周期日为 20 日
        到期日     2026-02-20，已逾期 9 天（已逾期）
        宽限期     30 天
        提醒       提前 7 天
        续费方式   网站
        支付方式   PayPal
        添加日期   2026-03-01

      历史记录（最近 1 条，共 1 条）：
        2026-02-20  xxxxxxxx  设置有效期  -     有效期 2026-02-20，直接设置

      """
    ),
    (
      "Lebara",
      """
      Lebara
        number        +44 7700 900456
        kind          virtual
        expires       2026-03-06, cycle day 6
        balance       3.00 GBP today
        top up        at least 10.00 GBP by 2026-03-06
        due           2026-03-06, in 5 days (soon)
        plan          1m, 5.00 GBP
        remind        7, 1 days before
        methods       sms
        from balance  yes: the plan is charged at each expiry
        min-top-up    10.00 GBP
        added         2026-03-01

      History (2 of 2, newest first):
        2026-03-01  xxxxxxxx  balance  3.00 GBP  balance read
        2026-03-01  xxxxxxxx  expiry   -         expires 2026-03-06, set outright

      """,
      """
      Lebara
        号码        +44 7700 900456
        类型        虚拟号
        有效期至    2026-03-06，周期日为 6 日
        余额        3.00 GBP（今天）
        充值提醒    请在 2026-03-06 前至少充值 10.00 GBP
        到期日      2026-03-06，还有 5 天（即将到期）
        套餐        1 个月，5.00 GBP
        提醒        提前 7、1 天
        续费方式    短信
        从余额扣费  是：每次到期时从余额扣除套餐费用
        最低充值    10.00 GBP
        添加日期    2026-03-01

      历史记录（最近 2 条，共 2 条）：
        2026-03-01  xxxxxxxx  余额        3.00 GBP  查询余额
        2026-03-01  xxxxxxxx  设置有效期  -         有效期 2026-03-06，直接设置

      """
    ),
  ]

  @Test("show prints every line in both languages, labels aligned", arguments: shown.indices)
  func show(_ index: Int) {
    let (card, english, chinese) = Self.shown[index]
    let inEnglish = sandbox.run(["show", card])
    #expect(inEnglish.code == 0)
    #expect(maskingIDs(inEnglish.stdout) == english)
    let inChinese = zh(["show", card])
    #expect(inChinese.code == 0)
    #expect(maskingIDs(inChinese.stdout) == chinese)
  }

  @Test("show in Chinese names a retired card's state 已停用")
  func showRetired() {
    #expect(sandbox.run(["retire", "Smart Bro"]).code == 0)
    let text = zh(["show", "Smart Bro"]).stdout
    #expect(text.contains("\n  已停用    是：不列入 status 和 check\n"))
    #expect(text.contains("\n  到期日    2026-06-10，还有 101 天（已停用）\n"))
  }

  @Test("log, top-up and touch confirm in Chinese, and history lists the entries in Chinese")
  func logAndHistory() {
    let log = zh(["log", "中国移动", "--via", "支付宝", "--receipt", "2026030112"])
    #expect(log.code == 0)
    #expect(
      log.stdout
        == "已为中国移动记录 2026-03-01 的续费，金额 30.00 CNY；"
        + "有效期至 2026-04-05（原为 2026-03-05）；"
        + "2026-04-05 到期（还有 35 天）\n")
    let topUp = zh(["top-up", "Lebara", "10 GBP", "--via", "Alipay"])
    #expect(
      topUp.stdout == "已为 Lebara 记录 2026-03-01 的充值 10.00 GBP；2026-05-06 到期（还有 66 天）\n")
    #expect(
      zh(["touch", "giffgaff", "--on", "2026-02-28"]).stdout
        == "已为 giffgaff 记录 2026-02-28 的保号活动；2026-02-20 到期（已逾期 9 天）\n")
    let history = zh(["history"])
    #expect(history.code == 0)
    #expect(
      maskingIDs(history.stdout) == """
        日期        编号      卡         类型        金额       详情
        2026-03-01  xxxxxxxx  Smart Bro  设置有效期  -          有效期 2026-06-10，直接设置
        2026-03-01  xxxxxxxx  Lebara     充值        10.00 GBP  通过 Alipay
        2026-03-01  xxxxxxxx  Lebara     余额        3.00 GBP   查询余额
        2026-03-01  xxxxxxxx  Lebara     设置有效期  -          有效期 2026-03-06，直接设置
        2026-03-01  xxxxxxxx  Smart PH   设置有效期  -          有效期 2026-03-03，直接设置
        2026-03-01  xxxxxxxx  中国移动   续费        30.00 CNY  有效期 2026-03-05 → 2026-04-05；通过支付宝；凭证 2026030112
        2026-03-01  xxxxxxxx  中国移动   设置有效期  -          有效期 2026-03-05，直接设置
        2026-02-28  xxxxxxxx  giffgaff   保号活动    -
        2026-02-20  xxxxxxxx  giffgaff   设置有效期  -          有效期 2026-02-20，直接设置

        """)
  }

  @Test("unlog, edit, retire and remove confirm in Chinese")
  func confirmations() {
    #expect(zh(["unlog", "Lebara"]).stdout.hasPrefix("已从 Lebara 删除 2026-03-01 的余额记录（"))
    #expect(
      zh(["edit", "giffgaff", "--name", "小号"]).stdout
        == "已修改小号（原名 giffgaff），2026-02-20 到期（已逾期 9 天）\n")
    #expect(zh(["edit", "小号", "--country", "GB"]).stdout == "小号已是这些值，未作更改\n")
    #expect(zh(["retire", "小号"]).stdout == "已停用小号，历史记录已保留\n")
    #expect(zh(["retire", "小号"]).stdout == "小号已停用\n")
    #expect(zh(["unretire", "小号"]).stdout == "已重新启用小号\n")
    #expect(zh(["unretire", "Smart PH"]).stdout == "Smart PH 未停用\n")
    #expect(zh(["remove", "Smart PH", "--yes"]).stdout == "已删除 Smart PH 及其历史记录\n")
    #expect(
      zh(["add", "Vodafone", "--number", "+49 151", "--expires", "2026-03-31"]).stdout
        == "已添加 Vodafone（+49 151），2026-03-31 到期（还有 30 天）\n")
  }

  @Test("remove asks in Chinese on a terminal, and keeps the card on no")
  func removeQuestion() {
    let questions = Capture()
    let result = sandbox.run(
      ["--lang", "zh", "remove", "Lebara"], isTerminal: true,
      confirm: { question in
        questions.append(question)
        return false
      })
    #expect(result.code == 0)
    #expect(questions.text == "删除 Lebara（+44 7700 900456）及其 2 条历史记录？[y/N] ")
    #expect(result.stdout == "已保留 Lebara\n")
  }

  @Test(
    "a yes to the question is y, yes or 是, in any case and spacing",
    arguments: [
      ("y", true), ("YES", true), (" yes ", true), ("是", true), ("是的", true),
      ("", false), ("n", false), ("no", false), ("否", false), ("yeah", false),
    ])
  func yes(_ answer: String, _ isYes: Bool) {
    #expect(System.isYes(answer) == isYes)
  }

  @Test("list names kinds and plans in Chinese")
  func list() {
    #expect(
      zh(["list"]).stdout == """
        名称       号码               国家/地区  运营商    类型     套餐               标签
        中国移动   +86 138 0013 8000  CN         中国移动  实体卡   1 个月，30.00 CNY  -
        Smart PH   +63 917 123 4567   PH         Smart     eSIM 卡  1 年，300.00 PHP   -
        giffgaff   07700900123        GB         -         -        -                  -
        Lebara     +44 7700 900456    -          -         虚拟号   1 个月，5.00 GBP   -
        Smart Bro  +63 918 000 4567   -          -         -        -                  -

        """)
    #expect(zh(["list", "--tag", "bank"]).stdout == "没有标签为 bank 的卡。\n")
  }

  @Test("spend and forecast have Chinese headings and totals")
  func spendAndForecast() {
    #expect(zh(["log", "中国移动"]).code == 0)
    #expect(zh(["top-up", "Lebara", "10 GBP"]).code == 0)
    #expect(
      zh(["spend", "--since", "2026-01-01", "--until", "2026-12-31"]).stdout == """
        2026-01-01 至 2026-12-31 的支出：
        卡        支出       笔数
        Lebara    10.00 GBP  1
        中国移动  30.00 CNY  1
        合计      30.00 CNY  2
                  10.00 GBP

        """)
    #expect(
      zh(["spend", "--since", "2026-01-01", "--until", "2026-12-31", "--by", "month"]).stdout
        .hasPrefix("2026-01-01 至 2026-12-31 的支出：\n月份     支出       笔数\n2026-03  "))
    #expect(
      zh(["spend", "--since", "2025-01-01", "--until", "2025-12-31"]).stdout
        == "2025-01-01 至 2025-12-31 的支出：\n无：没有带金额的续费或充值\n")
    #expect(
      zh(["forecast", "--months", "3"]).stdout == """
        卡        币种  2026-03   2026-04  2026-05  合计
        Lebara    GBP   -         -        10.00 !  10.00
        Smart PH  PHP   300.00 !  -        -        300.00
        中国移动  CNY   -         30.00 !  30.00    60.00
        合计      CNY   -         30.00    30.00    60.00
        合计      GBP   -         -        10.00    10.00
        合计      PHP   300.00    -        -        300.00
        ! 表示如不处理，号码将在该月失效

        """)
  }

  @Test("backups and undo describe each change in Chinese")
  func backupsAndUndo() throws {
    #expect(zh(["log", "中国移动"]).code == 0)
    let lines = zh(["backups"]).stdout.split(separator: "\n").map(String.init)
    // Backups are stamped with the local time they were taken: YYYY-MM-DD HH:MM.
    let times = try Regex(#"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"#)
    #expect(
      lines.map { $0.replacing(times, with: "YYYY-MM-DD HH:MM") } == [
        "序号  备份时间          随后的更改",
        "1     YYYY-MM-DD HH:MM  记录续费（中国移动，2026-03-01）",
        "2     YYYY-MM-DD HH:MM  添加卡（Smart Bro）",
        "3     YYYY-MM-DD HH:MM  记录余额（Lebara，2026-03-01）",
        "4     YYYY-MM-DD HH:MM  添加卡（Lebara）",
        "5     YYYY-MM-DD HH:MM  添加卡（giffgaff）",
        "6     YYYY-MM-DD HH:MM  添加卡（Smart PH）",
        "7     YYYY-MM-DD HH:MM  添加卡（中国移动）",
        "文件夹：\(sandbox.file).backups。'renew undo' 恢复 #1；再次运行可继续往前撤销。",
      ])
    #expect(zh(["undo"]).stdout == "已撤销：记录续费（中国移动，2026-03-01）\n")
    #expect(sandbox.run(["undo"]).stdout == "undid: add Smart Bro\n")
  }

  @Test("status with nothing to show says so in Chinese")
  func emptyStates() throws {
    let within = zh(["status", "--within", "0", "--today", "2026-01-01"])
    #expect(within.stdout == "0 天内没有到期的卡。\n")
    let empty = try Sandbox()
    #expect(
      empty.run(["--lang", "zh", "status"]).stdout
        == "还没有卡。添加一张：renew add NAME --number N --expires DATE --period 1m\n")
    #expect(empty.run(["--lang", "zh", "list"]).stdout == "还没有卡。\n")
    #expect(
      empty.run(["--lang", "zh", "history"]).stdout
        == "还没有历史记录。用 'renew log CARD' 记录续费，或用 'renew touch' 记录保号活动。\n")
  }

  @Test("the calendar's summaries, descriptions and alarms are Chinese; its structure is not")
  func calendar() {
    let english = sandbox.run(["calendar"]).stdout
    let chinese = zh(["calendar"]).stdout
    let unfold = { (text: String) in
      text.replacing("\r\n ", with: "").split(separator: "\r\n").map(String.init)
    }
    let (englishLines, chineseLines) = (unfold(english), unfold(chinese))
    #expect(chineseLines.contains("DESCRIPTION:Lebara（+44 7700 900456）还有 7 天到期"))
    #expect(chineseLines.contains("DESCRIPTION:Lebara（+44 7700 900456）还有 1 天到期"))
    #expect(chineseLines.contains("SUMMARY:续费中国移动（+86 138 0013 8000）"))
    #expect(chineseLines.contains("SUMMARY:giffgaff（07700900123）宽限期最后一天"))
    #expect(chineseLines.contains("DESCRIPTION:今天是 giffgaff（07700900123）宽限期的最后一天"))
    #expect(
      chineseLines.contains(
        #"DESCRIPTION:2026-03-05 到期\n续费方式：应用、发送 101 到 10086、通过支付宝支付"#
          + #"\n价格：30.00 CNY（1 个月）"#))
    // Only the texts for people change: every other line is the same, in the same place.
    #expect(englishLines.count == chineseLines.count)
    for (line, other) in zip(englishLines, chineseLines) {
      let isText = line.hasPrefix("SUMMARY:") || line.hasPrefix("DESCRIPTION:")
      if !isText { #expect(line == other) }
    }
  }

  @Test(
    "--json prints the same bytes in Chinese",
    arguments: [
      ["status"], ["status", "--all"], ["check"], ["list"], ["show", "中国移动"], ["history"],
      ["forecast"], ["spend", "--since", "2026-01-01"],
    ])
  func json(_ arguments: [String]) {
    let english = sandbox.run(["--json"] + arguments)
    let chinese = zh(["--json"] + arguments)
    #expect(!english.stdout.isEmpty)
    #expect(chinese.stdout == english.stdout)
    #expect(chinese.code == english.code)
  }

  @Test("every row of a Chinese table starts each column at the header's display column")
  func aligned() {
    for arguments in [["status"], ["list"], ["history"]] {
      let lines = zh(arguments).stdout.split(separator: "\n").map(String.init)
      let header = Self.columnStarts(lines[0])
      #expect(header.count >= 5, "\(arguments)")
      for line in lines.dropFirst() {
        #expect(Self.columnStarts(line) == header, "\(arguments): \(line)")
      }
    }
  }

  /// The display columns where a table line's cells start: at its start and after
  /// every run of two or more spaces (no cell here holds two spaces in a row).
  static func columnStarts(_ line: String) -> [Int] {
    var starts: [Int] = []
    var column = 0
    var spaces = 0
    for character in line {
      if character == " " {
        spaces += 1
      } else {
        if column == 0 || spaces >= 2 { starts.append(column) }
        spaces = 0
      }
      column += TextWidth.width(of: character)
    }
    return starts
  }
}

/// Renew's fixed words in both languages: every case of every table has its Chinese.
@Suite("Chinese words")
struct ChineseWordCatalogTests {
  /// Whether `text` holds a Chinese character.
  static func hasChinese(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
  }

  /// A word in English and Chinese, named by its table and case.
  typealias Word = (name: String, english: String, chinese: String)

  /// Every case of `T` in both languages, as `text` words it.
  static func table<T: CaseIterable>(_ name: String, _ text: (T, Language) -> String) -> [Word] {
    T.allCases.map { ("\(name) \($0)", text($0, .english), text($0, .chinese)) }
  }

  /// Each fixed word of every table, enumerated from the tables' cases.
  static let words: [Word] = {
    var words: [Word] = []
    words += table("state") { (state: CardState, language) in state.word(in: language) }
    words += table("retired") { (state: CardState, language) in
      state.word(retired: true, in: language)
    }
    words += table("method") { (method: RenewalMethod, language) in method.word(in: language) }
    words += table("kind") { (kind: CardKind, language) in kind.word(in: language) }
    words += table("entry") { (type: EntryType, language) in type.word(in: language) }
    words += table("change") { (command: ChangeCommand, language) in command.word(in: language) }
    words += table("field") { (field: CardField, language) in field.title(in: language) }
    words += table("label") { (label: ShowLabel, language) in label.text(in: language) }
    words += table("heading") { (heading: Heading, language) in heading.text(in: language) }
    return words
  }()

  @Test("every fixed word has a Chinese word of its own, with Chinese in it")
  func everyWord() {
    for (name, english, chinese) in Self.words {
      #expect(!english.isEmpty, "\(name)")
      #expect(!chinese.isEmpty, "\(name)")
      #expect(chinese != english, "\(name)")
      #expect(Self.hasChinese(chinese), "\(name): \(chinese)")
    }
  }

  @Test("the English of stored words is the form they are typed and stored in")
  func englishIsStored() {
    for state in CardState.allCases { #expect(state.word(in: .english) == state.rawValue) }
    for method in RenewalMethod.allCases { #expect(method.word(in: .english) == method.rawValue) }
    for kind in CardKind.allCases { #expect(kind.word(in: .english) == kind.rawValue) }
    for type in EntryType.allCases { #expect(type.word(in: .english) == type.rawValue) }
    for command in ChangeCommand.allCases {
      #expect(command.word(in: .english) == command.rawValue)
    }
  }

  @Test("words that stand side by side in Chinese differ")
  func distinct() {
    func isDistinct(_ words: [String]) -> Bool { Set(words).count == words.count }
    #expect(isDistinct(CardState.allCases.map { $0.word(in: .chinese) } + ["已停用"]))
    #expect(isDistinct(RenewalMethod.allCases.map { $0.word(in: .chinese) }))
    #expect(isDistinct(CardKind.allCases.map { $0.word(in: .chinese) }))
    #expect(isDistinct(EntryType.allCases.map { $0.word(in: .chinese) }))
    #expect(isDistinct(ChangeCommand.allCases.map { $0.word(in: .chinese) }))
    #expect(
      isDistinct(
        CardField.allCases.map { $0.title(in: .chinese) }
          + ShowLabel.allCases.map { $0.text(in: .chinese) }))
  }

  @Test(
    "periods read as words in Chinese and as typed in English",
    arguments: [
      (Period.days(30), "30d", "30 天"), (.weeks(2), "2w", "2 周"), (.months(1), "1m", "1 个月"),
      (.years(1), "1y", "1 年"),
    ])
  func period(_ period: Period, _ english: String, _ chinese: String) {
    #expect(Format.period(period, in: .english) == english)
    #expect(Format.period(period, in: .chinese) == chinese)
  }

  @Test(
    "a Chinese sentence spaces Latin words and digits apart, and not Chinese ones",
    arguments: [
      (["通过", "PayPal", "支付"], "通过 PayPal 支付"),
      (["通过", "支付宝", "支付"], "通过支付宝支付"),
      (["删除", "中国移动", "（+86 138）"], "删除中国移动（+86 138）"),
      (["已为", "Smart PH", "记录 2026-03-01 的续费"], "已为 Smart PH 记录 2026-03-01 的续费"),
      (["", "小号", "已停用"], "小号已停用"), (["Smart PH", "未停用"], "Smart PH 未停用"),
    ])
  func spaced(_ pieces: [String], _ sentence: String) {
    var text = ""
    for piece in pieces { text = Format.spaced(text, piece) }
    #expect(text == sentence)
  }

  @Test(
    "a payment route reads 通过 … 支付 once, even when its name ends in 支付",
    arguments: [
      ("PayPal", "通过 PayPal 支付"), ("支付宝", "通过支付宝支付"), ("微信支付", "通过微信支付"),
      ("Apple Pay", "通过 Apple Pay 支付"),
    ])
  func paidVia(_ route: String, _ phrase: String) {
    #expect(Format.paid(via: route) == phrase)
  }

  @Test("a typed change reads as a Chinese phrase; hand-written text stays as it is")
  func change() throws {
    let day = try date("2026-11-21")
    #expect(
      Format.change(.command(.log, card: "Smart PH", date: day), in: .chinese)
        == "记录续费（Smart PH，2026-11-21）")
    #expect(
      Format.change(.command(.log, card: "Smart PH", date: day), in: .english)
        == "log Smart PH 2026-11-21")
    #expect(
      Format.change(.command(.add, card: "中国移动", date: nil), in: .chinese) == "添加卡（中国移动）")
    #expect(Format.change(.text("edited by hand"), in: .chinese) == "edited by hand")
  }
}
