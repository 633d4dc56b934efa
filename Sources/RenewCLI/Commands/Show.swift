import RenewKit

/// `renew show`: every field of one card, its clock and its latest history.
extension Runner {
  /// `renew show`: one card's fields, clock and latest history, or its JSON.
  func show(_ card: Card) {
    let status = card.status(on: today)
    if format == .json {
      writeJSON(CardView(card: card, status: status, today: today))
      return
    }
    var fields: [(String, String)] = [(CardField.number.title(in: language), card.number)]
    // Who the card is, then its clock, then every other field in table order.
    let identity: [CardField] = [.country, .carrier, .kind]
    for field in identity { fields += shownLine(field, of: card).map { [$0] } ?? [] }
    if card.isRetired {
      fields.append(
        (
          ShowLabel.retired.text(in: language),
          language(en: "yes: left out of status and check", zh: "是：不列入 status 和 check")
        ))
    }
    let outlook = card.balanceOutlook(on: today, listing: 3)
    if let expiry = outlook?.expiry ?? card.expiry {
      // A projected expiry of a day or week plan has moved off the stored cycle day.
      let cycle = outlook != nil && card.plan.period?.isMonthly == false ? nil : card.anchorDay
      let cycleText = cycle.map { language(en: ", cycle day \($0)", zh: "，周期日为 \($0) 日") }
      fields.append((ShowLabel.expires.text(in: language), "\(expiry)" + (cycleText ?? "")))
    }
    let balanceLabel = ShowLabel.balance.text(in: language)
    if let outlook {
      fields.append(
        (balanceLabel, language(en: "\(outlook.balance) today", zh: "\(outlook.balance)（今天）")))
      for charge in outlook.charges {
        fields.append(
          (
            ShowLabel.charge.text(in: language),
            language(
              en: "\(charge.date): \(charge.amount), to \(charge.expiry), \(charge.balance) left",
              zh: "\(charge.date)：\(charge.amount)，有效期至 \(charge.expiry)，"
                + "余额 \(charge.balance)")
          ))
      }
      if let due = outlook.due, due != outlook.expiry {
        fields.append(
          (
            ShowLabel.covers.text(in: language),
            language(en: "charges up to the expiry \(due)", zh: "到有效期 \(due) 为止的扣费")
          ))
      }
      if let hint = card.topUpHint(on: today) {
        fields.append(
          (
            ShowLabel.topUp.text(in: language),
            language(
              en: "at least \(hint.amount) by \(hint.by)", zh: Format.topUp(hint, in: language))
          ))
      } else if let expiry = card.refusedCharge(on: today) {
        fields.append(
          (
            ShowLabel.renew.text(in: language),
            Format.renewAfterRefusal(card, expiry: expiry, in: language)
          ))
      }
    } else if let balance = card.clock.balance {
      fields.append((balanceLabel, "\(balance)"))
    }
    if let keepAlive = card.keepAlive, let deadline = card.keepAliveDeadline {
      let window = Format.period(keepAlive, in: language)
      fields.append(
        (
          CardField.keepAlive.title(in: language),
          language(
            en: "\(window) from last activity \(card.lastActivity), until \(deadline)",
            zh: "上次保号活动 \(card.lastActivity) 起 \(window)，至 \(deadline)")
        ))
    }
    let dueLabel = ShowLabel.due.text(in: language)
    if let due = status.due, let days = status.daysLeft {
      let state = status.state.word(retired: card.isRetired, in: language)
      let left = Format.days(days, in: language)
      fields.append(
        (dueLabel, language(en: "\(due), \(left) (\(state))", zh: "\(due)，\(left)（\(state)）")))
    } else {
      fields.append(
        (
          dueLabel,
          language(
            en: "unknown: no expiry and no keep-alive", zh: "未知：没有有效期，也没有保号周期")
        ))
    }
    for field in CardField.allCases where field != .number && field != .keepAlive {
      if !identity.contains(field), let line = shownLine(field, of: card) { fields.append(line) }
    }
    fields.append((ShowLabel.added.text(in: language), card.added.description))
    let width = fields.map { TextWidth.width(of: $0.0) }.max() ?? 0
    var text = "\(card.name)\n"
    for (label, value) in fields {
      text += "  \(TextWidth.padded(label, to: width))  \(value)\n"
    }
    let events = HistoryEntry.entries(of: [card])
    if !events.isEmpty {
      let shown = events.prefix(5)
      text += language(
        en: "\nHistory (\(shown.count) of \(events.count), newest first):\n",
        zh: "\n历史记录（最近 \(shown.count) 条，共 \(events.count) 条）：\n")
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
    let title = field.title(in: language)
    switch field {
    case .remind:
      let days = Format.value(.leadDays(card.effectiveLeadDays), in: language)
      return (title, language(en: "\(days) before", zh: "提前 \(days)"))
    case .period: return card.plan.isEmpty ? nil : (title, Format.plan(card.plan, in: language))
    case .price: return nil
    case .fromBalance:
      return card.isPaidFromBalance
        ? (
          title,
          language(
            en: "yes: the plan is charged at each expiry", zh: "是：每次到期时从余额扣除套餐费用")
        ) : nil
    case .autoRenew:
      guard card.renewsAutomatically else { return nil }
      let command = Format.confirmCharge(card)
      let route = language(
        en: card.payVia.map { "yes, via \($0)" } ?? "yes",
        zh: card.payVia.map { "是，" + Format.paid(via: $0) } ?? "是")
      return (
        title,
        language(en: "\(route); once charged: \(command)", zh: "\(route)；扣费后运行：\(command)")
      )
    case .pay:
      guard !card.renewsAutomatically, let pay = card.payVia else { return nil }
      return (title, language(en: "via \(pay)", zh: pay))
    default:
      return field.value(in: card).map { (title, Format.value($0, in: language)) }
    }
  }
}
