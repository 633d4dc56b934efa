import RenewKit

/// `renew backups` and `renew undo`.
extension Runner {
  /// `renew backups`: the backups, newest first, with the change that followed each.
  func backups() {
    let backups = store.backups()
    if backups.isEmpty {
      say(
        language(
          en: "No backups yet in \(store.backupFolder).",
          zh: "\(store.backupFolder) 中还没有备份。"))
    } else {
      var table = Table(header: [
        column(.index), column(.taken), column(.changeThatFollowed, freeText: true),
      ])
      for (index, backup) in backups.enumerated() {
        table.append([
          Table.Cell(String(index + 1)), Table.Cell(System.localTime(backup.time)),
          Table.Cell(backup.change.map { Format.change($0, in: language) } ?? "-"),
        ])
      }
      output.standardOutput(table.render(colored: isColored, width: tableWidth))
      say(
        language(
          en: "Folder: \(store.backupFolder). 'renew undo' restores #1; "
            + "run again to step further back.",
          zh: "文件夹：\(store.backupFolder)。'renew undo' 恢复 #1；"
            + "再次运行可继续往前撤销。"))
    }
    keptCopies()
  }

  /// Lists the files `undo --force` kept, which are not backups: undo never restores them.
  private func keptCopies() {
    let kept = store.keptCopies()
    guard !kept.isEmpty else { return }
    say(
      language(
        en: "Kept by 'renew undo --force' (files changed outside renew; renew never removes them):",
        zh: "'renew undo --force' 保留的文件（在 renew 之外更改过；renew 从不删除它们）："))
    for path in kept { say("  \(path)") }
  }

  /// `renew undo`: restores the newest backup and says what it undid.
  func undo(force: Bool) throws {
    let undone = try store.undo(force: force)
    let change =
      undone.change.map { Format.change($0, in: language) }
      ?? language(en: "the last change", zh: "上一次更改")
    guard let kept = undone.keptCopy else {
      say(language(en: "undid: \(change)", zh: "已撤销：\(change)"))
      return
    }
    say(
      language(
        en: "undid: \(change), and the changes made outside renew since",
        zh: "已撤销：\(change)，以及此后在 renew 之外所做的更改"))
    say(language(en: "kept the changed file as \(kept)", zh: "已将更改过的文件保留为 \(kept)"))
  }
}
