import RenewKit

/// Something renew did as asked but that the user should know about: printed on
/// stderr after the change, without changing the exit status.
enum Warning: Equatable {
  /// A card with neither an expiry nor a keep-alive window: `check` can never report it.
  case neverReported(card: String)
  /// Several cards, imported, with neither an expiry nor a keep-alive.
  case neverReportedCards([String])
  /// `log --until` set an expiry earlier than the one the card had.
  case shortensExpiry(card: String, from: CalendarDate, to: CalendarDate)
  /// A renewal logged for a day before an expiry set outright, which then decides.
  case expirySetLater(card: String, on: CalendarDate, id: String, expiry: CalendarDate?)
  /// An expiry set with `--on` for a day before another expiry set outright, which
  /// then decides.
  case expirySetAgainLater(
    card: String, given: CalendarDate, on: CalendarDate, id: String, expiry: CalendarDate?)
  /// A top-up smaller than the card's `--min-top-up`.
  case belowMinimumTopUp(card: String, amount: Money, minimum: Money)

  /// The lines printed on stderr, each ending in a newline: `renew: warning: …`,
  /// `renew: 警告：…`.
  func text(in language: Language) -> String {
    let lines: [String]
    switch self {
    case .neverReported(let card):
      let edit = Format.command(.edit, card: card, options: "--expires DATE")
      lines = [
        language(
          en: "'\(card)' has no expiry and no keep-alive, so 'renew check' will never report it",
          zh: "'\(card)' 既没有有效期也没有保号周期，'renew check' 永远不会提醒它"),
        language(
          en: "give it a clock: \(edit) or --keep-alive 180d",
          zh: "请设置有效期或保号周期：\(edit) 或 --keep-alive 180d"),
      ]
    case .neverReportedCards(let cards):
      // In the order of the file, as the import listed them.
      let names = Format.listed(cards.map { "'\($0)'" }, in: language)
      lines = [
        language(
          en: "\(cards.count) cards have no expiry and no keep-alive, so 'renew check' will never "
            + "report them: \(names)",
          zh: "\(cards.count) 张卡既没有有效期也没有保号周期，'renew check' 永远不会提醒它们：\(names)"),
        language(
          en: "give each a clock: renew edit NAME --expires DATE or --keep-alive 180d",
          zh: "请为每张卡设置有效期或保号周期：renew edit NAME --expires DATE 或 --keep-alive 180d"),
      ]
    case .shortensExpiry(let card, let from, let to):
      lines = [
        language(
          en: "this shortens the expiry of '\(card)' from \(from) to \(to)",
          zh: "这会把 '\(card)' 的有效期从 \(from) 缩短到 \(to)")
      ]
    case .expirySetLater(let card, let day, let id, let expiry),
      .expirySetAgainLater(let card, _, let day, let id, let expiry):
      let stays = expiry.map(\.description) ?? language(en: "unset", zh: "未设置")
      let unlog = Format.command(.unlog, card: card, trailing: id)
      let space = expiry == nil ? "" : " "
      if case .expirySetAgainLater(_, let given, _, _, _) = self {
        lines = [
          language(
            en: "the expiry of '\(card)' was set outright again on \(day), after \(given), so "
              + "it stays \(stays)",
            zh: "'\(card)' 的有效期已在 \(day) 再次直接设置（晚于 \(given)），所以仍为\(space)\(stays)"),
          language(
            en: "if that later setting is wrong, remove it: \(unlog)",
            zh: "如果那次设置有误，请删除它：\(unlog)"),
        ]
      } else {
        lines = [
          language(
            en: "the expiry of '\(card)' was set outright on \(day), after this renewal, so it "
              + "stays \(stays)",
            zh: "'\(card)' 的有效期已在 \(day) 直接设置（晚于这次续费），所以仍为\(space)\(stays)"),
          language(
            en: "if that setting did not count this renewal, remove it: \(unlog)",
            zh: "如果那次设置没有算上这次续费，请删除它：\(unlog)"),
        ]
      }
    case .belowMinimumTopUp(let card, let amount, let minimum):
      lines = [
        language(
          en:
            "\(amount) is less than the least top-up of '\(card)', \(minimum); recorded all the same",
          zh: "\(amount) 低于 '\(card)' 的最低充值额 \(minimum)；仍已记录")
      ]
    }
    let prefix = language(en: "renew: warning: ", zh: "renew: 警告：")
    return prefix + lines.map { $0 + "\n" }.joined()
  }
}
