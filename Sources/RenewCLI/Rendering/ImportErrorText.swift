import RenewKit

/// The words of ``ImportError``: where in the file, and what was wrong.
enum ImportErrorText {
  /// The report for `error`, exit 64 for the rows and columns, 65 for a file that
  /// is not CSV, 66 for a file that is not there.
  static func report(_ error: ImportError, in language: Language) -> ErrorReport {
    let columns = CardColumn.all.map(\.title).joined(separator: language(en: ", ", zh: "、"))
    switch error {
    case .noFile(let path):
      return ErrorReport(
        message: language(en: "there is no file at \(path)", zh: "找不到文件 \(path)"),
        code: ErrorReport.noInput)
    case .inputFile(let error):
      return report(error, in: language)
    case .notCSV(let path, let syntax):
      let what: String
      var hint = language(
        en: "a field with a comma, a quote or a line break is quoted, and its quotes doubled: "
          + "\"a \"\"b\"\", c\"",
        zh: "含逗号、引号或换行的字段要加引号，其中的引号写两遍：\"a \"\"b\"\", c\"")
      switch syntax.reason {
      case .unterminatedQuote:
        what = language(en: "a quoted field never ends", zh: "带引号的字段没有结束")
      case .textAfterQuote:
        what = language(
          en: "text after a quoted field's closing quote", zh: "带引号的字段在结束引号之后还有文字")
      case .quoteInField:
        what = language(
          en: "a quote inside a field that does not start with one", zh: "不以引号开头的字段中有引号")
      case .notUTF8:
        what = language(en: "the file is not UTF-8 text", zh: "文件不是 UTF-8 文本")
        hint = language(
          en: "save it as UTF-8 text (in a spreadsheet: CSV UTF-8)",
          zh: "请把它另存为 UTF-8 文本（在电子表格中选“CSV UTF-8”）")
      }
      return ErrorReport(
        message: "\(path):\(syntax.line):\(syntax.column): "
          + language(en: "not CSV: \(what)", zh: "不是有效的 CSV：\(what)"),
        hint: hint, code: ErrorReport.dataError)
    case .noHeader(let path):
      return ErrorReport(
        message: language(en: "\(path): no header row", zh: "\(path)：没有表头行"),
        hint: language(
          en: "the first row names the columns: \(columns)", zh: "第一行是列名：\(columns)"),
        code: ErrorReport.usage)
    case .unknownColumn(let path, let column, let name):
      let hint: String
      if let separator = [";", "\t"].first(where: name.contains) {
        // A spreadsheet set to another list separator saves one column of it all.
        let word = separator == ";" ? "';'" : language(en: "tabs", zh: "制表符")
        hint = language(
          en: "the header is separated by \(word): save the file with commas between columns",
          zh: "表头是用\(word)分隔的：请用逗号分隔各列后再保存")
      } else if column == 1 && name.trimmed.lowercased() == "card" {
        hint = language(
          en: "that is the history's CSV ('export --history'); import reads the cards' CSV",
          zh: "这是历史记录的 CSV（'export --history'）；import 读取的是卡片的 CSV")
      } else {
        hint = language(en: "columns are \(columns)", zh: "列名可以是 \(columns)")
      }
      return ErrorReport(
        message: "\(path):1:\(column): "
          + language(en: "unknown column '\(name)'", zh: "未知的列 '\(name)'"),
        hint: hint, code: ErrorReport.usage)
    case .repeatedColumn(let path, let column, let name):
      return ErrorReport(
        message: "\(path):1:\(column): "
          + language(en: "column '\(name)' appears twice", zh: "列 '\(name)' 出现了两次"),
        hint: language(en: "keep one of them", zh: "只保留其中一列"), code: ErrorReport.usage)
    case .missingColumn(let path, let name):
      return ErrorReport(
        message: language(
          en: "\(path): no '\(name)' column", zh: "\(path)：缺少 '\(name)' 列"),
        hint: language(
          en: "every card needs a name and a number", zh: "每张卡都必须有 name 和 number"),
        code: ErrorReport.usage)
    case .tooManyFields(let path, let line, let count, let header):
      return ErrorReport(
        message: "\(path):\(line): "
          + language(
            en: "\(count) fields, but the header has \(header)",
            zh: "有 \(count) 个字段，但表头只有 \(header) 列"),
        hint: language(
          en: "a value with a comma must be in double quotes", zh: "含逗号的值要放在双引号里"),
        code: ErrorReport.usage)
    case .badValue(let path, let line, let column, let error):
      let inner = ErrorReport(error, language: language)
      return ErrorReport(
        message: "\(path):\(line):\(column): \(inner.message)", hint: inner.hint, code: inner.code)
    case .badCard(let path, let error):
      let inner = ErrorReport(error, language: language)
      return ErrorReport(
        message: "\(path): \(inner.message)",
        hint: language(
          en: "the card in the file, joined to yours, would break that; nothing was written",
          zh: "文件中的这张卡与现有的卡合在一起会违反这一点；没有写入任何内容"),
        code: inner.code)
    case .badCycleDay(let path, let line, let column, let value):
      return ErrorReport(
        message: "\(path):\(line):\(column): "
          + language(en: "invalid cycle day '\(value)'", zh: "周期日 '\(value)' 无效"),
        hint: language(
          en: "the cycle day is the day of the month renewals keep to, 1 to 31, beside an expiry",
          zh: "周期日是续费时保持的每月日期，1 到 31，须与有效期一起给出"),
        code: ErrorReport.usage)
    case .emptyCell(let path, let line, let column, let name):
      return ErrorReport(
        message: "\(path):\(line):\(column): "
          + language(en: "the \(name) is empty", zh: "\(name) 为空"),
        hint: language(
          en: "every card needs a name and a number", zh: "每张卡都必须有 name 和 number"),
        code: ErrorReport.usage)
    case .existingName(let path, let place, let name):
      return ErrorReport(
        message: "\(path)\(place.map { ":\($0.line):\($0.column)" } ?? ""): "
          + language(en: "a card named '\(name)' exists", zh: "已存在名为 '\(name)' 的卡"),
        hint: language(
          en: "give --update to change it with this file's values",
          zh: "加上 --update 即可用这个文件里的值修改它"),
        code: ErrorReport.usage)
    case .renamedCard(let path, let name, let existing):
      return ErrorReport(
        message: language(
          en: "\(path): '\(name)' is the card named '\(existing)' in the data file (the same id)",
          zh: "\(path)：'\(name)' 就是数据文件中名为 '\(existing)' 的卡（编号相同）"),
        hint: language(
          en: "give --update to change it with this file's values, its name too",
          zh: "加上 --update 即可用这个文件里的值（包括名称）修改它"),
        code: ErrorReport.usage)
    case .repeatedName(let path, let place, let name, let first):
      let earlier = first.map { language(en: " (also on line \($0))", zh: "（第 \($0) 行也有）") }
      return ErrorReport(
        message: "\(path)\(place.map { ":\($0.line):\($0.column)" } ?? ""): "
          + language(
            en: "'\(name)' is in the file twice\(earlier ?? "")",
            zh: "'\(name)' 在文件中出现了两次\(earlier ?? "")"),
        hint: language(en: "names are unique, ignoring case", zh: "卡名不能重复（不区分大小写）"),
        code: ErrorReport.usage)
    case .repeatedID(let path, let name, let id):
      return ErrorReport(
        message: language(
          en: "\(path): card '\(name)': the id '\(id)' is already given to something in the "
            + "data file",
          zh: "\(path)：卡 '\(name)'：编号 '\(id)' 在数据文件中已被其他卡或记录使用"),
        hint: language(
          en: "for a copy of a card, remove its \"id\" keys from the file and renew gives it "
            + "new ones",
          zh: "如果这是某张卡的副本，请从文件中删去它的 \"id\" 键，renew 会给它新的编号"),
        code: ErrorReport.usage)
    case .badFlag(let path, let line, let column, let value):
      return ErrorReport(
        message: "\(path):\(line):\(column): "
          + language(en: "'\(value)' is not yes or no", zh: "'\(value)' 不是“是”或“否”"),
        hint: language(
          en: "write yes or no (also true/false, 1/0), or leave it empty",
          zh: "请写 yes 或 no（也可以是 true/false、1/0、是/否），或留空"),
        code: ErrorReport.usage)
    }
  }

  /// The report for a file to import that cannot be read or understood: said as
  /// of the data file, with a hint about the file to import instead.
  private static func report(_ error: StoreError, in language: Language) -> ErrorReport {
    var report = ErrorReport(error, language: language)
    switch error {
    case .invalidJSON, .invalidData, .emptyFile:
      report.hint = language(
        en: "nothing was written; import reads JSON as 'renew export' writes it",
        zh: "未写入任何内容；import 读取的 JSON 须是 'renew export' 写出的格式")
    case .notRegularFile:
      report.hint = language(
        en: "give a regular file, or '-' for standard input; nothing was written",
        zh: "请给出普通文件，或用 '-' 表示标准输入；未写入任何内容")
    case .tooLarge, .newerVersion, .system, .locked, .nothingToUndo, .changedOutside: break
    }
    return report
  }
}
