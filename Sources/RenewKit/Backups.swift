/// One kept copy of the document as it was before a change.
public struct Backup: Sendable, Hashable {
  /// The backup's file.
  public var path: String
  /// Its place in the sequence; higher is newer.
  public var sequence: Int
  /// When the change that replaced it was made, in seconds since 1970.
  public var time: Int
  /// What the change that replaced it did, if known (`log Smart PH 2026-11-21`).
  public var change: String?
}

extension Store {
  /// The backups, newest first, each with the change that came after it.
  public func backups() -> [Backup] {
    // The change after a backup is recorded in the next newer document.
    var nextChange = (try? read())?.lastChange
    return backupSequences().sorted(by: >).map { sequence in
      let path = backupPath(sequence)
      let backup = Backup(
        path: path, sequence: sequence, time: Platform.modificationTime(of: path) ?? 0,
        change: nextChange)
      nextChange = lastChange(in: path)
      return backup
    }
  }

  /// Restores the newest backup, which then leaves the list, and says what was undone.
  ///
  /// Running it again steps further back. An undo cannot itself be undone by
  /// renew, but the document it replaced is kept as `undone.json` in the backup
  /// folder until the next undo. It works even when the current file cannot be
  /// read, which is when it is most needed.
  ///
  /// - Returns: The description of the change undone, if the document recorded one.
  /// - Throws: ``StoreError``; ``StoreError/nothingToUndo(backupFolder:)`` when no backup is left.
  public func undo() throws(StoreError) -> String? {
    guard !backupSequences().isEmpty else { throw .nothingToUndo(backupFolder: backupFolder) }
    let lock = try acquireLock(for: target)
    defer { Platform.unlock(lock) }
    var restored: [UInt8]
    var current: [UInt8]?
    var newest: String
    repeat {
      guard let sequence = backupSequences().max() else {
        throw .nothingToUndo(backupFolder: backupFolder)
      }
      newest = backupPath(sequence)
      do {
        restored = try Platform.readFile(at: newest) ?? []
        current = try Platform.readFile(at: target)
      } catch {
        throw .system(error)
      }
      // A backup equal to the file is one whose change never landed (the writer
      // was killed between the two): undoing it would change nothing.
      if restored == current { Platform.removeFile(newest) }
    } while restored == current
    _ = try Store.decode(restored, path: newest)
    // A file from a newer renew is left as it is, even by undo; one that cannot be
    // read at all is what undo is for.
    if let current,
      case .newerVersion(let path, let found, let supported)? = Store.failure(current, path: target)
    {
      throw .newerVersion(path: path, found: found, supported: supported)
    }
    do {
      if let current {
        try Platform.replaceFile(at: "\(backupFolder)/undone.json", with: current, mode: 0o600)
      }
      try Platform.replaceFile(
        at: target, with: restored, mode: Platform.mode(of: target) ?? 0o600)
    } catch {
      throw .system(error)
    }
    Platform.removeFile(newest)
    return current.flatMap { try? Store.decode($0, path: target).lastChange }
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

  func pruneBackups() {
    for sequence in backupSequences().sorted().dropLast(backupLimit) {
      Platform.removeFile(backupPath(sequence))
    }
  }

  private func backupSequences() -> [Int] {
    Platform.contentsOfDirectory(backupFolder).compactMap { name in
      name.hasSuffix(".json") ? Int(name.dropLast(5)) : nil
    }
  }

  /// The backup file of `sequence`: `000042.json` in the backup folder.
  private func backupPath(_ sequence: Int) -> String {
    let digits = String(sequence)
    return
      "\(backupFolder)/\(String(repeating: "0", count: max(0, 6 - digits.count)))\(digits).json"
  }

  private func lastChange(in path: String) -> String? {
    guard let bytes = try? Platform.readFile(at: path) else { return nil }
    return try? Store.decode(bytes, path: path).lastChange
  }
}
