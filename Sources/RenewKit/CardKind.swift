/// What kind of line a card is.
///
/// The order of the cases is kept in the summary beside the data file: a new case
/// goes last (`SummaryTests.numberedValues` pins it).
public enum CardKind: String, Sendable, Hashable, CaseIterable {
  /// A physical SIM card.
  case sim
  /// An embedded SIM profile.
  case esim
  /// A virtual number with no SIM at all (a VoIP or app number).
  case virtual
}
