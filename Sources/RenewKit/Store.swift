/// The data file: one JSON document, read without a lock, changed under one.
///
/// A change takes an exclusive `flock(2)` on `<file>.lock`, reads the document,
/// applies the change, keeps the previous document as a backup, records what it
/// writes (see ``WriteRecord``), and replaces the file atomically (see
/// ``Platform/replaceFile(at:with:mode:durably:)``). A file that is a symbolic link stays
/// one: the link's target is what gets replaced, and the lock and the backups live
/// beside the target. Only a regular file of at most ``sizeLimit`` bytes is read.
public struct Store: Sendable {
  /// The path the user named; it may be a symbolic link.
  public let path: String
  /// How long a change waits for another process's lock, in seconds.
  public var lockTimeout: Double
  /// How many backups to keep.
  public var backupLimit: Int
  /// The largest data file read, in bytes; a larger one is refused before it is read.
  public var sizeLimit: Int

  /// The default wait for the lock, in seconds.
  public static let defaultLockTimeout = 10.0
  /// The default number of backups kept.
  public static let defaultBackupLimit = 20
  /// The default size limit: 64 MiB, some ten thousand times a large collection of cards.
  public static let defaultSizeLimit = 64 * 1024 * 1024

  /// Creates a store for the data file at `path`; nothing is touched until used.
  public init(
    path: String, lockTimeout: Double = Store.defaultLockTimeout,
    backupLimit: Int = Store.defaultBackupLimit, sizeLimit: Int = Store.defaultSizeLimit
  ) {
    self.path = path
    self.target = FilePaths.resolvingLinks(path)
    self.lockTimeout = lockTimeout
    self.backupLimit = backupLimit
    self.sizeLimit = sizeLimit
  }

  /// The file that is actually read and replaced: `path` with its links followed,
  /// once, when the store is made.
  public let target: String
  /// The lock file other programs (a sync job) can `flock` to keep renew out.
  public var lockPath: String { target + ".lock" }
  /// The folder that holds the backups.
  public var backupFolder: String { target + ".backups" }

  /// Reads the document; a missing file is an empty document (and is not created).
  ///
  /// - Parameter depth: ``ReadDepth/glance`` for commands that only show cards,
  ///   ``ReadDepth/summary`` for changes, which copy the cards they leave alone.
  /// - Returns: The document.
  /// - Throws: ``StoreError``; the file is never changed.
  public func read(depth: ReadDepth = .full) throws(StoreError) -> Document {
    try readExisting(depth: depth) ?? Document()
  }

  /// Reads the document, or returns `nil` when there is no data file at all.
  ///
  /// For `check`, which must not take a missing file (a crontab without
  /// `RENEW_FILE`) for a file with no cards.
  ///
  /// - Throws: ``StoreError``; the file is never changed.
  public func readExisting(depth: ReadDepth = .full) throws(StoreError) -> Document? {
    guard let file = try open(target) else { return nil }
    // A read in a hurry takes the summary's cards; one that may read a card's
    // history (`show`) takes them with their places in the file, held open.
    if depth != .full, let summary = currentSummary(of: file),
      let cards = summary.cards(in: depth == .summary ? file : nil)
    {
      return Document(cards: cards)
    }
    let bytes = try readWhole(file)
    let document = try Store.decode(bytes, path: target, depth: depth)
    // The next read need not read the file whole. A read creates no folder.
    if depth != .full, Platform.isDirectory(backupFolder) {
      let places = document.cards.map { card in card.source.flatMap { $0.place(of: card) } }
      keep(
        Summary(
          identity: file.identity, contents: FileDigest(of: bytes), cards: document.cards,
          places: places))
    }
    return document
  }

  /// The summary in the backups folder.
  var summaryPath: String { "\(backupFolder)/\(Summary.fileName)" }

  /// The summary in the backups folder, when it was made from `file`, the data
  /// file held open, as it is, and is whole.
  ///
  /// Until the summary has settled (see ``Summary/isSettled(summaryChanged:)``),
  /// the file's bytes are compared with its digest, a chunk at a time. A summary
  /// found good is touched: its change time, the file system's now, is how long
  /// after the data file's it was last found good, so that it settles once a read
  /// comes late enough. (A change compares the bytes, settled or not, but later:
  /// see ``summarySnapshot()``.)
  ///
  /// - Parameter file: The data file, held open.
  /// - Returns: The summary, or `nil` when the data file must be read instead.
  func currentSummary(of file: OpenFile) -> Summary? {
    guard let (summary, made) = summary(of: file) else { return nil }
    if summary.isSettled(summaryChanged: made.changed) { return summary }
    guard (try? file.digest()) == summary.contents else { return nil }
    Platform.touch(summaryPath)
    return summary
  }

  /// The summary in the backups folder when it was made from `file` as it is by
  /// its identity, and is whole, with the summary file's own identity; its digest
  /// is not compared with the file's bytes.
  private func summary(of file: OpenFile) -> (summary: Summary, made: Platform.FileIdentity)? {
    var made: Platform.FileIdentity?
    guard
      let bytes = (try? Platform.readFile(at: summaryPath, sizeLimit: sizeLimit, identity: &made))
        ?? nil,
      let made, let summary = Summary(bytes: bytes, of: file.identity)
    else { return nil }
    return (summary, made)
  }

  /// The summary in the backups folder, as ``currentSummary(of:)`` gives it.
  func currentSummary() -> Summary? {
    guard let file = (try? open(target)) ?? nil else { return nil }
    return currentSummary(of: file)
  }

  /// Replaces the summary in the backups folder; a summary that cannot be written
  /// is left out, as it is only a copy.
  func keep(_ summary: Summary) {
    try? Platform.replaceFile(
      at: summaryPath, with: summary.encoded(), mode: 0o600, durably: false)
  }

  /// Applies `change` to the document under the lock and writes the result.
  ///
  /// `change` should set ``Document/lastChange`` to what it does, for `backups` and
  /// `undo` (`log Smart PH 2026-11-21`). Nothing is written when it throws: the
  /// error is passed on as it is. Nothing is written either, and no backup kept,
  /// when it leaves the document as it was (``Document/lastChange`` aside). It runs
  /// on a copy before the lock is taken and, when the file changed in between or
  /// while its cards were copied, or the summary it started from proves stale,
  /// once more, so it must only edit the document.
  ///
  /// - Parameter change: The edit; it may return a value, such as the renewal it recorded.
  /// - Returns: What `change` returned.
  /// - Throws: ``StoreError`` for the file, or whatever `change` throws.
  public func update<Result>(_ change: (inout Document) throws -> Result) throws -> Result {
    // A change that is refused (an unknown card, a duplicate name) is found
    // before the lock: it then creates no folder and no lock file.
    var snapshot = try readForChange()
    var document: Document
    var result: Result
    while true {
      document = snapshot.document
      document.lastChange = nil
      do {
        result = try change(&document)
      } catch {
        // A refusal is given for the file as it is, never for a summary gone stale.
        guard snapshot.isStale() else { throw error }
        snapshot = try readWholeForChange()
        continue
      }
      // A change that changes nothing is as if made at the moment of that read: it
      // needs no lock, and creates no folder and no lock file.
      if Store.isUnchanged(document, from: snapshot.document) {
        guard snapshot.isStale() else { return result }
        snapshot = try readWholeForChange()
        continue
      }
      break
    }
    // From here on only the changed document is needed.
    snapshot.document = Document()
    let lock = try acquireLock()
    defer { Platform.unlock(lock) }
    // The file is read again under the lock only when it is no longer the file
    // read (another inode, size or time); only when another writer changed its
    // bytes since is it decoded and changed again.
    var current = snapshot
    /// Reads the file as it is now, whole, and makes the change again on it;
    /// `false` when the change then changes nothing.
    func changeAgain(_ bytes: [UInt8]?) throws -> Bool {
      let old =
        try bytes.map { bytes throws(StoreError) in
          try Store.decode(bytes, path: target, depth: .summary)
        }
        ?? Document()
      // Only the bytes read are needed from here on, not a second document.
      current = Snapshot(document: Document(), bytes: bytes)
      document = old
      document.lastChange = nil
      result = try change(&document)
      return !Store.isUnchanged(document, from: old)
    }
    if snapshot.identity == nil || Platform.identity(of: target) != snapshot.identity {
      let bytes = try readBytes(at: target)
      if !snapshot.holds(bytes), try !changeAgain(bytes) { return result }
    }
    var encoded: EncodedDocument
    var written: FileDigest.Hasher
    while true {
      document.assignMissingIDs()
      do {
        encoded = try encodedWithCards(document, copyingFrom: current.file)
      } catch {
        // A card changed is read from the file where the summary said it was.
        guard current.isStale() else { throw error }
        if try !changeAgain(readBytes(at: target)) { return result }
        continue
      }
      guard encoded.count <= sizeLimit else {
        throw StoreError.tooLarge(path: target, size: encoded.count, limit: sizeLimit)
      }
      removeStaleTemporaryFiles()
      removeUnlandedBackups(equalTo: current.contents) { !current.isStale() }
      // The file about to be replaced is the backup: a second name for it costs
      // nothing. The first write keeps an empty document, so that even it can be undone.
      let backup =
        try current.contents == nil
        ? keepBackup(encode(Document()))
        : keepBackupOfTarget { () throws(StoreError) in
          if let bytes = current.bytes { return bytes }
          return try readBytes(at: target) ?? []
        }
      written = FileDigest.Hasher()
      do {
        var attempt: (path: String, copiedFrom: FileDigest?)?
        do {
          attempt = try writeTemporary(encoded, digesting: &written)
        } catch {
          // The cards copied are no longer where the summary said they were.
          guard current.isStale() else { throw error }
          attempt = nil
        }
        // Copying cards from the file read it whole; with nothing copied, a
        // summary the change started from is compared with the file now.
        guard let (temporary, copiedFrom) = attempt,
          !(copiedFrom.map { $0 != current.contents } ?? current.isStale())
        else {
          // Another program wrote the file in place since it was read, or while its
          // cards were copied: nothing is replaced, and the change starts over
          // from the file as it is.
          if let attempt { Platform.removeFile(attempt.path) }
          Platform.removeFile(backup)
          // Read into memory, the document copies nothing from the file: the
          // second write needs no such check.
          if try !changeAgain(readBytes(at: target)) { return result }
          continue
        }
        do {
          try record(WriteRecord(replacing: current.contents, with: written.finalize()))
          try moveIntoPlace(temporary)
        } catch {
          Platform.removeFile(temporary)
          throw error
        }
      } catch {
        Platform.removeFile(backup)
        throw error
      }
      break
    }
    // Made just now, the summary has not settled: until it does, a read compares
    // the file with the digest of what was written here, so another program's
    // file renamed in since is not taken for this one.
    if let identity = Platform.identity(of: target) {
      for (index, card) in encoded.loaded { document.cards[index] = card }
      keep(
        Summary(
          identity: identity, contents: written.finalize(), cards: document.cards,
          places: encoded.places))
    }
    pruneBackups()
    return result
  }

  /// The document a change starts from, and the data file it was read from.
  struct Snapshot {
    /// The document.
    var document: Document
    /// The file's bytes, when they were read whole; `nil` when read through a
    /// summary, or when there is no file.
    var bytes: [UInt8]?
    /// The digest of the file's bytes, or what the summary says it is until
    /// ``isStale()`` has compared them; `nil` when there is no file.
    var contents: FileDigest?
    /// The file's identity as it was read; `nil` when there is no file.
    var identity: Platform.FileIdentity?
    /// The data file, held open, when the document was read through its summary:
    /// the cards a change leaves alone are copied from it, and from no other file.
    /// `nil` when the file was read whole, or there is none.
    private(set) var file: OpenFile?
    /// ``file`` while the summary's digest (``contents``) has not been compared
    /// with the file's bytes yet.
    private var unchecked: OpenFile?
    /// Whether the comparison found the file's bytes other than the summary said.
    private var isKnownStale = false

    init(
      document: Document, bytes: [UInt8]?, identity: Platform.FileIdentity? = nil
    ) {
      self.document = document
      self.bytes = bytes
      self.contents = bytes.map(FileDigest.init(of:))
      self.identity = identity
    }

    /// A snapshot read through the summary of `file`, held open, not yet compared
    /// with its bytes.
    init(document: Document, contents: FileDigest, file: OpenFile) {
      self.document = document
      self.contents = contents
      self.identity = file.identity
      self.file = file
      self.unchecked = file
    }

    /// Whether the file held open may not be what the snapshot says it is. A
    /// snapshot read through a summary is compared with the file's bytes the first
    /// time this is asked (a file that cannot be read is taken for changed), and
    /// the answer kept; one read whole is what it says.
    mutating func isStale() -> Bool {
      if let file = unchecked {
        unchecked = nil
        isKnownStale = (try? file.digest()) != contents
      }
      return isKnownStale
    }

    /// Whether `bytes` (`nil`: no file) are the file this snapshot was read from.
    func holds(_ bytes: [UInt8]?) -> Bool {
      guard let bytes else { return contents == nil }
      return self.bytes.map { $0 == bytes } ?? (FileDigest(of: bytes) == contents)
    }
  }

  /// Reads the document for a change: from the summary when it describes the
  /// data file by its identity (its bytes are compared later, see
  /// ``summarySnapshot()``), else from the data file, as ``ReadDepth/summary``.
  private func readForChange() throws(StoreError) -> Snapshot {
    if let snapshot = summarySnapshot() { return snapshot }
    return try readWholeForChange()
  }

  /// Reads the document for a change from the data file, whole.
  private func readWholeForChange() throws(StoreError) -> Snapshot {
    var identity: Platform.FileIdentity?
    guard let bytes = try readBytes(at: target, identity: &identity) else {
      return Snapshot(document: Document(), bytes: nil)
    }
    return Snapshot(
      document: try Store.decode(bytes, path: target, depth: .summary), bytes: bytes,
      identity: identity)
  }

  /// The document as the summary gives it, each card to be read from the data file,
  /// which is held open; `nil` when the summary is not of the file's bytes as they
  /// are, or does not know where each card lies in them.
  ///
  /// Unlike a showing read, a change never trusts a summary on the file's identity
  /// alone, settled or not, but it compares the file's bytes with the digest only
  /// once, when it needs to: as it copies them into the file it writes (see
  /// ``Snapshot/isStale()`` for a change that writes without copying, or that
  /// writes nothing).
  func summarySnapshot() -> Snapshot? {
    guard let file = (try? open(target)) ?? nil,
      let summary = summary(of: file)?.summary,
      let cards = summary.cards(in: file)
    else { return nil }
    return Snapshot(document: Document(cards: cards), contents: summary.contents, file: file)
  }

  /// Whether `document` says the same as `old`, whatever each says of its last
  /// change, and whether or not a card's history was loaded to make the change.
  private static func isUnchanged(_ document: Document, from old: Document) -> Bool {
    guard document.cards.count == old.cards.count else { return false }
    for (card, oldCard) in zip(document.cards, old.cards) where card != oldCard {
      // A card loaded for the change is compared with the same card loaded.
      guard oldCard.source != nil, card.source == nil, let loaded = try? oldCard.loaded(),
        loaded == card
      else { return false }
    }
    return true
  }

  /// The serialized form: pretty-printed, keys sorted, with a final newline.
  ///
  /// - Throws: ``StoreError`` when a card read in a hurry and then changed has a
  ///   history renew cannot accept, or the data file it is read from cannot be read.
  public func encode(_ document: Document) throws(StoreError) -> [UInt8] {
    let encoded = try encodedWithCards(document, copyingFrom: document.fileReadFrom)
    do {
      return try encoded.joined()
    } catch {
      throw .system(error)
    }
  }

  /// The serialized form, as ``encode(_:)``, with the cards copied from `file`, the
  /// data file held open, left to be read from it as they are written.
  private func encodedWithCards(
    _ document: Document, copyingFrom file: OpenFile?
  ) throws(StoreError) -> EncodedDocument {
    do {
      // Only the cards encoded anew are held: the copies are left out.
      return try document.encodedWithCards(
        reservingCapacity: file != nil ? 64 * 1024 : (Platform.size(of: target) ?? 0) + 4096,
        copyingFrom: file)
    } catch let error as JSONError {
      throw .invalidJSON(path: target, error: error)
    } catch let error as DataError {
      throw .invalidData(path: target, error: error)
    } catch let error as SystemError {
      throw .system(error)
    } catch {
      throw .invalidData(
        path: target, error: DataError(card: nil, field: "", problem: .unknownField))
    }
  }

  /// Decodes `bytes` as a document, with errors that name the file, line and card.
  ///
  /// A UTF-8 byte order mark at the start (as Windows editors write) is skipped, and
  /// columns on the first line count from after it, as an editor shows them.
  public static func decode(
    _ bytes: [UInt8], path: String, depth: ReadDepth = .full
  ) throws(StoreError) -> Document {
    // An empty file is what data loss elsewhere leaves behind: refuse it rather
    // than read it as no cards and write over it.
    guard TextBytes.firstVisible(in: bytes) != nil else {
      throw .emptyFile(path: path)
    }
    do {
      return try Document.decode(bytes, depth: depth)
    } catch let error as JSONError {
      throw .invalidJSON(path: path, error: error)
    } catch let error as DataError {
      throw .invalidData(path: path, error: error)
    } catch let error as NewerVersionError {
      throw .newerVersion(path: path, found: error.found, supported: Document.currentVersion)
    } catch {
      // Document.decode throws nothing else.
      throw .invalidData(path: path, error: DataError(card: nil, field: "", problem: .unknownField))
    }
  }

  /// The bytes of the data file or of a backup, or `nil` when it does not exist.
  ///
  /// - Throws: ``StoreError/notRegularFile(path:kind:)``, ``StoreError/tooLarge(path:size:limit:)``
  ///   or ``StoreError/system(_:)``.
  func readBytes(at path: String) throws(StoreError) -> [UInt8]? {
    var identity: Platform.FileIdentity?
    return try readBytes(at: path, identity: &identity)
  }

  /// The bytes of a file, as ``readBytes(at:)``, and the file's identity as it was opened.
  func readBytes(
    at path: String, identity: inout Platform.FileIdentity?
  ) throws(StoreError) -> [UInt8]? {
    identity = nil
    guard let file = try open(path) else { return nil }
    identity = file.identity
    return try readWhole(file)
  }

  /// Opens the data file or a backup for reading, or `nil` when it does not exist.
  ///
  /// - Throws: ``StoreError`` as ``readBytes(at:)`` does.
  func open(_ path: String) throws(StoreError) -> OpenFile? {
    do {
      return try OpenFile(path, sizeLimit: sizeLimit)
    } catch {
      throw storeError(error, path: path)
    }
  }

  /// The bytes of a file opened by ``open(_:)``.
  func readWhole(_ file: OpenFile) throws(StoreError) -> [UInt8] {
    do {
      return try file.readToEnd(sizeLimit: sizeLimit)
    } catch {
      throw storeError(error, path: file.path)
    }
  }

  private func storeError(_ error: FileReadError, path: String) -> StoreError {
    switch error {
    case .system(let error): .system(error)
    case .notRegularFile(let kind): .notRegularFile(path: path, kind: kind)
    case .tooLarge(let size): .tooLarge(path: path, size: size, limit: sizeLimit)
    }
  }

  /// Takes the lock on `target`, creating its folder and lock file when missing.
  ///
  /// - Returns: The descriptor that holds the lock, for ``Platform/unlock(_:)``.
  /// - Throws: ``StoreError/locked(lockPath:seconds:)`` when the wait runs out.
  func acquireLock() throws(StoreError) -> Int32 {
    let fd: Int32?
    do {
      try Platform.createDirectories(FilePaths.directory(of: target), mode: 0o700)
      fd = try Platform.lock(target + ".lock", timeout: lockTimeout)
    } catch {
      throw .system(error)
    }
    guard let fd else { throw .locked(lockPath: target + ".lock", seconds: lockTimeout) }
    return fd
  }

  /// Removes temporary files that a killed renew left beside the data file and in
  /// the backups folder. Every writer of the data file holds the lock, so under it
  /// none of theirs is in use; a showing read may be writing its summary without
  /// the lock, and then only loses that summary, which the next read makes again.
  func removeStaleTemporaryFiles() {
    let directory = FilePaths.directory(of: target)
    let name = FilePaths.name(of: target)
    for entry in Platform.contentsOfDirectory(directory)
    where Platform.isTemporaryName(entry, for: name) {
      Platform.removeFile("\(directory)/\(entry)")
    }
    for entry in Platform.contentsOfDirectory(backupFolder) where Platform.isTemporaryName(entry) {
      Platform.removeFile("\(backupFolder)/\(entry)")
    }
  }

  /// Records, just before the data file is replaced, what replaces what.
  func record(_ record: WriteRecord) throws(StoreError) {
    do {
      try record.write(in: backupFolder)
    } catch {
      throw .system(error)
    }
  }

  /// Writes `encoded` to a temporary file beside the data file, flushed; `digest`
  /// is given every byte written.
  ///
  /// - Returns: The temporary file's path, and the digest of the data file its
  ///   copies were read from, as ``EncodedDocument/forEachPiece(_:)`` gives it.
  private func writeTemporary(
    _ encoded: EncodedDocument, digesting digest: inout FileDigest.Hasher
  ) throws(StoreError) -> (path: String, copiedFrom: FileDigest?) {
    var copiedFrom: FileDigest?
    do {
      let path = try Platform.writeTemporary(
        for: target, mode: Platform.mode(of: target) ?? 0o600, digesting: &digest
      ) { write throws(SystemError) in copiedFrom = try encoded.forEachPiece(write) }
      return (path, copiedFrom)
    } catch {
      throw .system(error)
    }
  }

  /// Moves a file written by ``writeTemporary(_:digesting:)`` over the data file.
  private func moveIntoPlace(_ temporary: String) throws(StoreError) {
    do {
      try Platform.moveIntoPlace(temporary, at: target)
    } catch {
      throw .system(error)
    }
  }
}
