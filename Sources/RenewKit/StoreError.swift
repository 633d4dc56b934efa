/// Why the data file could not be used.
public enum StoreError: Error, Sendable, Equatable {
  /// The file is not JSON; the error has the line and column.
  case invalidJSON(path: String, error: JSONError)
  /// The file is JSON but holds something renew cannot accept: the error names the
  /// card (if any), the field and the reason.
  case invalidData(path: String, error: DataError)
  /// The file is empty, or holds only white space: what data loss elsewhere leaves.
  case emptyFile(path: String)
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
