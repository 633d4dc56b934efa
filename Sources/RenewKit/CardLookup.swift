/// A card named on the command line matched no card, or more than one.
public enum CardLookupError: Error, Sendable, Equatable {
  /// Nothing matched; `names` lists every card, to choose from.
  case unknown(query: String, names: [String])
  /// Several cards matched; `candidates` lists them.
  case ambiguous(query: String, candidates: [CardCandidate])
}

/// A card a query could mean: its name, and its number when the query matched the
/// number's last digits.
public struct CardCandidate: Sendable, Hashable {
  /// The card's name.
  public var name: String
  /// The card's number, when that is what matched.
  public var number: String?

  /// A candidate by name, or by name and number.
  public init(_ name: String, number: String? = nil) {
    self.name = name
    self.number = number
  }
}

extension Document {
  /// Finds the card a user means by `query`.
  ///
  /// In order: the card's name, ignoring case; else the one card whose name
  /// starts with `query`; else the one card whose number ends with `query`, when
  /// `query` has at least four digits (spaces, dashes and `+` are ignored).
  ///
  /// - Parameter query: What the user typed.
  /// - Returns: The card's index in ``cards``.
  /// - Throws: ``CardLookupError`` listing the candidates.
  public func resolve(_ query: String) throws(CardLookupError) -> Int {
    if let index = index(named: query) { return index }
    let key = Card.nameKey(query)
    let prefixed = cards.indices.filter {
      !key.isEmpty && Card.nameKey(cards[$0].name).hasPrefix(key)
    }
    if prefixed.count == 1 { return prefixed[0] }
    if prefixed.count > 1 {
      throw .ambiguous(query: query, candidates: prefixed.map { CardCandidate(cards[$0].name) })
    }
    let digits = query.filter { $0.isASCII && $0.isWholeNumber }
    let isNumberLike = query.allSatisfy { ($0.isASCII && $0.isWholeNumber) || " -+()".contains($0) }
    if digits.count >= 4, isNumberLike {
      let matches = cards.indices.filter {
        cards[$0].number.filter { $0.isASCII && $0.isWholeNumber }.hasSuffix(digits)
      }
      if matches.count == 1 { return matches[0] }
      if matches.count > 1 {
        throw .ambiguous(
          query: query,
          candidates: matches.map { CardCandidate(cards[$0].name, number: cards[$0].number) })
      }
    }
    throw .unknown(query: query, names: cards.map(\.name))
  }
}
