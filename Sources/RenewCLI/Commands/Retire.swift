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
      let entries =
        card.history.count == 1 ? "1 history entry" : "\(card.history.count) history entries"
      guard confirm("Remove \(card.name) (\(card.number)) and its \(entries)? [y/N] ") else {
        say("kept \(card.name)")
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
    say("removed \(card.name) and its history")
  }

  /// `renew retire` and `renew unretire`; a card already in that state is left alone.
  func setRetired(query: String, _ isRetired: Bool) throws {
    let command: ChangeCommand = isRetired ? .retire : .unretire
    let document = try store.read()
    let current = document.cards[try resolve(query, in: document)]
    guard current.isRetired != isRetired else {
      say("\(current.name) is \(isRetired ? "already retired" : "not retired")")
      return
    }
    let card = try store.update { document in
      let index = try resolve(query, in: document)
      document.cards[index].isRetired = isRetired
      document.lastChange = .command(command, card: document.cards[index].name, date: nil)
      return document.cards[index]
    }
    say(isRetired ? "retired \(card.name); its history is kept" : "unretired \(card.name)")
  }
}
