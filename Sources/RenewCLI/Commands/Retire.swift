import RenewKit

/// `renew remove`, `renew retire` and `renew unretire`.
extension Runner {
  /// `renew remove`: deletes a card and its history, after asking or with `--yes`.
  func remove(query: String, isConfirmed: Bool) throws {
    let document = try store.read()
    let card = document.cards[try resolve(query, in: document)]
    if !isConfirmed {
      guard let confirm = output.confirm else {
        throw UsageError.removeNeedsConfirmation(card: card.name)
      }
      let count = card.history.count
      let entries = count == 1 ? "1 history entry" : "\(count) history entries"
      let question = language(
        en: "Remove \(card.name) (\(card.number)) and its \(entries)? [y/N] ",
        zh: Format.spaced("删除", card.name, "（\(card.number)）及其 \(count) 条历史记录？[y/N] "))
      guard confirm(question) else {
        say(language(en: "kept \(card.name)", zh: Format.spaced("已保留", card.name)))
        return
      }
    }
    try store.update { document in
      // By exact name: the card may have been renamed while the question was asked.
      guard let index = document.index(named: card.name) else {
        throw UsageError.cardLookup(.unknown(query: card.name, names: document.cards.map(\.name)))
      }
      document.cards.remove(at: index)
      document.lastChange = .command(.remove, card: card.name, date: nil)
    }
    say(
      language(
        en: "removed \(card.name) and its history",
        zh: Format.spaced("已删除", card.name, "及其历史记录")))
  }

  /// `renew retire` and `renew unretire`; a card already in that state is left alone.
  func setRetired(query: String, _ isRetired: Bool) throws {
    let command: ChangeCommand = isRetired ? .retire : .unretire
    let document = try store.read()
    let current = document.cards[try resolve(query, in: document)]
    guard current.isRetired != isRetired else {
      say(
        isRetired
          ? language(
            en: "\(current.name) is already retired", zh: Format.spaced(current.name, "已停用"))
          : language(
            en: "\(current.name) is not retired", zh: Format.spaced(current.name, "未停用")))
      return
    }
    let card = try store.update { document in
      let index = try resolve(query, in: document)
      document.cards[index].isRetired = isRetired
      document.lastChange = .command(command, card: document.cards[index].name, date: nil)
      return document.cards[index]
    }
    say(
      isRetired
        ? language(
          en: "retired \(card.name); its history is kept",
          zh: Format.spaced("已停用", card.name) + "，历史记录已保留")
        : language(en: "unretired \(card.name)", zh: Format.spaced("已重新启用", card.name)))
  }
}
