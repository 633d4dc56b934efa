/// One option a command accepts, with what its help says of it.
struct OptionSpec: Sendable {
  /// The long name without dashes, such as `expires`.
  let name: String
  /// The placeholder for its value (`DATE`), or `nil` for a flag.
  let value: String?
  /// One line of help.
  let help: String
  /// Whether it may be given more than once (`--method`, `--tag`).
  let isRepeatable: Bool

  init(_ name: String, _ value: String? = nil, _ help: String, repeatable: Bool = false) {
    self.name = name
    self.value = value
    self.help = help
    self.isRepeatable = repeatable
  }

  /// The option as it is typed and listed: `--expires DATE`.
  var label: String { value.map { "--\(name) \($0)" } ?? "--\(name)" }
}

/// A command's name, arguments, options and help.
struct CommandSpec: Sendable {
  /// The command's name, such as `log`.
  let name: String
  /// The usage line after `renew NAME`.
  let usage: String
  /// One line for the command list.
  let summary: String
  /// Paragraphs shown under the usage line.
  let details: String
  /// The options, in the order help lists them.
  let options: [OptionSpec]
  /// Example command lines.
  let examples: [String]
  /// How many positional arguments it takes at least and at most.
  let arguments: ClosedRange<Int>
  /// Whether `--json` applies.
  let acceptsJSON: Bool

  /// The option named `name`, if this command has it.
  func option(_ name: String) -> OptionSpec? {
    options.first { $0.name == name }
  }
}
