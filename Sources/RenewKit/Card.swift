/// One phone number on one carrier, with its plan, its clock and its history.
///
/// The history is the truth: the clock (expiry, cycle day, last activity) is what
/// its entries say, replayed in date order (see ``replay()``).
public struct Card: Sendable, Hashable {
  /// A short id, unique in the document, kept across renames and edits; empty until
  /// the store gives it one.
  public var id: String
  /// The card's name, unique among the cards regardless of case (`Smart PH`, `中国移动`).
  public var name: String
  /// The phone number as the user writes it (`+63 917 123 4567`).
  public var number: String
  /// The ISO 3166 alpha-2 country code, upper-case.
  public var country: String?
  /// The carrier's name.
  public var carrier: String?
  /// SIM, eSIM or virtual number.
  public var kind: CardKind?
  /// Free labels for grouping (`travel`, `bank`).
  public var tags: [String]
  /// A free-text note.
  public var note: String?
  /// Whether the card is retired: its history is kept, but `status` and `check` leave it out.
  public var isRetired: Bool
  /// The day the card was added to renew; a keep-alive window counts from it until
  /// any activity is recorded.
  public var added: CalendarDate
  /// The clock the history gives, kept up to date by every change of the history.
  public internal(set) var clock: Clock
  /// What one renewal normally buys.
  public var plan: Plan
  /// The window within which some activity must happen (`180d`).
  public var keepAlive: Period?
  /// How long after the due date the number can still be recovered.
  public var grace: Period?
  /// The days before the due date to be reminded on (`--remind 30,7,1`), largest
  /// first; empty means ``defaultRemindDays``. The card is `soon` within the largest.
  public var leadDays: [Int]
  /// The ways this card can be renewed.
  public var methods: [RenewalMethod]
  /// Free-text renewal instructions: an SMS command, a URL, a shop's address.
  public var how: String?
  /// Whether the carrier charges a bound payment method by itself.
  ///
  /// An auto-renewing card is never assumed renewed: a failed charge is how
  /// numbers get lost, so the card stays due until a renewal is logged.
  public var renewsAutomatically: Bool
  /// The payment method the carrier charges, such as `PayPal` or `Visa 4242`.
  public var payVia: String?
  /// Whether the plan renews itself from the card's balance at each expiry.
  public var isPaidFromBalance: Bool
  /// The least a top-up may be, such as a carrier's monthly minimum.
  public var minTopUp: Money?
  /// Renewals, activity and expiries set outright, in the order they were recorded.
  public internal(set) var history: [Entry]
  /// The bytes the card was read from in a hurry, without its history; `nil` once
  /// its history is loaded, and for a card read in full or made anew.
  var source: CardSource? {
    get { sourceBox.source }
    set { sourceBox = SourceBox(source: newValue) }
  }
  private var sourceBox = SourceBox()

  /// The reminder window used when a card sets none.
  public static let defaultRemindDays = 7
  /// The largest reminder window a data file may hold, ten years (files written
  /// before lead days were limited took any such number).
  public static let maximumRemindDays = 3650
  /// The largest lead day the command line accepts.
  public static let maximumLeadDay = 365

  /// Creates a card with no plan, no clock and no history.
  public init(name: String, number: String, added: CalendarDate) {
    self.name = name
    self.number = number
    self.added = added
    self.tags = []
    self.isRetired = false
    self.plan = Plan()
    self.methods = []
    self.renewsAutomatically = false
    self.isPaidFromBalance = false
    self.leadDays = []
    self.history = []
    self.clock = Clock()
    self.id = ""
  }

  /// The last day on which the prepaid validity holds.
  public var expiry: CalendarDate? { clock.expiry }

  /// The day of the month the current cycle is anchored to.
  public var anchorDay: Int? { clock.anchorDay }

  /// The day of the last recorded activity or renewal, else the day the card was added.
  public var lastActivity: CalendarDate { clock.lastActivity ?? added }

  /// The reminder window in days: the largest lead day.
  public var effectiveRemindDays: Int { leadDays.first ?? Card.defaultRemindDays }

  /// The lead days in use, largest first: the card's own, else the default.
  public var effectiveLeadDays: [Int] { leadDays.isEmpty ? [Card.defaultRemindDays] : leadDays }

  /// The renewal hints in one list: the methods, auto-renew, `--how`, then how
  /// to pay when the carrier does not charge by itself.
  public var renewalHints: [RenewalHint] {
    var hints = methods.filter { !(renewsAutomatically && $0 == .auto) }.map(RenewalHint.method)
    if renewsAutomatically { hints.append(.autoRenew(via: payVia)) }
    if let how { hints.append(.how(how)) }
    if !renewsAutomatically, let payVia { hints.append(.pay(via: payVia)) }
    return hints
  }
}

/// One way to renew a card, as `status` and `check` list them.
public enum RenewalHint: Sendable, Hashable {
  /// A renewal method (`app`, `kiosk`).
  case method(RenewalMethod)
  /// The carrier charges a bound payment method by itself, through `via` if known.
  case autoRenew(via: String?)
  /// The free-text instructions of `--how`.
  case how(String)
  /// The payment route to use by hand (`--pay` without `--auto-renew`).
  case pay(via: String)
}

extension StringProtocol {
  /// The text without leading and trailing white space.
  public var trimmed: Substring {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return Substring(self[start...end])
  }
}

/// A card's ``CardSource``, which does not count when cards are compared: where a
/// card was read from says nothing of what it holds.
struct SourceBox: Sendable, Hashable {
  /// The source, if any.
  var source: CardSource?

  static func == (lhs: SourceBox, rhs: SourceBox) -> Bool { true }
  func hash(into hasher: inout Hasher) {}
}
