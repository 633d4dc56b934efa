import RenewKit

/// `renew spend`: what was paid, grouped, with totals per currency.
extension Runner {
  /// `renew spend`: the renewals and top-ups paid in `range`, as a table or JSON.
  ///
  /// Without `query`, every card's history is read from the data file in turn,
  /// added up and let go.
  func spend(
    _ query: String?, range: ClosedRange<CalendarDate>, by grouping: SpendGrouping,
    conversion: Conversion?
  ) throws {
    var tally = SpendTally(
      range: range, by: grouping, converting: conversion.map { ($0.currency, $0.rates) })
    let report: SpendReport
    do {
      if let query {
        try tally.add(try cardWithHistory(query))
      } else {
        try forEachCardInFull(try store.read(depth: .summary)) { try tally.add($0) }
      }
      report = try tally.report()
    } catch SpendError.missingRates(let currencies) {
      throw UsageError.missingRates(currencies: currencies, target: conversion?.currency ?? "")
    } catch SpendError.tooLarge {
      throw UsageError.spendTooLarge
    }
    let rates = (conversion?.rates ?? [:]).filter { report.converted.contains($0.key) }
      .sorted { $0.key < $1.key }
    if format == .json {
      writeJSON(SpendView(report: report, range: range, grouping: grouping, conversion: conversion))
      return
    }
    var text = language(
      en: "Paid \(range.lowerBound) to \(range.upperBound)",
      zh: "\(range.lowerBound) 至 \(range.upperBound) 的支出")
    if let conversion {
      let target = conversion.currency
      let used = rates.map { "1 \($0.key) = \($0.value) \(target)" }
      let listed = used.joined(separator: language(en: ", ", zh: "，"))
      text += language(
        en: ", in \(target)" + (used.isEmpty ? "" : " (\(listed))"),
        zh: "，折算为 \(target)" + (used.isEmpty ? "" : "（\(listed)）"))
    }
    text += language(en: ":\n", zh: "：\n")
    guard !report.groups.isEmpty else {
      output.standardOutput(
        text
          + language(
            en: "nothing: no renewal or top-up with an amount\n",
            zh: "无：没有带金额的续费或充值\n"))
      return
    }
    var table = Table(header: [
      column(Heading(grouping), freeText: grouping == .card), column(.paid), column(.payments),
    ])
    let total = language(en: "total", zh: "合计")
    for group in report.groups {
      for (index, (currency, sum)) in group.sums.sorted(by: { $0.key < $1.key }).enumerated() {
        table.append([
          Table.Cell(index == 0 ? group.name : ""), Table.Cell("\(sum) \(currency)"),
          Table.Cell(index == 0 ? "\(group.count)" : ""),
        ])
      }
    }
    for (index, (currency, sum)) in report.totals.sorted(by: { $0.key < $1.key }).enumerated() {
      table.append([
        Table.Cell(index == 0 ? total : ""), Table.Cell("\(sum) \(currency)"),
        Table.Cell(index == 0 ? "\(report.groups.map(\.count).reduce(0, +))" : ""),
      ])
    }
    output.standardOutput(text + table.render(colored: isColored, width: tableWidth))
  }
}

/// `spend --json`: the range, the grouping, the rates used, every group and the totals.
struct SpendView: JSONWritable {
  let report: SpendReport
  let range: ClosedRange<CalendarDate>
  let grouping: SpendGrouping
  let conversion: Conversion?

  /// Writes the report: sums as the report holds them (see ``SpendReport``).
  func write(to writer: inout JSONWriter) {
    func sums(_ sums: [String: ExactAmount], in object: inout JSONObjectWriter, key: String) {
      object.memberArray(key) { array in
        for (currency, sum) in sums.sorted(by: { $0.key < $1.key }) {
          array.appendObject { item in
            item.member("amount", sum.description)
            item.member("currency", currency)
          }
        }
      }
    }
    writer.writeObject { object in
      object.member("since", range.lowerBound)
      object.member("until", range.upperBound)
      object.member("by", grouping.rawValue)
      object.member("in", conversion?.currency)
      object.memberObject("rates") { rates in
        let used = (conversion?.rates ?? [:]).filter { report.converted.contains($0.key) }
        for (code, rate) in used.sorted(by: { $0.key < $1.key }) {
          rates.member(code, rate.description)
        }
      }
      object.memberArray("groups") { array in
        for group in report.groups {
          array.appendObject { item in
            item.member("id", group.id)
            item.member("name", group.name)
            item.member("payments", group.count)
            sums(group.sums, in: &item, key: "paid")
          }
        }
      }
      sums(report.totals, in: &object, key: "totals")
    }
  }
}
