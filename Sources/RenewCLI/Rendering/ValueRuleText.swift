import RenewKit

extension ValueRule {
  /// The hint under an "invalid value" error: the rule the value broke, in `language`.
  ///
  /// A Chinese hint that lists words gives each English word with its Chinese
  /// one, `sms（短信）`: both are accepted.
  func hint(in language: Language) -> String {
    switch self {
    case .date:
      let words = DayWord.allCases.map(\.bothWords).joined(separator: "、")
      return language(
        en: "a date is YYYY-MM-DD, today, yesterday or tomorrow",
        zh: "日期格式为 YYYY-MM-DD，或 \(words)")
    case .dateInRange:
      return language(
        en: "renew handles dates from 0001-01-01 to 9999-12-31",
        zh: "renew 能处理的日期为 0001-01-01 到 9999-12-31")
    case .period:
      return language(
        en: "a period is a number and d, w, m or y: 30d, 2w, 1m, 1y",
        zh: "周期为数字加 d、w、m 或 y：30d、2w、1m、1y，也可以写作 30天、2周、1个月、1年")
    case .periodCount(let maximum):
      return language(
        en: "the number in a period is from 1 to \(maximum): 30d, 2w, 1m, 1y",
        zh: "周期中的数字为 1 到 \(maximum)：30d、2w、1m、1y")
    case .money:
      return language(
        en: "money is a non-negative amount and an ISO 4217 code: "
          + "\"12.50 USD\", 12.50USD, \"USD 12.50\"",
        zh: "金额为非负数加 ISO 4217 货币代码：\"12.50 USD\"、12.50USD、\"USD 12.50\"")
    case .nonNegativeAmount:
      return language(en: "amounts cannot be negative", zh: "金额不能为负数")
    case .currencyNickname(let code):
      let iso = Values.currencyNicknames[code] ?? "?"
      return language(
        en: "the ISO 4217 code for \(code) is \(iso)", zh: "\(code) 的 ISO 4217 代码是 \(iso)")
    case .unknownCurrency(let code):
      return language(
        en: "'\(code)' is not an ISO 4217 currency code", zh: "'\(code)' 不是 ISO 4217 货币代码")
    case .decimalPoint:
      return language(
        en: "write the amount with a decimal point and no thousands separator: 12.50, 1000",
        zh: "金额请用小数点，不要用千位分隔符：12.50、1000")
    case .decimalPlaces(let maximum):
      return language(
        en: "an amount has at most \(maximum) decimal places", zh: "金额最多有 \(maximum) 位小数")
    case .integerDigits(let maximum):
      let largest = String(repeating: "9", count: maximum)
      return language(
        en: "an amount has at most \(maximum) digits before the decimal point (up to \(largest))",
        zh: "金额的整数部分最多 \(maximum) 位（最大 \(largest)）")
    case .currency(let nickname):
      guard let nickname, let iso = Values.currencyNicknames[nickname] else {
        return language(en: "an ISO 4217 currency code", zh: "应为 ISO 4217 货币代码")
      }
      return language(
        en: "an ISO 4217 currency code: the ISO 4217 code for \(nickname) is \(iso)",
        zh: "应为 ISO 4217 货币代码：\(nickname) 的 ISO 4217 代码是 \(iso)")
    case .leadDays(let maximum):
      return language(
        en: "lead days from 0 to \(maximum), separated by commas: 30,7,1",
        zh: "提前提醒天数为 0 到 \(maximum)，用逗号分隔：30,7,1")
    case .leadDayOnce(let day):
      return language(
        en: "each lead day once; \(day) is given twice", zh: "每个提前提醒天数只能给一次；\(day) 给了两次")
    case .days(let range):
      return language(
        en: "a whole number of days from \(range.lowerBound) to \(range.upperBound): 7 or 7d",
        zh: "应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整天数：7、7d 或 7天")
    case .name:
      return language(
        en: "a name is some text on one line, without control characters",
        zh: "名称是一行文字，不能含控制字符")
    case .someText:
      return language(en: "give some text", zh: "请填写一些文字")
    case .phoneNumber:
      return language(
        en: "a phone number has digits: \"+63 917 123 4567\"", zh: "号码中要有数字：\"+63 917 123 4567\"")
    case .country:
      return language(
        en: "a country is an ISO 3166 two-letter code: US, GB, PH, BE, CU, CN",
        zh: "国家/地区应为 ISO 3166 两字母代码：US、GB、PH、BE、CU、CN")
    case .kind:
      let words = Format.alternatives(CardKind.allCases.map(\.bothWords), in: .chinese)
      let english = Format.alternatives(CardKind.allCases.map(\.rawValue), in: .english)
      return language(en: "a kind is \(english)", zh: "类型可以是 \(words)")
    case .method(let suggestion):
      let english = RenewalMethod.allCases.map(\.rawValue).joined(separator: ", ")
      let chinese = Format.alternatives(RenewalMethod.allCases.map(\.bothWords), in: .chinese)
      return language(
        en: "a method is one of \(english)"
          + (suggestion.map { "; did you mean '\($0)'?" } ?? "") + " (free text goes in --how)",
        zh: "续费方式可以是 \(chinese)；"
          + (suggestion.map { "你是不是想输入 '\($0)'？" } ?? "") + "文字说明请写在 --how 里")
    case .clearable:
      let fields = OptionValues.clearable.map(\.rawValue)
      return language(
        en: "fields that can be cleared: " + fields.joined(separator: ", "),
        zh: "可清除的字段：" + fields.joined(separator: "、"))
    case .language:
      return language(
        en: "a language is en (English) or zh (Chinese)", zh: "语言可以是 en（英语）或 zh（中文）")
    case .filePath:
      return language(en: "give the data file's path", zh: "请给出数据文件的路径")
    case .shellCommand:
      return language(en: "a command for /bin/sh -c", zh: "应为交给 /bin/sh -c 运行的命令")
    case .fileName:
      return language(en: "a file name", zh: "应为文件名")
    case .months(let range):
      return language(
        en: "a whole number of months from \(range.lowerBound) to \(range.upperBound)",
        zh: "应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整月数")
    case .year:
      return language(en: "a year such as 2026", zh: "应为年份，例如 2026")
    case .spendGrouping:
      let words = Format.alternatives(SpendGrouping.allCases.map(\.bothWords), in: .chinese)
      return language(en: "card, month or year", zh: "分组方式可以是 \(words)")
    case .rate:
      return language(
        en: "a currency, '=' and a number: USD=7.10", zh: "应为币种、'=' 和数字：USD=7.10")
    case .rateNumber:
      return language(
        en: "a positive decimal after '=', at most 12 digits and 10 decimals: USD=7.10",
        zh: "'=' 后应为正数，最多 12 位数字、10 位小数：USD=7.10")
    case .rateForTarget(let currency):
      return language(
        en: "no rate for \(currency), the --in currency itself",
        zh: "\(currency) 就是 --in 的币种，不用给汇率")
    case .rateOnce(let currency):
      return language(en: "one rate for \(currency)", zh: "\(currency) 只能有一个汇率")
    case .topUpAmount:
      return language(en: "a top-up adds more than nothing", zh: "充值金额必须大于 0")
    case .lockSeconds:
      return language(
        en: "seconds from 0 to 3600, such as 0.5", zh: "应为 0 到 3600 之间的秒数，例如 0.5")
    case .execSeconds:
      return language(
        en: "more than 0 and at most 3600 seconds, such as 0.5",
        zh: "应为大于 0、不超过 3600 的秒数，例如 0.5")
    case .dataFormat:
      return language(en: "a format is json or csv", zh: "格式可以是 json 或 csv")
    case .shell:
      return language(en: "a shell is bash, zsh or fish", zh: "shell 可以是 bash、zsh 或 fish")
    case .inputFile:
      return language(
        en: "give a file's name, or - for standard input", zh: "请给出文件名，或用 - 表示标准输入")
    }
  }
}
