import RenewKit

/// `renew forecast`: the coming months' costs, card by card.
extension Runner {
  /// `renew forecast`: a grid of cards and months, or its JSON.
  func forecast(_ document: Document, months: Int) {
    let forecast = Forecast(cards: document.cards, today: today, months: months)
    if format == .json {
      writeJSON(ForecastView(forecast: forecast))
      return
    }
    guard !forecast.rows.isEmpty else {
      let edit = "renew edit CARD --period 1m --price \"8 CNY\""
      say(
        language(
          en: "Nothing to forecast: no active card has an expiry, a plan period and a price. "
            + "Give one: \(edit)",
          zh: "没有可预测的支出：没有在用的卡同时设有有效期、套餐周期和价格。设置方法：\(edit)"))
      return
    }
    let labels = forecast.months.map { String($0.description.prefix(7)) }
    var table = Table(
      header: [column(.card, freeText: true), column(.currency)]
        + labels.map { Table.Column(stringLiteral: $0) } + [column(.total)])
    let total = language(en: "total", zh: "合计")
    for row in forecast.rows {
      var cells = [Table.Cell(row.name), Table.Cell(row.currency)]
      for (index, cost) in row.costs.enumerated() {
        let amount = cost.map { $0.rounded().description } ?? "-"
        cells.append(
          row.lostMonth == index
            ? Table.Cell((cost == nil ? "" : amount + " ") + "!", color: .red)
            : Table.Cell(amount))
      }
      table.append(cells + [Table.Cell(row.total.rounded().description)])
    }
    for currency in forecast.totals.keys.sorted() {
      let months = forecast.monthTotals.map { $0[currency].map { $0.rounded().description } ?? "-" }
      table.append(
        [Table.Cell(total), Table.Cell(currency)] + months.map { Table.Cell($0) } + [
          Table.Cell(forecast.totals[currency]?.rounded().description ?? "-")
        ])
    }
    output.standardOutput(
      table.render(colored: isColored, width: tableWidth)
        + language(
          en: "! the month a number is lost if nothing is done\n",
          zh: "! 表示如不处理，号码将在该月失效\n"))
  }
}

/// `forecast --json`: the months, one object per card, and the totals.
struct ForecastView: JSONWritable {
  let forecast: Forecast

  /// Writes every key; amounts rounded half to even to cents, as strings.
  func write(to writer: inout JSONWriter) {
    let labels = forecast.months.map { String($0.description.prefix(7)) }
    writer.writeObject { object in
      object.memberArray("months") { array in array.append(contentsOf: labels) }
      object.memberArray("cards") { array in
        for row in forecast.rows {
          array.appendObject { card in
            card.member("id", row.id)
            card.member("name", row.name)
            card.member("currency", row.currency)
            card.memberArray("costs") { costs in
              for cost in row.costs {
                if let cost { costs.append(cost.rounded().description) } else { costs.appendNull() }
              }
            }
            card.member("lost", row.lostMonth.map { labels[$0] })
            card.member("total", row.total.rounded().description)
          }
        }
      }
      object.memberArray("totals") { array in
        for currency in forecast.totals.keys.sorted() {
          array.appendObject { total in
            total.member("currency", currency)
            total.memberArray("months") { months in
              for sums in forecast.monthTotals {
                if let sum = sums[currency] {
                  months.append(sum.rounded().description)
                } else {
                  months.appendNull()
                }
              }
            }
            total.member("total", forecast.totals[currency]?.rounded().description)
          }
        }
      }
    }
  }
}
