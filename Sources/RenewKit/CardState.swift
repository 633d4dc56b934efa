/// How urgently a card needs renewing.
public enum CardState: String, Sendable, Hashable, CaseIterable {
  /// The due date is beyond the reminder window.
  case ok
  /// The due date is within the reminder window: 0 ≤ days left ≤ window.
  case soon
  /// Past the due date but within grace, or with no grace known.
  case overdue
  /// Past the due date plus grace: the number is presumed recycled.
  case lapsed
  /// The card has neither an expiry nor a keep-alive window.
  case unknown

  /// Whether `renew check` reports a card in this state.
  public var needsAttention: Bool {
    switch self {
    case .soon, .overdue, .lapsed: return true
    case .ok, .unknown: return false
    }
  }
}
