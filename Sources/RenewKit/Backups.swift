/// One kept copy of the document as it was before a change.
public struct Backup: Sendable, Hashable {
  /// The backup's file.
  public var path: String
  /// Its place in the sequence; higher is newer.
  public var sequence: Int
  /// When the change that replaced it was made, in seconds since 1970.
  public var time: Int
  /// What the change that replaced it did, if known.
  public var change: Change?
}

extension Store {
  /// The backups, newest first, each with the change that came after it.
  ///
  /// A newest backup equal to the data file is left out: a writer killed between
  /// keeping it and replacing the file left it, and no change came after it.
  public func backups() -> [Backup] {
    // The change after a backup is recorded in the next newer document.
    var nextChange = lastChange(in: target)
    var sequences = backupSequences().sorted(by: >)
    // Only a newest backup of the file's very size can be equal to it.
    if let newest = sequences.first,
      Platform.size(of: backupPath(newest)) == Platform.size(of: target),
      let current = try? readBytes(at: target), (try? readBytes(at: backupPath(newest))) == current
    {
      sequences.removeFirst()
    }
    return sequences.map { sequence in
      let path = backupPath(sequence)
      let backup = Backup(
        path: path, sequence: sequence, time: Platform.modificationTime(of: path) ?? 0,
        change: nextChange)
      nextChange = lastChange(in: path)
      return backup
    }
  }

  /// The copies `undo --force` kept of files changed outside renew, oldest first.
  ///
  /// They are `outside-000001.json` and on in the backups folder. They are not
  /// backups: undo never restores them and pruning never removes them.
  public func keptCopies() -> [String] {
    keptSequences().sorted().map(keptCopyPath)
  }

  /// Keeps `bytes` as the newest backup and returns its path.
  func keepBackup(_ bytes: [UInt8]) throws(StoreError) -> String {
    let folder = backupFolder
    let path = backupPath((backupSequences().max() ?? 0) + 1)
    do {
      try Platform.createDirectories(folder, mode: 0o700)
      try Platform.replaceFile(at: path, with: bytes, mode: 0o600)
    } catch {
      throw .system(error)
    }
    return path
  }

  /// Keeps the data file as the newest backup, by a second name (a hard link) for
  /// the file that the write will then replace; its contents, which `contents`
  /// gives, are written out instead where the file system has no links. Returns
  /// the backup's path.
  func keepBackupOfTarget(
    _ contents: () throws(StoreError) -> [UInt8]
  ) throws(StoreError) -> String {
    let path = backupPath((backupSequences().max() ?? 0) + 1)
    do {
      try Platform.createDirectories(backupFolder, mode: 0o700)
    } catch {
      throw .system(error)
    }
    if Platform.hardLink(target, as: path) { return path }
    return try keepBackup(contents())
  }

  /// Keeps `bytes`, a file changed outside renew, as the next kept copy; returns its path.
  func keepCopy(_ bytes: [UInt8]) throws(SystemError) -> String {
    let path = keptCopyPath((keptSequences().max() ?? 0) + 1)
    try Platform.replaceFile(at: path, with: bytes, mode: 0o600)
    return path
  }

  /// Removes the newest backups equal to the data file, whose digest is `current`:
  /// a writer killed between keeping its backup and replacing the file left them,
  /// and they record no change. Undoing one would change nothing.
  ///
  /// - Parameters:
  ///   - current: The digest of the data file's bytes, as it was read.
  ///   - isCurrent: Whether the data file does hold `current`, asked before a
  ///     backup that is not the data file itself is taken for equal by its digest.
  func removeUnlandedBackups(equalTo current: FileDigest?, isCurrent: () -> Bool) {
    guard let current else { return }
    let targetIdentity = Platform.identity(of: target)
    while let newest = backupSequences().max() {
      // A backup is most often a hard link to a file since replaced: another
      // size needs no reading, and a link to the data file itself is equal to it.
      let path = backupPath(newest)
      let identity = Platform.identity(of: path)
      let isEqual: Bool
      if let identity, let targetIdentity, identity.isSameFile(as: targetIdentity) {
        // A second name for the data file is equal to it, whatever it holds.
        isEqual = true
      } else if let identity, identity.size != current.length {
        isEqual = false
      } else {
        isEqual =
          ((try? open(path)) ?? nil).flatMap { try? $0.digest() } == current && isCurrent()
      }
      guard isEqual else { return }
      Platform.removeFile(path)
    }
  }

  /// Removes the oldest backups beyond ``backupLimit``; kept copies are not backups.
  func pruneBackups() {
    for sequence in backupSequences().sorted().dropLast(backupLimit) {
      Platform.removeFile(backupPath(sequence))
    }
  }

  /// The sequence numbers of the backups in the folder, in no order.
  func backupSequences() -> [Int] {
    Platform.contentsOfDirectory(backupFolder).compactMap { name in
      name.hasSuffix(".json") ? Int(name.dropLast(5)) : nil
    }
  }

  /// The backup file of `sequence`: `000042.json` in the backup folder.
  func backupPath(_ sequence: Int) -> String {
    "\(backupFolder)/\(Store.sixDigits(sequence)).json"
  }

  private func keptSequences() -> [Int] {
    Platform.contentsOfDirectory(backupFolder).compactMap { name in
      name.hasPrefix("outside-") && name.hasSuffix(".json")
        ? Int(name.dropFirst(8).dropLast(5)) : nil
    }
  }

  /// The kept copy of `sequence`: `outside-000001.json` in the backup folder.
  private func keptCopyPath(_ sequence: Int) -> String {
    "\(backupFolder)/outside-\(Store.sixDigits(sequence)).json"
  }

  private static func sixDigits(_ number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
  }

  /// What the document at `path` says its last change was.
  ///
  /// It is read from the file's end (see ``DocumentEnding``); a file laid out
  /// otherwise (edited by hand) is read in full.
  private func lastChange(in path: String) -> Change? {
    if let file = (try? open(path)) ?? nil,
      let ending = (try? file.tail(count: DocumentEnding.length)).flatMap(DocumentEnding.init)
    {
      return ending.lastChange
    }
    guard let bytes = try? readBytes(at: path) else { return nil }
    return try? Store.decode(bytes, path: path, depth: .summary).lastChange
  }
}
