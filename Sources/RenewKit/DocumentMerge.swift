#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A three-way merge of two versions of a data file that grew apart from a common
/// one, card by card and entry by entry, by id: what `renew merge` does as git's
/// merge driver when two devices both changed the file.
///
/// Cards and entries added on either side are kept, an entry on both sides once,
/// an entry removed (`unlog`) on one side is removed. A field changed on one side
/// takes that change; the same field changed differently on both sides is a
/// ``MergeConflict`` that keeps ours. A card removed on one side and changed on the
/// other is a conflict that keeps the card. Every merged card is replayed.
public struct DocumentMerge: Sendable {
  /// The merged document.
  public var merged: Document
  /// What could not be merged, in the order of the merged cards; empty when the
  /// merge is clean.
  public var conflicts: [MergeConflict] = []

  /// Merges `ours` and `theirs`, both grown from `base`.
  ///
  /// The documents are read in full: every card's history is there.
  public init(base: Document, ours: Document, theirs: Document) {
    merged = Document(lastChange: ours.lastChange)
    let baseCards = Dictionary(base.cards.map { ($0.id, $0) }) { first, _ in first }
    let theirCards = Dictionary(theirs.cards.map { ($0.id, $0) }) { first, _ in first }
    let ourIDs = Set(ours.cards.map(\.id))
    for card in ours.cards {
      let original = baseCards[card.id]
      guard let their = theirCards[card.id] else {
        // Gone from theirs: removed there if it was in the base, kept if ours changed it.
        if let original, original == card { continue }
        if original != nil { conflicts.append(MergeConflict(card: card, .removedByThem)) }
        merged.cards.append(card)
        continue
      }
      merged.cards.append(merge(card, their, base: original))
    }
    for card in theirs.cards where !ourIDs.contains(card.id) {
      guard let original = baseCards[card.id] else {
        merged.cards.append(card)  // added by them
        continue
      }
      if original == card { continue }  // removed by us, untouched by them
      conflicts.append(MergeConflict(card: card, .removedByUs))
      merged.cards.append(card)
    }
    separateSameNames()
    // Each conflict names its card as the merge left it, in the order of the cards.
    let order = Dictionary(
      merged.cards.enumerated().map { ($1.id, (index: $0, name: $1.name)) }
    ) { first, _ in first }
    for index in conflicts.indices {
      conflicts[index].card = order[conflicts[index].id]?.name ?? conflicts[index].card
    }
    conflicts = conflicts.enumerated().sorted { left, right in
      let (a, b) = (order[left.element.id]?.index ?? 0, order[right.element.id]?.index ?? 0)
      return a != b ? a < b : left.offset < right.offset
    }.map(\.element)
  }

  /// Reads one of the merge's three files: a renew data file, or, for the common
  /// ancestor only, an empty file (git's ancestor of a file both sides added),
  /// which is a document with no cards.
  ///
  /// A missing file is an error, not a document with no cards: a path mistyped
  /// by hand would otherwise read as "every card was removed on that side". So is
  /// an empty side: a file truncated on one device would remove every card.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - isAncestor: Whether the file is the merge's base, which may be empty.
  /// - Returns: The document.
  /// - Throws: ``StoreError`` naming the file, its line and column.
  public static func read(_ path: String, isAncestor: Bool) throws(StoreError) -> Document {
    guard let bytes = try Store(path: path).readBytes(at: path) else {
      throw .system(SystemError(operation: .read, path: path, code: ENOENT))
    }
    if isAncestor, TextBytes.firstVisible(in: bytes) == nil { return Document() }
    return try Store.decode(bytes, path: path)
  }

  /// One card as both sides have it.
  private mutating func merge(_ ours: Card, _ theirs: Card, base: Card?) -> Card {
    var card = ours
    func pick<Value: Equatable>(_ path: WritableKeyPath<Card, Value>, _ what: MergeConflict.What) {
      let (mine, their) = (ours[keyPath: path], theirs[keyPath: path])
      guard mine != their else { return }
      if let base, mine == base[keyPath: path] {
        card[keyPath: path] = their
      } else if base == nil || their != base?[keyPath: path] {
        conflicts.append(MergeConflict(card: ours, what))
      }
    }
    pick(\.name, .name)
    pick(\.isRetired, .retired)
    for field in CardField.allCases {
      let (mine, their) = (field.value(in: ours), field.value(in: theirs))
      guard mine != their else { continue }
      let original = base.flatMap { field.value(in: $0) }
      if base != nil && mine == original {
        field.set(their, in: &card)
      } else if base == nil || their != original {
        conflicts.append(MergeConflict(card: ours, .field(field)))
      }
    }
    card.history = Self.merge(ours.history, theirs.history, base: base?.history ?? [])
    if Self.dropRivalExpirySettings(in: &card, ours: ours, base: base) {
      conflicts.append(MergeConflict(card: card, .expiry))
    }
    for date in Self.dropTwinPayments(in: &card, ours: ours, base: base) {
      conflicts.append(MergeConflict(card: card, .samePayment(date)))
    }
    // A balance has one currency: their readings and top-ups in another than ours
    // would make a file renew refuses, so ours are kept.
    let currency = (ours.history + theirs.history).lazy.compactMap(\.event.balanceAmount).first?
      .currency
    let ourIDs = Set(ours.history.map(\.id))
    let isOtherCurrency = { (entry: Entry) in
      !ourIDs.contains(entry.id)
        && entry.event.balanceAmount.map { $0.currency != currency } == true
    }
    if card.history.contains(where: isOtherCurrency) {
      card.history.removeAll(where: isOtherCurrency)
      conflicts.append(MergeConflict(card: card, .balanceCurrency))
    }
    // The plan and how it is paid are kept together, ours, as one conflict: when
    // both sides changed a plan paid from the balance (each plan change keeps the
    // plan before it as its own side knew it, so the two do not chain), and when
    // the two sides' changes do not hold together (a price for a plan paid from
    // the balance, one currency, not auto-renewed as well).
    let keepOurPlan = { (card: inout Card, theirEntry: (Entry) -> Bool) in
      for field in [CardField.period, .price, .autoRenew, .fromBalance, .minTopUp] {
        field.set(field.value(in: ours), in: &card)
      }
      card.history.removeAll { !ourIDs.contains($0.id) && theirEntry($0) }
      card.replay()
    }
    let baseIDs = Set(base?.history.map(\.id) ?? [])
    // A plan change one side has and the other lacks: the same change on both
    // sides (copied before it was merged) is no rival.
    let newPlanChanges = { (side: Card, other: Card) in
      let otherIDs = Set(other.history.map(\.id))
      return side.history.contains {
        $0.event.type == .plan && !baseIDs.contains($0.id) && !otherIDs.contains($0.id)
      }
    }
    let rivalPlans = newPlanChanges(ours, theirs) && newPlanChanges(theirs, ours)
    if rivalPlans {
      keepOurPlan(&card) { $0.event.type == .plan }
    } else {
      card.replay()
    }
    let holdsTogether = card.balancePlanProblem == nil && card.balanceCurrencyProblem == nil
    if !holdsTogether {
      keepOurPlan(&card) { $0.event.balanceAmount != nil }
    }
    if rivalPlans || !holdsTogether {
      conflicts.append(MergeConflict(card: card, .plan))
    }
    return card
  }

  /// Removes from `card` their expiry settings that rival one of ours: set outright
  /// on the same day to another date, which replay would let win without a word.
  /// - Returns: Whether there was one.
  private static func dropRivalExpirySettings(in card: inout Card, ours: Card, base: Card?) -> Bool
  {
    let baseIDs = Set(base?.history.map(\.id) ?? [])
    var ourSettings: [CalendarDate: CalendarDate?] = [:]
    for entry in ours.history where !baseIDs.contains(entry.id) {
      if case .expiry(let change) = entry.event { ourSettings[change.date] = change.expires }
    }
    let ourIDs = Set(ours.history.map(\.id))
    let isRival = { (entry: Entry) in
      guard !ourIDs.contains(entry.id), case .expiry(let change) = entry.event,
        let expires = ourSettings[change.date]
      else { return false }
      return expires != change.expires
    }
    guard card.history.contains(where: isRival) else { return false }
    card.history.removeAll(where: isRival)
    return true
  }

  /// Removes from `card` their renewals and top-ups that twin one of ours: added
  /// on both sides, on the same day, with the same amount (or none) and, for a
  /// renewal, the same term. That is
  /// nearly always one payment recorded on two devices, which would otherwise
  /// count twice and overstate the validity; a second real payment is logged again.
  /// - Returns: The days of the payments dropped.
  private static func dropTwinPayments(
    in card: inout Card, ours: Card, base: Card?
  ) -> [CalendarDate] {
    let baseIDs = Set(base?.history.map(\.id) ?? [])
    let ourIDs = Set(ours.history.map(\.id))
    func payment(_ entry: Entry) -> (CalendarDate, EntryType, Money?, RenewalTerm?)? {
      switch entry.event {
      case .renewal(let renewal): (renewal.date, .renewal, renewal.amount, renewal.term)
      case .topUp(let topUp): (topUp.date, .topUp, topUp.amount, nil)
      case .activity, .expiry, .balance, .plan: nil
      }
    }
    var ourPayments = ours.history.filter { !baseIDs.contains($0.id) }.compactMap(payment)
    var dropped: [CalendarDate] = []
    card.history.removeAll { entry in
      guard !ourIDs.contains(entry.id), let theirs = payment(entry),
        let index = ourPayments.firstIndex(where: { $0 == theirs })
      else { return false }
      ourPayments.remove(at: index)
      dropped.append(theirs.0)
      return true
    }
    if !dropped.isEmpty { card.replay() }
    return dropped
  }

  /// The entries of both sides by id: ours in their order, then theirs that ours
  /// lacks; an entry of the base that either side removed stays removed.
  private static func merge(_ ours: [Entry], _ theirs: [Entry], base: [Entry]) -> [Entry] {
    let baseIDs = Set(base.map(\.id))
    let ourIDs = Set(ours.map(\.id))
    let theirIDs = Set(theirs.map(\.id))
    let kept = ours.filter { !baseIDs.contains($0.id) || theirIDs.contains($0.id) }
    return kept + theirs.filter { !ourIDs.contains($0.id) && !baseIDs.contains($0.id) }
  }

  /// Cards that ended with the same name (each side added or renamed one to it):
  /// the later keeps its card under a name made unique, as a conflict.
  private mutating func separateSameNames() {
    var taken = Set(merged.cards.map { Card.nameKey($0.name) })
    var named = Set<String>()
    for index in merged.cards.indices
    where !named.insert(Card.nameKey(merged.cards[index].name)).inserted {
      let original = merged.cards[index].name
      var number = 2
      func renamed(_ number: Int) -> String {
        // A name at the length limit gives up its end for the number.
        let suffix = " (\(number))"
        return String(original.prefix(TextField.maximumNameLength - suffix.count)) + suffix
      }
      while taken.contains(Card.nameKey(renamed(number))) { number += 1 }
      merged.cards[index].name = renamed(number)
      taken.insert(Card.nameKey(merged.cards[index].name))
      conflicts.append(MergeConflict(card: merged.cards[index], .sameName(original)))
    }
  }
}

/// Something a merge could not decide: which card, and what about it.
public struct MergeConflict: Sendable, Hashable {
  /// What the two sides disagree on.
  public enum What: Sendable, Hashable {
    /// The card's name, changed differently on both sides; ours is kept.
    case name
    /// Retired on one side and brought back on the other; ours is kept.
    case retired
    /// A field changed differently on both sides; ours is kept.
    case field(CardField)
    /// The balance recorded in another currency on each side; ours is kept, and
    /// their readings and top-ups in the other currency are left out.
    case balanceCurrency
    /// The expiry set outright on both sides on the same day, to different dates;
    /// ours is kept.
    case expiry
    /// A renewal or top-up of this day and amount recorded on both sides; theirs
    /// was left out, as the same payment recorded twice.
    case samePayment(CalendarDate)
    /// The plan and how it is paid, changed on each side in ways that do not hold
    /// together (a plan paid from the balance without a price, a second currency);
    /// ours are kept.
    case plan
    /// Removed by them and changed by us: the card is kept.
    case removedByThem
    /// Removed by us and changed by them: the card is kept.
    case removedByUs
    /// Two cards ended with this name; the later was renamed to the card's name.
    case sameName(String)
  }

  /// The card's id.
  public var id: String
  /// The card's name in the merged document.
  public var card: String
  /// What the two sides disagree on.
  public var what: What

  /// A conflict about `card`.
  public init(card: Card, _ what: What) {
    id = card.id
    self.card = card.name
    self.what = what
  }
}
