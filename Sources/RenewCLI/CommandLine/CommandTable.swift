/// The help text and shape of every command: its arguments, options and formats.
///
/// Parsing, help, completions and the man page all read this table, so an
/// option cannot exist without help and a command cannot exist without a spec.
extension CommandName {
  /// The command's spec.
  var spec: CommandSpec {
    switch self {
    case .status:
      return CommandSpec(
        usage: "renew status [--all] [--within N]",
        summary: "what is due, soonest first (the default command)",
        details: """
          Lists every active card, soonest due first, with its due date, the days
          left, its state and how to renew it. States: ok, soon (within the
          card's reminder window), overdue (past due, within grace), lapsed (past
          grace: the number is presumed recycled), unknown (no expiry and no
          keep-alive). Auto-renewing cards stay due until a renewal is logged.
          """,
        options: [
          OptionHelp(.all, "include retired cards"),
          OptionHelp(.within, "only cards due within N days, or overdue"),
        ],
        examples: ["renew status", "renew status --within 30"],
        arguments: [], formats: [.text, .json])
    case .check:
      return CommandSpec(
        usage: "renew check [--within N] [--new] [--exec CMD]",
        summary: "for cron: silent unless a card needs attention",
        details: """
          Prints nothing and exits 0 when no active card is soon, overdue or
          lapsed. Otherwise prints one line per such card (name, number, due
          date, days left or overdue, how to renew) and exits 1. With --within N,
          N days replaces each card's own reminder window. With no data file at
          the path in use it says so on stderr and exits 66, so that a crontab
          without RENEW_FILE is not taken for "all is well".

          With --new it speaks once per step instead of every day: at each of a
          card's lead days, when its due date passes and when its grace ends; a
          run after missed days reports the latest step once, and a new due date
          starts again. What was reported is kept on this machine, under
          $XDG_STATE_HOME/renew (else ~/.local/state/renew), not in the data
          file. --exec runs CMD with /bin/sh -c for each card reported, with the
          card's JSON on stdin and RENEW_CARD, RENEW_NUMBER, RENEW_DUE,
          RENEW_DAYS_LEFT, RENEW_STATE and RENEW_MESSAGE set; with --new a card
          counts as reported only when CMD exits 0. A CMD that fails or runs past
          60 seconds is named on stderr, and the run exits 69.
          """,
        options: [
          OptionHelp(.within, "warn N days ahead instead of each card's window"),
          OptionHelp(.new, "only what was not reported before: once per step"),
          OptionHelp(.exec, "run CMD for each card reported (a push, a mail)"),
        ],
        examples: [
          "renew check", "0 8 * * *  renew check    # in crontab: mail only when due",
          "renew check --new --exec 'curl -s -d \"$RENEW_MESSAGE\" ntfy.sh/my-renew'",
        ],
        arguments: [], formats: [.text, .json])
    case .add:
      return CommandSpec(
        usage: "renew add NAME --number N [OPTIONS]",
        summary: "add a card",
        details: """
          Adds a card. NAME must be unique, ignoring case. Give an expiry for
          prepaid validity, a keep-alive window for "some activity every N days",
          or both: the card is due at whichever comes first. A card with neither
          is added with a warning: 'renew check' can never report it.
          """,
        options: CommandSpec.cardOptions(for: .add),
        examples: [
          "renew add \"Smart PH\" --number \"+63 917 123 4567\" --country PH --kind sim \\\n"
            + "    --expires 2026-12-31 --period 1y --price \"300 PHP\" --method app",
          "renew add giffgaff --number 07700900123 --country GB --keep-alive 180d --grace 30d",
        ],
        arguments: [.name], formats: [.text])
    case .edit:
      return CommandSpec(
        usage: "renew edit CARD [OPTIONS]",
        summary: "change a card",
        details: """
          Changes the fields given and leaves the rest. --method and --tag replace
          the whole list. --expires sets the expiry outright and starts a new
          cycle. --clear FIELD empties an optional field: one of
          \(OptionValues.clearable.map(\.rawValue).joined(separator: ", ")).
          """,
        options: CommandSpec.cardOptions(for: .edit),
        examples: ["renew edit \"Smart PH\" --price \"350 PHP\" --clear note"],
        arguments: [.card], formats: [.text])
    case .list:
      return CommandSpec(
        usage: "renew list [--tag T]",
        summary: "list cards, retired ones too",
        details: "Lists every card with its number, country, carrier, kind, plan and tags.",
        options: [OptionHelp(.field(.tags), "only cards with this tag", repeatable: false)],
        examples: ["renew list --tag bank"],
        arguments: [], formats: [.text, .json])
    case .show:
      return CommandSpec(
        usage: "renew show CARD",
        summary: "show one card",
        details: """
          Shows every field of a card, its due date and state, and its latest
          history. CARD is a name (any case), a unique prefix of a name, or the
          last four or more digits of a number.
          """,
        options: [], examples: ["renew show smart", "renew show 4567"],
        arguments: [.card], formats: [.text, .json])
    case .remove:
      return CommandSpec(
        usage: "renew remove CARD --yes",
        summary: "delete a card and its history",
        details: """
          Deletes the card and all its history. Without --yes it asks when run on
          a terminal and refuses otherwise. 'renew retire' keeps the history.
          """,
        options: [OptionHelp(.yes, "do not ask")],
        examples: ["renew remove \"Old Vodafone\" --yes"],
        arguments: [.card], formats: [.text])
    case .retire:
      return CommandSpec(
        usage: "renew retire CARD",
        summary: "stop tracking a card but keep its history",
        details: "A retired card leaves status and check; 'renew status --all' still shows it.",
        options: [], examples: ["renew retire \"Old Vodafone\""],
        arguments: [.card], formats: [.text])
    case .unretire:
      return CommandSpec(
        usage: "renew unretire CARD",
        summary: "track a retired card again",
        details: "Brings a retired card back into status and check.",
        options: [], examples: ["renew unretire \"Old Vodafone\""],
        arguments: [.card], formats: [.text])
    case .log:
      return CommandSpec(
        usage: "renew log CARD [--on DATE] [--for P | --until DATE] [OPTIONS]",
        summary: "record a renewal and move the expiry",
        details: """
          Records a renewal. On or before the expiry, the period stacks onto the
          current expiry; after it, the period counts from the renewal date.
          --until sets the new expiry outright. Months keep the cycle's day,
          clamped to the month's length (Jan 31, Feb 28, Mar 31). A renewal also
          counts as keep-alive activity. --on may not be in the future; --on due
          dates the renewal on the card's due date, for an auto-renew charge
          confirmed late. An --until before the current expiry shortens it, with a
          warning.
          """,
        options: [
          OptionHelp(.on, "when you renewed (default today; 'due': the due date)"),
          OptionHelp(.for, "how long it extends (default: the plan's period)"),
          OptionHelp(.until, "the new expiry, outright"),
          OptionHelp(.amount, "what you paid (default: the price, for the plan's period)"),
          OptionHelp(
            .field(.methods), "how: online, app, phone, store, auto, ...", repeatable: false),
          OptionHelp(.via, "through whom: Alipay, GCash, a shop"),
          OptionHelp(.receipt, "a receipt or order number"),
          OptionHelp(.field(.note), "a note"),
        ],
        examples: [
          "renew log \"Smart PH\" --amount \"300 PHP\" --via GCash",
          "renew log giffgaff --on yesterday --for 1m --amount \"10 GBP\"",
          "renew log \"US Virtual\" --on due     # the PayPal charge went through",
        ],
        arguments: [.card], formats: [.text])
    case .touch:
      return CommandSpec(
        usage: "renew touch CARD [--on DATE] [--note TEXT]",
        summary: "record keep-alive activity (a call, an SMS)",
        details: "Records activity that restarts the card's keep-alive window.",
        options: [
          OptionHelp(.on, "when (default today; not in the future; 'due': the due date)"),
          OptionHelp(.field(.note), "what you did"),
        ],
        examples: ["renew touch giffgaff --note \"sent an SMS\""],
        arguments: [.card], formats: [.text])
    case .balance:
      return CommandSpec(
        usage: "renew balance CARD MONEY [--on DATE] [--note TEXT]",
        summary: "record what the carrier says the balance is",
        details: """
          Records the card's balance as the carrier reports it: the balance
          during that day, after any charge made that day. A plan paid from the
          balance (--from-balance) is projected from the latest reading.
          """,
        options: [
          OptionHelp(
            .on, "when (default today; not in the future; 'due': the due date)"),
          OptionHelp(.field(.note), "a note"),
        ],
        examples: ["renew balance 中国移动 \"42 CNY\""],
        arguments: [.card, .money], formats: [.text])
    case .topUp:
      return CommandSpec(
        usage: "renew top-up CARD MONEY [--on DATE] [--via VIA] [--receipt REF] [--note TEXT]",
        summary: "record money added to the balance",
        details: """
          Records money added to the card's balance. It counts as activity for
          the keep-alive window; by itself it does not move the expiry, but a
          plan paid from the balance (--from-balance) is charged from it.
          """,
        options: [
          OptionHelp(
            .on, "when (default today; not in the future; 'due': the due date)"),
          OptionHelp(.via, "how you paid: Alipay, a voucher"),
          OptionHelp(.receipt, "a receipt or order number"),
          OptionHelp(.field(.note), "a note"),
        ],
        examples: ["renew top-up 中国移动 \"20 CNY\" --via Alipay"],
        arguments: [.card, .money], formats: [.text])
    case .unlog:
      return CommandSpec(
        usage: "renew unlog CARD [ENTRY]",
        summary: "remove a history entry and replay the rest",
        details: """
          Removes one entry from a card's history: the one whose id (as 'renew
          history' shows it) is or starts with ENTRY, or without ENTRY the one
          recorded last. The rest of the history is replayed, and the card's
          expiry and due date are what it now says. 'renew undo' brings the entry
          back.
          """,
        options: [],
        examples: ["renew unlog \"Smart PH\"", "renew unlog giffgaff 7kq2"],
        arguments: [.card, .optionalEntry], formats: [.text])
    case .history:
      return CommandSpec(
        usage: "renew history [CARD]",
        summary: "renewals and activity, newest first",
        details: "Lists renewals and activity of one card, or of every card.",
        options: [], examples: ["renew history", "renew history smart --json"],
        arguments: [.optionalCard], formats: [.text, .json])
    case .spend:
      return CommandSpec(
        usage:
          "renew spend [CARD] [--year YYYY | --since DATE [--until DATE]] [--by G] "
          + "[--in CUR --rate CUR=N ...]",
        summary: "what your numbers cost: renewals and top-ups paid",
        details: """
          Adds up the amounts of renewals and top-ups (never balance readings or
          projected charges) of one card or every card, from the 12 months up to
          today unless --year or --since says, grouped by card, month or year,
          with a total per currency: different currencies are never added
          together. --in converts every amount into one currency at the rates
          you give (one USD is 7.10 CNY: --rate USD=7.10), exactly, rounding half
          to even to cents only at the end; a currency without a rate is refused.
          renew never fetches rates.
          """,
        options: [
          OptionHelp(.year, "one calendar year"),
          OptionHelp(.since, "the first day counted"),
          OptionHelp(.until, "the last day counted (default today)"),
          OptionHelp(.by, "group by card (the default), month or year"),
          OptionHelp(.in, "convert every amount into this currency"),
          OptionHelp(.rate, "what one CUR is in the --in currency: USD=7.10"),
        ],
        examples: [
          "renew spend --year 2026",
          "renew spend --by month --in CNY --rate USD=7.10 --rate GBP=9.05",
        ],
        arguments: [.optionalCard], formats: [.text, .json])
    case .forecast:
      return CommandSpec(
        usage: "renew forecast [--months N]",
        summary: "what keeping every number costs, month by month",
        details: """
          A grid of cards and months from this month on: for each active card
          with an expiry, a plan period and a price, the renewals its plan needs
          (every expiry in the range; an expiry already past is renewed this
          month), and for a plan paid from the balance the top-ups that let each
          charge go through. Totals per currency for each month and for the
          range; '!' marks the month a number is lost if nothing is done (its
          grace ends, or its due date passes).
          """,
        options: [OptionHelp(.months, "how many months, this one included (default 12)")],
        examples: ["renew forecast", "renew forecast --months 6 --json"],
        arguments: [], formats: [.text, .json])
    case .calendar:
      return CommandSpec(
        usage: "renew calendar [--out FILE] [--all]",
        summary: "an iCalendar file of due dates, with alarms",
        details: """
          Prints an iCalendar (RFC 5545) file: for each active card with a due
          date, an all-day event on that day with an alarm at each of its lead
          days, and an event on the last recoverable day when it has grace. Each
          event keeps its UID, so a subscribed calendar updates it instead of
          adding another, and the same data gives the same bytes. --out replaces
          FILE all at once, for a synced folder refreshed from cron.
          """,
        options: [
          OptionHelp(.out, "write to FILE (replaced all at once) instead of stdout"),
          OptionHelp(.all, "retired cards too"),
        ],
        examples: ["renew calendar --out ~/Sync/renew.ics"],
        arguments: [], formats: [.text])
    case .backups:
      return CommandSpec(
        usage: "renew backups",
        summary: "list the backups kept before each change",
        details: """
          Every change first keeps the previous document in a folder beside the
          data file (the last 20). Lists them, newest first, with the change
          that came after each.
          """,
        options: [], examples: ["renew backups"],
        arguments: [], formats: [.text])
    case .undo:
      return CommandSpec(
        usage: "renew undo [--force]",
        summary: "restore the state before the last change",
        details: """
          Restores the newest backup and says what it undid; run again, it steps
          further back. An undo is not itself undoable, but the document it
          replaced is kept as undone.json in the backups folder.

          When the file was changed outside renew since renew last wrote it (a
          hand edit, a git pull, a sync tool), undo refuses, because restoring
          the backup would lose that change. --force restores it anyway, and
          first keeps the changed file as outside-NNNNNN.json in the backups
          folder, where renew never removes it.
          """,
        options: [
          OptionHelp(.force, "undo even over a file changed outside renew; keep that file")
        ],
        examples: ["renew undo", "renew undo --force"],
        arguments: [], formats: [.text])
    case .help:
      return CommandSpec(
        usage: "renew help [COMMAND]",
        summary: "show help for renew or for one command",
        details: "Shows the list of commands, or one command's options and examples.",
        options: [], examples: ["renew help log"],
        arguments: [.optionalCommand], formats: [.text])
    }
  }
}
