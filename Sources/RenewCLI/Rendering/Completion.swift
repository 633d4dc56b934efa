import RenewKit

/// The shells `renew completion` writes a script for.
enum Shell: String, CaseIterable, Sendable {
  /// GNU bash, through `complete -F`.
  case bash
  /// zsh, through its bash completion layer (`bashcompinit`).
  case zsh
  /// fish, through `complete -c`.
  case fish
}

/// What a shell may offer after an option, or where an argument stands.
enum ValueCompletion: Equatable, Sendable {
  /// Nothing: the value is the user's own (a number, a note, an amount).
  case none
  /// One of these words.
  case words([String])
  /// A file name.
  case files
  /// A card's name, asked of renew (`renew list --names`).
  case cards
  /// A command's name.
  case commands
}

extension OptionName {
  /// What a shell may offer as this option's value; `nil` for a flag.
  var completion: ValueCompletion? {
    let days = ["today", "yesterday", "tomorrow"]
    switch self {
    case .json, .noColor, .help, .version, .off, .all, .yes, .force, .new, .names, .history,
      .update, .dryRun:
      return nil
    case .format: return .words(DataFormat.allCases.map(\.rawValue))
    case .field(let field):
      switch field.storage {
      case .kind: return .words(CardKind.allCases.map(\.rawValue))
      case .methods: return .words(RenewalMethod.allCases.map(\.rawValue))
      case .period: return .words(["30d", "90d", "180d", "1m", "3m", "1y"])
      case .flag: return nil
      case .requiredText, .text, .country, .money, .leadDays, .tags: return ValueCompletion.none
      }
    case .file, .out: return .files
    case .lang: return .words(Language.allCases.map(\.rawValue))
    case .today, .expires, .until, .since: return .words(days)
    // An entry is never dated in the future: `--on tomorrow` is refused.
    case .on: return .words(["today", "yesterday", "due"])
    case .for: return .words(["30d", "1m", "3m", "1y"])
    case .by: return .words(SpendGrouping.allCases.map(\.rawValue))
    case .clear: return .words(OptionValues.clearable.map(\.rawValue))
    case .name, .within, .amount, .via, .receipt, .balance, .year, .in, .rate, .months, .exec:
      return ValueCompletion.none
    }
  }
}

/// The completion scripts, made from the command table that parses the command
/// line, so that they cannot offer an option the parser refuses.
enum Completion {
  /// The script for `shell`; descriptions (fish, zsh) in `language`.
  static func script(for shell: Shell, in language: Language) -> String {
    switch shell {
    case .bash: return bash()
    case .zsh: return zsh(in: language)
    case .fish: return fish(in: language)
    }
  }

  /// Every option a command takes, its own and then the global ones; `--json`
  /// only where the command prints JSON (with no command, `status` runs).
  private static func options(of command: CommandName?) -> [OptionName] {
    let formats = (command ?? .status).spec.formats
    return (command?.spec.options.map(\.name) ?? [])
      + OptionName.global.filter { $0 != .json || formats.contains(.json) }
  }

  /// `--name` for each option, `-h` for help.
  private static func labels(_ options: [OptionName]) -> String {
    options.map { "--\($0.rawValue)" }.joined(separator: " ")
  }

  /// The shell words that list the card names of the data file the command line
  /// names (`--file`), one per line.
  private static let cardNames = "renew ${file:+--file \"$file\"} list --names 2>/dev/null"

  /// The bash functions the script's `_renew` calls: reading a typed word as the
  /// shell would (`Smart\\ P`, `"Smart P`, `~/x.json`), then offering card names
  /// or files for it.
  private static let bashHelpers = """
    # _renew_dequote WORD VAR: sets VAR to WORD as the shell reads it: without
    # backslashes and quotes, and with ~/ the home folder.
    _renew_dequote() {
      local word=$1 plain="" i
      case $word in
        \\"*) word=${word#\\"}; word=${word%\\"} ;;
        \\'*) word=${word#\\'}; word=${word%\\'} ;;
        \\~/*) word=$HOME/${word#\\~/} ;;
      esac
      if [[ $1 == [\\"\\']* ]]; then
        plain=$word
      else
        for ((i = 0; i < ${#word}; i++)); do
          [[ ${word:$i:1} == \\\\ ]] && ((i++))
          plain+=${word:$i:1}
        done
      fi
      printf -v "$2" '%s' "$plain"
    }

    # The card names that start with the word being completed, quoted as it is.
    _renew_cards() {
      local name prefix typed=$cur i=$COMP_CWORD done
      COMPREPLY=()
      # bash splits words at ':' (COMP_WORDBREAKS): 'UK:E' comes as 'UK' ':' 'E'.
      while ((i > 2)) && [[ ${COMP_WORDS[i-1]} == : || ${COMP_WORDS[i]} == : ]]; do
        typed=${COMP_WORDS[i-1]}$typed
        ((i--))
      done
      [[ $typed == *:* ]] && done=${typed%"${typed##*:}"}
      _renew_dequote "$typed" prefix
      while IFS= read -r name; do
        [[ $name == "$prefix"* ]] || continue
        # bash replaces only what follows the last ':' typed.
        name=${name#"$done"}
        if [[ $typed == [\\"\\']* ]]; then
          COMPREPLY+=("$name")
        else
          COMPREPLY+=("$(printf '%q' "$name")")
        fi
      done < <(\(cardNames))
    }

    # The files that start with the word being completed; bash quotes them.
    _renew_files() {
      local found prefix
      COMPREPLY=()
      type compopt &>/dev/null && compopt -o filenames 2>/dev/null
      _renew_dequote "$cur" prefix
      # compgen reads ~ itself, and offers names that keep it.
      [[ $cur == \\~/* ]] && prefix=\\~${prefix#"$HOME"}
      while IFS= read -r found; do
        COMPREPLY+=("$found")
      done < <(compgen -f -- "$prefix")
    }
    """

  private static func bash() -> String {
    let commands = CommandName.allCases.map(\.rawValue).joined(separator: " ")
    var valueCases = ""
    var quiet: [String] = []
    for option in OptionName.allCases {
      switch option.completion {
      case nil: continue
      case .words(let words)?:
        valueCases += "    --\(option.rawValue)) words=\"\(words.joined(separator: " "))\" ;;\n"
      case .files?:
        valueCases += "    --\(option.rawValue)) _renew_files; return ;;\n"
      case .none?, .cards?, .commands?:
        quiet.append("--\(option.rawValue)")
      }
    }
    valueCases += "    \(quiet.joined(separator: "|"))) return ;;\n"
    var optionCases = ""
    for command in CommandName.allCases {
      optionCases += "      \(command.rawValue)) words=\"\(labels(options(of: command)))\" ;;\n"
    }
    optionCases += "      *) words=\"\(labels(options(of: nil)))\" ;;\n"
    // Each argument by its place after the command: `log:0` is log's CARD.
    var argumentCases = ""
    for command in CommandName.allCases {
      for (position, argument) in command.spec.arguments.enumerated() {
        let label = "    \(command.rawValue):\(position))"
        switch argument.completion {
        case .cards: argumentCases += "\(label) _renew_cards; return ;;\n"
        case .commands: argumentCases += "\(label) words=\"\(commands)\" ;;\n"
        case .words(let words):
          argumentCases += "\(label) words=\"\(words.joined(separator: " "))\" ;;\n"
        case .files: argumentCases += "\(label) _renew_files; return ;;\n"
        case .none: continue
        }
      }
    }
    // The options whose value is the next word, so that it is no argument.
    let valued = OptionName.allCases.filter { $0.placeholder != nil }.map { "--\($0.rawValue)" }
      .joined(separator: " ")
    return """
      # bash completion for renew, made by 'renew completion bash'.
      # Load it with: source <(renew completion bash)

      \(bashHelpers)

      _renew() {
        local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
        local command="" file="" words="" i position=0 ended=""
        # bash splits --opt=value at '=' (COMP_WORDBREAKS): '--kind' '=' 'v'.
        if [[ $cur == = ]]; then
          cur=""
        elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
          prev=${COMP_WORDS[COMP_CWORD-2]}
        fi
        # The word being completed starts before any ':' bash split it at.
        local start=$COMP_CWORD
        while ((start > 2)) && [[ ${COMP_WORDS[start-1]} == : || ${COMP_WORDS[start]} == : ]]; do
          ((start--))
        done
        for ((i = 1; i < start; i++)); do
          case ${COMP_WORDS[i]} in
            --file)
              if [[ ${COMP_WORDS[i+1]} == = ]]; then
                _renew_dequote "${COMP_WORDS[i+2]}" file
              else
                _renew_dequote "${COMP_WORDS[i+1]}" file
              fi
              ;;
            --file=*) _renew_dequote "${COMP_WORDS[i]#--file=}" file ;;
          esac
          if [[ -z $command ]]; then
            case " \(commands) " in
              *" ${COMP_WORDS[i]} "*) command=${COMP_WORDS[i]}; continue ;;
            esac
          fi
          # Count the arguments after the command; an option's value is none.
          if [[ -z $ended && ${COMP_WORDS[i]} == -- ]]; then
            ended=1
          elif [[ -z $ended && ${COMP_WORDS[i]} == -?* ]]; then
            if [[ " \(valued) " == *" ${COMP_WORDS[i]} "* ]]; then
              [[ ${COMP_WORDS[i+1]} == = ]] && ((i++))
              ((i++))
            fi
          elif [[ -n $command && ${COMP_WORDS[i]} != [=:] && ${COMP_WORDS[i-1]} != : ]]; then
            # A ':' joins the words around it into one, as it was typed.
            ((position++))
          fi
        done
        case $prev in
      \(valueCases)  esac
        if [[ -n $words ]]; then
          COMPREPLY=($(compgen -W "$words" -- "$cur"))
          return
        fi
        if [[ $cur == -* ]]; then
          case $command in
      \(optionCases)    esac
          COMPREPLY=($(compgen -W "$words" -- "$cur"))
          return
        fi
        if [[ -z $command ]]; then
          COMPREPLY=($(compgen -W "\(commands)" -- "$cur"))
          return
        fi
        case $command:$position in
      \(argumentCases)  esac
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
      }

      complete -F _renew renew

      """
  }

  private static func zsh(in language: Language) -> String {
    // zsh runs the bash function through its bashcompinit layer.
    """
    #compdef renew
    # zsh completion for renew, made by 'renew completion zsh'.
    # Load it with: source <(renew completion zsh)
    # bashcompinit needs zsh's completion system: start it if .zshrc did not.
    (( $+functions[compdef] )) || { autoload -Uz compinit && compinit }
    autoload -U +X bashcompinit && bashcompinit

    """
      + bash().split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
      .joined(separator: "\n")
  }

  private static func fish(in language: Language) -> String {
    let commands = CommandName.allCases.map(\.rawValue).joined(separator: " ")
    let valued = OptionName.allCases.filter { $0.placeholder != nil }.map { "--\($0.rawValue)" }
      .joined(separator: " ")
    func quoted(_ text: String) -> String {
      "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }
    func option(_ help: OptionHelp, condition: String) -> String {
      var line = "complete -c renew -n \(quoted(condition)) -l \(help.name.rawValue)"
      switch help.name.completion {
      case nil: break
      case .words(let words)?: line += " -x -a \(quoted(words.joined(separator: " ")))"
      case .files?: line += " -r -F"
      case .cards?, .commands?, .none?: line += " -x"
      }
      return line + " -d \(quoted(help.help.text(in: language)))\n"
    }
    var text = """
      # fish completion for renew, made by 'renew completion fish'.
      # Load it with: renew completion fish | source

      function __renew_cards
          set -l words (commandline -opc)
          set -l file
          for i in (seq (count $words))
              if test "$words[$i]" = --file; and test $i -lt (count $words)
                  set file $words[(math $i + 1)]
              else if string match -q -- '--file=*' $words[$i]
                  set file (string replace -- '--file=' '' $words[$i])
              end
          end
          # The line's words come as typed: a leading ~ is the home folder.
          set file (string replace -r -- '^~(?=/|$)' $HOME "$file")
          if test -n "$file"
              renew --file $file list --names 2>/dev/null
          else
              renew list --names 2>/dev/null
          end
      end

      # How many arguments the command already has: options and their values aside.
      function __renew_position
          set -l count 0
          set -l command
          set -l skip 0
          for word in (commandline -opc)[2..-1]
              if test $skip -eq 1
                  set skip 0
              else if string match -q -- '-?*' $word
                  contains -- $word \(valued); and set skip 1
              else if test -z "$command"
                  contains -- $word \(commands); and set command $word
              else
                  set count (math $count + 1)
              end
          end
          echo $count
      end

      complete -c renew -f

      """
    for command in CommandName.allCases {
      text += "complete -c renew -n \(quoted("not __fish_seen_subcommand_from \(commands)"))"
      text += " -a \(command.rawValue) -d \(quoted(command.spec.summary.text(in: language)))\n"
    }
    // `--json` only where it is taken: no command (`status`), or one that prints JSON.
    let textOnly = CommandName.allCases.filter { !$0.spec.formats.contains(.json) }
      .map(\.rawValue).joined(separator: " ")
    for help in CommandSpec.globalOptions {
      text += option(
        help, condition: help.name == .json ? "not __fish_seen_subcommand_from \(textOnly)" : "true"
      )
    }
    for command in CommandName.allCases {
      let condition = "__fish_seen_subcommand_from \(command.rawValue)"
      for help in command.spec.options { text += option(help, condition: condition) }
      // Each argument at its own place after the command.
      for (position, argument) in command.spec.arguments.enumerated() {
        let at = quoted("\(condition); and test (__renew_position) -eq \(position)")
        switch argument.completion {
        case .cards: text += "complete -c renew -n \(at) -x -a '(__renew_cards)'\n"
        case .commands: text += "complete -c renew -n \(at) -x -a \(quoted(commands))\n"
        case .words(let words):
          text += "complete -c renew -n \(at) -x -a \(quoted(words.joined(separator: " ")))\n"
        case .files: text += "complete -c renew -n \(at) -F\n"
        case .none: break
        }
      }
    }
    return text
  }
}
