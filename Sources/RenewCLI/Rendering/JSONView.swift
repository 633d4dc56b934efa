import RenewKit

extension Runner {
  /// Writes `value` as renew's JSON to standard output: the JSON that `--json`
  /// prints, in renew's one JSON style (pretty, keys sorted, a final newline),
  /// with every contracted key present, `null` where absent.
  func writeJSON(_ value: some JSONWritable) {
    output.standardOutputBytes(JSONWriter.encode(value))
  }

  /// Writes a JSON array of the values `body` passes to `append`, as
  /// ``writeJSON(_:)`` writes an array, a megabyte at a time: a long one is never
  /// held whole.
  func writeJSONArray(_ body: (_ append: (any JSONWritable) -> Void) throws -> Void) rethrows {
    var writer = JSONWriter()
    try writer.writeArray { array in
      try body { value in
        array.append(value)
        if array.pendingCount >= 1 << 20 {
          output.standardOutputBytes(array.takeWritten())
        }
      }
    }
    output.standardOutputBytes(writer.finish())
  }
}

/// A row of `status --json` and `check --json`.
struct StatusView: JSONWritable {
  /// The card.
  let card: Card
  /// Where it stands today.
  let status: CardStatus
  /// Today, for the balance and the expiry a plan paid from the balance has.
  let today: CalendarDate

  /// Writes every key of the row.
  func write(to writer: inout JSONWriter) {
    writer.writeObject { object in
      object.member("id", card.id)
      object.member("name", card.name)
      object.member("number", card.number)
      object.member("carrier", card.carrier)
      object.member("country", card.country)
      object.member("kind", card.kind?.rawValue)
      object.member("due", status.due)
      object.member("daysLeft", status.daysLeft)
      object.member("state", card.isRetired ? nil : status.state.rawValue)
      object.member("autoRenew", card.renewsAutomatically)
      object.member("pay", card.payVia)
      object.member("methods", card.methods.map(\.rawValue))
      object.member("how", card.how)
      object.member("expires", card.expiry(on: today))
      object.member("keepAliveUntil", card.keepAliveDeadline)
      object.member("retired", card.isRetired)
      object.member("tags", card.tags)
      object.member("graceEnd", card.graceEnd)
      object.member("remind", card.effectiveRemindDays)
      object.memberArray("leadDays") { array in
        for day in card.effectiveLeadDays { array.append(day) }
      }
      if card.plan.isEmpty {
        object.memberNull("plan")
      } else {
        object.memberObject("plan") { plan in
          plan.member("period", card.plan.period)
          plan.member("price", card.plan.price)
        }
      }
      object.member("fromBalance", card.isPaidFromBalance)
      BalanceView(card: card, today: today).write(to: &object)
    }
  }
}

/// The balance keys of `status`, `check`, `show` and `list --json`: `balance`
/// (today's, projected) and `topUp` (what to add, by when).
struct BalanceView {
  /// The card.
  let card: Card
  /// Today.
  let today: CalendarDate

  /// Writes the keys into `object`.
  func write(to object: inout JSONObjectWriter) {
    object.member("balance", card.balance(on: today))
    if let hint = card.topUpHint(on: today) {
      object.memberObject("topUp") { topUp in
        topUp.member("amount", hint.amount)
        topUp.member("by", hint.by)
      }
    } else {
      object.memberNull("topUp")
    }
  }
}

/// `show --json` and `list --json`: the card as stored, with its status beside it.
struct CardView: JSONWritable {
  /// The card.
  let card: Card
  /// Where it stands today.
  let status: CardStatus

  /// Today, for the balance and the expiry a plan paid from the balance has.
  let today: CalendarDate

  /// Writes the card's stored members, then `due`, `daysLeft`, `state` and the
  /// balance keys.
  func write(to writer: inout JSONWriter) {
    writer.writeObject { object in
      card.write(to: &object)
      if card.isPaidFromBalance { object.member("expiresToday", card.expiry(on: today)) }
      BalanceView(card: card, today: today).write(to: &object)
      object.member("due", status.due)
      object.member("daysLeft", status.daysLeft)
      object.member("state", card.isRetired ? nil : status.state.rawValue)
    }
  }
}

/// A row of `history --json`: the entry as the data file holds it, with every key,
/// and the card it belongs to.
struct HistoryView: JSONWritable {
  /// The entry and its card.
  let entry: HistoryEntry

  init(_ entry: HistoryEntry) {
    self.entry = entry
  }

  /// Writes `card` and every key of the entry.
  func write(to writer: inout JSONWriter) {
    writer.writeObject { object in
      object.member("card", entry.card)
      entry.entry.write(to: &object, nulls: true)
    }
  }
}
