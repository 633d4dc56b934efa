import RenewKit

/// `renew merge`: git's merge driver for the data file.
extension Runner {
  /// `renew merge BASE OURS THEIRS`: the merge written to `ours`; each conflict
  /// named on stderr, and exit 1 when there was one, so that git stops.
  ///
  /// An input that cannot be read is named with its side of the merge: git passes
  /// temporary files whose names say nothing, and the data file's own hint
  /// (`renew undo`) would point at another file.
  func merge(base: String, ours: String, theirs: String) throws -> Int32 {
    var documents: [Document] = []
    for (path, side) in [(base, "BASE"), (ours, "OURS"), (theirs, "THEIRS")] {
      do {
        documents.append(try DocumentMerge.read(path, isAncestor: side == "BASE"))
      } catch {
        var report = ErrorReport(error, language: language)
        report.hint = language(
          en: "that is \(side) of the merge; nothing was merged, and OURS is unchanged",
          zh: "这是合并的 \(side)；没有合并任何内容，OURS 保持原样")
        output.standardError(report.text)
        return report.code
      }
    }
    let result = DocumentMerge(base: documents[0], ours: documents[1], theirs: documents[2])
    let bytes: [UInt8]
    do {
      try result.merged.validate()
      bytes = try result.merged.encoded()
      // What is written must read back: a merge never leaves a file renew refuses.
      _ = try Store.decode(bytes, path: ours)
    } catch let error as DataError {
      throw StoreError.invalidData(path: ours, error: error)
    }
    do {
      try ExportFile.replace(ours, with: bytes)
    } catch {
      throw StoreError.system(error)
    }
    for conflict in result.conflicts {
      output.standardError(ErrorReport(message: conflictLine(conflict), code: 1).text)
    }
    return result.conflicts.isEmpty ? 0 : 1
  }

  /// One conflict, as the line that names it.
  func conflictLine(_ conflict: MergeConflict) -> String {
    let card = conflict.card
    switch conflict.what {
    case .name:
      return language(
        en: "conflict: '\(card)' was renamed differently on each side; ours is kept",
        zh: "冲突：卡 '\(card)' 在两边被改成了不同的名称；保留本地（ours）的名称")
    case .retired:
      return language(
        en:
          "conflict: '\(card)' was retired on one side and brought back on the other; ours is kept",
        zh: "冲突：卡 '\(card)' 在一边被停用，在另一边被重新启用；保留本地（ours）的状态")
    case .field(let field):
      return language(
        en:
          "conflict: '\(card)': \(field.label) was changed differently on each side; ours is kept",
        zh: "冲突：卡 '\(card)' 的\(field.title(in: .chinese))（\(field.label)）在两边被改成了不同的值；"
          + "保留本地（ours）的值")
    case .balanceCurrency:
      return language(
        en:
          "conflict: '\(card)': the balance was recorded in another currency on each side; "
          + "ours is kept",
        zh: "冲突：卡 '\(card)' 的余额在两边以不同的币种记录；保留本地（ours）的记录")
    case .samePayment(let date):
      return language(
        en: "conflict: '\(card)': a payment of \(date) was recorded on each side; it is counted "
          + "once, so log it again if there were two",
        zh: "冲突：卡 '\(card)' 在两边都记录了 \(date) 的同一笔付款；只计一次，如果确实付了两次，请再记录一次")
    case .plan:
      return language(
        en: "conflict: '\(card)': the plan and how it is paid were changed on each side in ways "
          + "that do not fit together; ours are kept",
        zh: "冲突：卡 '\(card)' 的套餐和付费方式在两边的改动合不到一起；保留本地（ours）的设置")
    case .expiry:
      return language(
        en: "conflict: '\(card)': the expiry was set differently on each side on the same day; "
          + "ours is kept",
        zh: "冲突：卡 '\(card)' 的有效期在同一天被两边设成了不同的日期；保留本地（ours）的设置")
    case .removedByThem:
      return language(
        en: "conflict: '\(card)' was removed on their side and changed on ours; the card is kept",
        zh: "冲突：卡 '\(card)' 在对方（theirs）被删除，在本地被修改；保留这张卡")
    case .removedByUs:
      return language(
        en: "conflict: '\(card)' was removed on our side and changed on theirs; the card is kept",
        zh: "冲突：卡 '\(card)' 在本地被删除，在对方（theirs）被修改；保留这张卡")
    case .sameName(let name):
      return language(
        en: "conflict: two cards are named '\(name)'; the later is kept as '\(card)'",
        zh: "冲突：有两张卡都叫 '\(name)'；后一张改名为 '\(card)' 保留")
    }
  }
}
