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

/// A change that starts from the summary and copies the cards it leaves alone from
/// the data file, a chunk at a time, instead of reading the file whole.
@Suite struct ChangeFromSummaryTests {
  /// Adds a card for each of `names`, each with one activity: "call NAME".
  static func addTouched(_ names: [String], to store: Store) throws {
    try store.update { document in
      for name in names {
        var card = Card(name: name, number: "1", added: .first)
        card.touch(Activity(date: .first, note: "call \(name)"))
        document.cards.append(card)
      }
      document.lastChange = Change(storedText: "add")
    }
  }

  @Test("pieces digested one after another give the digest of the whole, wherever they are cut")
  func digestInPieces() {
    var random = SplitMix64(seed: 8)
    for _ in 0..<300 {
      let bytes = (0..<Int.random(in: 0...80, using: &random)).map { _ in
        UInt8.random(in: 0...255, using: &random)
      }
      var cuts = (0..<Int.random(in: 0...5, using: &random)).map { _ in
        Int.random(in: 0...bytes.count, using: &random)
      }
      cuts = [0] + cuts.sorted() + [bytes.count]
      var hasher = FileDigest.Hasher()
      for (start, end) in zip(cuts, cuts.dropFirst()) {
        bytes[start..<end].withUnsafeBytes { hasher.combine($0) }
      }
      #expect(hasher.finalize() == FileDigest(of: bytes), "\(bytes) cut at \(cuts)")
    }
  }

  @Test("a file written in pieces holds them in order, small ones gathered, large ones whole")
  func writtenInPieces() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var random = SplitMix64(seed: 9)
    let sizes = [0, 1, 7, (1 << 20) + 3, 5, (1 << 20) - 1, 2, 1 << 20, 0]
    let pieces = sizes.map { size in
      (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }
    }
    let path = folder.file("pieces")
    var digest = FileDigest.Hasher()
    let temporary = try Platform.writeTemporary(for: path, mode: 0o600, digesting: &digest) {
      write throws(SystemError) in
      for piece in pieces {
        try piece.withUnsafeBytes { buffer in
          Result { () throws(SystemError) in try write(buffer) }
        }.get()
      }
    }
    try Platform.moveIntoPlace(temporary, at: path)
    #expect(TemporaryFolder.bytes(at: path) == pieces.flatMap { $0 })
    #expect(digest.finalize() == FileDigest(of: pieces.flatMap { $0 }))
  }

  #if os(Linux)
    @Test("the disk is asked to start on what is written; a bad descriptor fails, a pipe is let be")
    func writebackStarted() throws {
      let folder = try TemporaryFolder()
      defer { folder.remove() }
      let path = folder.file("written")
      try TemporaryFolder.write(Array(repeating: 7, count: 1 << 16), to: path)
      let fd = open(path, O_WRONLY)
      #expect(fd >= 0)
      #expect(Platform.startWriteback(fd, offset: 0, count: 1 << 16) == nil)
      close(fd)
      // Not `fd`: tests run at once, and another may have been given its number.
      #expect(Platform.startWriteback(-1, offset: 0, count: 1 << 16) == EBADF)
      // A pipe cannot take the hint, which is no failure.
      var ends: [Int32] = [0, 0]
      #expect(pipe(&ends) == 0)
      defer { for end in ends { close(end) } }
      #expect(Platform.startWriteback(ends[1], offset: 0, count: 1) == nil)
    }
  #endif

  @Test("a window gives any range of the file, and a file cut short since it was opened fails")
  func window() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var random = SplitMix64(seed: 10)
    let bytes = (0..<(3 * OpenFile.Window.size + 123)).map { _ in
      UInt8.random(in: 0...255, using: &random)
    }
    let path = folder.file("data")
    try TemporaryFolder.write(bytes, to: path)
    let file = try #require(try OpenFile(path, sizeLimit: bytes.count))
    let window = OpenFile.Window(file)
    var starts = (0..<40).map { _ in Int.random(in: 0..<bytes.count, using: &random) }
    // In order, as a change copies its cards, then out of order.
    starts = starts.sorted() + starts
    for start in starts {
      let end = min(
        bytes.count, start + Int.random(in: 0...(2 * OpenFile.Window.size), using: &random))
      var read: [UInt8] = []
      try window.forEachChunk(of: start..<end) { read.append(contentsOf: $0) }
      #expect(read == Array(bytes[start..<end]), "\(start)..<\(end)")
    }
    #expect(try file.bytes(in: 5..<9) == Array(bytes[5..<9]))
    #expect(truncate(path, off_t(OpenFile.Window.size)) == 0)
    let cut = OpenFile.Window(file)
    #expect(throws: SystemError.self) {
      try cut.forEachChunk(of: 0..<bytes.count) { _ in }
    }
    #expect(throws: SystemError.self) { try file.bytes(in: bytes.count - 4..<bytes.count) }
  }

  /// A store in `folder` with "Smart PH" and "中国移动", whose summary is gone stale
  /// as ``stalePlacedSummary(of:shift:)`` leaves it.
  static func storeWithStaleSummary(in folder: TemporaryFolder, shift: Int = 0) throws -> Store {
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "中国移动")
    try stalePlacedSummary(of: store, shift: shift)
    return store
  }

  /// The summary of `store`'s data file as it is now, whole and placed, then the
  /// file written in place ("Smart PH" becomes "Smart CN", the same size), and the
  /// summary kept again with the file's new identity: a summary gone stale that
  /// only a comparison of bytes can tell. Its places are moved by `shift` bytes.
  static func stalePlacedSummary(of store: Store, shift: Int = 0) throws {
    let cards = try store.read(depth: .summary).cards
    let contents = try #require(store.currentSummary()?.contents)
    let places = cards.map { card in
      card.source?.place(of: card).map { place in
        CardPlace(
          range: place.range.lowerBound + shift..<place.range.upperBound + shift,
          mentionsPlanChange: place.mentionsPlanChange)
      }
    }
    _ = try TemporaryFolder.editInPlace(store.path)
    let identity = try #require(Platform.identity(of: store.target))
    store.keep(Summary(identity: identity, contents: contents, cards: cards, places: places))
    #expect(store.summarySnapshot()?.document.cards.map(\.name) == ["Smart PH", "中国移动"])
  }

  /// A change's refusal: no card of that name.
  struct NoSuchCard: Error { let name: String }

  /// Sets the note of the card named `name`; refused when there is none.
  static func setNote(_ note: String, of name: String, in document: inout Document) throws {
    guard let index = document.index(named: name) else { throw NoSuchCard(name: name) }
    document.cards[index].note = note
    document.lastChange = Change(storedText: "edit \(name)")
  }

  @Test("a change starts from the summary, and compares it with the file's bytes once")
  func snapshotOnlyOfTheBytes() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "中国移动")
    var snapshot = try #require(store.summarySnapshot())
    #expect(snapshot.document.cards.map(\.name) == ["Smart PH", "中国移动"])
    let isFreshStale = snapshot.isStale()
    #expect(!isFreshStale)
    // The same identity, other bytes: a snapshot made from it is stale, and
    // says so once it is compared.
    let identity = try #require(Platform.identity(of: store.target))
    let other = [Card(name: "from the summary", number: "1", added: .first)]
    store.keep(
      Summary(
        identity: identity, contents: FileDigest(of: [1, 2]), cards: other,
        places: [CardPlace(range: 0..<1, mentionsPlanChange: false)]))
    var stale = try #require(store.summarySnapshot())
    #expect(stale.document.cards.map(\.name) == ["from the summary"])
    // Compared once, it stays stale.
    let isStale = stale.isStale()
    let isStillStale = stale.isStale()
    #expect(isStale && isStillStale)
    // Refused on the summary, the change is made again on the file itself, and
    // leaves a summary it can start from.
    try store.update { try Self.setNote("保号", of: "中国移动", in: &$0) }
    #expect(try store.read().cards.map(\.name) == ["Smart PH", "中国移动"])
    #expect(store.summarySnapshot()?.document.cards.map(\.note) == [nil, "保号"])
  }

  @Test("a change that a stale summary would refuse is made on the file as it is")
  func staleRefusal() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try Self.storeWithStaleSummary(in: folder)
    try store.update { try Self.setNote("保号", of: "Smart CN", in: &$0) }
    #expect(try store.read().cards.map(\.note) == ["保号", nil])
    #expect(try store.read().cards.map(\.name) == ["Smart CN", "中国移动"])
    // And a refusal that stands on the file stands.
    #expect(throws: NoSuchCard.self) {
      try store.update { try Self.setNote("-", of: "Smart PH", in: &$0) }
    }
  }

  @Test("a change that changes nothing by a stale summary is made on the file as it is")
  func staleNoChange() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try Self.storeWithStaleSummary(in: folder)
    try store.update { document in
      if document.index(named: "Smart CN") != nil {
        try Self.setNote("保号", of: "Smart CN", in: &document)
      }
    }
    #expect(try store.read().cards.map(\.note) == ["保号", nil])
  }

  @Test(
    "a backup equal to what a stale summary says is not taken for one equal to the file",
    arguments: [false, true])
  func staleUnlandedBackup(copiesNothing: Bool) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH", "中国移动")
    let summarized = try #require(TemporaryFolder.bytes(at: store.path))
    let copy = "\(store.backupFolder)/000003.json"
    try TemporaryFolder.write(summarized, to: copy)
    try Self.stalePlacedSummary(of: store)
    let edited = try #require(TemporaryFolder.bytes(at: store.path))
    // The backup's check finds the summary stale first; the change must still
    // start over, whether or not it copies a card.
    let names = try store.update { document in
      if copiesNothing {
        for index in document.cards.indices { document.cards[index].note = "保号" }
      } else {
        document.cards.append(Card(name: "giffgaff", number: "1", added: .first))
      }
      document.lastChange = Change(storedText: "edit")
      return document.cards.map(\.name)
    }
    #expect(TemporaryFolder.bytes(at: copy) == summarized)
    let expected = ["Smart CN", "中国移动"] + (copiesNothing ? [] : ["giffgaff"])
    #expect(names == expected)
    #expect(try store.read().cards.map(\.name) == expected)
    // The record of the write names the bytes it replaced.
    #expect(WriteRecord.read(in: store.backupFolder)?.digests.first == FileDigest(of: edited))
  }

  @Test("a change from a stale summary that copies cards from the wrong places starts over")
  func staleCopies() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try Self.storeWithStaleSummary(in: folder, shift: 3)
    try StoreTests.add("giffgaff", to: store)
    #expect(try store.read().cards.map(\.name) == ["Smart CN", "中国移动", "giffgaff"])
  }

  @Test(
    "a change from a stale summary that copies nothing, or copies from the wrong places, starts over",
    arguments: [0, 3])
  func staleWithoutCopies(shift: Int) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try Self.storeWithStaleSummary(in: folder, shift: shift)
    // Every card changed: nothing is copied. Moved places: a card read from
    // them is not whole.
    try store.update { document in
      for index in document.cards.indices {
        document.cards[index].note = "was " + document.cards[index].name
      }
      document.lastChange = Change(storedText: "edit")
    }
    #expect(try store.read().cards.map(\.note) == ["was Smart CN", "was 中国移动"])
    #expect(try store.read().cards.map(\.name) == ["Smart CN", "中国移动"])
  }

  @Test("the summary a showing read leaves places every card, one without history too")
  func placedByARead() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    try store.update { document in
      var card = Card(name: "中国移动", number: "2", added: .first)
      card.touch(Activity(date: .first, note: "call"))
      document.cards.append(card)
      document.lastChange = Change(storedText: "touch 中国移动")
    }
    // A file as another tool (a sync, bench/make-data) leaves it: no summary.
    Platform.removeFile(store.summaryPath)
    #expect(try store.read(depth: .glance).cards.count == 2)
    let snapshot = try #require(store.summarySnapshot())
    #expect(snapshot.document.cards.map(\.name) == ["Smart PH", "中国移动"])
    #expect(snapshot.document.cards.allSatisfy { $0.source != nil })
  }

  @Test("a read for one card's history takes the summary and reads that card from the file")
  func historyFromTheFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    try Self.addTouched(["Smart PH", "中国移动"], to: store)
    var document = try store.read(depth: .summary)
    #expect(
      document.cards.allSatisfy { card in
        if case .file? = card.source?.bytes { true } else { false }
      })
    try document.loadCard(at: 1)
    #expect(document.cards[1] == (try store.read()).cards[1])
    #expect(document.cards[1].history.first?.event.note == "call 中国移动")
  }

  @Test("copying reads the whole file once, in order or not, and sees it written in place")
  func copiedFromDigest() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = Store(path: folder.file("renew.json"))
    try Self.addTouched(["Smart PH", "中国移动", "giffgaff"], to: store)
    let snapshot = try #require(store.summarySnapshot())
    var changed = snapshot.document
    changed.cards[1].note = "保号"
    let encoded = try changed.encodedWithCards(reservingCapacity: 0, copyingFrom: snapshot.file)
    #expect(encoded.copies.count == 2)
    #expect(try encoded.forEachPiece { _ in } == snapshot.contents)
    var reordered = snapshot.document
    reordered.cards.swapAt(0, 2)
    let reorderedEncoded = try reordered.encodedWithCards(
      reservingCapacity: 0, copyingFrom: snapshot.file)
    #expect(try reorderedEncoded.forEachPiece { _ in } == snapshot.contents)
    // Another program writes the file in place, the same size, between the
    // check under the lock and the copy: the copies read other bytes.
    let edited = try TemporaryFolder.editInPlace(store.path)
    var copied: [UInt8] = []
    let digest = try encoded.forEachPiece { copied.append(contentsOf: $0) }
    #expect(digest != snapshot.contents)
    #expect(digest == FileDigest(of: edited))
  }

  @Test("a card a summary cannot place (an id a read derived) makes a change read the file")
  func unplacedCard() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try StoreTests.store(in: folder, adding: "Smart PH")
    let text = String(decoding: try #require(TemporaryFolder.bytes(at: store.path)), as: UTF8.self)
    let withoutID = text.replacing(#/"id" : "[0-9a-z]{8}",\n/#, with: "")
    #expect(withoutID != text)
    try TemporaryFolder.write(Array(withoutID.utf8), to: store.path)
    // The read derives the card's id: the summary it leaves holds no place for it.
    #expect(try store.read(depth: .glance).cards.count == 1)
    let summary = try #require(store.currentSummary())
    #expect(summary.cards()?.count == 1)
    #expect(store.summarySnapshot() == nil)
    try StoreTests.add("中国移动", to: store)
    #expect(store.summarySnapshot()?.document.cards.count == 2)
    #expect(try store.read().cards[0].id == summary.cards()?[0].id)
  }

  @Test(
    "a card read from another data file is written out, not copied: the change copies from its own"
  )
  func cardFromAnotherFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let other = Store(path: folder.file("a/renew.json"))
    let store = Store(path: folder.file("b/renew.json"))
    try Self.addTouched(["Smart PH"], to: other)
    try Self.addTouched(["中国移动", "Three UK"], to: store)
    let foreign = try #require(try other.read(depth: .summary).cards.first)
    #expect(foreign.source?.file != nil)
    #expect(store.summarySnapshot() != nil)
    // First, so that it is the first card the new file would be copied from. A
    // change that copied from the other file would start over without end: a
    // few attempts end it, and one is enough.
    struct EndlessChange: Error {}
    var attempts = 0
    try store.update { document in
      attempts += 1
      guard attempts <= 3 else { throw EndlessChange() }
      document.cards.insert(foreign, at: 0)
      document.lastChange = Change(storedText: "add")
    }
    #expect(attempts == 1)
    let written = try store.read()
    #expect(written.cards.map(\.name) == ["Smart PH", "中国移动", "Three UK"])
    #expect(
      written.cards.map { $0.history.first?.event.note } == [
        "call Smart PH", "call 中国移动", "call Three UK",
      ])
  }

  @Test("a change from the summary writes what a change read from the file writes")
  func sameFileEitherWay() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let fromSummary = Store(path: folder.file("a/renew.json"))
    let fromFile = Store(path: folder.file("b/renew.json"))
    var random = SplitMix64(seed: 11)
    let start = try TestValues.date("2026-01-01")
    func date() -> CalendarDate {
      start.adding(days: Int.random(in: 0...300, using: &random)) ?? start
    }
    // The same random changes to both; entry ids are random, so they are masked.
    var steps: [(inout Document) throws -> Void] = []
    for step in 0..<60 {
      let pick = Int.random(in: 0...7, using: &random)
      let day = date()
      let note = random.pick(["保号", "call", "a\"b", "plan-change"])
      let which = Int.random(in: 0...1000, using: &random)
      steps.append { document in
        let count = document.cards.count
        if count == 0 || pick == 0 {
          var card = Card(name: "card \(step) 号", number: "+63 \(step)", added: start)
          card.apply(.set(.period, .period(.months(1))))
          card.setExpiry(day, on: start)
          document.cards.append(card)
          return
        }
        let index = which % count
        switch pick {
        case 1: document.cards[index].note = note
        case 2:
          try document.loadCard(at: index)
          try document.cards[index].renew(Renewal(date: day), for: nil)
        case 3:
          try document.loadCard(at: index)
          document.cards[index].touch(Activity(date: day, note: note))
        case 4: document.cards[index].isRetired.toggle()
        case 5:
          try document.loadCard(at: index)
          if !document.cards[index].history.isEmpty {
            _ = document.cards[index].removeEntry(at: 0)
          }
        case 6: if count > 3 { document.cards.remove(at: index) }
        default:
          var card = try BalanceTests.chinaMobile()
          card.name = "中国移动 \(step)"
          try PlanChangeTests.change(&card, price: "10 CNY", on: "2027-03-05")
          document.cards.append(card)
        }
      }
    }
    func masked(_ store: Store) -> String {
      String(decoding: TemporaryFolder.bytes(at: store.path) ?? [], as: UTF8.self)
        .replacing(#/"id" : "[0-9a-z]{8}"/#, with: "\"id\"")
    }
    for (number, step) in steps.enumerated() {
      if number > 0 {
        #expect(fromSummary.summarySnapshot() != nil, "step \(number)")
      }
      try fromSummary.update { document in
        try step(&document)
        document.lastChange = Change(storedText: "step \(number)")
      }
      Platform.removeFile(fromFile.summaryPath)
      #expect(fromFile.summarySnapshot() == nil)
      try fromFile.update { document in
        try step(&document)
        document.lastChange = Change(storedText: "step \(number)")
      }
      #expect(masked(fromSummary) == masked(fromFile), "step \(number)")
    }
    #expect(masked(fromSummary).contains("\"version\" : 3"))
    let document = try fromSummary.read()
    #expect(document.cards.map(\.name) == (try fromFile.read()).cards.map(\.name))
  }
}

/// The commands that go through every history one card at a time give each entry
/// the id a full read gives it.
@Suite struct EveryCardInFullTests {
  @Test(
    "an entry without an id gets the id a full read derives, avoiding every id the file gives",
    arguments: [false, true])
  func derivedIDsAvoidOtherCards(missingFirst: Bool) throws {
    // The id a read derives for the entry without one, were nothing else taken,
    // is what the other card's entry gives as its own: the full read derives
    // another. When the entry missing its id is B's, A is given up before B is read.
    let (missing, given) = missingFirst ? (0, 1) : (1, 0)
    let cardIDs = ["aaaaaaaa", "bbbbbbbb"]
    let dates = ["2025-01-01", "2025-01-02"]
    let taken = Identifier.derived(
      from: "entry \(cardIDs[missing]) 0 \(dates[missing])", avoiding: [])
    let cards = (0..<2).map { index in
      let id = index == given ? #""id": "\#(taken)", "# : ""
      return """
        {"added": "2025-01-01", "clock": {"lastActivity": "\(dates[index])"},
         "history": [{"date": "\(dates[index])", \(id)"type": "activity"}],
         "id": "\(cardIDs[index])", "name": "\(index)", "number": "+44 7700 90000\(index)"}
        """
    }
    let bytes = Array(#"{"cards": [\#(cards.joined(separator: ", "))], "version": 2}"#.utf8)
    let full = try Document.decode(bytes, depth: .full)
    var streamed: [Card] = []
    try Document.decode(bytes, depth: .summary).forEachCardInFull { streamed.append($0) }
    #expect(streamed.map { $0.history.map(\.id) } == full.cards.map { $0.history.map(\.id) })
    #expect(full.cards[given].history[0].id == taken)
    #expect(full.cards[missing].history[0].id != taken)
  }

  @Test("a document the caller keeps is whole afterwards; only one handed over is given up")
  func keptDocumentIsWhole() throws {
    let text = """
      {"cards": [
        {"added": "2025-01-01", "history": [], "id": "aaaaaaaa", "name": "A",
         "number": "+44 7700 900001"},
        {"added": "2025-01-01", "history": [], "id": "bbbbbbbb", "name": "B",
         "number": "+44 7700 900002"}
      ], "version": 2}
      """
    let document = try Document.decode(Array(text.utf8), depth: .summary)
    var names: [String] = []
    try document.forEachCardInFull { names.append($0.name) }
    #expect(names == ["A", "B"])
    #expect(document.cards.map(\.name) == ["A", "B"])
    #expect(document.cards.map(\.number) == ["+44 7700 900001", "+44 7700 900002"])
  }
}
