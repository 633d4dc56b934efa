import RenewKit

/// The title of a table's column, in every table renew prints.
///
/// English titles are upper case; Chinese ones are as short as a carrier's app
/// makes them.
enum Heading: CaseIterable {
  /// The card's own columns (`list`, `status`).
  case name, number, country, carrier, kind, plan, tags
  /// Where the card stands (`status`).
  case due, left, state, balance, renew
  /// An entry of the history (`history`).
  case date, id, card, type, amount, details
  /// A backup (`backups`).
  case index, taken, changeThatFollowed
  /// Money over time (`spend`, `forecast`).
  case month, year, paid, payments, currency, total

  /// The title: `DUE`, 到期日.
  func text(in language: Language) -> String {
    switch self {
    case .name: language(en: "NAME", zh: "名称")
    case .number: language(en: "NUMBER", zh: "号码")
    case .country: language(en: "COUNTRY", zh: "国家/地区")
    case .carrier: language(en: "CARRIER", zh: "运营商")
    case .kind: language(en: "KIND", zh: "类型")
    case .plan: language(en: "PLAN", zh: "套餐")
    case .tags: language(en: "TAGS", zh: "标签")
    case .due: language(en: "DUE", zh: "到期日")
    case .left: language(en: "LEFT", zh: "剩余")
    case .state: language(en: "STATE", zh: "状态")
    case .balance: language(en: "BALANCE", zh: "余额")
    case .renew: language(en: "RENEW", zh: "续费方式")
    case .date: language(en: "DATE", zh: "日期")
    case .id: language(en: "ID", zh: "编号")
    case .card: language(en: "CARD", zh: "卡")
    case .type: language(en: "TYPE", zh: "类型")
    case .amount: language(en: "AMOUNT", zh: "金额")
    case .details: language(en: "DETAILS", zh: "详情")
    case .index: language(en: "#", zh: "序号")
    case .taken: language(en: "TAKEN", zh: "备份时间")
    case .changeThatFollowed: language(en: "CHANGE THAT FOLLOWED", zh: "随后的更改")
    case .month: language(en: "MONTH", zh: "月份")
    case .year: language(en: "YEAR", zh: "年份")
    case .paid: language(en: "PAID", zh: "支出")
    case .payments: language(en: "PAYMENTS", zh: "笔数")
    case .currency: language(en: "CUR", zh: "币种")
    case .total: language(en: "TOTAL", zh: "合计")
    }
  }

  /// The heading of a `spend` table grouped `by` this: `CARD`, `MONTH`, `YEAR`.
  init(_ grouping: SpendGrouping) {
    switch grouping {
    case .card: self = .card
    case .month: self = .month
    case .year: self = .year
    }
  }
}
