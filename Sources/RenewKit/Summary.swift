/// What the commands that only show cards need of the data file, kept beside it so
/// that they need not read it whole: every card's fields and replayed clock, without
/// its history, in a compact layout of renew's own.
///
/// It is the file `summary` in the backups folder, written by every change (the
/// cards as the change wrote them) and by a showing read that had to read the data
/// file itself. It names the data file it was made from twice: by identity (see
/// ``Platform/FileIdentity``) and by a digest of its bytes. The identity alone is
/// trusted only once the summary has *settled*: when the summary file last changed
/// more than ``settling`` seconds after the data file did. Both times are stamped
/// by the file system, so no later change of the data file, however fast and
/// whatever the step of that file system's clock, can leave it the same change
/// time. Until then, the data file's bytes are read and compared with the digest.
/// A summary made by a renew that reads a newer format than this one, or not whole
/// (a digest of the summary itself ends it), is passed over, and the data file is
/// read as before. It is never the truth: deleting it loses nothing.
struct Summary {
  /// The name of the summary's file in the backups folder.
  static let fileName = "summary"
  /// The first bytes of the file: what it is, and the version of its layout.
  static let header = Array("renew summary 5\n".utf8)
  /// Seconds between the data file's last status change and the summary file's
  /// past which the data file's identity alone tells it: more than any file
  /// system's timestamp step (FAT's is two seconds).
  static let settling = 3

  /// The data file the summary was made from, as it was when it was read or written.
  let identity: Platform.FileIdentity
  /// The digest of that file's bytes.
  let contents: FileDigest
  /// The newest data file format the renew that made it reads: a newer one's
  /// summary may describe a file this renew must refuse.
  var formatVersion = Document.currentVersion
  /// The bytes that hold the cards: from ``cardsStart`` to ``cardsEnd``.
  private let body: [UInt8]
  /// Where the cards start in ``body``.
  private let cardsStart: Int
  /// Where the cards end in ``body``: a summary read keeps its trailing digest there.
  private let cardsEnd: Int

  /// Makes a summary of `cards` as the data file with `identity` and `contents`
  /// holds them, at `places` (`nil` for a card a change could not copy from there).
  /// A card with a source must be as it was read from it.
  init(
    identity: Platform.FileIdentity, contents: FileDigest, cards: [Card], places: [CardPlace?]
  ) {
    self.identity = identity
    self.contents = contents
    var writer = SummaryWriter()
    writer.integer(cards.count)
    for (card, place) in zip(cards, places) {
      // A card read from a summary and not changed since is copied from it.
      if let record = card.source?.summaryRecord {
        writer.bytes += record
      } else {
        writer.card(card)
      }
      writer.optional(place) { writer, place in
        writer.integers([place.range.lowerBound, place.range.count])
        writer.flag(place.mentionsPlanChange)
      }
    }
    body = writer.bytes
    cardsStart = 0
    cardsEnd = body.count
  }

  /// Whether the data file's identity alone tells it from any later version of it,
  /// given when the summary file last changed (see ``Platform/FileIdentity/changed``).
  func isSettled(summaryChanged: [Int]) -> Bool {
    summaryChanged[0] - identity.changed[0] > Summary.settling
  }

  /// The summary's bytes: the header, what it describes, the cards, and a digest of
  /// everything before it, in sixteen bytes.
  func encoded() -> [UInt8] {
    var writer = SummaryWriter()
    writer.bytes = Summary.header
    writer.integer(formatVersion)
    writer.integers([identity.device, identity.inode].map { Int(truncatingIfNeeded: $0) })
    writer.integers([identity.size] + identity.changed + identity.modified)
    writer.integers([Int(truncatingIfNeeded: contents.value), contents.length])
    writer.bytes += body[cardsStart..<cardsEnd]
    let digest = FileDigest(of: writer.bytes)
    for word in [digest.value, UInt64(digest.length)] {
      withUnsafeBytes(of: word.littleEndian) { writer.bytes.append(contentsOf: $0) }
    }
    return writer.bytes
  }

  /// Reads a summary of the data file as it is, `identity`; `nil` for anything
  /// else: a summary of another file or made by a newer renew, one that is not
  /// whole, or not a summary of this layout. What it describes is read first and
  /// compared; the cards are read only by ``cards(in:)``.
  init?(bytes: [UInt8], of identity: Platform.FileIdentity) {
    guard bytes.starts(with: Summary.header), bytes.count >= Summary.header.count + 16 else {
      return nil
    }
    let end = bytes.count - 16
    var reader = SummaryReader(bytes: bytes, end: end, position: Summary.header.count)
    do throws(SummaryReader.Malformed) {
      formatVersion = try reader.integer()
      let device = try UInt64(truncatingIfNeeded: reader.integer())
      let inode = try UInt64(truncatingIfNeeded: reader.integer())
      let size = try reader.integer()
      let changed = try [reader.integer(), reader.integer()]
      let modified = try [reader.integer(), reader.integer()]
      self.identity = Platform.FileIdentity(
        device: device, inode: inode, size: size, changed: changed, modified: modified)
      guard formatVersion <= Document.currentVersion, self.identity == identity else {
        return nil
      }
      let value = try UInt64(truncatingIfNeeded: reader.integer())
      contents = FileDigest(value: value, length: try reader.integer())
    } catch {
      return nil
    }
    var hasher = FileDigest.Hasher()
    bytes.withUnsafeBytes { hasher.combine(UnsafeRawBufferPointer(rebasing: $0[..<end])) }
    let digest = hasher.finalize()
    let trailer = bytes[end...].withUnsafeBufferPointer { buffer in
      (JSONWordScan.load(buffer, at: 0), JSONWordScan.load(buffer, at: 8))
    }
    guard trailer.0 == digest.value, trailer.1 == UInt64(digest.length) else { return nil }
    body = bytes
    cardsStart = reader.position
    cardsEnd = end
  }

  /// The cards, each without its history.
  ///
  /// - Parameter file: The data file the summary describes, held open: each card
  ///   then has it as its ``CardSource``, so that a change can read the card's
  ///   history and copy it.
  /// - Returns: The cards; `nil` when they are not what a renew wrote (a count
  ///   past the bytes, a value out of range), or when `file` is given and a
  ///   card's place in it is not known.
  func cards(in file: OpenFile? = nil) -> [Card]? {
    var reader = SummaryReader(bytes: body, end: cardsEnd, position: cardsStart)
    do throws(SummaryReader.Malformed) {
      let count = try reader.integer()
      // Every card takes more than eight bytes: a count past that is not whole.
      guard count >= 0, count <= (reader.end - reader.position) / 8 else { return nil }
      var cards: [Card] = []
      cards.reserveCapacity(count)
      for _ in 0..<count {
        let start = reader.position
        var card = try reader.card()
        let record = reader.bytes[start..<reader.position]
        let place = try reader.optional { r throws(SummaryReader.Malformed) in
          try r.place(in: identity.size)
        }
        if let file {
          guard let place else { return nil }
          card.source = CardSource(
            bytes: .file(file, mentionsPlanChange: place.mentionsPlanChange, summary: record),
            range: place.range,
            depth: CardPlace.depth, decoded: card)
        }
        cards.append(card)
      }
      return reader.position == reader.end ? cards : nil
    } catch {
      return nil
    }
  }
}

/// Appends the values of a ``Summary`` to its bytes.
private struct SummaryWriter {
  var bytes: [UInt8] = []

  /// An integer, zigzag-encoded seven bits a byte, low bits first.
  mutating func integer(_ value: Int) {
    var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func integers(_ values: [Int]) {
    for value in values { integer(value) }
  }

  mutating func flag(_ isOn: Bool) {
    bytes.append(isOn ? 1 : 0)
  }

  /// Text as its length in UTF-8 bytes, then the bytes.
  mutating func text(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      integer(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func optional<Value>(_ value: Value?, _ write: (inout SummaryWriter, Value) -> Void) {
    flag(value != nil)
    if let value { write(&self, value) }
  }

  mutating func list<Value>(_ values: [Value], _ write: (inout SummaryWriter, Value) -> Void) {
    integer(values.count)
    for value in values { write(&self, value) }
  }

  mutating func date(_ date: CalendarDate) {
    integer(date.dayNumber)
  }

  mutating func money(_ money: Money) {
    integer(Int(truncatingIfNeeded: money.units))
    integer(money.scale)
    text(money.currency)
  }

  /// A period as its unit's number (days 0, weeks 1, months 2, years 3), then its count.
  mutating func period(_ period: Period) {
    let (unit, count) =
      switch period {
      case .days(let count): (0, count)
      case .weeks(let count): (1, count)
      case .months(let count): (2, count)
      case .years(let count): (3, count)
      }
    integer(unit)
    integer(count)
  }

  /// A value as its place among `values`, which hold it (a type's `allCases`).
  mutating func place<Value: Equatable>(of value: Value, in values: [Value]) {
    let place = values.firstIndex(of: value)
    assert(place != nil, "a type's allCases holds every value")
    // Past the end for a value `values` lacks, which the reader refuses.
    integer(place ?? values.count)
  }

  /// A card: its identity and clock, then every field in ``CardField`` order, each
  /// in its storage's form; kinds, periods and methods as numbers, which read back
  /// without parsing text.
  mutating func card(_ card: Card) {
    text(card.id)
    text(card.name)
    date(card.added)
    flag(card.isRetired)
    optional(card.clock.expiry) { $0.date($1) }
    optional(card.clock.anchorDay) { $0.integer($1) }
    optional(card.clock.lastActivity) { $0.date($1) }
    optional(card.clock.balance) { $0.money($1) }
    flag(card.clock.isChargeRefused)
    for field in CardField.allCases {
      switch field.storage {
      case .requiredText(_, let property): text(property.get(card))
      case .text(_, let property), .country(let property):
        optional(property.get(card)) { $0.text($1) }
      case .kind(let property):
        optional(property.get(card)) { $0.place(of: $1, in: SummaryCases.kinds) }
      case .period(let property): optional(property.get(card)) { $0.period($1) }
      case .money(let property): optional(property.get(card)) { $0.money($1) }
      case .leadDays(let property): list(property.get(card)) { $0.integer($1) }
      case .methods(let property):
        list(property.get(card)) { $0.place(of: $1, in: SummaryCases.methods) }
      case .tags(let property): list(property.get(card)) { $0.text($1) }
      case .flag(let property): flag(property.get(card))
      }
    }
  }
}

/// Reads the values of a ``Summary`` back, refusing anything out of bounds or out of range.
private struct SummaryReader {
  /// What ends every read of a summary that is not whole.
  struct Malformed: Error {}

  let bytes: [UInt8]
  /// Where the values end in ``bytes``.
  let end: Int
  var position: Int

  mutating func byte() throws(Malformed) -> UInt8 {
    guard position < end else { throw Malformed() }
    defer { position += 1 }
    return bytes[position]
  }

  mutating func integer() throws(Malformed) -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let byte = try byte()
      guard shift < 64 else { throw Malformed() }
      value |= UInt64(byte & 0x7f) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
  }

  mutating func flag() throws(Malformed) -> Bool {
    switch try byte() {
    case 0: false
    case 1: true
    default: throw Malformed()
    }
  }

  mutating func text() throws(Malformed) -> String {
    let count = try integer()
    guard count >= 0, count <= end - position else { throw Malformed() }
    defer { position += count }
    return bytes[position..<position + count].withUnsafeBufferPointer { utf8 in
      String(decoding: utf8, as: UTF8.self)
    }
  }

  mutating func optional<Value>(
    _ read: (inout SummaryReader) throws(Malformed) -> Value
  ) throws(Malformed) -> Value? {
    try flag() ? try read(&self) : nil
  }

  mutating func list<Value>(
    _ read: (inout SummaryReader) throws(Malformed) -> Value
  ) throws(Malformed) -> [Value] {
    let count = try integer()
    guard count >= 0, count <= end - position else { throw Malformed() }
    var values: [Value] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try read(&self)) }
    return values
  }

  /// A value written as its place among `values`.
  mutating func one<Value>(of values: [Value]) throws(Malformed) -> Value {
    let index = try integer()
    guard values.indices.contains(index) else { throw Malformed() }
    return values[index]
  }

  /// A period as ``SummaryWriter/period(_:)`` wrote it.
  mutating func period() throws(Malformed) -> Period {
    let unit = try integer()
    let count = try integer()
    guard (1...Period.maximumCount).contains(count) else { throw Malformed() }
    switch unit {
    case 0: return .days(count)
    case 1: return .weeks(count)
    case 2: return .months(count)
    case 3: return .years(count)
    default: throw Malformed()
    }
  }

  mutating func date() throws(Malformed) -> CalendarDate {
    guard let date = CalendarDate(dayNumber: try integer()) else { throw Malformed() }
    return date
  }

  mutating func money() throws(Malformed) -> Money {
    let units = UInt64(truncatingIfNeeded: try integer())
    let scale = try integer()
    guard (2...Money.maximumScale).contains(scale) else { throw Malformed() }
    return Money(units: units, scale: scale, currency: try text())
  }

  /// A card's place in a data file of `size` bytes.
  mutating func place(in size: Int) throws(Malformed) -> CardPlace {
    let start = try integer()
    let count = try integer()
    guard start >= 0, count > 0, count <= size - start else { throw Malformed() }
    return CardPlace(range: start..<start + count, mentionsPlanChange: try flag())
  }

  /// A card as ``SummaryWriter/card(_:)`` wrote it, without history.
  mutating func card() throws(Malformed) -> Card {
    let id = try text()
    var card = Card(name: try text(), number: "", added: try date())
    card.id = id
    card.isRetired = try flag()
    card.clock.expiry = try optional { r throws(Malformed) in try r.date() }
    card.clock.anchorDay = try optional { r throws(Malformed) in
      let day = try r.integer()
      guard (1...31).contains(day) else { throw Malformed() }
      return day
    }
    card.clock.lastActivity = try optional { r throws(Malformed) in try r.date() }
    card.clock.balance = try optional { r throws(Malformed) in try r.money() }
    card.clock.isChargeRefused = try flag()
    for field in CardField.allCases {
      switch field.storage {
      case .requiredText(_, let property): property.set(&card, try text())
      case .text(_, let property), .country(let property):
        property.set(&card, try optional { r throws(Malformed) in try r.text() })
      case .kind(let property):
        property.set(
          &card, try optional { r throws(Malformed) in try r.one(of: SummaryCases.kinds) })
      case .period(let property):
        property.set(&card, try optional { r throws(Malformed) in try r.period() })
      case .money(let property):
        property.set(&card, try optional { r throws(Malformed) in try r.money() })
      case .leadDays(let property):
        property.set(
          &card,
          try list { r throws(Malformed) in
            let days = try r.integer()
            guard (0...Card.maximumRemindDays).contains(days) else { throw Malformed() }
            return days
          })
      case .methods(let property):
        property.set(
          &card, try list { r throws(Malformed) in try r.one(of: SummaryCases.methods) })
      case .tags(let property):
        property.set(&card, try list { r throws(Malformed) in try r.text() })
      case .flag(let property): property.set(&card, try flag())
      }
    }
    return card
  }
}

/// The cases a summary writes as numbers, made once: `allCases` makes a new array
/// at every use.
private enum SummaryCases {
  static let kinds = CardKind.allCases
  static let methods = RenewalMethod.allCases
}
