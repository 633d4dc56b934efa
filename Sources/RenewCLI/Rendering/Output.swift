/// Where renew writes, and what it knows of the terminal: the sinks a test replaces.
public struct Output: Sendable {
  /// Writes to standard output (data, tables, help).
  public var standardOutput: @Sendable (String) -> Void
  /// Writes UTF-8 text to standard output as it is, bytes that need not be made
  /// a `String` first (a long table, an export); unless given, through the
  /// `standardOutput` the output was created with.
  public var standardOutputBytes: @Sendable ([UInt8]) -> Void
  /// Writes to standard error (errors and hints).
  public var standardError: @Sendable (String) -> Void
  /// Whether standard output is a terminal, which allows colour.
  public var isTerminal: Bool
  /// How many columns wide the terminal on standard output is, when it says;
  /// tables are narrowed to fit it.
  public var terminalColumns: Int?
  /// Asks a yes-or-no question on the terminal; `nil` when there is no terminal to ask on.
  public var confirm: (@Sendable (String) -> Bool)?
  /// The `errno` of the first write to standard output that failed (`>/dev/full`),
  /// or `nil` when every write went through.
  public var standardOutputFailure: @Sendable () -> Int32?

  /// Creates an output from its sinks.
  public init(
    standardOutput: @escaping @Sendable (String) -> Void,
    standardOutputBytes: (@Sendable ([UInt8]) -> Void)? = nil,
    standardError: @escaping @Sendable (String) -> Void, isTerminal: Bool = false,
    terminalColumns: Int? = nil, confirm: (@Sendable (String) -> Bool)? = nil,
    standardOutputFailure: @escaping @Sendable () -> Int32? = { nil }
  ) {
    self.standardOutput = standardOutput
    self.standardOutputBytes =
      standardOutputBytes ?? { standardOutput(String(decoding: $0, as: UTF8.self)) }
    self.standardError = standardError
    self.isTerminal = isTerminal
    self.terminalColumns = terminalColumns
    self.confirm = confirm
    self.standardOutputFailure = standardOutputFailure
  }
}
