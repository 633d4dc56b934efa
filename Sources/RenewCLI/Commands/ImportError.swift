import RenewKit

/// Why `renew import` refused a file: nothing was written.
indirect enum ImportError: Error, Equatable {
  /// There is no file at the path.
  case noFile(path: String)
  /// The file cannot be read (a folder, a pipe, too large), or as JSON is not a
  /// document renew reads.
  case inputFile(StoreError)
  /// The file is neither CSV nor JSON as renew reads them.
  case notCSV(path: String, CSV.SyntaxError)
  /// The CSV has no header row.
  case noHeader(path: String)
  /// A column renew does not know, at `column` of the header.
  case unknownColumn(path: String, column: Int, name: String)
  /// The same column twice in the header.
  case repeatedColumn(path: String, column: Int, name: String)
  /// A column every CSV must have (`name`, `number`).
  case missingColumn(path: String, name: String)
  /// A row with more fields than the header.
  case tooManyFields(path: String, line: Int, count: Int, header: Int)
  /// A value renew cannot take, at a line and column, as `add` would refuse it.
  case badValue(path: String, line: Int, column: Int, UsageError)
  /// A card whose name is already in the data file, without `--update`.
  case existingName(path: String, at: CellPlace?, name: String)
  /// A JSON card that is a card of the data file by its id, under another name,
  /// without `--update`.
  case renamedCard(path: String, name: String, existing: String)
  /// A card whose name appears twice in the file.
  case repeatedName(path: String, at: CellPlace?, name: String, first: Int?)
  /// A JSON card that brings an id the data file already gives to another card or
  /// entry (a copy of a card, renamed by hand).
  case repeatedID(path: String, name: String, id: String)
  /// A flag cell that is not yes or no.
  case badFlag(path: String, line: Int, column: Int, value: String)
  /// A card of a JSON file that, joined to the card of that name, breaks a rule
  /// `add` and `edit` keep (a balance in two currencies, a plan paid from the
  /// balance without a price).
  case badCard(path: String, UsageError)
  /// A cell every card needs (`name`, `number`) left empty.
  case emptyCell(path: String, line: Int, column: Int, name: String)
  /// A cycle day that is not a day of the month (1 to 31), or given without an
  /// expiry for it to go with.
  case badCycleDay(path: String, line: Int, column: Int, value: String)
}
