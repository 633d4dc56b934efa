import RenewKit
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's real surroundings: the clock, the terminal, the standard streams.
///
/// These C calls are the command line's, not the domain's, so they live here
/// rather than in RenewKit's `Platform`; only the executable (and `backups`, for
/// local times) uses them, and tests pass their own ``Output`` and day.
public enum System {
  /// Today's date by the system clock in the local time zone.
  public static func today() -> CalendarDate {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return CalendarDate(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
      ?? .first
  }

  /// `seconds` since 1970 as local `YYYY-MM-DD HH:MM`.
  static func localTime(_ seconds: Int) -> String {
    var time = time_t(seconds)
    var parts = tm()
    localtime_r(&time, &parts)
    func pad(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let date = CalendarDate(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    return "\(date.map(String.init(describing:)) ?? "?") \(pad(parts.tm_hour)):\(pad(parts.tm_min))"
  }

  /// The process's environment variables.
  public static func environment() -> [String: String] {
    var result: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
      // Split at the first "=" by bytes: no Unicode segmentation for each variable.
      let bytes = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
      if let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
        result[String(decoding: bytes[..<equals], as: UTF8.self)] = String(
          decoding: bytes[(equals + 1)...], as: UTF8.self)
      }
      entry += 1
    }
    return result
  }

  /// Standard output and error, unbuffered beyond one write each, with the
  /// terminal checks (is standard output a terminal, and how wide) and a `[y/N]`
  /// prompt when standard input is a terminal.
  public static func output() -> Output {
    let ask: @Sendable (String) -> Bool = { question in
      _ = emit(2, question)
      guard let answer = readLine() else { return false }
      return isYes(answer)
    }
    let failure = WriteFailure()
    @Sendable func write(_ bytes: UnsafeBufferPointer<UInt8>) {
      // After one failed write, the rest would only fail the same way.
      guard failure.code == 0 else { return }
      if let code = emit(1, bytes) { failure.record(code) }
    }
    let isTerminal = isatty(1) == 1
    return Output(
      standardOutput: { text in
        var text = text
        text.withUTF8 { write($0) }
      },
      standardOutputBytes: { bytes in bytes.withUnsafeBufferPointer { write($0) } },
      standardError: { _ = emit(2, $0) }, isTerminal: isTerminal,
      terminalColumns: isTerminal ? terminalColumns(of: 1) : nil,
      confirm: isatty(0) == 1 ? ask : nil,
      standardOutputFailure: { failure.code == 0 ? nil : failure.code })
  }

  /// Whether `answer` to a `[y/N]` question is yes: `y` or `yes` in any case, or
  /// 是 (是的) for a Chinese speaker, whatever the language renew speaks.
  static func isYes(_ answer: String) -> Bool {
    ["y", "yes", "是", "是的"].contains(answer.trimmed.lowercased())
  }

  /// How many columns wide the terminal on `fd` is, by `ioctl(TIOCGWINSZ)`; `nil`
  /// when `fd` is not a terminal or the terminal does not say (reports 0).
  static func terminalColumns(of fd: Int32) -> Int? {
    var size = winsize()
    guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// Writes all of `text` to `fd`; returns the `errno` of a failed write.
  private static func emit(_ fd: Int32, _ text: String) -> Int32? {
    var text = text
    return text.withUTF8 { emit(fd, $0) }
  }

  /// Writes all of `buffer` to `fd`; returns the `errno` of a failed write.
  private static func emit(_ fd: Int32, _ buffer: UnsafeBufferPointer<UInt8>) -> Int32? {
    var offset = 0
    while offset < buffer.count {
      let count = write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      if count < 0 {
        if errno == EINTR { continue }
        return errno
      }
      if count == 0 { return EIO }
      offset += count
    }
    return nil
  }
}

/// The first failed write to standard output, shared by the sink that writes and
/// the check `RenewCLI.run` makes before it returns.
private final class WriteFailure: Sendable {
  private let stored = Atomic<Int32>(0)

  /// The recorded `errno`, or 0.
  var code: Int32 { stored.load(ordering: .relaxed) }

  /// Records `code` unless an earlier failure was recorded.
  func record(_ code: Int32) {
    _ = stored.compareExchange(expected: 0, desired: code, ordering: .relaxed)
  }
}
