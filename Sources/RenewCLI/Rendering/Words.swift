import RenewKit

// The fixed words of the domain as people read them, in both languages. RenewKit
// keeps data, not words: each enum's English word is the form it is typed and
// stored in, and its Chinese word is what a carrier's own app would show.

extension CardState {
  /// The state as `status`, `show` and `check` name it: `soon`, 即将到期.
  func word(in language: Language) -> String {
    switch self {
    case .ok: language(en: "ok", zh: "正常")
    case .soon: language(en: "soon", zh: "即将到期")
    case .overdue: language(en: "overdue", zh: "已逾期")
    case .lapsed: language(en: "lapsed", zh: "已回收")
    case .unknown: language(en: "unknown", zh: "未知")
    }
  }

  /// The state word of a card in this state, or `retired` (已停用) for a retired card,
  /// whatever its clock says.
  func word(retired isRetired: Bool, in language: Language) -> String {
    isRetired ? language(en: "retired", zh: "已停用") : word(in: language)
  }
}

extension TypedWord {
  /// The value as `status`, `check`, `list` and `show` name it: its English word,
  /// or the first of its Chinese words (`kiosk`, 自助机; `esim`, eSIM 卡), the
  /// same words the command line accepts.
  func word(in language: Language) -> String {
    language(en: rawValue, zh: chineseWords.first ?? rawValue)
  }
}

extension EntryType {
  /// The type of a history entry as `history` and `unlog` name it: `top-up`, 充值.
  func word(in language: Language) -> String {
    switch self {
    case .renewal: language(en: "renewal", zh: "续费")
    case .activity: language(en: "activity", zh: "保号活动")
    case .expiry: language(en: "expiry", zh: "设置有效期")
    case .balance: language(en: "balance", zh: "余额")
    case .topUp: language(en: "top-up", zh: "充值")
    case .plan: language(en: "plan-change", zh: "套餐变更")
    }
  }
}

extension ChangeCommand {
  /// What a change did, as `backups` and `undo` name it: `log`, 记录续费.
  ///
  /// The English word is the command's own name, as the data file keeps it.
  func word(in language: Language) -> String {
    switch self {
    case .add: language(en: "add", zh: "添加卡")
    case .edit: language(en: "edit", zh: "修改卡")
    case .remove: language(en: "remove", zh: "删除卡")
    case .retire: language(en: "retire", zh: "停用卡")
    case .unretire: language(en: "unretire", zh: "重新启用卡")
    case .import: language(en: "import", zh: "导入")
    case .log: language(en: "log", zh: "记录续费")
    case .touch: language(en: "touch", zh: "记录保号活动")
    case .unlog: language(en: "unlog", zh: "删除记录")
    case .balance: language(en: "balance", zh: "记录余额")
    case .topUp: language(en: "top-up", zh: "记录充值")
    }
  }
}

extension CardField {
  /// The field's name on its line of `show`: `min-top-up`, 最低充值.
  ///
  /// In English the field's ``label``, except the plan (its period and price on
  /// one line) and `from balance`, which `show` words as a phrase.
  func title(in language: Language) -> String {
    switch self {
    case .number: language(en: label, zh: "号码")
    case .country: language(en: label, zh: "国家/地区")
    case .carrier: language(en: label, zh: "运营商")
    case .kind: language(en: label, zh: "类型")
    case .period: language(en: "plan", zh: "套餐")
    case .price: language(en: label, zh: "价格")
    case .keepAlive: language(en: label, zh: "保号")
    case .grace: language(en: label, zh: "宽限期")
    case .remind: language(en: label, zh: "提醒")
    case .methods: language(en: label, zh: "续费方式")
    case .how: language(en: label, zh: "续费说明")
    case .autoRenew: language(en: label, zh: "自动续费")
    case .pay: language(en: label, zh: "支付方式")
    case .fromBalance: language(en: "from balance", zh: "从余额扣费")
    case .minTopUp: language(en: label, zh: "最低充值")
    case .tags: language(en: label, zh: "标签")
    case .note: language(en: label, zh: "备注")
    }
  }
}
