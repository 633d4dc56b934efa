import Foundation
import RenewKit
import Testing

@testable import RenewCLI

/// Words typed on the command line in Chinese: accepted in either language, and
/// stored as the English word the data file and JSON keep.
@Suite("Chinese words")
struct ChineseWordTests {
  @Test("a card added with Chinese words stores the English ones")
  func addInChinese() throws {
    let sandbox = try Sandbox()
    let added = sandbox.run([
      "add", "测试", "--number", "123", "--kind", "虚拟号", "--method", "短信", "--expires", "明天",
      "--period", "1个月",
    ])
    #expect(added.code == 0, "\(added.stderr)")
    let shown = sandbox.run(["show", "测试", "--json"])
    let card = try parseJSON(shown.stdout, as: [String: Any].self)
    #expect(card["kind"] as? String == "virtual")
    #expect(card["methods"] as? [String] == ["sms"])
    #expect(card["due"] as? String == "2026-03-02")
    #expect((card["plan"] as? [String: Any])?["period"] as? String == "1m")
    let file = try #require(sandbox.bytes())
    let text = String(decoding: file, as: UTF8.self)
    let stored = try #require(
      (try parseJSON(text, as: [String: Any].self)["cards"] as? [[String: Any]])?.first)
    #expect(stored["kind"] as? String == "virtual")
    #expect(stored["methods"] as? [String] == ["sms"])
    #expect((stored["plan"] as? [String: Any])?["period"] as? String == "1m")
    #expect(!text.contains("虚拟号") && !text.contains("短信") && !text.contains("个月"))
  }

  static let methods: [(String, String)] = [
    ("网站", "online"), ("官网", "online"), ("应用", "app"), ("电话", "phone"), ("营业厅", "store"),
    ("自动续费", "auto"), ("自动", "auto"), ("第三方支付", "third-party"), ("第三方", "third-party"),
    ("自助机", "kiosk"), ("短信", "sms"), ("SMS", "sms"),
  ]

  @Test("every renewal method has Chinese words", arguments: methods)
  func method(_ word: String, _ stored: String) throws {
    #expect(try Values.method(word, option: "method").rawValue == stored)
  }

  static let kinds: [(String, String)] = [
    ("实体卡", "sim"), ("eSIM", "esim"), ("esim", "esim"), ("虚拟号", "virtual"),
  ]

  @Test("every card kind has a Chinese word", arguments: kinds)
  func kind(_ word: String, _ stored: String) throws {
    #expect(try Values.kind(word).rawValue == stored)
  }

  static let periods: [(String, String)] = [
    ("30天", "30d"), ("30日", "30d"), ("2周", "2w"), ("2星期", "2w"), ("2个星期", "2w"),
    ("1个月", "1m"), ("1月", "1m"), ("3 个月", "3m"), ("1年", "1y"), ("30d", "30d"),
  ]

  @Test("a period may end in a Chinese unit", arguments: periods)
  func period(_ text: String, _ stored: String) throws {
    #expect(try Values.period(text, option: "period").description == stored)
  }

  static let dates: [(String, String)] = [
    ("今天", "2026-03-01"), ("昨天", "2026-02-28"), ("明天", "2026-03-02"),
  ]

  @Test("today, yesterday and tomorrow have Chinese words", arguments: dates)
  func date(_ word: String, _ iso: String) throws {
    let parsed = try Values.date(word, option: "today", today: fixedToday)
    #expect(parsed.description == iso)
  }

  @Test("--within and --remind take days as 7天")
  func daysInChinese() throws {
    #expect(try Values.count("7天", option: "within", range: 0...3650) == 7)
    #expect(try Values.leadDays("30天,7天,1", option: "remind") == [30, 7, 1])
  }

  @Test(
    "spend --by takes 卡, 月 and 年, and 按月 as one says it",
    arguments: [
      ("卡", "card"), ("按卡", "card"), ("月", "month"), ("按月", "month"), ("年", "year"),
      ("按年", "year"),
    ])
  func spendBy(_ word: String, _ english: String) throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    #expect(sandbox.run(["log", "中国移动", "--amount", "30 CNY"]).code == 0)
    let chinese = sandbox.run(["spend", "--by", word, "--json"])
    let canonical = sandbox.run(["spend", "--by", english, "--json"])
    #expect(chinese.code == 0)
    #expect(chinese.stdout == canonical.stdout)
  }

  @Test("touch --on 到期 and log --on 到期日 record on the due date, as --on due does")
  func onDue() throws {
    let chinese = try Sandbox()
    let english = try Sandbox()
    for sandbox in [chinese, english] {
      #expect(
        sandbox.run(["add", "Auto", "--number", "1", "--expires", "2026-02-20", "--period", "1m"])
          .code == 0)
    }
    let touched = chinese.run(["touch", "auto", "--on", "到期"])
    #expect(touched.code == 0)
    #expect(touched.stdout.contains("on 2026-02-20"))
    #expect(touched.stdout == english.run(["touch", "auto", "--on", "due"]).stdout)
    let byWord = chinese.run(["log", "auto", "--on", "到期日"])
    let byDue = english.run(["log", "auto", "--on", "due"])
    #expect(byWord.code == 0)
    #expect(byWord.stdout == byDue.stdout)
    #expect(byWord.stdout.contains("on 2026-02-20"))
  }

  @Test("a Chinese word is accepted whatever the language, and a typo of one is answered in kind")
  func acceptedInEnglishToo() throws {
    let sandbox = try Sandbox()
    let added = sandbox.run([
      "--lang", "en", "add", "x", "--number", "1", "--kind", "实体卡", "--method", "营业厅",
    ])
    #expect(added.code == 0)
    let typo = sandbox.run(["add", "y", "--number", "1", "--method", "营业听"])
    #expect(typo.code == 64)
    #expect(typo.stderr.hasSuffix("; did you mean '营业厅'? (free text goes in --how)\n"))
  }

  @Test("every word of every typed value names one value only")
  func wordsAreUnambiguous() {
    func expectUnique<Word: TypedWord>(_ type: Word.Type) {
      func words(of value: Word) -> [String] {
        ([value.rawValue] + value.chineseWords).map { $0.lowercased() }
      }
      for word in Word.allWords.map({ $0.lowercased() }) {
        let owners = Word.allCases.filter { words(of: $0).contains(word) }.map(\.rawValue)
        #expect(owners.count == 1, "\(word) names \(owners)")
      }
    }
    expectUnique(RenewalMethod.self)
    expectUnique(CardKind.self)
    expectUnique(SpendGrouping.self)
    expectUnique(DayWord.self)
    expectUnique(DueWord.self)
  }
}
