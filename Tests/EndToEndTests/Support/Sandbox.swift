import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the built `renew` is: `$RENEW_BINARY`, else beside the test bundle.
enum RenewBinary {
  /// The path of the executable, or `nil` when it cannot be found.
  ///
  /// On Linux `swift test` runs `<build>/debug/renewPackageTests.xctest`, and the
  /// products of the same build, `renew` among them, sit in that folder.
  static let path: String? = {
    if let path = ProcessInfo.processInfo.environment["RENEW_BINARY"], !path.isEmpty {
      return path
    }
    let candidates = [CommandLine.arguments.first ?? "", "/proc/self/exe"].map { path in
      (URL(fileURLWithPath: path).resolvingSymlinksInPath().deletingLastPathComponent())
        .appendingPathComponent("renew").path
    }
    return candidates.first { access($0, X_OK) == 0 }
  }()

  /// The path, or a recorded failure that says how to point the tests at it.
  static func require() throws -> String {
    try #require(path, "no built renew next to the test bundle; set RENEW_BINARY")
  }
}

/// A fresh temporary folder with a home and a data file path, removed by ``remove()``.
struct Sandbox {
  /// The folder, made by `mkdtemp`.
  let root: String
  /// The `renew` executable.
  let binary: String
  /// The data file the tests name with `--file`; `<root>/renew.json` unless changed.
  var file: String
  /// The day every command runs on, unless a test says otherwise.
  static let today = "2026-03-10"

  /// Makes the folder and an empty home inside it.
  init() throws {
    binary = try RenewBinary.require()
    var base = NSTemporaryDirectory()
    while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
    var template = Array("\(base)/renew-e2e-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }
    }
    _ = try #require(made, "mkdtemp failed")
    root = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    file = "\(root)/renew.json"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false)
  }

  /// The home folder given to renew.
  var home: String { "\(root)/home" }
  /// The same sandbox with another data file.
  func using(file: String) -> Sandbox {
    var copy = self
    copy.file = file
    return copy
  }

  /// Deletes the folder and everything in it.
  func remove() {
    try? FileManager.default.removeItem(atPath: root)
  }

  /// A controlled environment: the sandbox's home, a fixed day, no `RENEW_FILE`.
  func environment(_ extra: [String: String] = [:]) -> [String: String] {
    ["HOME": home, "PATH": "/usr/bin:/bin", "RENEW_TODAY": Sandbox.today, "LC_ALL": "C.UTF-8"]
      .merging(extra) { $1 }
  }

  /// Runs `renew --file <file> arguments...`.
  @discardableResult
  func run(_ arguments: String..., environment extra: [String: String] = [:]) throws -> Finished {
    try run(arguments, environment: extra)
  }

  /// Runs `renew --file <file> arguments...`, the arguments given as an array.
  @discardableResult
  func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Finished {
    try Child.run(binary, ["--file", file] + arguments, environment: environment(extra))
  }

  /// Runs `renew arguments...` without `--file`: where the data goes is up to the environment.
  @discardableResult
  func runBare(_ arguments: [String], environment: [String: String]) throws -> Finished {
    try Child.run(binary, arguments, environment: environment)
  }

  /// Runs a command that must succeed, and returns its output.
  @discardableResult
  func succeed(
    _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    try succeed(arguments, sourceLocation: sourceLocation)
  }

  /// Runs a command that must succeed, the arguments given as an array.
  @discardableResult
  func succeed(
    _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let result = try Child.run(binary, ["--file", file] + arguments, environment: environment())
    #expect(
      result.status == 0, "renew \(arguments.joined(separator: " ")): \(result.error)",
      sourceLocation: sourceLocation)
    return result.output
  }

  /// Runs a `--json` command and parses what it printed.
  func json(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> Any
  {
    let result = try Child.run(
      binary, ["--file", file, "--json"] + arguments, environment: environment())
    #expect(result.status == 0, "\(result.error)", sourceLocation: sourceLocation)
    return try JSONSerialization.jsonObject(with: Data(result.outputBytes), options: [])
  }
}

/// Small file-system questions the tests ask.
enum Files {
  /// The bytes of a file, or `nil` when it cannot be read.
  static func bytes(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
  }

  /// Whether the file at `path` holds exactly `bytes` (a short answer for failure messages).
  static func holds(_ path: String, exactly bytes: [UInt8]?) -> Bool {
    self.bytes(path) == bytes
  }

  /// Writes `bytes` to `path`, replacing it.
  static func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  /// Whether something exists at `path`, without following a final link.
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// The permission bits of `path` (following links), or `nil`.
  static func mode(_ path: String) -> mode_t? {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
  }

  /// Whether `path` is a symbolic link.
  static func isLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  /// The names in a folder, sorted; empty when it does not exist.
  static func names(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  /// Every path below `folder`, relative to it, sorted.
  static func tree(_ folder: String) -> [String] {
    (FileManager.default.subpaths(atPath: folder) ?? []).sorted()
  }

  /// The data file parsed as a JSON object, with `lastChange` left out so that
  /// states before and after an undo compare equal.
  static func document(_ path: String) throws -> NSDictionary {
    let contents = try #require(bytes(path), "cannot read \(path)")
    let object = try JSONSerialization.jsonObject(with: Data(contents), options: [])
    let dictionary = try #require(object as? [String: Any], "not a JSON object: \(path)")
    return dictionary.filter { $0.key != "lastChange" } as NSDictionary
  }
}

/// The cards a typical user keeps, added through the binary.
extension Sandbox {
  /// A Chinese SIM due in 5 days (soon), renewed by SMS.
  static let chinese = "中国移动"
  /// A UK SIM with a 180-day keep-alive window (ok).
  static let keepAlive = "giffgaff"
  /// A US eSIM that auto-renews via PayPal, due in 83 days (ok).
  static let autoRenew = "US Mint"

  /// Adds the three cards on ``today`` and expects each `add` to succeed.
  func addThreeCards(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let added = [
      try run(
        "add", Sandbox.chinese, "--number", "+86 138 0013 8000", "--country", "CN", "--carrier",
        "China Mobile", "--kind", "sim", "--expires", "2026-03-15", "--period", "1m", "--price",
        "30 CNY", "--method", "sms", "--how", "send 101 to 10086", "--tag", "china"),
      try run(
        "add", Sandbox.keepAlive, "--number", "07700900123", "--country", "GB", "--keep-alive",
        "180d", "--grace", "30d", "--tag", "uk"),
      try run(
        "add", Sandbox.autoRenew, "--number", "+1 555 010 9999", "--country", "US", "--kind",
        "esim", "--expires", "2026-06-01", "--period", "1m", "--price", "15 USD", "--auto-renew",
        "--pay", "PayPal", "--method", "online", "--tag", "travel"),
    ]
    for result in added {
      #expect(result.status == 0, "\(result.error)", sourceLocation: sourceLocation)
      #expect(result.output.hasPrefix("added "), sourceLocation: sourceLocation)
      #expect(result.error.isEmpty, sourceLocation: sourceLocation)
    }
  }
}
