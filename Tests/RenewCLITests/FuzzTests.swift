import RenewKit
import TestSupport
import Testing

@testable import RenewCLI

/// Random command lines, run in-process against a data file with cards in it.
@Suite("Command-line fuzzing")
struct FuzzTests {
  /// Every command but `merge`, which writes to a file its arguments name, so that
  /// no run can write outside the sandbox.
  static let commands =
    CommandName.allCases.filter { $0 != .merge }.map(\.rawValue)
    + ["", "stauts", "-", "--", "Status"]

  /// Every option of every command and the global ones, except `--file` and `--out`,
  /// so that no run can write outside the sandbox.
  static let options =
    OptionName.allCases.filter { $0 != .file && $0 != .out }.map(\.rawValue).sorted().map {
      "--\($0)"
    }
    + ["-h", "-x", "--bogus", "---", "--="]

  static let values = [
    "2026-03-01", "today", "yesterday", "tomorrow", "2026-02-30", "2026-13-01", "0001-01-01",
    "9999-12-31", "30d", "0d", "1y", "100000y", "2w", "1m", "12.50 USD", "-5 USD", "USD 0.10",
    "0.125EUR", "5 XYZ", "PH", "zz", "ß", "sim", "esim", "virtual", "app", "third-party", "onlin",
    "中国移动", "giffgaff", "smart", "Smart PH", "4567", "0123", "3650", "3651", "-1", "0", "",
    " ", "-", "--", "note", "tag", "price", "🙂", "e\u{301}", "\u{0}", "a\nb", "a=b", "中",
    String(repeating: "x", count: 300), "+63 917 123 4567",
  ]

  static let allowedCodes: Set<Int32> = [0, 1, 64, 65, 66, 74, 75]

  /// One random command line of up to eight words.
  static func commandLine(_ random: inout SplitMix64) -> [String] {
    var words: [String] = []
    for _ in 0..<Int.random(in: 0...8, using: &random) {
      switch Int.random(in: 0..<10, using: &random) {
      case 0, 1: words.append(random.pick(commands))
      case 2, 3, 4: words.append(random.pick(options))
      case 5: words.append(random.pick(options) + "=" + random.pick(values))
      default: words.append(random.pick(values))
      }
    }
    // Usually start with a real command, as people do.
    if Int.random(in: 0..<4, using: &random) > 0 {
      words.insert(random.pick(CommandName.allCases.filter { $0 != .merge }.map(\.rawValue)), at: 0)
    }
    return words
  }

  @Test("random command lines never crash, exit with a documented code, and explain errors")
  func randomCommandLines() throws {
    let sandbox = try Sandbox()
    sandbox.seed()
    var random = SplitMix64(seed: 0x5EED_2026_0301)
    var codes: [Int32: Int] = [:]
    for index in 0..<400 {
      let arguments = Self.commandLine(&random)
      let isTerminal = Int.random(in: 0..<4, using: &random) == 0
      let result = sandbox.run(arguments, isTerminal: isTerminal)
      let label = "case \(index): renew \(arguments)"
      codes[result.code, default: 0] += 1
      #expect(Self.allowedCodes.contains(result.code), "\(label) exited \(result.code)")
      if result.code == 64 {
        #expect(result.stderr.hasPrefix("renew: "), "\(label)")
        #expect(result.stdout == "", "\(label)")
      }
      if result.code == 0 || result.code == 1 {
        #expect(result.stderr == "", "\(label)")
      } else {
        #expect(result.stderr.hasPrefix("renew: "), "\(label)")
      }
      #expect(throws: Never.self, "\(label) left an unreadable file") {
        _ = try Store(path: sandbox.file).read()
      }
    }
    // The generator must reach both successes and refusals, or it tests little.
    #expect(codes[0, default: 0] > 20)
    #expect(codes[64, default: 0] > 100)
  }

  @Test("parsing alone never traps on thousands of random lines")
  func randomParses() {
    var random = SplitMix64(seed: 42)
    var parsed = 0
    for _ in 0..<5000 {
      let words = Self.commandLine(&random)
      if (try? Invocation.parse(words, clock: fixedToday)) != nil { parsed += 1 }
    }
    #expect(parsed > 200)
  }

  @Test("SplitMix64 gives the reference sequence for seed 0")
  func referenceSequence() {
    var random = SplitMix64(seed: 0)
    #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
  }
}
