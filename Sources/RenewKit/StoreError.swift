/// Why the data file could not be used.
public enum StoreError: Error, Sendable, Equatable {
  /// The file is not JSON; `line` and `column` count from 1.
  case invalidJSON(path: String, line: Int, column: Int, reason: String)
  /// The file is JSON but not a renew document, for a reason outside any card.
  case invalidDocument(path: String, reason: String)
  /// A card in the file has a field renew cannot accept.
  case invalidCard(path: String, card: String, field: String, reason: String)
  /// The file was written by a newer renew.
  case newerVersion(path: String, found: Int, supported: Int)
  /// The data file exists but is not a regular file, even after following links: a
  /// device, a named pipe or a socket. It is neither read nor written.
  case notRegularFile(path: String, kind: FileKind)
  /// The data file is larger than ``Store/sizeLimit``; `size` and `limit` are in bytes.
  case tooLarge(path: String, size: Int, limit: Int)
  /// Reading or writing failed in the file system.
  case system(SystemError)
  /// Another process has held the lock for longer than the wait.
  case locked(lockPath: String, seconds: Double)
  /// `undo` found no backup to restore.
  case nothingToUndo(backupFolder: String)
  /// `undo` was not forced and the file differs from what renew last wrote: someone
  /// changed it since (a hand edit, a `git pull`, a sync tool), and undo would lose that.
  case changedOutside(path: String)
}
