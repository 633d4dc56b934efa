import RenewKit

/// One card of a file to import: a CSV row, read as `add` or `edit` reads its
/// options, or a card of a JSON export, history and ids and all.
enum ImportedCard {
  /// A row of a CSV: its line, and a cell for each column of the header, with its
  /// position (empty where the row is short).
  case row(line: Int, name: String, cells: [(column: CardColumn, position: Int, value: String)])
  /// A card of a JSON export.
  case card(Card)

  /// The card's name.
  var name: String {
    switch self {
    case .row(_, let name, _): name
    case .card(let card): card.name
    }
  }

  /// Where its name is, for a CSV row.
  var nameCell: CellPlace? {
    switch self {
    case .row(let line, _, let cells):
      CellPlace(line: line, column: cells.first { $0.column == .name }?.position ?? 1)
    case .card: nil
    }
  }
}

/// A cell of a CSV: its line and its column, from 1, as error messages name them.
struct CellPlace: Equatable, Sendable {
  /// The line the row starts on.
  var line: Int
  /// The field's position in the row.
  var column: Int
}

/// Reading the file `renew import` is given.
extension Runner {
  /// The format of a file given without `--format`: its extension, else JSON when
  /// it starts with `{`.
  static func format(of path: String, _ bytes: [UInt8]) -> DataFormat {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".csv") { return .csv }
    if lowered.hasSuffix(".json") { return .json }
    let first = TextBytes.firstVisible(in: bytes)
    return first == UInt8(ascii: "{") ? .json : .csv
  }

  /// The rows of a CSV: the header read into columns, each row into its cells.
  static func rows(of bytes: [UInt8], path: String) throws(ImportError) -> [ImportedCard] {
    let records: [CSV.Record]
    do {
      records = try CSV.records(bytes)
    } catch {
      throw .notCSV(path: path, error)
    }
    guard let header = records.first else { throw .noHeader(path: path) }
    let known = Dictionary(uniqueKeysWithValues: CardColumn.all.map { ($0.title, $0) })
    // A column without a title (a spreadsheet's trailing empty ones) is ignored
    // while it holds nothing.
    var columns: [CardColumn?] = []
    for (index, title) in header.fields.enumerated() {
      let key = title.trimmed.lowercased()
      if key.isEmpty {
        let isUsed = records.dropFirst().contains { record in
          index < record.fields.count && !record.fields[index].trimmed.isEmpty
        }
        if !isUsed {
          columns.append(nil)
          continue
        }
      }
      guard let column = known[key] else {
        throw .unknownColumn(path: path, column: index + 1, name: title)
      }
      if columns.contains(column) {
        throw .repeatedColumn(path: path, column: index + 1, name: title)
      }
      columns.append(column)
    }
    for required in [CardColumn.name, .field(.number)] where !columns.contains(required) {
      throw .missingColumn(path: path, name: required.title)
    }
    var cards: [ImportedCard] = []
    for record in records.dropFirst() {
      guard record.fields.count <= columns.count else {
        throw .tooManyFields(
          path: path, line: record.line, count: record.fields.count, header: columns.count)
      }
      var name = ""
      var cells: [(column: CardColumn, position: Int, value: String)] = []
      for (index, column) in columns.enumerated() {
        guard let column else { continue }
        let value = index < record.fields.count ? String(record.fields[index].trimmed) : ""
        if column == .name { name = value }
        cells.append((column, index + 1, value))
      }
      // A row of empty cells (a spreadsheet's padding) is no card.
      if cells.allSatisfy({ $0.value.isEmpty }) { continue }
      if name.isEmpty, let cell = cells.first(where: { $0.column == .name }) {
        throw .emptyCell(path: path, line: record.line, column: cell.position, name: "name")
      }
      cards.append(.row(line: record.line, name: name, cells: cells))
    }
    return cards
  }
}
