import RenewKit

/// `renew calendar`: the due dates as an iCalendar file.
extension Runner {
  /// `renew calendar`: every active card's due date (and end of grace) as events,
  /// with an alarm at each lead day; to stdout, or replacing `out` all at once.
  func calendar(_ document: Document, out: String?, includeRetired: Bool) throws {
    var ics = ICalendar()
    ics.line("BEGIN", "VCALENDAR")
    ics.line("VERSION", "2.0")
    ics.line("PRODID", "-//renew//\(Help.version)//EN")
    ics.line("CALSCALE", "GREGORIAN")
    ics.text("X-WR-CALNAME", "renew")
    // Each name's key made once, not once per comparison.
    let cards = document.cards.filter { includeRetired || !$0.isRetired }
      .map { (key: Card.nameKey($0.name), card: $0) }
      .sorted { ($0.key, $0.card.id) < ($1.key, $1.card.id) }
      .map(\.card)
    for card in cards {
      guard let due = card.due else { continue }
      // From the data, not the clock: the same file gives the same bytes.
      let stamp = ICalendar.date(max(card.added, card.lastActivity)) + "T000000Z"
      let title = language(
        en: "\(card.name) (\(card.number))", zh: "\(card.name)（\(card.number)）")
      var lines = [language(en: "due \(due)", zh: "\(due) 到期")]
      let hints = Format.hints(card, in: language)
      if !hints.isEmpty { lines.append(language(en: "renew: \(hints)", zh: "续费方式：\(hints)")) }
      if let price = card.plan.price {
        let period = card.plan.period.map { Format.period($0, in: language) }
        lines.append(
          language(
            en: "price: \(price)" + (period.map { " for \($0)" } ?? ""),
            zh: "价格：\(price)" + (period.map { "（\($0)）" } ?? "")))
      }
      if let hint = card.topUpHint(on: today) {
        lines.append(Format.topUp(hint, in: language))
      }
      if let end = card.graceEnd {
        lines.append(language(en: "recoverable until \(end)", zh: "宽限期至 \(end)"))
      }
      event(
        into: &ics, uid: "\(card.id)-due@renew", on: due, stamp: stamp,
        summary: language(en: "Renew \(title)", zh: Format.spaced("续费", title)),
        description: lines.joined(separator: "\n"),
        alarms: card.effectiveLeadDays.map { days in
          let left = Format.days(days, in: language)
          return (
            days,
            days == 0
              ? language(en: "\(title) is due today", zh: "\(title)今天到期")
              : language(en: "\(title) is due \(left)", zh: "\(title)\(left)到期")
          )
        })
      if let end = card.graceEnd, end != due {
        event(
          into: &ics, uid: "\(card.id)-grace@renew", on: end, stamp: stamp,
          summary: language(en: "Last day to save \(title)", zh: "\(title)宽限期最后一天"),
          description: language(
            en: "due \(due); the carrier may recycle the number after \(end)",
            zh: "\(due) 到期；\(end) 之后运营商可能回收该号码"),
          alarms: [
            (
              0,
              language(
                en: "last day to save \(title)",
                zh: Format.spaced("今天是", title, "宽限期的最后一天"))
            )
          ])
      }
    }
    ics.line("END", "VCALENDAR")
    guard let out else {
      output.standardOutputBytes(ics.bytes)
      return
    }
    guard !ExportFile.belongs(out, to: store) else { throw UsageError.outIsDataFile(out) }
    try ExportFile.replace(out, with: ics.bytes)
  }

  /// One all-day event on `day`, with a display alarm `days` before it for each alarm.
  private func event(
    into ics: inout ICalendar, uid: String, on day: CalendarDate, stamp: String,
    summary: String, description: String, alarms: [(days: Int, text: String)]
  ) {
    ics.line("BEGIN", "VEVENT")
    ics.text("UID", uid)
    ics.line("DTSTAMP", stamp)
    ics.line("DTSTART;VALUE=DATE", ICalendar.date(day))
    // An all-day event without DTEND lasts the day: 9999-12-31 has no next day.
    if let next = day.adding(days: 1) { ics.line("DTEND;VALUE=DATE", ICalendar.date(next)) }
    ics.text("SUMMARY", summary)
    ics.text("DESCRIPTION", description)
    ics.line("TRANSP", "TRANSPARENT")
    for alarm in alarms {
      ics.line("BEGIN", "VALARM")
      ics.line("ACTION", "DISPLAY")
      ics.text("DESCRIPTION", alarm.text)
      ics.line("TRIGGER", alarm.days == 0 ? "PT0S" : "-P\(alarm.days)D")
      ics.line("END", "VALARM")
    }
    ics.line("END", "VEVENT")
  }
}
