import RenewKit

/// Turns any error into the text renew prints, in English or Chinese, and the exit
/// code it returns, which is the same in both.
///
/// Messages are worded here and in the files beside it (`UsageErrorText.swift`,
/// `ValueRuleText.swift`, ``DataFileText``, ``SystemErrorText``), always for both
/// languages at once; exit codes are decided here and in `UsageErrorText.swift`: 64 for
/// usage (an undo over a file changed outside renew, without `--force`, too), 65
/// for a data file that cannot be understood or is too large, 74 for one that
/// cannot be read or written or is not a regular file, 75 for a lock held too long.
struct ErrorReport: Equatable {
  /// The first line, starting `renew: `.
  var message: String
  /// A second line that hints at the fix, if there is one.
  var hint: String?
  /// The exit status.
  var code: Int32

  /// Exit status for a command line renew cannot act on.
  static let usage: Int32 = 64
  /// Exit status for a data file that cannot be understood.
  static let dataError: Int32 = 65
  /// Exit status for `check` with no data file at the path in use (`EX_NOINPUT`).
  static let noInput: Int32 = 66
  /// Exit status for a data file that cannot be read or written.
  static let ioError: Int32 = 74
  /// Exit status for a lock held by another renew for too long.
  static let tempFail: Int32 = 75

  /// Both lines, each ending in a newline.
  ///
  /// Every control, format and separator character in them is written as an
  /// escape (`\u{1B}`, `\u{2028}`), so that input echoed in a message can neither
  /// break the line nor drive the terminal.
  var text: String {
    "renew: \(ErrorReport.escaped(message))\n" + (hint.map { "\(ErrorReport.escaped($0))\n" } ?? "")
  }

  /// `line` with every scalar that ``Unicode/Scalar/isForbiddenInText`` written as `\u{…}`.
  static func escaped(_ line: String) -> String {
    guard line.firstForbiddenScalar != nil else { return line }
    var result = ""
    for scalar in line.unicodeScalars {
      if scalar.isForbiddenInText {
        result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Exit status for a `check --exec` command that failed or timed out (`EX_UNAVAILABLE`).
  static let unavailable: Int32 = 69

  /// The lines for a `check --exec` command that did not succeed for `card`, in `language`.
  static func hookFailed(
    _ command: String, card: String, _ outcome: HookOutcome, isRetried: Bool,
    language: Language
  ) -> String {
    let how: String
    switch outcome {
    case .exited(let status):
      how = language(en: "exited with status \(status)", zh: "退出状态为 \(status)")
    case .signaled(let signal):
      how = language(en: "was killed by signal \(signal)", zh: "被信号 \(signal) 终止")
    case .timedOut:
      how = language(en: "ran too long and was stopped", zh: "运行时间过长，已被停止")
    case .notStarted(let code):
      let reason = SystemErrorText.reason(of: code, in: language)
      how = language(en: "could not be started: \(reason)", zh: "无法启动（\(reason)）")
    }
    return ErrorReport(
      message: language(
        en: "--exec for '\(card)' \(how): \(command)", zh: "'\(card)' 的 --exec 命令\(how)：\(command)"),
      hint: isRetried
        ? language(
          en: "'\(card)' is tried again on the next 'renew check --new'",
          zh: "下次运行 'renew check --new' 时会再次尝试 '\(card)'")
        : nil,
      code: unavailable
    ).text
  }

  /// A report with its lines and exit status.
  init(message: String, hint: String? = nil, code: Int32) {
    self.message = message
    self.hint = hint
    self.code = code
  }

  /// The report for any error renew can throw, in `language`.
  init(_ error: any Error, language: Language) {
    switch error {
    case let error as UsageError: self = ErrorReport.describe(error, in: language)
    case let error as StoreError: self = ErrorReport.describe(error, in: language)
    case let error as CardLookupError:
      self = ErrorReport.describe(.cardLookup(error), in: language)
    case let error as RenewalError: self = ErrorReport.describe(.renewal(error), in: language)
    case let error as ImportError: self = ImportErrorText.report(error, in: language)
    case let error as SystemError:
      self = ErrorReport.describe(StoreError.system(error), in: language)
    case let error as OutputError:
      let reason = SystemErrorText.reason(of: error.code, in: language)
      self.init(
        message: language(
          en: "cannot write to standard output: \(reason)", zh: "无法写入标准输出：\(reason)"),
        code: ErrorReport.ioError)
    default: self.init(message: "\(error)", code: 70)
    }
  }

  /// The hint that points to help: on `command`, or on renew when `nil`.
  static func see(_ command: String?, in language: Language) -> String {
    let help = command.map { "renew help \($0)" } ?? "renew --help"
    return language(en: "see '\(help)'", zh: "参见 '\(help)'")
  }

  /// The report for a data file renew cannot use.
  private static func describe(_ error: StoreError, in language: Language) -> ErrorReport {
    let recover = language(
      en: "nothing was changed; 'renew undo --force' or the backups folder has earlier versions",
      zh: "未做任何更改；'renew undo --force' 或备份文件夹中有较早的版本")
    let unchanged = language(en: "nothing was changed", zh: "未做任何更改")
    switch error {
    case .invalidJSON(let path, let error):
      let reason = DataFileText.reason(error.reason, in: language)
      return ErrorReport(
        message: "\(path):\(error.line):\(error.column): "
          + language(en: "not valid JSON: \(reason)", zh: "不是有效的 JSON：\(reason)"),
        hint: recover, code: dataError)
    case .invalidData(let path, let error):
      return ErrorReport(
        message: DataFileText.message(path: path, error, in: language), hint: recover,
        code: dataError)
    case .emptyFile(let path):
      return ErrorReport(
        message: "\(path): "
          + language(
            en: "not a renew data file: the file is empty", zh: "不是 renew 的数据文件：文件是空的"),
        hint: recover, code: dataError)
    case .newerVersion(let path, let found, let supported):
      return ErrorReport(
        message: language(
          en: "\(path) was written by a newer renew (format \(found); this one reads up to "
            + "\(supported))",
          zh: "\(path) 由更新版本的 renew 写入（格式 \(found)；当前版本最高只能读取格式 \(supported)）"),
        hint: language(
          en: "upgrade renew; the file was left as it is", zh: "请升级 renew；文件保持原样，未做改动"),
        code: dataError)
    case .notRegularFile(let path, let kind):
      return ErrorReport(
        message: language(
          en: "\(path) is \(describe(kind, in: language)), not a regular file",
          zh: "\(path) 是\(describe(kind, in: language))，不是普通文件"),
        hint: language(
          en: "the data file must be a regular file or a link to one; nothing was changed",
          zh: "数据文件必须是普通文件或指向普通文件的链接；未做任何更改"),
        code: ioError)
    case .tooLarge(let path, let size, let limit):
      return ErrorReport(
        message: language(
          en: "\(path) is too large for a renew data file (\(size) bytes; the limit is "
            + "\(limit))",
          zh: "\(path) 太大，不像 renew 的数据文件（\(size) 字节；上限为 \(limit)）"),
        hint: language(
          en: "nothing was changed; check that this is the right file",
          zh: "未做任何更改；请确认文件是否正确"),
        code: dataError)
    case .system(let error):
      let reason = SystemErrorText.reason(of: error.code, in: language)
      let verb = verb(error.operation, in: language)
      return ErrorReport(
        message: language(
          en: "cannot \(verb) \(error.path): \(reason)", zh: "无法\(verb) \(error.path)：\(reason)"),
        hint: unchanged, code: ioError)
    case .locked(let lockPath, let seconds):
      let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
      return ErrorReport(
        message: language(
          en: "another renew is using the data file (waited \(shown) s for \(lockPath))",
          zh: "另一个 renew 正在使用数据文件（在 \(lockPath) 上等待了 \(shown) 秒）"),
        hint: language(
          en: "try again when it has finished; nothing was changed",
          zh: "请等它结束后再试；未做任何更改"),
        code: tempFail)
    case .nothingToUndo(let folder):
      return ErrorReport(
        message: language(en: "nothing to undo", zh: "没有可撤销的操作"),
        hint: language(en: "no backups left in \(folder)", zh: "\(folder) 中已没有备份"), code: usage)
    case .changedOutside(let path):
      return ErrorReport(
        message: language(
          en: "not undoing: \(path) was changed outside renew since renew last wrote it",
          zh: "未撤销：自 renew 上次写入以来，\(path) 已在 renew 之外被修改"),
        hint: language(
          en: "'renew undo --force' restores the backup anyway and keeps the changed file "
            + "in the backups folder",
          zh: "'renew undo --force' 仍会恢复备份，并把修改过的文件保留在备份文件夹中"),
        code: usage)
    }
  }

  /// What renew was doing, as the verb of "cannot … PATH".
  private static func verb(_ operation: FileOperation, in language: Language) -> String {
    switch operation {
    case .read: language(en: "read", zh: "读取")
    case .write: language(en: "write", zh: "写入")
    case .createFolder: language(en: "create folder", zh: "创建文件夹")
    case .openLock: language(en: "open lock file", zh: "打开锁文件")
    case .lock: language(en: "lock", zh: "锁定")
    }
  }

  /// What a path is when it is not a regular file, with its article in English.
  private static func describe(_ kind: FileKind, in language: Language) -> String {
    switch kind {
    case .characterDevice: language(en: "a character device", zh: "字符设备")
    case .blockDevice: language(en: "a block device", zh: "块设备")
    case .namedPipe: language(en: "a named pipe (FIFO)", zh: "命名管道（FIFO）")
    case .socket: language(en: "a socket", zh: "套接字")
    case .other: language(en: "a special file", zh: "特殊文件")
    }
  }
}
