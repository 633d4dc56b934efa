/// A command line split into its command, its arguments and its options, before
/// any value is interpreted: the one pass over the words that everything else reads.
///
/// Accepted forms, and only these: `--name value`, `--name=value`, `--flag`, `-h`;
/// `--` ends the options. Global options may stand before or after the command; a
/// command's own options stand after it. A value may not start with `--` unless
/// it is joined with `=` (`--note=--x`).
struct CommandLineScan {
  /// The command, or `nil` when none was named (`renew` alone).
  var command: CommandName?
  /// Arguments that are not options, in order.
  var arguments: [String] = []
  /// Options as given, in order, with their values (`nil` for flags). A few at
  /// most: searched, not hashed.
  var options: [(name: OptionName, value: String?)] = []
  /// Whether `--` ended the options.
  var endsOptions = false
  /// Whether `-h` or `--help` stands as an option (not as an option's value).
  var asksForHelp = false
  /// The first mistake on the line; help, when asked for, wins over it.
  var mistake: UsageError?

  /// Scans `words` (the arguments after the program name).
  ///
  /// - Throws: ``UsageError/unknownCommand(_:suggestion:)`` at once, or the first
  ///   mistake before it: help cannot be given for a command that does not exist.
  init(_ words: [String]) throws(UsageError) {
    var index = 0
    while index < words.count {
      let word = words[index]
      index += 1
      // `-5CNY` is a (negative) amount, not an option: MONEY says why it is refused.
      let isNegativeNumber =
        word.dropFirst().first?.isASCII == true
        && word.dropFirst().first?.isNumber == true
      if endsOptions || word == "-" || !word.hasPrefix("-") || isNegativeNumber {
        try take(argument: word)
      } else if word == "--" {
        endsOptions = true
      } else if word == "-h" {
        asksForHelp = true
      } else {
        index = take(option: word, at: index, in: words)
      }
    }
  }

  private mutating func take(argument word: String) throws(UsageError) {
    guard command == nil && !endsOptions else {
      arguments.append(word)
      return
    }
    guard let name = CommandName(rawValue: word) else {
      throw mistake
        ?? .unknownCommand(
          word,
          suggestion: Suggestion.closest(to: word, among: CommandName.allCases.map(\.rawValue)))
    }
    command = name
  }

  /// Takes the option `word` and, if it needs one, its value; returns the index of
  /// the next word to scan.
  private mutating func take(option word: String, at index: Int, in words: [String]) -> Int {
    guard word.hasPrefix("--") else {
      note(.unknownOption(word, command: command?.rawValue, suggestion: nil))
      return index
    }
    let body = word.dropFirst(2)
    let text = String(body.prefix { $0 != "=" })
    let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
    guard let option = OptionName(rawValue: text), let accepted = acceptance(of: option) else {
      let known = OptionName.global + (command?.spec.options.map(\.name) ?? [])
      note(
        .unknownOption(
          "--\(text)", command: command?.rawValue,
          suggestion: Suggestion.closest(to: "--\(text)", among: known.map { "--\($0.rawValue)" })
        ))
      return index
    }
    if option == .help {
      asksForHelp = true
      return index
    }
    var next = index
    var value: String?
    if let placeholder = option.placeholder {
      if let inlineValue {
        value = inlineValue
      } else if next < words.count, !words[next].hasPrefix("--") {
        value = words[next]
        next += 1
      } else {
        note(.missingValue(option: option.rawValue, placeholder: placeholder))
        return next
      }
      if !accepted.isRepeatable && options.contains(where: { $0.name == option }) {
        note(.repeatedOption(option.rawValue))
      }
    } else if inlineValue != nil {
      note(.unexpectedValue(option: option.rawValue))
      return next
    }
    options.append((option, value))
    return next
  }

  /// How `option` is taken here, or `nil` when it may not stand here: a global one
  /// anywhere, a command's own after the command.
  private func acceptance(of option: OptionName) -> OptionHelp? {
    // A global option's help is not needed to take it: building it would build
    // every command's spec (`--json` lists the commands that print JSON).
    if option.isGlobal { return OptionHelp(option, Localized(en: "", zh: "")) }
    return command?.spec.option(option)
  }

  private mutating func note(_ error: UsageError) {
    if mistake == nil { mistake = error }
  }
}
