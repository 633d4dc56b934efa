/// The lines of `show` that are not a card field: the card's clock, its money and
/// its history.
enum ShowLabel: CaseIterable {
  /// A line of the clock or the balance, under the card's fields.
  case retired, expires, balance, charge, covers, topUp, renew, due, added

  /// The label as `show` prints it: `expires`, 有效期至.
  func text(in language: Language) -> String {
    switch self {
    case .retired: language(en: "retired", zh: "已停用")
    case .expires: language(en: "expires", zh: "有效期至")
    case .balance: language(en: "balance", zh: "余额")
    case .charge: language(en: "charge", zh: "扣费")
    case .covers: language(en: "covers", zh: "余额可支付")
    case .topUp: language(en: "top up", zh: "充值提醒")
    case .renew: language(en: "renew", zh: "续费提醒")
    case .due: language(en: "due", zh: "到期日")
    case .added: language(en: "added", zh: "添加日期")
    }
  }
}
