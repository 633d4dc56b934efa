import RenewKit

/// `renew check`: silent unless a card needs attention, one line per card for cron.
extension Runner {
  /// `renew check`: one line per card that needs attention; exit 1 if any does.
  func check(_ document: Document, within: Int?) -> Int32 {
    let rows = rows(document, remindDays: within).filter { $0.status.state.needsAttention }
    if format == .json {
      // Asked for JSON, a script gets an array even when it is empty.
      output.standardOutput(
        JSONView.encode(rows.map { StatusView(card: $0.card, status: $0.status, today: today) }))
      return rows.isEmpty ? 0 : 1
    }
    for (card, status) in rows {
      say(checkLine(card, status))
    }
    return rows.isEmpty ? 0 : 1
  }

  /// One self-contained line for cron's mail: who, when, how bad, how to renew.
  func checkLine(_ card: Card, _ status: CardStatus) -> String {
    guard let due = status.due, let days = status.daysLeft else { return card.name }
    var line = "\(card.name) (\(card.number)): due \(due), \(Format.days(days))"
    if let end = card.graceEnd {
      switch status.state {
      case .lapsed: line += ", lapsed: grace ended \(end)"
      case .overdue: line += ", recoverable until \(end)"
      default: break
      }
    }
    if let hint = card.topUpHint(on: today) {
      line += "; top up at least \(hint.amount) by \(hint.by)"
    }
    let hints = Format.hints(card)
    line += "; renew: \(hints.isEmpty ? "no method recorded" : hints)"
    if card.renewsAutomatically {
      line += "; auto-renew is not assumed: check the charge, then '\(Format.confirmCharge(card))'"
    }
    return line
  }
}
