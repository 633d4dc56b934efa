import Foundation
import Testing

/// One command line renew must refuse, and the exact text it must print on stderr.
struct ErrorCase: Sendable, CustomTestStringConvertible {
  /// The arguments after `renew --file PATH`.
  var arguments: [String]
  /// Everything on stderr: the `renew: ` line and the hint, each ending in a newline.
  var stderr: String

  init(_ arguments: [String], _ stderr: String) {
    self.arguments = arguments
    self.stderr = stderr
  }

  var testDescription: String {
    "renew "
      + arguments.map { $0.contains(" ") || $0.isEmpty ? "\"\($0)\"" : $0 }
      .joined(separator: " ")
  }
}

/// Runs `errorCase` against a sandbox with the seed cards and checks that renew
/// refuses it with exit 64, the exact message, nothing on stdout, and the data
/// file byte for byte as it was.
func expectUsageError(
  _ errorCase: ErrorCase, seeded: Bool = true,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let sandbox = try Sandbox()
  if seeded { sandbox.seed() }
  let before = sandbox.bytes()
  let result = sandbox.run(errorCase.arguments)
  #expect(result.code == 64, sourceLocation: sourceLocation)
  #expect(result.stderr == errorCase.stderr, sourceLocation: sourceLocation)
  #expect(result.stdout == "", sourceLocation: sourceLocation)
  #expect(sandbox.bytes() == before, "the data file changed", sourceLocation: sourceLocation)
}
