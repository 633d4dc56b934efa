#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a card stands on its reminder ladder: its lead days (largest first), its
/// due date passing, its grace ending. Later steps have smaller numbers: a lead
/// day is its number of days, overdue is -1, lapsed is -2.
public enum ReminderStep {
  /// The step for being past the due date.
  public static let overdue = -1
  /// The step for being past the end of grace.
  public static let lapsed = -2
}

extension Card {
  /// The latest step of its ladder the card has reached on `today`, or `nil`
  /// before its largest lead day (or with no due date).
  ///
  /// - Parameters:
  ///   - today: The day.
  ///   - remindDays: A window that replaces the card's lead days, as
  ///     `check --within N` gives: the ladder is then that one step.
  /// - Returns: The step, or `nil`.
  public func reminderStep(on today: CalendarDate, remindDays: Int? = nil) -> Int? {
    guard let due else { return nil }
    if let graceEnd, today > graceEnd { return ReminderStep.lapsed }
    let daysLeft = today.days(until: due)
    if daysLeft < 0 { return ReminderStep.overdue }
    return (remindDays.map { [$0] } ?? effectiveLeadDays).last { daysLeft <= $0 }
  }
}

/// What `check --new` has reported, per card, for one data file on this machine:
/// kept apart from the data file, which may be shared between machines.
public struct CheckRecord: Sendable, Hashable {
  /// The step reported, and the due date it was reported for.
  public struct Reported: Sendable, Hashable {
    /// The due date the step belongs to; a new due date starts the ladder again.
    public var due: CalendarDate
    /// The step (see ``ReminderStep``).
    public var step: Int

    /// Creates an entry.
    public init(due: CalendarDate, step: Int) {
      self.due = due
      self.step = step
    }
  }

  /// By card id.
  public var reported: [String: Reported] = [:]

  /// An empty record.
  public init() {}

  /// Whether `card`, at `step` for `due`, has reached a step not yet reported.
  public func isNew(_ card: Card, step: Int, due: CalendarDate) -> Bool {
    guard let last = reported[card.id], last.due == due else { return true }
    return step < last.step
  }

  /// The record at `path`; a missing, unreadable or broken one is empty.
  public static func read(from path: String) -> CheckRecord {
    guard let bytes = try? Platform.readFile(at: path, sizeLimit: 16 << 20) else {
      return CheckRecord()
    }
    var record = CheckRecord()
    var reader = JSONReader(bytes: bytes)
    do {
      try reader.readObject { key, reader in
        guard key == "reported" else { return }
        try reader.readObject { id, reader in
          var due: CalendarDate?
          var step: Int?
          try reader.readObject { key, reader in
            switch key {
            case "due": due = CalendarDate(iso: try reader.readString())
            case "step": step = try reader.readInt()
            default: break
            }
          }
          if let due, let step { record.reported[id] = Reported(due: due, step: step) }
        }
      }
      try reader.finish()
    } catch {
      return CheckRecord()
    }
    return record
  }

  /// Writes the record to `path` all at once, saying which data file it is for.
  public func write(to path: String, dataFile: String) throws(SystemError) {
    var writer = JSONWriter()
    writer.writeObject { object in
      object.member("dataFile", dataFile)
      object.memberObject("reported") { cards in
        for (id, entry) in reported.sorted(by: { $0.key < $1.key }) {
          cards.memberObject(id) { card in
            card.member("due", entry.due)
            card.member("step", entry.step)
          }
        }
      }
    }
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    if !folder.isEmpty { try Platform.createDirectories(folder, mode: 0o700) }
    try Platform.replaceFile(at: path, with: writer.bytes + [10], mode: 0o600)
  }

  /// `path` made absolute against the current folder.
  public static func absolute(_ path: String) -> String {
    // The file itself, however it is reached (`./`, `..`, a link), when it exists.
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    guard !path.hasPrefix("/") else { return path }
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return path }
    let folder = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return folder + "/" + path
  }

  /// The record's file for `dataFile` (an absolute path) in `folder`: one per
  /// data file, named by a hash of its path.
  public static func path(in folder: String, for dataFile: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in dataFile.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return folder + "/check-" + String(repeating: "0", count: 16 - hex.count) + hex + ".json"
  }

  /// Takes the record's lock (`path` + `.lock`), waiting up to `timeout` seconds:
  /// `check --new` runs one at a time, so that none reports what another did.
  ///
  /// - Returns: The lock to release, or `nil` when the wait ran out.
  public static func lock(_ path: String, timeout: Double) throws(SystemError) -> RecordLock? {
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    if !folder.isEmpty { try Platform.createDirectories(folder, mode: 0o700) }
    return try Platform.lock(path + ".lock", timeout: timeout).map(RecordLock.init)
  }
}

/// A lock held on a ``CheckRecord``.
public struct RecordLock: Sendable {
  let descriptor: Int32

  /// Releases the lock.
  public func release() { Platform.unlock(descriptor) }
}
