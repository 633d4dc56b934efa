import RenewKit

extension ErrorReport {
  /// The report for a command line renew cannot act on, in `language`: exit 64,
  /// but 66 for `check` without a data file.
  static func describe(_ error: UsageError, in language: Language) -> ErrorReport {
    let see = { (command: String?) in ErrorReport.see(command, in: language) }
    let guess = { (word: String) in
      language(en: "did you mean '\(word)'?", zh: "你是不是想输入 '\(word)'？")
    }
    func report(_ english: String, _ chinese: String, hint: String?) -> ErrorReport {
      ErrorReport(message: language(en: english, zh: chinese), hint: hint, code: usage)
    }
    // An option's value, or an argument named by its placeholder: "invalid NAME 'x'".
    func invalid(_ value: String, option: String?, placeholder: String = "NAME") -> String {
      guard let option else {
        return language(
          en: "invalid \(placeholder) '\(value)'", zh: "\(placeholder) '\(value)' 无效")
      }
      return language(
        en: "invalid value '\(value)' for --\(option)", zh: "--\(option) 的值 '\(value)' 无效")
    }
    switch error {
    case .unknownCommand(let word, let suggestion):
      return report(
        "unknown command '\(word)'", "未知命令 '\(word)'",
        hint: suggestion.map(guess) ?? see(nil))
    case .unknownOption(let option, let command, let suggestion):
      return report(
        "unknown option '\(option)'" + (command.map { " for '\($0)'" } ?? ""),
        command.map { "'\($0)' 没有选项 '\(option)'" } ?? "未知选项 '\(option)'",
        hint: suggestion.map(guess) ?? see(command))
    case .missingValue(let option, let placeholder):
      return report(
        "option '--\(option)' needs a value", "选项 '--\(option)' 需要一个值",
        hint: language(
          en: "give it as '--\(option) \(placeholder)' or '--\(option)=\(placeholder)'",
          zh: "写成 '--\(option) \(placeholder)' 或 '--\(option)=\(placeholder)'"))
    case .unexpectedValue(let option):
      return report(
        "option '--\(option)' takes no value", "选项 '--\(option)' 不接受值",
        hint: language(en: "give it as '--\(option)'", zh: "写成 '--\(option)'"))
    case .repeatedOption(let option):
      return report(
        "option '--\(option)' given more than once", "选项 '--\(option)' 重复出现",
        hint: language(en: "give it once", zh: "只需给出一次"))
    case .missingArgument(let command, let placeholder):
      return report(
        "'\(command)' needs \(placeholder)", "'\(command)' 缺少 \(placeholder)", hint: see(command))
    case .unexpectedArgument(let command, let argument, let afterOptionsEnd):
      // After `--`, options are taken as arguments: quoting would not help.
      let takesNone = CommandName(rawValue: command)?.spec.arguments.isEmpty ?? false
      let fix: String? =
        afterOptionsEnd
        ? language(
          en: "'--' ends the options: give options before it",
          zh: "'--' 表示选项到此结束：请把选项放在它前面")
        // Quotes help only a command that takes an argument the value was part of.
        : takesNone ? nil : language(en: "put a value with spaces in quotes", zh: "含空格的值请加引号")
      return report(
        "unexpected argument '\(argument)' for '\(command)'",
        "'\(command)' 收到多余的参数 '\(argument)'",
        hint: (fix.map { $0 + language(en: "; ", zh: "；") } ?? "") + see(command))
    case .missingOption(let command, let option):
      return report(
        "'\(command)' needs --\(option)", "'\(command)' 缺少 --\(option)", hint: see(command))
    case .invalidValue(let option, let value, let rule):
      return ErrorReport(
        message: invalid(value, option: option), hint: rule.hint(in: language), code: usage)
    case .invalidText(let option, let value, .forbiddenScalar(let scalar)):
      return ErrorReport(
        message: invalid(value, option: option),
        hint: language(
          en: "text may not contain \(scalar.codePointDescription); "
            + "give one line of visible characters",
          zh: "文本不能包含 \(scalar.codePointDescription)；请给出一行可见字符"),
        code: usage)
    case .invalidText(let option, _, .tooLong(let limit)):
      let field = option.map { "--\($0)" } ?? "NAME"
      return report(
        "\(field) is longer than \(limit) characters", "\(field) 超过 \(limit) 个字符",
        hint: language(
          en: "shorten it to \(limit) characters or fewer", zh: "请缩短到 \(limit) 个字符以内"))
    case .invalidArgument(let placeholder, let value, let rule):
      return ErrorReport(
        message: invalid(value, option: nil, placeholder: placeholder),
        hint: rule.hint(in: language), code: usage)
    case .invalidEnvironment(let variable, let value, let rule):
      return report(
        "invalid value '\(value)' in \(variable)", "环境变量 \(variable) 的值 '\(value)' 无效",
        hint: rule.hint(in: language))
    case .noDataLocation:
      return report(
        "HOME is not set, so there is no default data file", "没有设置 HOME，因此没有默认的数据文件",
        hint: language(
          en: "give --file PATH or set RENEW_FILE", zh: "请给出 --file PATH 或设置 RENEW_FILE"))
    case .noDataFile(let path):
      return ErrorReport(
        message: language(en: "there is no data file at \(path)", zh: "数据文件 \(path) 不存在"),
        hint: language(
          en: "in a crontab, set RENEW_FILE or give --file PATH: cron's environment is small",
          zh: "在 crontab 中请设置 RENEW_FILE 或给出 --file PATH：cron 的环境变量很少"),
        code: noInput)
    case .nothingToChange(let command):
      return report(
        "'\(command)' needs at least one option to change", "'\(command)' 至少需要一个要修改的选项",
        hint: see(command))
    case .argumentsWithoutCommand(let word):
      return report(
        "unexpected argument '\(word)' with no command", "没有给出命令，却有参数 '\(word)'",
        hint: see(nil))
    case .balancePlan(let card, let problem, let wasPaidFromBalance):
      return describe(
        problem, card: card, wasPaidFromBalance: wasPaidFromBalance, in: language)
    case .balance(let card, .priceCurrency(let price, let balance)):
      return report(
        "'\(card)' has a balance in \(balance), but its price is in \(price)",
        "'\(card)' 的余额以 \(balance) 计，但价格以 \(price) 计",
        hint: language(
          en: "a card's balance has one currency; give the price in \(balance)",
          zh: "一张卡的余额只有一种币种；请以 \(balance) 给出价格"))
    case .balance(let card, .currency(let given, let balance)):
      return report(
        "'\(card)' has a balance in \(balance), not \(given)",
        "'\(card)' 的余额以 \(balance) 计，不是 \(given)",
        hint: language(
          en: "a card's balance has one currency; give the amount in \(balance)",
          zh: "一张卡的余额只有一种币种；请以 \(balance) 给出金额"))
    case .balance(let card, .pricedIn(let price, let given)):
      return report(
        "'\(card)' is priced in \(price), so its balance is in \(price), not \(given)",
        "'\(card)' 的价格以 \(price) 计，所以余额也以 \(price) 计，不是 \(given)",
        hint: language(
          en: "a card's balance has one currency, its price's; give the amount in \(price)",
          zh: "一张卡的余额只有一种币种，即价格的币种；请以 \(price) 给出金额"))
    case .spendUntilNeedsSince:
      return report(
        "--until needs --since: spend counts from --since to --until",
        "--until 需要 --since：支出从 --since 统计到 --until",
        hint: language(
          en: "give --since DATE too, or --year YYYY", zh: "请同时给出 --since DATE，或改用 --year YYYY"))
    case .emptyRange(let since, let until):
      return report(
        "--since \(since) is after --until \(until)", "--since \(since) 晚于 --until \(until)",
        hint: language(en: "give --since first", zh: "--since 应早于 --until"))
    case .outIsDataFile(let path):
      return report(
        "--out \(path) is renew's data file or one of its backups",
        "--out \(path) 是 renew 的数据文件或其备份",
        hint: language(
          en: "give another file, such as ~/Sync/renew.ics", zh: "请换一个文件，例如 ~/Sync/renew.ics"))
    case .balanceTooLarge(let card):
      return report(
        "the balance of '\(card)' would pass 999999999999.99, more than renew keeps",
        "'\(card)' 的余额将超过 999999999999.99，超出 renew 能记录的范围",
        hint: language(
          en: "record what the carrier says with 'renew balance'",
          zh: "请用 'renew balance' 记录运营商显示的余额"))
    case .noStateLocation:
      return report(
        "HOME is not set, so check --new has nowhere to keep what it reported",
        "没有设置 HOME，check --new 无处保存已提醒过的记录",
        hint: language(en: "set XDG_STATE_HOME or HOME", zh: "请设置 XDG_STATE_HOME 或 HOME"))
    case .spendTooLarge:
      return report(
        "the sums are too large to add up exactly (past 38 digits)", "金额太大，无法精确相加（超过 38 位）",
        hint: language(en: "check the rates given with --rate", zh: "请检查 --rate 给出的汇率"))
    case .rateWithoutIn(let rate):
      return report(
        "--rate \(rate) needs --in: the currency to convert into", "--rate \(rate) 需要 --in：要换算成的币种",
        hint: language(en: "give --in CUR, such as --in CNY", zh: "请给出 --in CUR，例如 --in CNY"))
    case .missingRates(let currencies, let target):
      let options = currencies.map { "--rate \($0)=N" }.joined(separator: " ")
      let one = currencies.count == 1 ? currencies[0] : nil
      return report(
        "no rate for \(Format.list(currencies, in: .english)) to convert into \(target)",
        "没有 \(Format.list(currencies, in: .chinese)) 换算成 \(target) 的汇率",
        hint: language(
          en: "give \(options): what one \(one ?? "of each") is in \(target)",
          zh: "请给出 \(options)："
            + (one.map { "1 \($0) 折合多少 \(target)" } ?? "每种币种的 1 个单位折合多少 \(target)")))
    case .conflictingOptions(let first, let second):
      return report(
        "options '--\(first)' and '--\(second)' cannot be used together",
        "选项 '--\(first)' 和 '--\(second)' 不能同时使用",
        hint: language(en: "give one of them", zh: "只能给出其中一个"))
    case .optionNeedsAnother(let option, let needs):
      let needed = Format.alternatives(needs, in: language)
      // `--on` with `edit` dates an expiry; other options need another plainly.
      let isOn = option == OptionName.on.rawValue
      return report(
        isOn
          ? "--\(option) says when the expiry was set, so it needs \(needed)"
          : "--\(option) needs \(needed)",
        isOn ? "--\(option) 表示有效期是哪天设置的，所以需要 \(needed)" : "--\(option) 需要 \(needed)",
        hint: language(
          en: "give \(needed), or leave out --\(option)", zh: "请给出 \(needed)，或去掉 --\(option)"))
    case .futureDate(let option, let date, let today):
      return report(
        "--\(option) \(date) is in the future (today is \(today))",
        "--\(option) \(date) 是将来的日期（今天是 \(today)）",
        hint: option == OptionName.since.rawValue
          ? language(en: "spend counts what was paid, up to today", zh: "spend 统计的是截至今天已付的款项")
          : language(en: "record things after they happen", zh: "请在事情发生之后再记录"))
    case .noDueDate(let card):
      return report(
        "'\(card)' has no due date, so --on due names no day", "'\(card)' 没有到期日，--on due 无法确定日期",
        hint: language(
          en: "give --on DATE, or give the card a clock with --expires or --keep-alive",
          zh: "请给出 --on DATE，或用 --expires 或 --keep-alive 为卡设置有效期或保号周期"))
    case .notYetDue(let card, let due, let today):
      return report(
        "'\(card)' is due on \(due), after today (\(today)), so --on due is in the future",
        "'\(card)' 的到期日是 \(due)，在今天（\(today)）之后，所以 --on due 是将来的日期",
        hint: language(
          en: "give --on DATE for something done before the due date",
          zh: "到期日之前发生的事请用 --on DATE 给出日期"))
    case .formatNotSupported(let command, let format):
      let commands = Format.list(CommandName.accepting(format).map(\.rawValue), in: language)
      guard let option = format.option.map({ "--\($0.rawValue)" }) else {
        return report(
          "text is not available for '\(command)'", "'\(command)' 不支持文本输出",
          hint: language(en: "text works with \(commands)", zh: "文本输出可用于 \(commands)"))
      }
      return report(
        "\(option) is not available for '\(command)'", "'\(command)' 不支持 \(option)",
        hint: language(en: "\(option) works with \(commands)", zh: "\(option) 可用于 \(commands)"))
    case .duplicateName(let name, let existing):
      return report(
        "a card named '\(existing)' already exists", "已有名为 '\(existing)' 的卡",
        hint: language(
          en: "names are unique ignoring case; choose another name than '\(name)'",
          zh: "名称不区分大小写，不能重复；请换一个名称，不要用 '\(name)'"))
    case .cardLookup(.unknown(let query, let names)):
      return report(
        "no card matches '\(query)'", "找不到卡 '\(query)'",
        hint: names.isEmpty
          ? language(
            en: "there are no cards yet; add one with 'renew add'",
            zh: "还没有卡；用 'renew add' 添加一张")
          : language(en: "cards: ", zh: "现有的卡：") + Format.listed(names, in: language))
    case .cardLookup(.ambiguous(let query, let candidates)):
      return report(
        "'\(query)' matches more than one card", "'\(query)' 匹配到多张卡",
        hint: language(en: "candidates: ", zh: "候选：")
          + Format.listed(
            candidates.map { candidate in
              candidate.number.map {
                language(en: "\(candidate.name) (\($0))", zh: "\(candidate.name)（\($0)）")
              } ?? candidate.name
            }, in: language))
    case .renewal(.noPeriod(let card)):
      let edit = "'\(Format.command(.edit, card: card, options: "--period P"))'"
      return report(
        "'\(card)' has no plan period, so renew cannot tell the new expiry",
        "'\(card)' 没有套餐周期，renew 无法算出新的有效期",
        hint: language(
          en: "give --for PERIOD or --until DATE, or set one with \(edit)",
          zh: "请给出 --for PERIOD 或 --until DATE，或用 \(edit) 设置周期"))
    case .renewal(.untilBeforeRenewal(let until, let renewal)):
      return report(
        "--until \(until) is before the renewal date \(renewal)",
        "--until \(until) 早于续费日期 \(renewal)",
        hint: language(en: "--until is the new expiry date", zh: "--until 指的是新的有效期"))
    case .renewal(.outOfRange(let card)):
      return report(
        "the new expiry of '\(card)' would be after 9999-12-31", "'\(card)' 的新有效期将晚于 9999-12-31",
        hint: ValueRule.dateInRange.hint(in: language)
          + language(en: "; give a shorter --for or an --until", zh: "；请给出更短的 --for，或改用 --until"))
    case .nothingToUnlog(let card):
      return report(
        "'\(card)' has no history to remove an entry from", "'\(card)' 没有可删除的历史记录",
        hint: language(en: "see 'renew history'", zh: "参见 'renew history'"))
    case .unlogRemovesExpiry(let card, let removed):
      let type = removed.event.type.word(in: language)
      let date = removed.event.date
      let edit = Format.command(.edit, card: card, options: "--expires DATE")
      let stop = Format.command(.edit, card: card, options: "--no-from-balance")
      return report(
        "removing the \(type) of \(date) (\(removed.id)) would leave '\(card)' paid from its "
          + "balance without --expires",
        "删除 \(date) 的\(type)记录（\(removed.id)）后，'\(card)' 将缺少 --expires，无法从余额扣费",
        hint: language(
          en: "set it anew first with '\(edit)', or stop paying from the balance with '\(stop)'",
          zh: "请先用 '\(edit)' 重新设置，或用 '\(stop)' 停止从余额扣费"))
    case .planChangeOrder(let card, let date, let later):
      let unlog = Format.command(.unlog, card: card, trailing: later.id)
      return report(
        "the plan of '\(card)' paid from its balance changed on \(later.event.date), after \(date)",
        "'\(card)' 从余额扣费的套餐已在 \(later.event.date) 变更，晚于 \(date)",
        hint: language(
          en: "plan changes are recorded in date order; remove that one first: \(unlog)",
          zh: "套餐变更须按日期顺序记录；请先删除那一条：\(unlog)"))
    case .entryLookup(let query, let card, let candidates, let isAmbiguous):
      return report(
        isAmbiguous
          ? "'\(query)' matches more than one entry of '\(card)'"
          : "no entry of '\(card)' has an id starting '\(query)'",
        isAmbiguous
          ? "'\(query)' 匹配到 '\(card)' 的多条记录" : "'\(card)' 没有编号以 '\(query)' 开头的记录",
        hint: (isAmbiguous
          ? language(en: "candidates: ", zh: "候选：") : language(en: "entries: ", zh: "记录："))
          + Format.listed(
            candidates.map { entry in
              language(
                en: "\(entry.id) (\(entry.event.date))", zh: "\(entry.id)（\(entry.event.date)）")
            }, in: language))
    case .removeNeedsConfirmation(let card):
      let remove = "'\(Format.command(.remove, card: card, options: "--yes"))'"
      return report(
        "not removing '\(card)' without --yes", "没有 --yes，不会删除 '\(card)'",
        hint: language(
          en: "run \(remove), or keep its history with 'renew retire'",
          zh: "请运行 \(remove)，或用 'renew retire' 停用它并保留历史记录"))
    }
  }

  /// The report for `--from-balance` on a card whose plan its balance cannot pay;
  /// on a card that was paid from its balance before, the way out is
  /// `--no-from-balance` rather than leaving `--from-balance` out.
  private static func describe(
    _ problem: BalancePlanProblem, card: String, wasPaidFromBalance: Bool, in language: Language
  ) -> ErrorReport {
    let message: String
    let hint: String
    let stop =
      wasPaidFromBalance
      ? language(
        en: "stop paying from the balance with --no-from-balance", zh: "用 --no-from-balance 停止从余额扣费"
      )
      : language(en: "leave out --from-balance", zh: "去掉 --from-balance")
    switch problem {
    case .missing(let fields):
      let options = Format.list(fields.map { "--\($0)" }, in: language)
      message = language(
        en: "'\(card)' cannot be paid from its balance without \(options)",
        zh: "'\(card)' 缺少 \(options)，无法从余额扣费")
      hint = language(en: "give \(options), or \(stop)", zh: "请给出 \(options)，或\(stop)")
    case .freePlan:
      message = language(
        en: "'\(card)' costs nothing, so its balance would pay for ever",
        zh: "'\(card)' 的价格为 0，余额永远扣不完")
      hint = language(
        en: "give --price the plan's real price, or \(stop)",
        zh: "请用 --price 给出套餐的实际价格，或\(stop)")
    case .autoRenew:
      message = language(
        en: "'\(card)' cannot renew both from its balance and by auto-renew",
        zh: "'\(card)' 不能既从余额扣费又自动续费")
      hint =
        wasPaidFromBalance
        ? language(
          en: "to renew by auto-renew instead, give --no-from-balance with --auto-renew",
          zh: "要改为自动续费，请同时给出 --no-from-balance 和 --auto-renew")
        : language(
          en: "give --from-balance or --auto-renew, not both",
          zh: "--from-balance 和 --auto-renew 只能给出一个")
    }
    return ErrorReport(message: message, hint: hint, code: usage)
  }
}
