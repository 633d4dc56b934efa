import Foundation
import Testing

/// Errors, hints and warnings as a Chinese user reads them, exact to the byte, and
/// the choice of language by `--lang` and the environment.
@Suite("Chinese messages")
struct ChineseMessageTests {
  static let dateHint = "日期格式为 YYYY-MM-DD，或 today（今天）、yesterday（昨天）、tomorrow（明天）\n"
  static let recover = "未做任何更改；'renew undo --force' 或备份文件夹中有较早的版本\n"

  static let refused: [ErrorCase] = [
    ErrorCase(["--lang", "zh", "stauts"], "renew: 未知命令 'stauts'\n你是不是想输入 'status'？\n"),
    ErrorCase(["--lang=zh", "frobnicate"], "renew: 未知命令 'frobnicate'\n参见 'renew --help'\n"),
    ErrorCase(
      ["status", "--al", "--lang", "zh"], "renew: 'status' 没有选项 '--al'\n你是不是想输入 '--all'？\n"),
    ErrorCase(
      ["--lang", "zh", "log", "中国移动", "--on", "2026-02-30"],
      "renew: --on 的值 '2026-02-30' 无效\n" + dateHint),
    ErrorCase(
      ["--lang", "zh", "log", "giffgaff", "--on", "明天"],
      "renew: --on 2026-03-02 是将来的日期（今天是 2026-03-01）\n请在事情发生之后再记录\n"),
    ErrorCase(
      ["--lang", "zh", "show", "xyz"],
      "renew: 找不到卡 'xyz'\n现有的卡：中国移动、Smart PH、giffgaff、Smart Bro\n"),
    ErrorCase(
      ["--lang", "zh", "show", "smart"], "renew: 'smart' 匹配到多张卡\n候选：Smart PH、Smart Bro\n"),
    ErrorCase(
      ["--lang", "zh", "add", "x", "--number", "1", "--kind", "手机卡"],
      "renew: --kind 的值 '手机卡' 无效\n类型可以是 sim（实体卡）、esim（eSIM 卡）或 virtual（虚拟号）\n"),
    ErrorCase(
      ["--lang", "zh", "add", "x", "--number", "1", "--method", "短息"],
      "renew: --method 的值 '短息' 无效\n续费方式可以是 online（网站）、app（应用）、phone（电话）、"
        + "store（营业厅）、auto（自动续费）、third-party（第三方支付）、kiosk（自助机）或 sms（短信）；"
        + "你是不是想输入 '短信'？文字说明请写在 --how 里\n"),
    ErrorCase(
      ["--lang", "zh", "add", "x", "--number", "1", "--period", "0天"],
      "renew: --period 的值 '0天' 无效\n周期中的数字为 1 到 100000：30d、2w、1m、1y\n"),
    ErrorCase(
      ["--lang", "zh", "spend", "--by", "周"],
      "renew: --by 的值 '周' 无效\n分组方式可以是 card（卡）、month（月）或 year（年）\n"),
    ErrorCase(
      ["--lang", "zh", "add", "smart ph", "--number", "1"],
      "renew: 已有名为 'Smart PH' 的卡\n名称不区分大小写，不能重复；请换一个名称，不要用 'smart ph'\n"),
    ErrorCase(
      ["--lang", "zh", "log", "Smart Bro"],
      "renew: 'Smart Bro' 没有套餐周期，renew 无法算出新的有效期\n"
        + "请给出 --for PERIOD 或 --until DATE，或用 'renew edit \"Smart Bro\" --period P' 设置周期\n"),
    ErrorCase(
      ["--lang", "zh", "remove", "giffgaff"],
      "renew: 没有 --yes，不会删除 'giffgaff'\n"
        + "请运行 'renew remove giffgaff --yes'，或用 'renew retire' 停用它并保留历史记录\n"),
    ErrorCase(
      ["--lang", "zh", "add", "x", "--json"],
      "renew: 'add' 不支持 --json\n--json 可用于 status、check、list、show、history、spend 和 forecast\n"),
  ]

  @Test("errors and hints read as Chinese, with what was typed quoted as typed", arguments: refused)
  func refusedInChinese(_ errorCase: ErrorCase) throws {
    try expectUsageError(errorCase)
  }

  @Test("RENEW_LANG=zh and LANG=zh_CN.UTF-8 choose Chinese for errors as --lang zh does")
  func environmentChoosesChinese() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    for environment in [["RENEW_LANG": "zh"], ["LANG": "zh_CN.UTF-8"], ["LC_ALL": "zh_TW"]] {
      let result = sandbox.run(["show", "xyz"], environment: environment)
      #expect(result.code == 64)
      #expect(result.stderr.hasPrefix("renew: 找不到卡 'xyz'\n"), "\(environment)")
    }
    let english = sandbox.run(["--lang", "en", "show", "xyz"], environment: ["RENEW_LANG": "zh"])
    #expect(english.stderr.hasPrefix("renew: no card matches 'xyz'\n"))
  }

  @Test("a data file that is not JSON is named with its line and column, in Chinese, exit 65")
  func invalidJSON() throws {
    let sandbox = try Sandbox()
    let contents = "{\n  \"version\": 1,\n  \"cards\": [\n}\n"
    try Data(contents.utf8).write(to: URL(fileURLWithPath: sandbox.file))
    let result = sandbox.run(["status"], environment: ["RENEW_LANG": "zh"])
    #expect(result.code == 65)
    #expect(result.stderr == "renew: \(sandbox.file):4:1: 不是有效的 JSON：这里应是一个值\n" + Self.recover)
    #expect(result.stdout == "")
    #expect(sandbox.bytes() == Data(contents.utf8))
  }

  @Test("a data file renew cannot accept names the card and the field in Chinese")
  func invalidData() throws {
    let sandbox = try Sandbox()
    let contents =
      #"{"version": 1, "cards": [{"name": "a", "number": "1", "added": "2026-02-30"}]}"#
    try Data(contents.utf8).write(to: URL(fileURLWithPath: sandbox.file))
    let result = sandbox.run(["--lang", "zh", "list"])
    #expect(result.code == 65)
    #expect(
      result.stderr
        == "renew: \(sandbox.file): 卡 'a' 的字段 'added'：'2026-02-30' 不是日期（YYYY-MM-DD）\n"
        + Self.recover)
  }

  @Test("check without a data file says so in Chinese and exits 66, for cron")
  func checkWithoutDataFile() throws {
    let sandbox = try Sandbox()
    let result = sandbox.run(["check"], environment: ["RENEW_LANG": "zh"])
    #expect(result.code == 66)
    #expect(
      result.stderr
        == "renew: 数据文件 \(sandbox.file) 不存在\n"
        + "在 crontab 中请设置 RENEW_FILE 或给出 --file PATH：cron 的环境变量很少\n")
    #expect(result.stdout == "")
    #expect(!sandbox.exists(sandbox.file))
  }

  @Test("a data file that cannot be read says why in Chinese, exit 74")
  func cannotRead() throws {
    let sandbox = try Sandbox()
    try FileManager.default.createDirectory(
      atPath: sandbox.file, withIntermediateDirectories: false)
    let result = sandbox.run(["--lang", "zh", "status"])
    #expect(result.code == 74)
    #expect(result.stderr == "renew: 无法读取 \(sandbox.file)：是一个文件夹\n未做任何更改\n")
  }

  @Test("a card with no clock is warned about in Chinese, after 'renew: 警告：', exit 0")
  func warning() throws {
    let sandbox = try Sandbox()
    let added = sandbox.run(
      ["add", "No Clock", "--number", "+32 470 00 00 05"], environment: ["RENEW_LANG": "zh"])
    #expect(added.code == 0)
    #expect(
      added.stderr
        == "renew: 警告：'No Clock' 既没有有效期也没有保号周期，'renew check' 永远不会提醒它\n"
        + "请设置有效期或保号周期：renew edit \"No Clock\" --expires DATE 或 --keep-alive 180d\n")
  }

  @Test("a top-up below the least one is warned about in Chinese")
  func topUpWarning() throws {
    let sandbox = try Sandbox()
    let added = sandbox.run([
      "add", "Lebara", "--number", "1", "--expires", "2026-04-01", "--min-top-up", "10 EUR",
    ])
    try #require(added.code == 0)
    let topUp = sandbox.run(["--lang", "zh", "top-up", "lebara", "5 EUR"])
    #expect(topUp.code == 0)
    #expect(topUp.stderr == "renew: 警告：5.00 EUR 低于 'Lebara' 的最低充值额 10.00 EUR；仍已记录\n")
  }

  @Test("--lang with a language renew does not speak exits 64, in the environment's language")
  func unknownLanguage() {
    let english = renew(["--lang", "fr", "status"], environment: ["HOME": "/nonexistent"])
    #expect(english.code == 64)
    #expect(
      english.stderr
        == "renew: invalid value 'fr' for --lang\na language is en (English) or zh (Chinese)\n")
    #expect(english.stdout == "")
    let chinese = renew(
      ["status", "--lang=fr"], environment: ["HOME": "/nonexistent", "LANG": "zh_CN.UTF-8"])
    #expect(chinese.code == 64)
    #expect(chinese.stderr == "renew: --lang 的值 'fr' 无效\n语言可以是 en（英语）或 zh（中文）\n")
    #expect(chinese.stdout == "")
  }

  @Test("--lang with no value exits 64, in the environment's language")
  func languageWithoutValue() {
    let english = renew(["status", "--lang"], environment: ["HOME": "/nonexistent"])
    #expect(english.code == 64)
    #expect(
      english.stderr
        == "renew: option '--lang' needs a value\ngive it as '--lang en|zh' or '--lang=en|zh'\n")
    let chinese = renew(
      ["status", "--lang"], environment: ["HOME": "/nonexistent", "RENEW_LANG": "zh"])
    #expect(chinese.code == 64)
    #expect(
      chinese.stderr == "renew: 选项 '--lang' 需要一个值\n写成 '--lang en|zh' 或 '--lang=en|zh'\n")
    #expect(chinese.stdout == "")
  }
}
