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
  /// It copies no document: the backup is renamed into place and the file it
  /// replaces becomes `undone.json` by a second name. Neither is decoded when the
  /// backup is the file renew's last change replaced, which that change had
  /// read (or found equal to the summary of a read); the two are compared with
  /// digests, a chunk at a time.
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
    _ = try open(target)
    guard !backupSequences().isEmpty else { throw .nothingToUndo(backupFolder: backupFolder) }
    let lock = try acquireLock()
    defer { Platform.unlock(lock) }
    let current = try open(target)
    let change = try changeToUndo(in: current)
    let currentDigest = try current.map(digest(of:))
    let record = WriteRecord.read(in: backupFolder)
    // A file with a record of renew's last write that names other bytes was
    // changed since; restoring the backup would lose that change.
    let isChangedOutside =
      if let current, let currentDigest, let record {
        !record.matches(currentDigest) { try? readWhole(current) }
      } else {
        false
      }
    if isChangedOutside && !force { throw .changedOutside(path: target) }
    removeStaleTemporaryFiles()
    // The digest is of the file's bytes, read under the lock.
    removeUnlandedBackups(equalTo: currentDigest) { true }
    guard let sequence = backupSequences().max() else {
      throw .nothingToUndo(backupFolder: backupFolder)
    }
    let restored = try backupToRestore(at: backupPath(sequence), replaced: record?.replaced)
    let kept = try restore(
      restored.file, digest: restored.digest, over: current, digest: currentDigest,
      keepingCopy: isChangedOutside)
    return Undone(change: change, keptCopy: kept)
  }

  /// What the data file, `current`, says its last change was: the change undo
  /// undoes. `nil` when there is no file, or it says none or cannot be decoded,
  /// which is when undo is most needed.
  ///
  /// It is read from the file's end (see ``DocumentEnding``); a file laid out
  /// otherwise is decoded.
  ///
  /// - Throws: ``StoreError/newerVersion(path:found:supported:)`` for a file of a
  ///   newer renew, which even undo leaves as it is; ``StoreError`` when the file
  ///   cannot be read.
  private func changeToUndo(in current: OpenFile?) throws(StoreError) -> Change? {
    guard let current else { return nil }
    if let tail = try? current.tail(count: DocumentEnding.length),
      let ending = DocumentEnding(tail: tail)
    {
      guard ending.version <= Document.currentVersion else {
        throw .newerVersion(
          path: target, found: ending.version, supported: Document.currentVersion)
      }
      return ending.lastChange
    }
    let bytes = try readWhole(current)
    do {
      return try Store.decode(bytes, path: target, depth: .summary).lastChange
    } catch .newerVersion(let path, let found, let supported) {
      throw .newerVersion(path: path, found: found, supported: supported)
    } catch {
      return nil
    }
  }

  /// The digest of `file`'s bytes.
  private func digest(of file: OpenFile) throws(StoreError) -> FileDigest {
    do {
      return try file.digest()
    } catch {
      throw .system(error)
    }
  }

  /// The backup at `path`, opened and checked to be a document this renew reads,
  /// with its digest.
  ///
  /// A backup whose digest is `replaced`, that of the file renew's last change
  /// replaced, is a file renew read (that change, or the read whose summary it
  /// matched): only its end is checked, for the version. Any other backup is
  /// decoded, and read once: a size other than the record's needs no digest.
  ///
  /// - Throws: ``StoreError`` when it cannot be read or decoded.
  private func backupToRestore(
    at path: String, replaced: FileDigest?
  ) throws(StoreError) -> (file: OpenFile, digest: FileDigest) {
    guard let file = try open(path) else { throw .emptyFile(path: path) }
    if let replaced, replaced.length == file.identity.size {
      let digest = try digest(of: file)
      if digest == replaced, let tail = try? file.tail(count: DocumentEnding.length),
        let ending = DocumentEnding(tail: tail), ending.version <= Document.currentVersion
      {
        return (file, digest)
      }
    }
    let bytes = try readWhole(file)
    _ = try Store.decode(bytes, path: path, depth: .summary)
    return (file, FileDigest(of: bytes))
  }

  /// Replaces the data file, `current`, with `backup`, which leaves the backups,
  /// and keeps `current` as `undone.json` (and as a kept copy when asked).
  ///
  /// `undone.json` is set aside under a temporary name first and put in place only
  /// once the data file has been replaced: a failed undo changes nothing.
  ///
  /// - Parameters:
  ///   - backup: The backup to restore, open.
  ///   - digest: The backup's digest, for the record of this write.
  ///   - current: The data file, open; `nil` when there is none.
  ///   - currentDigest: The data file's digest.
  ///   - keepingCopy: Whether to keep the data file as a copy that nothing removes.
  /// - Returns: The kept copy's path, if one was kept.
  /// - Throws: ``StoreError`` when a file cannot be read or written; nothing is
  ///   changed then.
  private func restore(
    _ backup: OpenFile, digest: FileDigest, over current: OpenFile?,
    digest currentDigest: FileDigest?, keepingCopy: Bool
  ) throws(StoreError) -> String? {
    let undone = "\(backupFolder)/undone.json"
    var kept: String?
    var pending: String?
    do throws(StoreError) {
      if let current {
        if keepingCopy {
          let bytes = try readWhole(current)
          do {
            kept = try keepCopy(bytes)
          } catch {
            throw .system(error)
          }
        }
        pending = try setAside(current, for: undone)
      }
      try record(WriteRecord(replacing: currentDigest, with: digest))
      try putInPlace(backup)
    } catch {
      for path in [kept, pending].compactMap({ $0 }) { Platform.removeFile(path) }
      throw error
    }
    // The undo has happened: should this rename fail, undone.json keeps what it held.
    if let pending { try? Platform.moveIntoPlace(pending, at: undone) }
    return kept
  }

  /// Gives the data file, `current`, a temporary name beside `path`, for
  /// ``Platform/moveIntoPlace(_:at:durably:)`` to put there later, and returns it.
  ///
  /// The name is a second one for the same file (a hard link), as renew never
  /// changes a file in place; where the file system has no links, or the data file
  /// is no longer the one open, its bytes are written out instead.
  private func setAside(_ current: OpenFile, for path: String) throws(StoreError) -> String {
    let temporary = Platform.temporaryPath(for: path)
    Platform.removeFile(temporary)
    if Platform.hardLink(target, as: temporary),
      Platform.identity(of: temporary)?.isSameFile(as: current.identity) == true
    {
      return temporary
    }
    Platform.removeFile(temporary)
    let bytes = try readWhole(current)
    do {
      return try Platform.writeTemporary(for: path, with: bytes, mode: 0o600)
    } catch {
      throw .system(error)
    }
  }

  /// Puts `backup` in place of the data file, keeping the data file's mode.
  ///
  /// The backup is renamed over the data file: no byte is copied. Where that
  /// cannot be done (the backups folder on another file system, or the backup no
  /// longer the file open), its bytes are written out and the backup removed.
  private func putInPlace(_ backup: OpenFile) throws(StoreError) {
    let mode = Platform.mode(of: target) ?? 0o600
    if Platform.identity(of: backup.path)?.isSameFile(as: backup.identity) == true,
      Platform.move(backup.path, over: target, mode: mode)
    {
      // A rename keeps the backup's times; the data file changed now, as sync
      // tools that keep the newer file must see.
      Platform.touch(target)
      return
    }
    let bytes = try readWhole(backup)
    do {
      try Platform.replaceFile(at: target, with: bytes, mode: mode)
    } catch {
      throw .system(error)
    }
    Platform.removeFile(backup.path)
  }
}
