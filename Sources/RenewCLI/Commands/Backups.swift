import RenewKit

/// `renew backups` and `renew undo`.
extension Runner {
  /// `renew backups`: the backups, newest first, with the change that followed each.
  func backups() {
    let backups = store.backups()
    if backups.isEmpty {
      say("No backups yet in \(store.backupFolder).")
    } else {
      var table = Table(header: ["#", "TAKEN", .freeText("CHANGE THAT FOLLOWED")])
      for (index, backup) in backups.enumerated() {
        table.rows.append([
          Table.Cell(String(index + 1)), Table.Cell(System.localTime(backup.time)),
          Table.Cell(backup.change.map(Format.change) ?? "-"),
        ])
      }
      output.standardOutput(table.render(colored: isColored, width: tableWidth))
      say(
        "Folder: \(store.backupFolder). 'renew undo' restores #1; run again to step further back.")
    }
    keptCopies()
  }

  /// Lists the files `undo --force` kept, which are not backups: undo never restores them.
  private func keptCopies() {
    let kept = store.keptCopies()
    guard !kept.isEmpty else { return }
    say("Kept by 'renew undo --force' (files changed outside renew; renew never removes them):")
    for path in kept { say("  \(path)") }
  }

  /// `renew undo`: restores the newest backup and says what it undid.
  func undo(force: Bool) throws {
    let undone = try store.undo(force: force)
    let change = undone.change.map(Format.change) ?? "the last change"
    guard let kept = undone.keptCopy else {
      say("undid: \(change)")
      return
    }
    say("undid: \(change), and the changes made outside renew since")
    say("kept the changed file as \(kept)")
  }
}
