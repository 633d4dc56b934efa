import TestSupport
import Testing

@testable import RenewKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The summary beside the data file: what `status`, `check` and `list` read while
/// it is the data file's, and nothing else.
@Suite struct SummaryTests {
  /// A card with every field set at random (or left empty), and a random clock.
  static func randomCard(_ random: inout SplitMix64, index: Int) -> Card {
    let texts = ["", "中国移动 保号", "Smart PH", "🇵🇭 load 50", "a\"b\\c", "x"]
    let days = CalendarDate.first.dayNumber...CalendarDate.last.dayNumber
    func date() -> CalendarDate? {
      CalendarDate(dayNumber: Int.random(in: days, using: &random))
    }
    func money() -> Money? {
      Money(
        amount:
          "\(Int.random(in: 0...999_999, using: &random)).\(random.pick(["5", "05", "125", "000001"]))",
        currency: random.pick(["USD", "CNY", "PHP", "GBP"]))
    }
    func maybe() -> Bool { Bool.random(using: &random) }
    var card = Card(
      name: "\(random.pick(texts)) \(index)", number: "+63 917 \(index)",
      added: date() ?? .first)
    card.id = Identifier.random(avoiding: [])
    card.isRetired = maybe()
    card.clock.expiry = maybe() ? date() : nil
    card.clock.anchorDay = maybe() ? Int.random(in: 1...31, using: &random) : nil
    card.clock.lastActivity = maybe() ? date() : nil
    card.clock.balance = maybe() ? money() : nil
    card.clock.isChargeRefused = maybe()
    for field in CardField.allCases where maybe() {
      let value: FieldValue? =
        switch field.storage {
        case .requiredText, .text: .text(random.pick(texts.dropFirst().map { $0 }))
        case .country: .country(random.pick(["PH", "CN", "GB", "US"]))
        case .kind: .kind(random.pick(CardKind.allCases))
        case .period:
          .period(random.pick([.days(30), .weeks(2), .months(1), .years(Period.maximumCount)]))
        case .money: money().map(FieldValue.money)
        case .leadDays: .leadDays([30, 7, 0].filter { _ in maybe() })
        case .methods: .methods(RenewalMethod.allCases.filter { _ in maybe() })
        case .tags: .tags(["work", "家人", "2fa"].filter { _ in maybe() })
        case .flag: .flag(maybe())
        }
      field.set(value, in: &card)
    }
    return card
  }

  /// The identity of some file that is not the data file.
  static let someIdentity = Platform.FileIdentity(
    device: 1, inode: UInt64.max, size: 12, changed: [1_700_000_000, 999_999_999],
    modified: [-1, 0])
  /// The digest of some bytes that are not the data file's.
  static let someContents = FileDigest(of: Array("{}".utf8))

  /// A summary of `cards`, as of the data file `identity`.
  static func summary(
    _ cards: [Card], of identity: Platform.FileIdentity = someIdentity,
    contents: FileDigest = someContents
  ) -> Summary {
    Summary(
      identity: identity, contents: contents, cards: cards,
      places: cards.map { _ in nil })
  }

  /// `body` ended as a summary is: with the digest of everything before it.
  static func sealed(_ body: [UInt8]) -> [UInt8] {
    let digest = FileDigest(of: body)
    var bytes = body
    for word in [digest.value, UInt64(digest.length)] {
      withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
    }
    return bytes
  }

  @Test("a summary gives back every card's fields and clock, whatever they hold")
  func roundTrip() throws {
    var random = SplitMix64(seed: 0x5EED_5AA1)
    for round in 0..<200 {
      let cards = (0..<Int.random(in: 0...8, using: &random)).map { index in
        Self.randomCard(&random, index: index)
      }
      let summary = Self.summary(cards)
      let read = try #require(
        Summary(bytes: summary.encoded(), of: Self.someIdentity), "round \(round)")
      #expect(read.identity == Self.someIdentity)
      #expect(read.contents == Self.someContents)
      #expect(read.cards() == cards, "round \(round)")
    }
  }

  @Test("every stored property of a card and its clock has its place in the summary")
  func everyProperty() {
    // The summary writes a card's identity and clock by hand and every field
    // through `CardField.storage`; it leaves out only the history and the source.
    // A new property must find its place there: this count fails until it does.
    let card = Card(name: "A", number: "1", added: .first)
    let byHand = ["id", "name", "added", "isRetired", "clock", "plan", "history", "source"]
    let onCard = CardField.allCases.filter { $0.container == nil }.count
    // A card's mirror shows every value of its storage, and its source.
    #expect(Mirror(reflecting: card).children.count == byHand.count + onCard)
    #expect(Mirror(reflecting: card.plan).children.count == CardField.allCases.count - onCard)
    #expect(
      Mirror(reflecting: card.clock).children.map(\.label) == [
        "expiry", "anchorDay", "lastActivity", "balance", "isChargeRefused",
      ])
  }

  @Test("a summary that is cut short, has any byte changed, or is of another file is not read")
  func tornSummary() throws {
    var random = SplitMix64(seed: 0x5EED_5AA2)
    let cards = (0..<5).map { Self.randomCard(&random, index: $0) }
    let bytes = Self.summary(cards).encoded()
    #expect(Summary(bytes: bytes, of: Self.someIdentity)?.cards() == cards)
    var other = Self.someIdentity
    other.changed[1] -= 1
    #expect(Summary(bytes: bytes, of: other) == nil)
    for count in [0, 1, 15, 16, 32, bytes.count / 2, bytes.count - 1] {
      #expect(Summary(bytes: Array(bytes.prefix(count)), of: Self.someIdentity) == nil, "\(count)")
    }
    #expect(Summary(bytes: bytes + [0], of: Self.someIdentity) == nil)
    for _ in 0..<300 {
      var changed = bytes
      let index = Int.random(in: 0..<bytes.count, using: &random)
      changed[index] ^= UInt8.random(in: 1...255, using: &random)
      #expect(Summary(bytes: changed, of: Self.someIdentity) == nil, "byte \(index)")
    }
  }

  @Test("a whole summary that holds nonsense is refused, not trusted or trapped on")
  func nonsense() throws {
    let good = Self.summary([Card(name: "A", number: "1", added: .first)])
    let body = Array(good.encoded().dropLast(16))
    // Ten varints before the count of cards: the format, the identity (seven) and
    // the contents (two); zeros are valid varints.
    let header = Summary.header
    func varint(_ value: UInt64) -> [UInt8] {
      var rest = value
      var bytes: [UInt8] = []
      while rest >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
        rest >>= 7
      }
      return bytes + [UInt8(rest)]
    }
    let identity = Platform.FileIdentity(
      device: 0, inode: 0, size: 0, changed: [0, 0], modified: [0, 0])
    let prefix =
      header + varint(UInt64(Document.currentVersion) << 1) + Array(repeating: 0, count: 9)
    // A count of cards far past the bytes (it must not be reserved).
    let huge = Summary(bytes: Self.sealed(prefix + varint(UInt64(Int.max))), of: identity)
    #expect(huge != nil)
    #expect(huge?.cards() == nil)
    // A summary made by a renew that reads a newer format.
    var newer = good
    newer.formatVersion = Document.currentVersion + 1
    #expect(Summary(bytes: newer.encoded(), of: Self.someIdentity) == nil)
    #expect(Summary(bytes: Self.sealed(body), of: Self.someIdentity)?.cards()?.count == 1)
    // A lead day far out of range.
    var card = Card(name: "A", number: "1", added: .first)
    card.leadDays = [Int.min]
    let wild = Self.summary([card]).encoded()
    #expect(Summary(bytes: wild, of: Self.someIdentity)?.cards() == nil)
  }

  @Test("kinds, methods and periods are kept as numbers, and numbers past them are refused")
  func numberedValues() throws {
    // The numbers are places in `allCases`: a case moved would make an old summary
    // say another kind or method, so the order is pinned here.
    #expect(CardKind.allCases == [.sim, .esim, .virtual])
    #expect(
      RenewalMethod.allCases == [.online, .app, .phone, .store, .auto, .thirdParty, .kiosk, .sms])
    // Two cards that differ in one such value differ in one byte, its number:
    // that byte set past the last number (zigzag-encoded, two a step) is refused.
    func card(_ change: (inout Card) -> Void) -> Card {
      var card = Card(name: "A", number: "1", added: .first)
      change(&card)
      return card
    }
    func encoded(_ change: (inout Card) -> Void) -> [UInt8] {
      Array(Self.summary([card(change)]).encoded().dropLast(16))
    }
    let pairs: [(String, [UInt8], [UInt8], Int)] = [
      ("kind", encoded { $0.kind = .sim }, encoded { $0.kind = .esim }, CardKind.allCases.count),
      (
        "method", encoded { $0.methods = [.online] }, encoded { $0.methods = [.app] },
        RenewalMethod.allCases.count
      ),
      ("unit", encoded { $0.grace = .days(30) }, encoded { $0.grace = .weeks(30) }, 4),
    ]
    for (label, first, second, count) in pairs {
      let differing = first.indices.filter { first[$0] != second[$0] }
      try #require(first.count == second.count && differing.count == 1, "\(label)")
      #expect(Summary(bytes: Self.sealed(first), of: Self.someIdentity)?.cards() != nil)
      var past = first
      past[differing[0]] = UInt8(count * 2)
      #expect(
        Summary(bytes: Self.sealed(past), of: Self.someIdentity)?.cards() == nil, "\(label)")
    }
    // A period's count outside 1...maximumCount.
    for count in [0, -1, Period.maximumCount + 1] {
      let bytes = Self.summary([card { $0.plan.period = .months(count) }]).encoded()
      #expect(Summary(bytes: bytes, of: Self.someIdentity)?.cards() == nil, "\(count)")
    }
  }

  @Test("a change leaves a summary of what it wrote, without history, private to the user")
  func writtenByChanges() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "中国移动", "Smart PH")
    try store.update { document in
      document.cards[0].note = "PIN 1234"
      document.lastChange = Change(storedText: "edit 中国移动")
    }
    let summary = try #require(store.currentSummary())
    let full = try store.read()
    var expected = full
    for index in expected.cards.indices { expected.cards[index].history = [] }
    #expect(summary.cards() == expected.cards)
    #expect(TemporaryFolder.mode(of: folder.file("renew.json.backups/summary")) == 0o600)
  }

  @Test("a showing read takes the document from the summary while it is the data file's")
  func readFromSummary() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    // A summary that says something else of the very same file: only a read that
    // takes it gives this card.
    let identity = try #require(Platform.identity(of: store.target))
    let contents = FileDigest(of: try #require(TemporaryFolder.bytes(at: store.path)))
    let other = [Card(name: "from the summary", number: "1", added: .first)]
    store.keep(Self.summary(other, of: identity, contents: contents))
    #expect(try store.read(depth: .glance).cards.map(\.name) == ["from the summary"])
    #expect(try store.readExisting(depth: .glance)?.cards.map(\.name) == ["from the summary"])
    // A read that may read a card's history takes it only from a summary that
    // places every card in the file (this one places none); a full read, never.
    #expect(try store.read(depth: .summary).cards.map(\.name) == ["Smart PH"])
    #expect(try store.read().cards.map(\.name) == ["Smart PH"])
  }

  @Test("a summary of the file's identity is checked against its bytes until it has settled")
  func settling() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let identity = try #require(Platform.identity(of: store.target))
    let other = [Card(name: "from the summary", number: "1", added: .first)]
    // As a file system whose clock ticks coarsely leaves it after a fast edit in
    // place: the same identity, other bytes. Made just now, the summary is not trusted.
    store.keep(Self.summary(other, of: identity))
    #expect(try store.read(depth: .glance).cards.map(\.name) == ["Smart PH"])
    // Made long after the file's last change, the identity alone tells the file.
    sleep(UInt32(Summary.settling + 1))
    store.keep(Self.summary(other, of: identity))
    #expect(try store.read(depth: .glance).cards.map(\.name) == ["from the summary"])
    #expect(Summary.settling >= 2, "FAT's file times step by two seconds")
  }

  @Test("a data file changed outside renew is read, and the summary made anew from it")
  func changedOutside() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    // The same size, written in place: only the file's times tell.
    _ = try TemporaryFolder.editInPlace(store.path)
    #expect(try store.read(depth: .glance).cards.map(\.name) == ["Smart CN"])
    let summary = try #require(store.currentSummary())
    #expect(summary.cards()?.map(\.name) == ["Smart CN"])
  }

  @Test("a data file broken outside renew is refused even with a summary of it as it was")
  func brokenOutside() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    #expect(store.currentSummary() != nil)
    var bytes = try #require(TemporaryFolder.bytes(at: store.path))
    bytes.removeLast(3)
    try TemporaryFolder.write(bytes, to: store.path)
    #expect(throws: StoreError.self) { try store.read(depth: .glance) }
  }

  @Test("a torn summary is passed over and made anew")
  func tornOnDisk() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let path = folder.file("renew.json.backups/summary")
    let bytes = try #require(TemporaryFolder.bytes(at: path))
    try TemporaryFolder.write(Array(bytes.dropLast()), to: path)
    #expect(store.currentSummary() == nil)
    #expect(try store.read(depth: .glance).cards.map(\.name) == ["Smart PH"])
    #expect(store.currentSummary() != nil)
  }

  @Test("a read makes no folder for its summary, and one it cannot write changes nothing")
  func readsCreateNothing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    let text = #"{"cards": [], "version": 2}"#
    try TemporaryFolder.write(Array(text.utf8), to: store.path)
    #expect(try store.read(depth: .glance) == Document())
    #expect(TemporaryFolder.names(in: folder.path) == ["renew.json"])
    try StoreTests.add("Smart PH", to: store)
    // A summary that cannot be replaced: a folder with a file in it.
    let summary = folder.file("renew.json.backups/summary")
    #expect(unlink(summary) == 0)
    #expect(mkdir(summary, 0o700) == 0)
    try TemporaryFolder.write([], to: summary + "/x")
    try TemporaryFolder.write(Array(text.utf8), to: store.path)
    #expect(try store.read(depth: .glance) == Document())
    #expect(try store.readExisting(depth: .glance) == Document())
  }
}
