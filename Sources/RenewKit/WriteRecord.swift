/// What renew last wrote to the data file, remembered in the backups folder so that
/// `undo` can tell a file changed outside renew since (a hand edit, a `git pull`).
///
/// The record is the file `last-write`: one ``FileDigest`` a line, for the file before
/// renew's last change and after it. It is replaced (atomically) just before the data
/// file is, so a renew killed between the two writes leaves a record that matches the
/// data file whichever of the two it holds. Both are safe to replace: the one before
/// is the newest backup, and whatever undo replaces it keeps as `undone.json`.
struct WriteRecord: Equatable {
  /// The name of the record's file in the backups folder.
  static let fileName = "last-write"

  /// The digests of the documents renew last replaced and wrote, in that order.
  var digests: [FileDigest]

  /// The record of a change that replaces a file of digest `old` (`nil` when there
  /// was no file) with one of digest `new`.
  init(replacing old: FileDigest?, with new: FileDigest) {
    digests = (old.map { [$0] } ?? []) + [new]
  }

  /// Digests in the record of the renew before this one (see ``FileDigest/init(wordsOf:)``),
  /// which are still matched, so that the first `undo` after an upgrade checks the
  /// file as the one after any other change does.
  private var earlierDigests: [FileDigest] = []

  private init(digests: [FileDigest], earlierDigests: [FileDigest]) {
    self.digests = digests
    self.earlierDigests = earlierDigests
  }

  /// The record in `folder`, or `nil` when there is none: the data file was last
  /// written by a renew that kept no record, or the record cannot be read.
  static func read(in folder: String) -> WriteRecord? {
    guard let bytes = try? Platform.readFile(at: "\(folder)/\(fileName)", sizeLimit: 4096)
    else { return nil }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    let digests = lines.compactMap { FileDigest(line: $0) }
    let earlier = lines.compactMap { FileDigest(earlierLine: $0) }
    guard !digests.isEmpty || !earlier.isEmpty else { return nil }
    return WriteRecord(digests: digests, earlierDigests: earlier)
  }

  /// Writes the record to `folder`, replacing the previous one all at once.
  func write(in folder: String) throws(SystemError) {
    let text = digests.map { $0.line + "\n" }.joined()
    try Platform.replaceFile(
      at: "\(folder)/\(WriteRecord.fileName)", with: Array(text.utf8), mode: 0o600)
  }

  /// Whether the file of digest `digest` is one of the documents the record names.
  ///
  /// - Parameters:
  ///   - digest: The file's digest.
  ///   - bytes: The file's bytes, asked for only when the record is an earlier
  ///     renew's, whose digests are made otherwise; `nil` when they cannot be read.
  /// - Returns: Whether the record names the file.
  func matches(_ digest: FileDigest, bytes: () -> [UInt8]?) -> Bool {
    if digests.contains(digest) { return true }
    guard !earlierDigests.isEmpty, let bytes = bytes() else { return false }
    return earlierDigests.contains(FileDigest(wordsOf: bytes))
  }

  /// The digest of the document renew last replaced, when the record names one.
  var replaced: FileDigest? {
    digests.count == 2 ? digests[0] : nil
  }
}
