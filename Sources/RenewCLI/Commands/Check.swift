import RenewKit

/// `renew check`: silent unless a card needs attention, one line per card for cron.
extension Runner {
  /// `renew check`: one line per card that needs attention (with `onlyNew`, per
  /// card that reached a step not reported before), `exec` run for each; exit 1
  /// if any was reported, 69 if a command failed.
  func check(_ document: Document, within: Int?, onlyNew: Bool, exec: String?) throws -> Int32 {
    let cards = document.cards
    let (shown, order) = rows(document, remindDays: within) { $0.state.needsAttention }
    var rows = order.map { shown[$0] }
    var ledger: (path: String, record: CheckRecord, lock: RecordLock)?
    if onlyNew {
      guard let stateFolder else { throw UsageError.noStateLocation }
      let path = CheckRecord.path(in: stateFolder, for: CheckRecord.absolute(store.path))
      guard let lock = try CheckRecord.lock(path, timeout: store.lockTimeout) else {
        throw StoreError.locked(lockPath: path + ".lock", seconds: store.lockTimeout)
      }
      var record = CheckRecord.read(from: path)
      // Cards no longer in the file are forgotten.
      let ids = Set(document.cards.map(\.id))
      record.reported = record.reported.filter { ids.contains($0.key) }
      rows = rows.filter { row in
        guard let step = cards[row.index].reminderStep(on: today, remindDays: within),
          let due = row.status.due
        else {
          return false
        }
        return record.isNew(cards[row.index], step: step, due: due)
      }
      ledger = (path, record, lock)
    }
    defer { ledger?.lock.release() }
    var failed = false
    for (index, status) in rows {
      let card = cards[index]
      if let exec {
        let outcome = notify(exec, card: card, status: status)
        if !outcome.succeeded {
          failed = true
          output.standardError(
            ErrorReport.hookFailed(
              exec, card: card.name, outcome, isRetried: onlyNew, language: language))
          continue
        }
      }
      if let step = card.reminderStep(on: today, remindDays: within), let due = status.due {
        ledger?.record.reported[card.id] = CheckRecord.Reported(due: due, step: step)
      }
    }
    // The record is written before the lines: a reader that stops early
    // (`| head`) must not make the next run push the same cards again.
    if let ledger {
      try ledger.record.write(to: ledger.path, dataFile: CheckRecord.absolute(store.path))
    }
    if format == .json {
      // Asked for JSON, a script gets an array even when it is empty.
      writeJSON(rows.map { StatusView(card: cards[$0.index], status: $0.status, today: today) })
    } else {
      for (index, status) in rows { say(checkLine(cards[index], status)) }
    }
    if failed { return 69 }
    return rows.isEmpty ? 0 : 1
  }

  /// Runs the notify command for one card, with its JSON on stdin and its facts
  /// in `RENEW_*` variables.
  func notify(_ command: String, card: Card, status: CardStatus) -> HookOutcome {
    var variables = environment
    variables["RENEW_CARD"] = card.name
    variables["RENEW_NUMBER"] = card.number
    variables["RENEW_DUE"] = status.due?.description ?? ""
    variables["RENEW_DAYS_LEFT"] = status.daysLeft.map(String.init) ?? ""
    variables["RENEW_STATE"] = status.state.rawValue
    variables["RENEW_MESSAGE"] = checkLine(card, status)
    let input = JSONWriter.encode(StatusView(card: card, status: status, today: today))
    return Hook.run(command, input: input, environment: variables, timeout: hookTimeout)
  }

  /// One self-contained line for cron's mail: who, when, how bad, how to renew.
  ///
  /// "Smart PH (+63 917 123 4567): due 2026-12-31, in 4 days; renew: app";
  /// "Smart PH（+63 917 123 4567）：2026-12-31 到期，还有 4 天；续费方式：应用".
  func checkLine(_ card: Card, _ status: CardStatus) -> String {
    guard let due = status.due, let days = status.daysLeft else { return card.name }
    let left = Format.days(days, in: language)
    var line = language(
      en: "\(card.name) (\(card.number)): due \(due), \(left)",
      zh: "\(card.name)（\(card.number)）："
        + (days == 0 ? "\(due) 今天到期" : "\(due) 到期，\(left)"))
    if let end = card.graceEnd {
      switch status.state {
      case .lapsed:
        line += language(en: ", lapsed: grace ended \(end)", zh: "，已回收：宽限期已于 \(end) 结束")
      case .overdue: line += language(en: ", recoverable until \(end)", zh: "，宽限期至 \(end)")
      default: break
      }
    }
    let clause = language(en: "; ", zh: "；")
    if let hint = card.topUpHint(on: today) {
      line += clause + Format.topUp(hint, in: language)
    } else if let expiry = card.refusedCharge(on: today) {
      line += clause + Format.renewAfterRefusal(card, expiry: expiry, in: language)
    }
    let hints = Format.hints(card, in: language)
    line +=
      clause
      + language(
        en: "renew: \(hints.isEmpty ? "no method recorded" : hints)",
        zh: "续费方式：\(hints.isEmpty ? "未记录" : hints)")
    if card.renewsAutomatically {
      let command = Format.confirmCharge(card)
      // Before the due date the charge is yet to come, and `--on due` is refused.
      line +=
        clause
        + (due > today
          ? language(
            en: "auto-renew is not assumed: after the charge on \(due), '\(command)'",
            zh: "自动续费需手动确认：\(due) 扣费后请运行 '\(command)'")
          : language(
            en: "auto-renew is not assumed: check the charge, then '\(command)'",
            zh: "自动续费需手动确认：请核对扣费后运行 '\(command)'"))
    }
    return line
  }
}
