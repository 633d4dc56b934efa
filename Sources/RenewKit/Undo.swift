/// What ``Store/undo(force:)`` did.
public struct Undone: Sendable, Equatable {
  /// What the undone change did, as the replaced document recorded it, if it did.
  public var change: Change?
  /// Where the replaced file was kept because it had been changed outside renew.
  public var keptCopy: String?
}

extension Store {
  /// Restores the newest backup, which then leaves the list, and says what was undone.
  ///
  /// Running it again steps further back. An undo cannot itself be undone by
  /// renew, but the document it replaced is kept as `undone.json` in the backup
  /// folder until the next undo. It works even when the current file cannot be
  /// decoded, which is when it is most needed.
  ///
  /// When the file differs from what renew last wrote (see ``WriteRecord``), someone
  /// changed it since, and restoring the backup would lose that change: without
  /// `force` undo refuses; with it, it first keeps the file as a copy that nothing
  /// removes (see ``keptCopies()``). A file with no record (last written by an older
  /// renew) and a missing file are undone without question.
  ///
  /// - Parameter force: Whether to undo over a file changed outside renew.
  /// - Returns: What was undone, and where a file changed outside renew was kept.
  /// - Throws: ``StoreError``; ``StoreError/nothingToUndo(backupFolder:)`` when no
  ///   backup is left, ``StoreError/changedOutside(path:)`` when not forced over a
  ///   changed file. Nothing is changed when it throws.
  public func undo(force: Bool = false) throws(StoreError) -> Undone {
    // A file renew must not read (a device, a huge file) is refused before all else.
    _ = try readBytes(at: target)
    guard !backupSequences().isEmpty else { throw .nothingToUndo(backupFolder: backupFolder) }
    let lock = try acquireLock()
    defer { Platform.unlock(lock) }
    let current = try readBytes(at: target)
    // A file from a newer renew is left as it is, even by undo; one that cannot be
    // read at all is what undo is for.
    // Decoded once: for the version here, and for the change it undoes below.
    let decoded = current.map { bytes in
      Result { () throws(StoreError) in try Store.decode(bytes, path: target, depth: .summary) }
    }
    if case .failure(.newerVersion(let path, let found, let supported))? = decoded {
      throw .newerVersion(path: path, found: found, supported: supported)
    }
    let isChangedOutside = isChangedOutside(current)
    if isChangedOutside && !force { throw .changedOutside(path: target) }
    removeStaleTemporaryFiles()
    removeUnlandedBackups(equalTo: current.map(FileDigest.init(of:)))
    guard let sequence = backupSequences().max() else {
      throw .nothingToUndo(backupFolder: backupFolder)
    }
    let newest = backupPath(sequence)
    let restored = try readBytes(at: newest) ?? []
    _ = try Store.decode(restored, path: newest, depth: .summary)
    let kept = try restore(restored, over: current, keepingCopy: isChangedOutside)
    Platform.removeFile(newest)
    return Undone(
      change: (try? decoded?.get())?.lastChange,
      keptCopy: kept)
  }

  /// Whether the data file's bytes, `current`, differ from what renew last wrote;
  /// `false` when there is no file, or no record of what renew wrote.
  private func isChangedOutside(_ current: [UInt8]?) -> Bool {
    guard let current, let record = WriteRecord.read(in: backupFolder) else { return false }
    return !record.matches(current)
  }

  /// Replaces the data file, `current`, with `restored`, and keeps `current` as
  /// `undone.json` (and as a kept copy when asked); returns the kept copy's path.
  ///
  /// `undone.json` is written to a temporary file first and put in place only once
  /// the data file has been replaced: a failed undo changes nothing.
  private func restore(
    _ restored: [UInt8], over current: [UInt8]?, keepingCopy: Bool
  ) throws(StoreError) -> String? {
    let undone = "\(backupFolder)/undone.json"
    var kept: String?
    var pending: String?
    do {
      if keepingCopy, let current { kept = try keepCopy(current) }
      if let current {
        pending = try Platform.writeTemporary(for: undone, with: current, mode: 0o600)
      }
      try WriteRecord(replacing: current, with: restored).write(in: backupFolder)
      try Platform.replaceFile(
        at: target, with: restored, mode: Platform.mode(of: target) ?? 0o600)
    } catch {
      for path in [kept, pending].compactMap({ $0 }) { Platform.removeFile(path) }
      throw .system(error)
    }
    // The undo has happened: should this rename fail, undone.json keeps what it held.
    if let pending { try? Platform.moveIntoPlace(pending, at: undone) }
    return kept
  }
}
