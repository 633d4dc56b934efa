/// What kind of line a card is.
public enum CardKind: String, Sendable, Hashable, CaseIterable {
  /// A physical SIM card.
  case sim
  /// An embedded SIM profile.
  case esim
  /// A virtual number with no SIM at all (a VoIP or app number).
  case virtual
}
