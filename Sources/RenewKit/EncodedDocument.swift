/// A document as a change writes it: the bytes it encoded, with the cards copied
/// unchanged from a data file that is held open (see ``CardSource/Bytes``) left
/// out, each to be read from that file as the new file is written. So a change to
/// one card of a large file never holds the file whole in memory.
struct EncodedDocument {
  /// Everything but the copied cards.
  var bytes: [UInt8] = []
  /// The copied cards, in order: the offset in ``bytes`` each goes before, and
  /// where it lies in ``file``.
  var copies: [(offset: Int, range: Range<Int>)] = []
  /// The data file the copies are read from: the only one a card is copied from.
  let file: OpenFile?
  /// The cards whose history was read to write them, by index, as written: with
  /// their fields and clock as a read of the written file gives them, for the
  /// ``Summary``. Every other card is written as the document holds it.
  var loaded: [Int: Card] = [:]
  /// Where each card lies in the written file, for the ``Summary``.
  var places: [CardPlace] = []
  /// How many bytes the copies add to ``bytes``.
  private var copied = 0

  /// An empty document to append cards to, copying those read from `file` (held
  /// open) and unchanged since; `nil` copies none.
  init(copyingFrom file: OpenFile?) {
    self.file = file
  }

  /// The size of the file written.
  var count: Int { bytes.count + copied }

  /// Appends `card` to `array`, the document's cards: copied from the bytes it
  /// was read from when it was read in a hurry and has not changed since, else
  /// encoded anew (its history read first, when it was read in a hurry).
  mutating func append(_ card: Card, to array: inout JSONArrayWriter) throws {
    var plain = card
    plain.source = nil
    let range: Range<Int>
    switch card.source {
    case let source? where plain == source.decoded:
      // Copies come from one file; a card read from another is copied as bytes
      // read from that file now.
      if let file, source.file === file, source.depth == array.depth {
        let offset = array.appendPlaced { _ in }.lowerBound
        copies.append((offset, source.range))
        copied += source.range.count
        let start = offset + copied - source.range.count
        places.append(
          CardPlace(
            range: start..<start + source.range.count,
            mentionsPlanChange: source.mentionsPlanChange))
        return
      }
      let object = try source.object()
      range = array.appendPlaced { $0.writeEncoded(object, depth: source.depth) }
    case _?:
      let written = try card.loaded()
      loaded[places.count] = written
      range = array.appendPlaced { writer in writer.writeObject { written.write(to: &$0) } }
    case nil:
      range = array.appendPlaced { writer in writer.writeObject { card.write(to: &$0) } }
    }
    let mentionsPlanChange = Document.mentionsPlanChange(array.bytes[range])
    places.append(
      CardPlace(
        range: range.lowerBound + copied..<range.upperBound + copied,
        mentionsPlanChange: mentionsPlanChange))
  }

  /// Calls `body` with the written file's bytes, a piece at a time, in order.
  ///
  /// The copies are read from the file as it is then, which a program that does
  /// not take the lock may be writing in place: so the whole file is read once,
  /// in order, as the copies are (and after them, when they are not in order),
  /// and its digest returned, for the caller to compare with the digest of the
  /// file the document was read from. A byte changed before it was copied
  /// changes that digest.
  ///
  /// - Returns: The digest of the file the copies were read from, as it was
  ///   read; `nil` when nothing was copied.
  /// - Throws: ``SystemError`` when a copied card cannot be read.
  @discardableResult
  func forEachPiece(
    _ body: (UnsafeRawBufferPointer) throws(SystemError) -> Void
  ) throws(SystemError) -> FileDigest? {
    guard let file, !copies.isEmpty else {
      try encoded(0..<bytes.count, body)
      return nil
    }
    let window = OpenFile.Window(file)
    var digest = FileDigest.Hasher()
    // How far the file has been read and digested, in order.
    var read = 0
    var isInOrder = true
    var written = 0
    for (offset, range) in copies {
      try encoded(written..<offset, body)
      if isInOrder && range.lowerBound >= read {
        try window.forEachChunk(of: read..<range.lowerBound) { digest.combine($0) }
        try window.forEachChunk(of: range) { piece throws(SystemError) in
          digest.combine(piece)
          try body(piece)
        }
        read = range.upperBound
      } else {
        isInOrder = false
        try window.forEachChunk(of: range, body)
      }
      written = offset
    }
    try encoded(written..<bytes.count, body)
    if !isInOrder {
      digest = FileDigest.Hasher()
      read = 0
    }
    try window.forEachChunk(of: read..<file.identity.size) { digest.combine($0) }
    return digest.finalize()
  }

  /// Calls `body` with ``bytes`` at `range`.
  private func encoded(
    _ range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws(SystemError) -> Void
  ) throws(SystemError) {
    try bytes[range].withUnsafeBytes { piece in
      Result { () throws(SystemError) in try body(piece) }
    }.get()
  }

  /// The written file's bytes, all at once.
  func joined() throws(SystemError) -> [UInt8] {
    guard !copies.isEmpty else { return bytes }
    var joined: [UInt8] = []
    joined.reserveCapacity(count)
    try forEachPiece { joined.append(contentsOf: $0) }
    return joined
  }
}

extension Document {
  /// Calls `body` with the bytes ``encoded(reservingCapacity:)`` gives once every
  /// card is read in full, a megabyte at a time: each card is read from the data
  /// file in turn (see ``forEachCardInFull(_:)``), encoded anew and let go, so the
  /// document is never held whole. Every piece ends with whole characters.
  ///
  /// A card is encoded as a full read would write it (its clock replayed, ids
  /// derived, renew's layout), never copied, so a hand-edited card comes out as
  /// renew writes it.
  ///
  /// - Throws: What ``forEachCardInFull(_:)`` throws; what was passed to `body`
  ///   before then is not the whole document.
  public func forEachEncodedPieceInFull(_ body: ([UInt8]) -> Void) throws {
    var writer = JSONWriter(reservingCapacity: 1 << 16)
    var hasPlanChange = false
    // Members in sorted order, as `encodedWithCards` writes them; the version,
    // which depends on every card, comes last.
    try writer.writeObject { object throws in
      try object.memberArray("cards") { array throws in
        try forEachCardInFull { card in
          let range = array.appendPlaced { writer in writer.writeObject { card.write(to: &$0) } }
          hasPlanChange = hasPlanChange || Document.mentionsPlanChange(array.bytes[range])
          if array.pendingCount >= 1 << 20 { body(array.takeWritten()) }
        }
      }
      object.member("lastChange", ifPresent: lastChange?.storedText)
      object.member("version", hasPlanChange ? 3 : Document.baseVersion)
    }
    body(writer.finish())
  }
}
