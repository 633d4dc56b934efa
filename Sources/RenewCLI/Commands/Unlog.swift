import RenewKit

/// `renew unlog`: one entry taken out of a card's history, the rest replayed.
extension Runner {
  /// Removes the entry `entry` names (an id or id prefix; the last recorded when
  /// `nil`), replays, and says what the card's expiry and due date are now.
  func unlog(query: String, entry: String?) throws {
    let (card, removed) = try store.update { document in
      let index = try resolveWithHistory(query, in: &document)
      let card = document.cards[index]
      guard !card.history.isEmpty else { throw UsageError.nothingToUnlog(card: card.name) }
      let position = try Runner.position(of: entry, in: card)
      let removed = document.cards[index].removeEntry(at: position)
      // The card must still hold together, as add and edit keep it. An entry can
      // only take away the expiry its plan needs; a card that did not hold
      // together before (a hand edit) is not this command's to refuse.
      if card.balancePlanProblem == nil, document.cards[index].balancePlanProblem != nil {
        throw UsageError.unlogRemovesExpiry(card: card.name, removed: removed)
      }
      // Without a reading, the top-ups around it can add up past what the file holds.
      guard document.cards[index].isBalanceInRange else {
        throw UsageError.balanceTooLarge(card: card.name)
      }
      document.lastChange = .command(.unlog, card: card.name, date: removed.event.date)
      return (document.cards[index], removed)
    }
    let type = removed.event.type.word(in: language)
    let date = removed.event.date
    let expiry =
      card.expiry(on: today).map { language(en: "expires \($0)", zh: "有效期至 \($0)") }
      ?? language(en: "no expiry", zh: "无有效期")
    say(
      language(
        en: "removed the \(type) of \(date) (\(removed.id)) from \(card.name); \(expiry)",
        zh: Format.spaced("已从", card.name, "删除 \(date) 的\(type)记录（\(removed.id)）")
          + "；\(expiry)")
        + dueSummary(card))
    warnIfNeverReported(card)
  }

  /// Where the entry `query` names is in `card`'s history: an id or a unique id
  /// prefix, ignoring case; the last recorded entry when `query` is `nil`.
  static func position(of query: String?, in card: Card) throws(UsageError) -> Int {
    guard let query else { return card.history.count - 1 }
    let key = query.lowercased()
    if let exact = card.history.firstIndex(where: { $0.id == key }) { return exact }
    let matches = card.history.indices.filter { !key.isEmpty && card.history[$0].id.hasPrefix(key) }
    if matches.count == 1 { return matches[0] }
    let listed = matches.isEmpty ? Array(card.history.indices) : matches
    throw .entryLookup(
      query: query, card: card.name,
      candidates: listed.map { card.history[$0] },
      isAmbiguous: !matches.isEmpty)
  }
}
