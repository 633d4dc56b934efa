import RenewKit

/// What an import did, or would do, to one card.
enum ImportOutcome {
  /// A new card.
  case added(Card)
  /// An existing card changed; the names of what changed.
  case updated(Card, changes: [String])
  /// An existing card the file gives no new value for.
  case unchanged(Card)
}

/// `renew import`: the cards of a CSV or JSON file, all or nothing.
extension Runner {
  /// `renew import`: reads `path`, then adds (or with `update` changes) its cards
  /// in one change; with `dryRun`, says what would change and writes nothing.
  func importCards(path: String, format: DataFormat?, update: Bool, dryRun: Bool) throws {
    // Messages name standard input as compilers do; the backups list says `import -`.
    let name = path == "-" ? "<stdin>" : path
    // What goes wrong with the file to import is said of it, not of the data file.
    let cards: [ImportedCard]
    do {
      guard let bytes = try InputFile.read(path) else { throw ImportError.noFile(path: path) }
      switch format ?? Runner.format(of: path, bytes) {
      case .csv: cards = try Runner.rows(of: bytes, path: name)
      case .json: cards = try Store.decode(bytes, path: name).cards.map(ImportedCard.card)
      }
    } catch let error as StoreError {
      throw ImportError.inputFile(error)
    }
    let outcomes: [ImportOutcome]
    if dryRun {
      var document = try store.read(depth: .summary)
      outcomes = try place(cards, in: &document, path: name, update: update)
    } else {
      outcomes = try store.update { document in
        let outcomes = try place(cards, in: &document, path: name, update: update)
        document.lastChange = .command(.import, card: path, date: nil)
        return outcomes
      }
    }
    report(outcomes, path: name, dryRun: dryRun)
  }

  /// Adds or changes each card in `document`; throws, changing nothing the caller
  /// keeps, at the first that cannot be.
  func place(
    _ cards: [ImportedCard], in document: inout Document, path: String, update: Bool
  ) throws -> [ImportOutcome] {
    var outcomes: [ImportOutcome] = []
    var seen: [String: Int?] = [:]
    // A JSON card keeps its ids, so each it brings must be new to the data file,
    // or the file would not read again: every history is read to know them.
    var taken: Set<String> = []
    if cards.contains(where: { if case .card = $0 { true } else { false } }) {
      for index in document.cards.indices { try loadCard(at: index, in: &document) }
      taken = Set(document.cards.flatMap { [$0.id] + $0.history.map(\.id) })
    }
    for card in cards {
      let key = Card.nameKey(card.name)
      if let first = seen[key] {
        throw ImportError.repeatedName(
          path: path, at: card.nameCell, name: card.name, first: first)
      }
      seen[key] = card.nameCell?.line
      let existing =
        document.index(named: card.name)
        ?? {
          if case .card(let new) = card {
            document.cards.firstIndex { $0.id == new.id }
          } else {
            nil
          }
        }()
      if let index = existing {
        guard update else {
          let existing = document.cards[index].name
          // Found by its id under another name: renamed here or in the file.
          if Card.nameKey(existing) != key {
            throw ImportError.renamedCard(path: path, name: card.name, existing: existing)
          }
          throw ImportError.existingName(path: path, at: card.nameCell, name: existing)
        }
        try loadCard(at: index, in: &document)
        let before = document.cards[index]
        if case .card(let imported) = card {
          let own = Set(before.history.map(\.id))
          try Runner.claim(
            imported.history.map(\.id).filter { !own.contains($0) }, for: imported.name,
            from: &taken, path: path)
        }
        var after = before
        try change(&after, to: card, path: path)
        document.cards[index] = after
        let changes = differences(before, after)
        outcomes.append(changes.isEmpty ? .unchanged(after) : .updated(after, changes: changes))
      } else {
        var new = Card(name: card.name, number: "", added: today)
        switch card {
        case .row: try change(&new, to: card, path: path, isNew: true)
        case .card(let imported):
          try Runner.claim(
            [imported.id] + imported.history.map(\.id), for: imported.name, from: &taken,
            path: path)
          new = imported
        }
        document.cards.append(new)
        outcomes.append(.added(new))
      }
    }
    return outcomes
  }

  /// Takes `ids` out of those free to use, refusing one already taken.
  private static func claim(
    _ ids: [String], for name: String, from taken: inout Set<String>, path: String
  ) throws(ImportError) {
    for id in ids where !taken.insert(id).inserted {
      throw .repeatedID(path: path, name: name, id: id)
    }
  }

  /// `card` given the values of `imported`: a row's cells as `add` (a new card) or
  /// `edit` (an existing one) takes them as options; a JSON card's fields, with
  /// its entries added to those of `card` by id.
  private func change(
    _ card: inout Card, to imported: ImportedCard, path: String, isNew: Bool = false
  ) throws {
    switch imported {
    case .card(let new):
      card.name = new.name
      card.isRetired = new.isRetired
      for field in CardField.allCases { field.set(field.value(in: new), in: &card) }
      card.addEntries(of: new)
      // The file's plan and readings joined to the card's own must still add up.
      do {
        try checkBalance(of: card)
      } catch {
        throw ImportError.badCard(path: path, error)
      }
    case .row(let line, let name, let cells):
      if isNew, let cell = cells.first(where: { $0.column == .field(.number) }), cell.value.isEmpty
      {
        throw ImportError.emptyCell(path: path, line: line, column: cell.position, name: "number")
      }
      var words = [isNew ? CommandName.add.rawValue : CommandName.edit.rawValue]
      var isRetired: Bool?
      var added: CalendarDate?
      var activity: CalendarDate?
      var cycleDay: (day: Int, position: Int, value: String)?
      for cell in cells where !cell.value.isEmpty {
        switch cell.column {
        case .name: continue
        case .retired:
          isRetired = try Runner.flag(cell.value, path: path, line: line, column: cell.position)
        case .added, .lastActivity:
          let day = try Runner.pastDate(cell, path: path, line: line, today: today)
          if cell.column == .added { added = day } else { activity = day }
        case .expires: words.append("--\(OptionName.expires.rawValue)=\(cell.value)")
        case .cycleDay:
          guard let day = Int(cell.value), (1...31).contains(day) else {
            throw ImportError.badCycleDay(
              path: path, line: line, column: cell.position, value: cell.value)
          }
          cycleDay = (day, cell.position, cell.value)
        case .balance: words.append("--\(OptionName.balance.rawValue)=\(cell.value)")
        case .field(let field) where field.isFlag:
          let isOn = try Runner.flag(cell.value, path: path, line: line, column: cell.position)
          if isOn {
            words.append("--\(OptionName.field(field).rawValue)")
          } else if !isNew {
            words.append("--\(OptionName.off(field).rawValue)")
          }
        case .field(let field) where field.isList:
          for item in CardColumn.items(cell.value) {
            let item = String(item.trimmed)
            if !item.isEmpty { words.append("--\(OptionName.field(field).rawValue)=\(item)") }
          }
        case .field(let field):
          words.append("--\(OptionName.field(field).rawValue)=\(cell.value)")
        }
      }
      // A row that gives an existing card nothing but its name changes nothing;
      // `edit` would refuse it.
      if isNew || words.count > 1 {
        words += ["--", name]
        do {
          let scan = try CommandLineScan(words)
          if let mistake = scan.mistake { throw mistake }
          var parsed: [CardChange] = []
          let command = try Command.parse(scan, values: OptionValues(line: scan, today: today))
          if case .add(_, let given) = command { parsed = given }
          if case .edit(_, let given) = command { parsed = given }
          // What the card already says is not said again: an expiry or a balance
          // given anew, however written, would be a new entry in its history. An
          // expiry keeps the card's cycle day unless the row gives one.
          let changes = try change(
            &card, with: parsed, cycleDay: cycleDay?.day ?? (isNew ? nil : card.anchorDay))
          // The cycle day goes with the expiry this row sets.
          let setsExpiry = changes.contains {
            if case .expires(_?, _, _) = $0 { true } else { false }
          }
          if let cycleDay, setsExpiry || isNew, !card.setCycleDay(cycleDay.day) {
            throw ImportError.badCycleDay(
              path: path, line: line, column: cycleDay.position, value: cycleDay.value)
          }
          try checkBalance(of: card)
        } catch let error as UsageError {
          let column = Runner.column(of: error, in: cells)
          throw ImportError.badValue(path: path, line: line, column: column, error)
        }
      }
      if let isRetired { card.isRetired = isRetired }
      if let added { card.added = added }
      // Activity no later than what the card has recorded would say nothing new.
      if let activity, activity > card.clock.lastActivity ?? .first {
        card.touch(Activity(date: activity))
      }
    }
  }

  /// A date cell that may not be after today, as `--on` takes it.
  private static func pastDate(
    _ cell: (column: CardColumn, position: Int, value: String), path: String, line: Int,
    today: CalendarDate
  ) throws(ImportError) -> CalendarDate {
    do throws(UsageError) {
      let day = try Values.date(cell.value, option: cell.column.title, today: today)
      if day > today { throw .futureDate(option: cell.column.title, date: day, today: today) }
      return day
    } catch {
      throw .badValue(path: path, line: line, column: cell.position, error)
    }
  }

  /// A yes-or-no cell.
  private static func flag(
    _ value: String, path: String, line: Int, column: Int
  ) throws(ImportError) -> Bool {
    switch value.lowercased() {
    case "yes", "y", "true", "1", "是": return true
    case "no", "n", "false", "0", "否": return false
    default: throw .badFlag(path: path, line: line, column: column, value: value)
    }
  }

  /// The position of the cell an error of `add` or `edit` is about: the cell of
  /// the option it names, else the name's.
  private static func column(
    of error: UsageError, in cells: [(column: CardColumn, position: Int, value: String)]
  ) -> Int {
    let option = error.option
    let title = option.map { $0.hasPrefix("no-") ? String($0.dropFirst(3)) : $0 }
    let cell = cells.first { $0.column.title == title } ?? cells.first { $0.column == .name }
    return cell?.position ?? 1
  }

  /// What differs between two versions of a card, in the words of `show`.
  private func differences(_ before: Card, _ after: Card) -> [String] {
    var changes: [String] = []
    if before.name != after.name { changes.append(language(en: "name", zh: "名称")) }
    // The clock and the balance say from what to what: an older export imported
    // with --update would set them back, and that must not pass unseen.
    let (expiresBefore, expiresAfter) = (before.expiry(on: today), after.expiry(on: today))
    if expiresBefore != expiresAfter {
      let from = expiresBefore?.description ?? "-"
      let to = expiresAfter?.description ?? "-"
      changes.append(language(en: "expires \(from) → \(to)", zh: "有效期 \(from) → \(to)"))
    }
    let (dueBefore, dueAfter) = (before.status(on: today).due, after.status(on: today).due)
    if dueBefore != dueAfter {
      let from = dueBefore?.description ?? "-"
      let to = dueAfter?.description ?? "-"
      changes.append(language(en: "due \(from) → \(to)", zh: "到期日 \(from) → \(to)"))
    }
    let balanceBefore = before.balance(on: today)
    let balanceAfter = after.balance(on: today)
    if balanceBefore != balanceAfter {
      let from = balanceBefore?.description ?? "-"
      let to = balanceAfter?.description ?? "-"
      changes.append(language(en: "balance \(from) → \(to)", zh: "余额 \(from) → \(to)"))
    }
    if before.added != after.added { changes.append(language(en: "added", zh: "添加日期")) }
    for field in CardField.allCases where field.value(in: before) != field.value(in: after) {
      changes.append(field.title(in: language))
    }
    if before.isRetired != after.isRetired {
      changes.append(language(en: "retired", zh: "停用"))
    }
    if before.history != after.history && expiresBefore == expiresAfter
      && balanceBefore == balanceAfter
    {
      changes.append(language(en: "history", zh: "历史记录"))
    }
    return changes
  }

  /// One line per card added or changed, then what the import did in all.
  private func report(_ outcomes: [ImportOutcome], path: String, dryRun: Bool) {
    var added = 0
    var updated = 0
    for outcome in outcomes {
      switch outcome {
      case .added(let card):
        added += 1
        say(
          dryRun
            ? language(
              en: "would add \(card.name) (\(card.number))",
              zh: Format.spaced("将添加", card.name, "（\(card.number)）"))
            : language(
              en: "added \(card.name) (\(card.number))",
              zh: Format.spaced("已添加", card.name, "（\(card.number)）")))
      case .updated(let card, let changes):
        updated += 1
        let list = changes.joined(separator: language(en: ", ", zh: "、"))
        say(
          dryRun
            ? language(
              en: "would update \(card.name): \(list)",
              zh: Format.spaced("将更新", card.name) + "：\(list)")
            : language(
              en: "updated \(card.name): \(list)", zh: Format.spaced("已更新", card.name) + "：\(list)")
        )
      case .unchanged: continue
      }
    }
    let unchanged = outcomes.count - added - updated
    if dryRun {
      say(
        language(
          en: "nothing written (--dry-run): \(added) to add, \(updated) to update, "
            + "\(unchanged) unchanged",
          zh: "未写入任何内容（--dry-run）：将新增 \(added) 张，更新 \(updated) 张，"
            + "\(unchanged) 张不变"))
    } else {
      say(
        language(
          en: "imported \(path): \(added) added, \(updated) updated, \(unchanged) unchanged",
          zh: "已导入 \(path)：新增 \(added) 张，更新 \(updated) 张，\(unchanged) 张不变"))
    }
    // As add and edit warn of a card check can never report, once for them all.
    let unreported = outcomes.compactMap { outcome -> String? in
      switch outcome {
      case .added(let card), .updated(let card, _):
        return card.isNeverReported ? card.name : nil
      case .unchanged: return nil
      }
    }
    if unreported.count == 1 {
      warn(.neverReported(card: unreported[0]))
    } else if !unreported.isEmpty {
      warn(.neverReportedCards(unreported))
    }
  }
}
