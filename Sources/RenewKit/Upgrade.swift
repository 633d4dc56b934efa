extension Card {
  /// Turns a card read from format 1 into one whose history explains its clock.
  ///
  /// Format 1 kept the expiry and cycle day on the card, and a renewal kept what it
  /// did (`expiresAfter`) but not its term. A renewal is given the term that
  /// reproduces what it did (`until` its recorded expiry); when the history does
  /// not explain the stored expiry (it was set with `--expires`), an `expiry` entry
  /// records it: on the day the card was added if nothing older follows it, else
  /// after the last entry. The due date is the same before and after.
  mutating func upgrade(from format: CardFormat) {
    for index in history.indices {
      guard case .renewal(var renewal) = history[index].event, renewal.term == nil,
        let after = renewal.expiresAfter
      else { continue }
      renewal.term = .until(after)
      history[index].event = .renewal(renewal)
    }
    // The expiry the first renewal found was set outright before it.
    let firstRenewal = history.lazy.compactMap { entry -> Renewal? in
      if case .renewal(let renewal) = entry.event, renewal.term != nil { return renewal }
      return nil
    }.min { $0.date < $1.date }
    if let firstRenewal, let before = firstRenewal.expiresBefore {
      let change = ExpiryChange(date: min(added, firstRenewal.date), expires: before)
      history.insert(Entry(.expiry(change)), at: 0)
    }
    replay()
    let anchor = format.expiry.map { format.anchorDay ?? $0.day }
    guard clock.expiry != format.expiry || clock.anchorDay != anchor else { return }
    let ownAnchor = anchor == format.expiry?.day ? nil : anchor
    var first = self
    first.history.insert(
      Entry(.expiry(ExpiryChange(date: added, expires: format.expiry, anchorDay: ownAnchor))),
      at: 0)
    first.replay()
    if first.clock.expiry == format.expiry && first.clock.anchorDay == anchor {
      self = first
      return
    }
    let last = history.map(\.event.date).max().map { max($0, added) } ?? added
    history.append(
      Entry(.expiry(ExpiryChange(date: last, expires: format.expiry, anchorDay: ownAnchor))))
    replay()
  }
}

extension Document {
  /// Gives every card and entry without an id one derived from what it holds, so
  /// that a file read twice shows the same ids; refuses an id given twice.
  ///
  /// - Throws: ``DataError`` naming the second holder of a repeated id.
  mutating func assignDerivedIDs() throws(DataError) {
    var taken = Set<String>()
    for cardIndex in cards.indices {
      let id = cards[cardIndex].id
      if !id.isEmpty, !taken.insert(id).inserted {
        throw DataError(card: cards[cardIndex].name, field: "id", problem: .repeatedID(id))
      }
      for position in cards[cardIndex].history.indices {
        let entryID = cards[cardIndex].history[position].id
        guard entryID.isEmpty || taken.insert(entryID).inserted else {
          throw DataError(
            card: cards[cardIndex].name, field: "history[\(position)].id",
            problem: .repeatedID(entryID))
        }
      }
    }
    for cardIndex in cards.indices {
      if cards[cardIndex].id.isEmpty {
        let id = Identifier.derived(
          from: "card \(cardIndex) \(cards[cardIndex].name) \(cards[cardIndex].added)",
          avoiding: taken)
        cards[cardIndex].id = id
        taken.insert(id)
      }
      cards[cardIndex].deriveMissingEntryIDs(avoiding: &taken)
    }
  }
}

extension Card {
  /// Gives each entry without an id the id a read derives for it from the card's
  /// id, its position and its date, so that every read shows the same one.
  mutating func deriveMissingEntryIDs(avoiding taken: inout Set<String>) {
    for position in history.indices where history[position].id.isEmpty {
      let id = Identifier.derived(
        from: "entry \(self.id) \(position) \(history[position].event.date)", avoiding: taken)
      history[position].id = id
      taken.insert(id)
    }
  }
}
