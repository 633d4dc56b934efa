import RenewKit

/// The words for what RenewKit reports of a data file it cannot read: the reasons
/// of ``JSONError`` and ``DataProblem``, in either language.
///
/// Field names, keys and values from the file are quoted as they are written there.
enum DataFileText {
  /// Why the text is not JSON, as an editor's user would say it.
  static func reason(_ reason: JSONError.Reason, in language: Language) -> String {
    switch reason {
    case .unexpectedEnd: return language(en: "unexpected end of file", zh: "文件意外结束")
    case .expected(let expectation): return expected(expectation, in: language)
    case .unterminatedString: return language(en: "unterminated string", zh: "字符串缺少结束引号")
    case .invalidEscape: return language(en: "invalid escape", zh: "无效的转义序列")
    case .controlCharacterInString:
      return language(en: "control character in string", zh: "字符串中有控制字符")
    case .invalidUTF8: return language(en: "invalid UTF-8", zh: "不是有效的 UTF-8")
    case .unpairedHighSurrogate:
      return language(
        en: "a high surrogate without a low one after it", zh: "高位代理项后面缺少低位代理项")
    case .unpairedLowSurrogate:
      return language(
        en: "a low surrogate without a high one before it", zh: "低位代理项前面缺少高位代理项")
    case .leadingZero: return language(en: "a number may not start with 0", zh: "数字不能以 0 开头")
    case .nestedTooDeeply: return language(en: "nested too deeply", zh: "嵌套层数太多")
    case .textAfterEnd: return language(en: "unexpected text after the end", zh: "结尾之后还有多余的文本")
    case .repeatedKey:
      return language(en: "a key appears twice in one object", zh: "同一个对象中有重复的键")
    case .typeMismatch(let expected, let found):
      let kind = kind(expected, in: language)
      // A space between Chinese and Latin letters: "这里应是对象", "这里应是 null".
      let gap = kind.first?.isASCII == true ? " " : ""
      return found == .null
        ? language(en: "expected \(kind), found null", zh: "这里应是\(gap)\(kind)，却是 null")
        : language(en: "expected \(kind)", zh: "这里应是\(gap)\(kind)")
    case .notAWholeNumber: return language(en: "not a whole number", zh: "不是整数")
    case .numberOutOfRange: return language(en: "out of range", zh: "超出范围")
    case .unknownKey: return language(en: "renew does not know this field", zh: "renew 不认识这个字段")
    case .missingKey(let key): return language(en: "'\(key)' is missing", zh: "缺少 '\(key)'")
    }
  }

  /// What the reader expected where it found something else.
  private static func expected(_ expectation: JSONExpectation, in language: Language) -> String {
    switch expectation {
    case .value: return language(en: "expected a value", zh: "这里应是一个值")
    case .key: return language(en: "expected a key in quotes", zh: "这里应是带引号的键")
    case .colon: return language(en: "expected ':'", zh: "这里应是 ':'")
    case .commaOrObjectEnd: return language(en: "expected ',' or '}'", zh: "这里应是 ',' 或 '}'")
    case .commaOrArrayEnd: return language(en: "expected ',' or ']'", zh: "这里应是 ',' 或 ']'")
    case .digit: return language(en: "expected a digit", zh: "这里应是数字")
    case .hexDigits:
      return language(en: "expected four hex digits after \\u", zh: "\\u 后面应是四位十六进制数字")
    case .literal(let literal):
      return language(en: "expected '\(literal)'", zh: "这里应是 '\(literal)'")
    }
  }

  /// Why a value cannot be accepted.
  static func reason(_ problem: DataProblem, in language: Language) -> String {
    switch problem {
    case .json(let reason): return Self.reason(reason, in: language)
    case .notAWholeNumber(let number), .numberOutOfRange(let number):
      return language(
        en: "\(number) is out of range or not a whole number", zh: "\(number) 超出范围或不是整数")
    case .unknownField: return language(en: "renew does not know this field", zh: "renew 不认识这个字段")
    case .notADate(let text):
      return language(
        en: "'\(text)' is not a date (YYYY-MM-DD)", zh: "'\(text)' 不是日期（YYYY-MM-DD）")
    case .notAPeriod(let text):
      return language(
        en: "'\(text)' is not a period (such as 30d, 2w, 1m, 1y)",
        zh: "'\(text)' 不是周期（例如 30d、2w、1m、1y）")
    case .notMoney(let amount, let currency):
      return language(
        en: "'\(amount) \(currency)' is not an amount of money", zh: "'\(amount) \(currency)' 不是金额")
    case .notACountry(let code):
      return language(
        en: "'\(code)' is not an ISO 3166 alpha-2 country code",
        zh: "'\(code)' 不是 ISO 3166 alpha-2 国家/地区代码")
    case .notAKind(let text):
      let kinds = Format.alternatives(CardKind.allCases.map(\.rawValue), in: language)
      return language(
        en: "'\(text)' is not a kind (\(kinds))", zh: "'\(text)' 不是卡的类型（\(kinds)）")
    case .notAMethod(let text):
      return language(en: "'\(text)' is not a renewal method", zh: "'\(text)' 不是续费方式")
    case .notAnEntryType(let text):
      let types = Format.alternatives(EntryType.allCases.map(\.rawValue), in: language)
      return language(
        en: "'\(text)' is not an entry type (\(types))", zh: "'\(text)' 不是记录类型（\(types)）")
    case .repeated(let text):
      return language(en: "'\(text)' appears more than once", zh: "'\(text)' 出现了不止一次")
    case .notADayOfMonth(let day):
      return language(en: "\(day) is not a day of the month", zh: "\(day) 不是一个月中的某一天")
    case .daysOutOfRange(let days):
      return language(
        en: "\(days) is not a number of days from 0 to \(Card.maximumRemindDays)",
        zh: "\(days) 不在 0 到 \(Card.maximumRemindDays) 天之间")
    case .text(let problem): return reason(problem, in: language)
    case .emptyName: return language(en: "a card's name may not be empty", zh: "卡的名称不能为空")
    case .missingNumber: return language(en: "a card needs a number", zh: "卡缺少号码")
    case .missingAdded: return language(en: "a card needs the date it was added", zh: "卡缺少添加日期")
    case .sameNameAsAnother:
      return language(en: "another card has the same name", zh: "与另一张卡同名")
    case .onlyOn(let owners, let found):
      func owning(_ language: Language) -> String {
        Format.alternatives(owners.map { entry($0, in: language) }, in: language)
      }
      return language(
        en: "only \(owning(.english)) has this field, and this entry is "
          + entry(found, in: .english),
        zh: "只有\(owning(.chinese))有这个字段，而这条是\(entry(found, in: .chinese))")
    case .forAndUntil:
      return language(
        en: "a renewal has 'for' or 'until', not both", zh: "续费记录只能有 'for' 或 'until'，不能两者都有")
    case .notAnID(let text):
      return language(
        en: "'\(text)' is not an id (eight digits and lower-case letters other than i, l, o and u)",
        zh: "'\(text)' 不是 id（由 8 个数字和小写字母组成，不含 i、l、o、u）")
    case .repeatedID(let id):
      return language(
        en: "the id '\(id)' is given to something else too", zh: "id '\(id)' 也用在了别的地方")
    case .currencyWithoutAmount:
      return language(en: "a currency needs an amount", zh: "有币种却没有金额")
    case .balanceCurrency(let given, let balance):
      return language(
        en: "the card's balance is in \(balance), not \(given): a balance has one currency",
        zh: "这张卡的余额以 \(balance) 计，不是 \(given)：余额只有一种币种")
    case .versionDoesNotExist(let version):
      return language(en: "version \(version) does not exist", zh: "版本 \(version) 不存在")
    }
  }

  /// Why text in the file breaks the rules of its field.
  static func reason(_ problem: TextProblem, in language: Language) -> String {
    switch problem {
    case .forbiddenScalar(let scalar):
      let character = scalar.codePointDescription
      return language(
        en: "contains \(character); text must be one line of visible characters",
        zh: "包含 \(character)；文本必须是一行可见字符")
    case .tooLong(let limit):
      return language(en: "longer than \(limit) characters", zh: "超过 \(limit) 个字符")
    }
  }

  /// The first line of the error for a document renew cannot accept.
  static func message(path: String, _ error: DataError, in language: Language) -> String {
    let reason = reason(error.problem, in: language)
    if let card = error.card {
      return "\(path): "
        + language(
          en: "card '\(card)', field '\(error.field)': \(reason)",
          zh: "卡 '\(card)' 的字段 '\(error.field)'：\(reason)")
    }
    let field =
      error.field.isEmpty
      ? "" : language(en: "field '\(error.field)': ", zh: "字段 '\(error.field)'：")
    return "\(path): "
      + language(en: "not a renew data file: ", zh: "不是 renew 的数据文件：") + field + reason
  }

  /// An entry type as a noun: "a renewal", "an activity"; "续费记录", "保号活动记录".
  private static func entry(_ type: EntryType, in language: Language) -> String {
    switch type {
    case .renewal: return language(en: "a renewal", zh: "续费记录")
    case .activity: return language(en: "an activity", zh: "保号活动记录")
    case .expiry: return language(en: "an expiry entry", zh: "有效期记录")
    case .balance: return language(en: "a balance entry", zh: "余额记录")
    case .topUp: return language(en: "a top-up", zh: "充值记录")
    case .plan: return language(en: "a plan change", zh: "套餐变更记录")
    }
  }

  /// A kind of JSON value as a noun: "an object"; "对象".
  private static func kind(_ kind: JSONValueKind, in language: Language) -> String {
    switch kind {
    case .object: return language(en: "an object", zh: "对象")
    case .array: return language(en: "an array", zh: "数组")
    case .string: return language(en: "a string", zh: "字符串")
    case .number: return language(en: "a whole number", zh: "整数")
    case .bool: return language(en: "true or false", zh: "true 或 false")
    case .null: return language(en: "null", zh: "null")
    }
  }
}
