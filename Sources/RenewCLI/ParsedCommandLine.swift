/// A command line split into its command, its arguments and its options, before
/// any value is interpreted.
///
/// Accepted forms, and only these: `--name value`, `--name=value`, `--flag`, `-h`;
/// `--` ends the options. Global options may stand before or after the command; a
/// command's own options stand after it. A value may not start with `--` unless
/// it is joined with `=` (`--note=--x`).
struct ParsedCommandLine {
  /// The command's spec; `nil` when none was named (`renew` alone).
  var command: CommandSpec?
  /// Arguments that are not options, in order.
  var arguments: [String] = []
  /// Options with their values (`nil` for flags), keyed by name without dashes.
  var options: [String: [String?]] = [:]
  /// Whether `--` ended the options.
  var endsOptions = false

  /// Whether `-h` or `--help` stands as an option before any `--`, and the command
  /// it asks about.
  ///
  /// Help wins over other mistakes on the line, but not over an unknown command,
  /// and a `-h` that is an option's value (`--note -h`) is not a request for help.
  static func helpRequest(in words: [String]) -> (isRequested: Bool, command: CommandSpec?) {
    var isRequested = false
    var command: CommandSpec?
    var sawArgument = false
    var index = 0
    while index < words.count, words[index] != "--" {
      let word = words[index]
      index += 1
      if word == "-h" || word == "--help" {
        isRequested = true
      } else if word.hasPrefix("--") {
        let name = String(word.dropFirst(2).prefix { $0 != "=" })
        if !word.contains("="), option(name, of: command)?.value != nil, index < words.count,
          !words[index].hasPrefix("--")
        {
          index += 1
        }
      } else if !sawArgument && !word.hasPrefix("-") {
        sawArgument = true
        command = CommandSpecs.spec(word)
        if command == nil { return (false, nil) }
      }
    }
    return (isRequested, command)
  }

  /// Splits `words` (the arguments after the program name).
  ///
  /// - Throws: ``UsageError`` for an unknown command or option, a missing value,
  ///   or a value given to a flag.
  static func parse(_ words: [String]) throws(UsageError) -> ParsedCommandLine {
    var line = ParsedCommandLine()
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      if optionsEnded || word == "-" || !word.hasPrefix("-") {
        if line.command == nil && !optionsEnded {
          guard let spec = CommandSpecs.spec(word) else {
            throw .unknownCommand(
              word, suggestion: Suggestion.closest(to: word, among: commandNames))
          }
          line.command = spec
        } else {
          line.arguments.append(word)
        }
        continue
      }
      if word == "--" {
        optionsEnded = true
        line.endsOptions = true
        continue
      }
      if word == "-h" {
        line.options["help", default: []].append(nil)
        continue
      }
      guard word.hasPrefix("--") else {
        throw .unknownOption(word, command: line.command?.name, suggestion: nil)
      }
      let body = word.dropFirst(2)
      let name = String(body.prefix { $0 != "=" })
      let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
      guard let spec = option(name, of: line.command) else {
        let known = (CommandSpecs.global + (line.command?.options ?? [])).map { "--\($0.name)" }
        throw .unknownOption(
          "--\(name)", command: line.command?.name,
          suggestion: Suggestion.closest(to: "--\(name)", among: known))
      }
      var value: String?
      if let placeholder = spec.value {
        if let inlineValue {
          value = inlineValue
        } else if index < words.count, !words[index].hasPrefix("--") {
          value = words[index]
          index += 1
        } else {
          throw .missingValue(option: name, placeholder: placeholder)
        }
        if line.options[name] != nil && !spec.isRepeatable { throw .repeatedOption(name) }
      } else if inlineValue != nil {
        throw .unexpectedValue(option: name)
      }
      line.options[name, default: []].append(value)
    }
    return line
  }

  private static let commandNames = CommandSpecs.all.map(\.name)

  private static func option(_ name: String, of command: CommandSpec?) -> OptionSpec? {
    CommandSpecs.global.first { $0.name == name } ?? command?.option(name)
  }
}
