/// One phone number on one carrier, with its plan, its clock and its history.
///
/// The history is the truth: the clock (expiry, cycle day, last activity) is what
/// its entries say, replayed in date order (see ``replay()``).
public struct Card: Sendable, Hashable, CustomReflectable {
  /// The card's values, shared by its copies until one of them changes: a card is
  /// copied whenever it is read from an array and handed to a method, and with two
  /// dozen values, most of them text and lists, a copy of each would cost far more
  /// than one shared reference.
  private var storage: Storage

  /// The stored values behind the properties of the same names.
  private struct Fields: Hashable {
    var id: String
    var name: String
    var number: String
    var country: String?
    var carrier: String?
    var kind: CardKind?
    var tags: [String]
    var note: String?
    var isRetired: Bool
    var added: CalendarDate
    var clock: Clock
    var plan: Plan
    var keepAlive: Period?
    var grace: Period?
    var leadDays: [Int]
    var methods: [RenewalMethod]
    var how: String?
    var renewsAutomatically: Bool
    var payVia: String?
    var isPaidFromBalance: Bool
    var minTopUp: Money?
    var history: [Entry]
  }

  /// The box that copies of a card share.
  private final class Storage: @unchecked Sendable {
    // Sendable: a storage is changed only through `Card.fields`, after its
    // uniqueness check, so a shared storage is never changed. That check is also
    // why no access to `fields` is checked as it runs: the card variable's own
    // exclusivity, which the compiler checks, covers its only storage.
    @exclusivity(unchecked) var fields: Fields

    init(_ fields: Fields) {
      self.fields = fields
    }
  }

  /// The card's values, copied out of a shared storage before they change.
  private var fields: Fields {
    get { storage.fields }
    _modify {
      if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
      yield &storage.fields
    }
  }

  /// The card's values, and its source, as `dump` and failed expectations show them.
  public var customMirror: Mirror {
    Mirror(
      self, children: Mirror(reflecting: storage.fields).children + [("source", source as Any)])
  }

  /// Whether two cards hold the same values, wherever they were read from.
  public static func == (lhs: Card, rhs: Card) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  /// Hashes the card's values, not where it was read from.
  public func hash(into hasher: inout Hasher) {
    storage.fields.hash(into: &hasher)
  }

  /// A short id, unique in the document, kept across renames and edits; empty until
  /// the store gives it one.
  public var id: String {
    get { storage.fields.id }
    _modify { yield &fields.id }
  }
  /// The card's name, unique among the cards regardless of case (`Smart PH`, `中国移动`).
  public var name: String {
    get { storage.fields.name }
    _modify { yield &fields.name }
  }
  /// The phone number as the user writes it (`+63 917 123 4567`).
  public var number: String {
    get { storage.fields.number }
    _modify { yield &fields.number }
  }
  /// The ISO 3166 alpha-2 country code, upper-case.
  public var country: String? {
    get { storage.fields.country }
    _modify { yield &fields.country }
  }
  /// The carrier's name.
  public var carrier: String? {
    get { storage.fields.carrier }
    _modify { yield &fields.carrier }
  }
  /// SIM, eSIM or virtual number.
  public var kind: CardKind? {
    get { storage.fields.kind }
    _modify { yield &fields.kind }
  }
  /// Free labels for grouping (`travel`, `bank`).
  public var tags: [String] {
    get { storage.fields.tags }
    _modify { yield &fields.tags }
  }
  /// A free-text note.
  public var note: String? {
    get { storage.fields.note }
    _modify { yield &fields.note }
  }
  /// Whether the card is retired: its history is kept, but `status` and `check` leave it out.
  public var isRetired: Bool {
    get { storage.fields.isRetired }
    _modify { yield &fields.isRetired }
  }
  /// The day the card was added to renew; a keep-alive window counts from it until
  /// any activity is recorded.
  public var added: CalendarDate {
    get { storage.fields.added }
    _modify { yield &fields.added }
  }
  /// The clock the history gives, kept up to date by every change of the history.
  public internal(set) var clock: Clock {
    get { storage.fields.clock }
    _modify { yield &fields.clock }
  }
  /// What one renewal normally buys.
  public var plan: Plan {
    get { storage.fields.plan }
    _modify { yield &fields.plan }
  }
  /// The window within which some activity must happen (`180d`).
  public var keepAlive: Period? {
    get { storage.fields.keepAlive }
    _modify { yield &fields.keepAlive }
  }
  /// How long after the due date the number can still be recovered.
  public var grace: Period? {
    get { storage.fields.grace }
    _modify { yield &fields.grace }
  }
  /// The days before the due date to be reminded on (`--remind 30,7,1`), largest
  /// first; empty means ``defaultRemindDays``. The card is `soon` within the largest.
  public var leadDays: [Int] {
    get { storage.fields.leadDays }
    _modify { yield &fields.leadDays }
  }
  /// The ways this card can be renewed.
  public var methods: [RenewalMethod] {
    get { storage.fields.methods }
    _modify { yield &fields.methods }
  }
  /// Free-text renewal instructions: an SMS command, a URL, a shop's address.
  public var how: String? {
    get { storage.fields.how }
    _modify { yield &fields.how }
  }
  /// Whether the carrier charges a bound payment method by itself.
  ///
  /// An auto-renewing card is never assumed renewed: a failed charge is how
  /// numbers get lost, so the card stays due until a renewal is logged.
  public var renewsAutomatically: Bool {
    get { storage.fields.renewsAutomatically }
    _modify { yield &fields.renewsAutomatically }
  }
  /// The payment method the carrier charges, such as `PayPal` or `Visa 4242`.
  public var payVia: String? {
    get { storage.fields.payVia }
    _modify { yield &fields.payVia }
  }
  /// Whether the plan renews itself from the card's balance at each expiry.
  public var isPaidFromBalance: Bool {
    get { storage.fields.isPaidFromBalance }
    _modify { yield &fields.isPaidFromBalance }
  }
  /// The least a top-up may be, such as a carrier's monthly minimum.
  public var minTopUp: Money? {
    get { storage.fields.minTopUp }
    _modify { yield &fields.minTopUp }
  }
  /// Renewals, activity and expiries set outright, in the order they were recorded.
  public internal(set) var history: [Entry] {
    get { storage.fields.history }
    _modify { yield &fields.history }
  }
  /// The bytes the card was read from in a hurry, without its history; `nil` once
  /// its history is loaded, and for a card read in full or made anew.
  ///
  /// Kept beside the storage, not in it: giving a card its source leaves the
  /// storage it shares with the source's decoded card shared. It does not count
  /// when cards are compared: where a card was read from says nothing of what it holds.
  var source: CardSource?

  /// An empty card, which takes the place of one given up: all share one storage.
  static let vacated = Card(name: "", number: "", added: .first)

  /// The reminder window used when a card sets none.
  public static let defaultRemindDays = 7
  /// The largest reminder window a data file may hold, ten years (files written
  /// before lead days were limited took any such number).
  public static let maximumRemindDays = 3650
  /// The largest lead day the command line accepts.
  public static let maximumLeadDay = 365

  /// Creates a card with no plan, no clock and no history.
  public init(name: String, number: String, added: CalendarDate) {
    storage = Storage(
      Fields(
        id: "", name: name, number: number, tags: [], isRetired: false, added: added,
        clock: Clock(), plan: Plan(), leadDays: [], methods: [], renewsAutomatically: false,
        isPaidFromBalance: false, history: []))
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
    var hints: [RenewalHint] = []
    hints.reserveCapacity(methods.count + 2)
    for method in methods where !(renewsAutomatically && method == .auto) {
      hints.append(.method(method))
    }
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
