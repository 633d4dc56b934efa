import RenewKit

/// `renew show`: every field of one card, its clock and its latest history.
extension Runner {
  /// `renew show`: one card's fields, clock and latest history, or its JSON.
  func show(_ document: Document, query: String) throws {
    let card = document.cards[try resolve(query, in: document)]
    let status = card.status(on: today)
    if format == .json {
      output.standardOutput(JSONView.encode(CardView(card: card, status: status, today: today)))
      return
    }
    var fields: [(String, String)] = [("number", card.number)]
    // Who the card is, then its clock, then every other field in table order.
    let identity: [CardField] = [.country, .carrier, .kind]
    for field in identity { fields += shownLine(field, of: card).map { [$0] } ?? [] }
    if card.isRetired { fields.append(("retired", "yes: left out of status and check")) }
    let outlook = card.balanceOutlook(on: today, listing: 3)
    if let expiry = outlook?.expiry ?? card.expiry {
      // A projected expiry of a day or week plan has moved off the stored cycle day.
      let cycle = outlook != nil && card.plan.period?.isMonthly == false ? nil : card.anchorDay
      fields.append(("expires", "\(expiry)" + (cycle.map { ", cycle day \($0)" } ?? "")))
    }
    if let outlook {
      fields.append(("balance", "\(outlook.balance) today"))
      for charge in outlook.charges {
        fields.append(
          (
            "charge",
            "\(charge.date): \(charge.amount), to \(charge.expiry), \(charge.balance) left"
          ))
      }
      if let due = outlook.due, due != outlook.expiry {
        fields.append(("covers", "charges up to the expiry \(due)"))
      }
      if let hint = card.topUpHint(on: today) {
        fields.append(("top up", "at least \(hint.amount) by \(hint.by)"))
      }
    } else if let balance = card.clock.balance {
      fields.append(("balance", "\(balance)"))
    }
    if let keepAlive = card.keepAlive, let deadline = card.keepAliveDeadline {
      fields.append(
        ("keep-alive", "\(keepAlive) from last activity \(card.lastActivity), until \(deadline)"))
    }
    if let due = status.due, let days = status.daysLeft {
      let state = card.isRetired ? "retired" : status.state.rawValue
      fields.append(("due", "\(due), \(Format.days(days, in: language)) (\(state))"))
    } else {
      fields.append(("due", "unknown: no expiry and no keep-alive"))
    }
    for field in CardField.allCases where field != .number && field != .keepAlive {
      if !identity.contains(field), let line = shownLine(field, of: card) { fields.append(line) }
    }
    fields.append(("added", card.added.description))
    let width = fields.map { $0.0.count }.max() ?? 0
    var text = "\(card.name)\n"
    for (label, value) in fields {
      text += "  \(TextWidth.padded(label, to: width))  \(value)\n"
    }
    let events = HistoryEntry.entries(of: [card])
    if !events.isEmpty {
      let shown = events.prefix(5)
      text += "\nHistory (\(shown.count) of \(events.count), newest first):\n"
      // Indented by two spaces, so two columns narrower.
      text += historyTable(Array(shown), showsCard: false, width: tableWidth.map { $0 - 2 })
        .split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast()
        .map { "  \($0)\n" }.joined()
    }
    output.standardOutput(text)
  }

  /// The line `show` gives `field`, or `nil` when it has nothing to say: the value
  /// as typed, with the plan's period and price on one line and auto-renew with its
  /// payment route.
  private func shownLine(_ field: CardField, of card: Card) -> (String, String)? {
    switch field {
    case .remind:
      return ("remind", Format.value(.leadDays(card.effectiveLeadDays)) + " before")
    case .period: return card.plan.isEmpty ? nil : ("plan", Format.plan(card.plan))
    case .price: return nil
    case .fromBalance:
      return card.isPaidFromBalance
        ? ("from balance", "yes: the plan is charged at each expiry") : nil
    case .autoRenew:
      guard card.renewsAutomatically else { return nil }
      let route = card.payVia.map { "yes, via \($0)" } ?? "yes"
      return ("auto-renew", "\(route); once charged: \(Format.confirmCharge(card))")
    case .pay:
      guard !card.renewsAutomatically, let pay = card.payVia else { return nil }
      return ("pay", "via \(pay)")
    default:
      return field.value(in: card).map { (field.label, Format.value($0)) }
    }
  }
}
