import Testing

/// Every help text, word for word, so that a change to any of them is a visible
/// decision; ``HelpTests`` checks that each way of asking prints these.
@Suite("Help text")
struct HelpTextTests {
  /// `renew --help`.
  static let overviewText = """
    renew - keep phone numbers alive: expiry dates, keep-alive windows and renewals

    Usage: renew [COMMAND] [OPTIONS]

    Everyday:
      status   what is due, soonest first (the default command)
      check    for cron: silent unless a card needs attention
      log      record a renewal and move the expiry
      touch    record keep-alive activity (a call, an SMS)
      unlog    remove a history entry and replay the rest
      balance  record what the carrier says the balance is
      top-up   record money added to the balance

    Cards:
      add       add a card
      edit      change a card
      list      list cards, retired ones too
      show      show one card
      retire    stop tracking a card but keep its history
      unretire  track a retired card again
      remove    delete a card and its history

    History and data:
      history   renewals and activity, newest first
      spend     what your numbers cost: renewals and top-ups paid
      forecast  what keeping every number costs, month by month
      calendar  an iCalendar file of due dates, with alarms
      backups   list the backups kept before each change
      undo      restore the state before the last change
      help      show help for renew or for one command

    Global options (before or after the command):
      --file PATH   use this data file instead of the default
      --today DATE  act as if today were DATE (also $RENEW_TODAY)
      --json        print JSON (status, check, list, show, history, spend, forecast)
      --no-color    never colour the output (also NO_COLOR, TERM=dumb)
      -h, --help    show help
      --version     show the version

    CARD is a card's name (any case), a unique prefix of a name, or the last
    four or more digits of its number. DATE is YYYY-MM-DD, today, yesterday or
    tomorrow. A period P is a number and d, w, m or y (30d, 2w, 1m, 1y). MONEY
    is an amount and an ISO 4217 code ("12.50 USD").

    Data file: --file, else $RENEW_FILE, else $XDG_DATA_HOME/renew/renew.json,
    else ~/.local/share/renew/renew.json.

    Run 'renew help COMMAND' for a command's options and examples.

    """

  /// `renew help COMMAND`, for every command.
  static let commandTexts: [String: String] = [
    "status": """
    Usage: renew status [--all] [--within N]

    What is due, soonest first (the default command).

    Lists every active card, soonest due first, with its due date, the days
    left, its state and how to renew it. States: ok, soon (within the
    card's reminder window), overdue (past due, within grace), lapsed (past
    grace: the number is presumed recycled), unknown (no expiry and no
    keep-alive). Auto-renewing cards stay due until a renewal is logged.

    Options:
      --all       include retired cards
      --within N  only cards due within N days, or overdue

    Examples:
      renew status
      renew status --within 30

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "check": """
    Usage: renew check [--within N] [--new] [--exec CMD]

    For cron: silent unless a card needs attention.

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

    Options:
      --within N  warn N days ahead instead of each card's window
      --new       only what was not reported before: once per step
      --exec CMD  run CMD for each card reported (a push, a mail)

    Examples:
      renew check
      0 8 * * *  renew check    # in crontab: mail only when due
      renew check --new --exec 'curl -s -d "$RENEW_MESSAGE" ntfy.sh/my-renew'

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "log": """
    Usage: renew log CARD [--on DATE] [--for P | --until DATE] [OPTIONS]

    Record a renewal and move the expiry.

    Records a renewal. On or before the expiry, the period stacks onto the
    current expiry; after it, the period counts from the renewal date.
    --until sets the new expiry outright. Months keep the cycle's day,
    clamped to the month's length (Jan 31, Feb 28, Mar 31). A renewal also
    counts as keep-alive activity. --on may not be in the future; --on due
    dates the renewal on the card's due date, for an auto-renew charge
    confirmed late. An --until before the current expiry shortens it, with a
    warning.

    Options:
      --on DATE       when you renewed (default today; 'due': the due date)
      --for P         how long it extends (default: the plan's period)
      --until DATE    the new expiry, outright
      --amount MONEY  what you paid (default: the price, for the plan's period)
      --method M      how: online, app, phone, store, auto, ...
      --via VIA       through whom: Alipay, GCash, a shop
      --receipt REF   a receipt or order number
      --note TEXT     a note

    Examples:
      renew log "Smart PH" --amount "300 PHP" --via GCash
      renew log giffgaff --on yesterday --for 1m --amount "10 GBP"
      renew log "US Virtual" --on due     # the PayPal charge went through

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "touch": """
    Usage: renew touch CARD [--on DATE] [--note TEXT]

    Record keep-alive activity (a call, an SMS).

    Records activity that restarts the card's keep-alive window.

    Options:
      --on DATE    when (default today; not in the future; 'due': the due date)
      --note TEXT  what you did

    Example:
      renew touch giffgaff --note "sent an SMS"

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "unlog": """
    Usage: renew unlog CARD [ENTRY]

    Remove a history entry and replay the rest.

    Removes one entry from a card's history: the one whose id (as 'renew
    history' shows it) is or starts with ENTRY, or without ENTRY the one
    recorded last. The rest of the history is replayed, and the card's
    expiry and due date are what it now says. 'renew undo' brings the entry
    back.

    Examples:
      renew unlog "Smart PH"
      renew unlog giffgaff 7kq2

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "balance": """
    Usage: renew balance CARD MONEY [--on DATE] [--note TEXT]

    Record what the carrier says the balance is.

    Records the card's balance as the carrier reports it: the balance
    during that day, after any charge made that day. A plan paid from the
    balance (--from-balance) is projected from the latest reading.

    Options:
      --on DATE    when (default today; not in the future; 'due': the due date)
      --note TEXT  a note

    Example:
      renew balance 中国移动 "42 CNY"

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "top-up": """
    Usage: renew top-up CARD MONEY [--on DATE] [--via VIA] [--receipt REF] [--note TEXT]

    Record money added to the balance.

    Records money added to the card's balance. It counts as activity for
    the keep-alive window; by itself it does not move the expiry, but a
    plan paid from the balance (--from-balance) is charged from it.

    Options:
      --on DATE      when (default today; not in the future; 'due': the due date)
      --via VIA      how you paid: Alipay, a voucher
      --receipt REF  a receipt or order number
      --note TEXT    a note

    Example:
      renew top-up 中国移动 "20 CNY" --via Alipay

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "add": """
    Usage: renew add NAME --number N [OPTIONS]

    Add a card.

    Adds a card. NAME must be unique, ignoring case. Give an expiry for
    prepaid validity, a keep-alive window for "some activity every N days",
    or both: the card is due at whichever comes first. A card with neither
    is added with a warning: 'renew check' can never report it.

    Options:
      --number N          the phone number, as you write it
      --country CC        ISO 3166 country code, such as PH or GB
      --carrier C         the carrier's name
      --kind K            sim, esim or virtual
      --expires DATE      last day of validity; starts a new cycle
      --on DATE           when --expires was true (default today, or the expiry if past)
      --period P          what one renewal buys: 30d, 2w, 1m, 1y
      --price MONEY       what one renewal costs: "10.00 USD"
      --keep-alive P      activity needed within this window: 180d
      --grace P           how long after the due date it can be saved
      --remind DAYS       days before the due date to warn: 7, or 30,7,1 (default 7)
      --method M          online, app, phone, store, auto, third-party, kiosk or sms
      --how TEXT          how to renew, in words: "send 101 to 10086"
      --auto-renew        the carrier charges a bound payment method
      --pay VIA           how you pay, or what auto-renew charges: PayPal, Visa 4242
      --balance MONEY     what the carrier says the balance is today
      --from-balance      the plan renews itself from the balance (needs --price)
      --min-top-up MONEY  the least a top-up may be: "10 CNY"
      --tag T             a label for grouping
      --note TEXT         a note

    Examples:
      renew add "Smart PH" --number "+63 917 123 4567" --country PH --kind sim \\
        --expires 2026-12-31 --period 1y --price "300 PHP" --method app
      renew add giffgaff --number 07700900123 --country GB --keep-alive 180d --grace 30d

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "edit": """
    Usage: renew edit CARD [OPTIONS]

    Change a card.

    Changes the fields given and leaves the rest. --method and --tag replace
    the whole list. --expires sets the expiry outright and starts a new
    cycle. --clear FIELD empties an optional field: one of
    country, carrier, kind, expires, period, price, keep-alive, grace,
    remind, method, how, pay, min-top-up, tag, note.

    Options:
      --name NEW          rename the card
      --number N          the phone number, as you write it
      --country CC        ISO 3166 country code, such as PH or GB
      --carrier C         the carrier's name
      --kind K            sim, esim or virtual
      --expires DATE      last day of validity; starts a new cycle
      --on DATE           when --expires was true (default today, or the expiry if past)
      --period P          what one renewal buys: 30d, 2w, 1m, 1y
      --price MONEY       what one renewal costs: "10.00 USD"
      --keep-alive P      activity needed within this window: 180d
      --grace P           how long after the due date it can be saved
      --remind DAYS       days before the due date to warn: 7, or 30,7,1 (default 7)
      --method M          online, app, phone, store, auto, third-party, kiosk or sms
      --how TEXT          how to renew, in words: "send 101 to 10086"
      --auto-renew        the carrier charges a bound payment method
      --pay VIA           how you pay, or what auto-renew charges: PayPal, Visa 4242
      --balance MONEY     what the carrier says the balance is today
      --from-balance      the plan renews itself from the balance (needs --price)
      --min-top-up MONEY  the least a top-up may be: "10 CNY"
      --tag T             a label for grouping
      --note TEXT         a note
      --no-auto-renew     the carrier no longer charges by itself
      --no-from-balance   the plan is no longer paid from the balance
      --clear FIELD       empty an optional field

    Example:
      renew edit "Smart PH" --price "350 PHP" --clear note

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "list": """
    Usage: renew list [--tag T]

    List cards, retired ones too.

    Lists every card with its number, country, carrier, kind, plan and tags.

    Options:
      --tag T  only cards with this tag

    Example:
      renew list --tag bank

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "show": """
    Usage: renew show CARD

    Show one card.

    Shows every field of a card, its due date and state, and its latest
    history. CARD is a name (any case), a unique prefix of a name, or the
    last four or more digits of a number.

    Examples:
      renew show smart
      renew show 4567

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "retire": """
    Usage: renew retire CARD

    Stop tracking a card but keep its history.

    A retired card leaves status and check; 'renew status --all' still shows
    it.

    Example:
      renew retire "Old Vodafone"

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "unretire": """
    Usage: renew unretire CARD

    Track a retired card again.

    Brings a retired card back into status and check.

    Example:
      renew unretire "Old Vodafone"

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "remove": """
    Usage: renew remove CARD --yes

    Delete a card and its history.

    Deletes the card and all its history. Without --yes it asks when run on
    a terminal and refuses otherwise. 'renew retire' keeps the history.

    Options:
      --yes  do not ask

    Example:
      renew remove "Old Vodafone" --yes

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "history": """
    Usage: renew history [CARD]

    Renewals and activity, newest first.

    Lists renewals and activity of one card, or of every card.

    Examples:
      renew history
      renew history smart --json

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "spend": """
    Usage: renew spend [CARD] [--year YYYY | --since DATE [--until DATE]] [--by G] [--in CUR --rate CUR=N ...]

    What your numbers cost: renewals and top-ups paid.

    Adds up the amounts of renewals and top-ups (never balance readings or
    projected charges) of one card or every card, from the 12 months up to
    today unless --year or --since says, grouped by card, month or year,
    with a total per currency: different currencies are never added
    together. --in converts every amount into one currency at the rates
    you give (one USD is 7.10 CNY: --rate USD=7.10), exactly, rounding half
    to even to cents only at the end; a currency without a rate is refused.
    renew never fetches rates.

    Options:
      --year YYYY   one calendar year
      --since DATE  the first day counted
      --until DATE  the last day counted (default today)
      --by G        group by card (the default), month or year
      --in CUR      convert every amount into this currency
      --rate CUR=N  what one CUR is in the --in currency: USD=7.10

    Examples:
      renew spend --year 2026
      renew spend --by month --in CNY --rate USD=7.10 --rate GBP=9.05

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "forecast": """
    Usage: renew forecast [--months N]

    What keeping every number costs, month by month.

    A grid of cards and months from this month on: for each active card
    with an expiry, a plan period and a price, the renewals its plan needs
    (every expiry in the range; an expiry already past is renewed this
    month), and for a plan paid from the balance the top-ups that let each
    charge go through. Totals per currency for each month and for the
    range; '!' marks the month a number is lost if nothing is done (its
    grace ends, or its due date passes).

    Options:
      --months N  how many months, this one included (default 12)

    Examples:
      renew forecast
      renew forecast --months 6 --json

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "calendar": """
    Usage: renew calendar [--out FILE] [--all]

    An iCalendar file of due dates, with alarms.

    Prints an iCalendar (RFC 5545) file: for each active card with a due
    date, an all-day event on that day with an alarm at each of its lead
    days, and an event on the last recoverable day when it has grace. Each
    event keeps its UID, so a subscribed calendar updates it instead of
    adding another, and the same data gives the same bytes. --out replaces
    FILE all at once, for a synced folder refreshed from cron.

    Options:
      --out FILE  write to FILE (replaced all at once) instead of stdout
      --all       retired cards too

    Example:
      renew calendar --out ~/Sync/renew.ics

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "backups": """
    Usage: renew backups

    List the backups kept before each change.

    Every change first keeps the previous document in a folder beside the
    data file (the last 20). Lists them, newest first, with the change
    that came after each.

    Example:
      renew backups

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "undo": """
    Usage: renew undo [--force]

    Restore the state before the last change.

    Restores the newest backup and says what it undid; run again, it steps
    further back. An undo is not itself undoable, but the document it
    replaced is kept as undone.json in the backups folder.

    When the file was changed outside renew since renew last wrote it (a
    hand edit, a git pull, a sync tool), undo refuses, because restoring
    the backup would lose that change. --force restores it anyway, and
    first keeps the changed file as outside-NNNNNN.json in the backups
    folder, where renew never removes it.

    Options:
      --force  undo even over a file changed outside renew; keep that file

    Examples:
      renew undo
      renew undo --force

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
    "help": """
    Usage: renew help [COMMAND]

    Show help for renew or for one command.

    Shows the list of commands, or one command's options and examples.

    Example:
      renew help log

    Global options --file, --today, --json, --no-color: see 'renew --help'.

    """,
  ]

  @Test("renew --help reads exactly like this")
  func overview() throws {
    let result = try Sandbox().run(["--help"])
    #expect(result.code == 0)
    #expect(result.stdout == Self.overviewText)
  }

  @Test("renew help COMMAND reads exactly like this", arguments: commandTexts.keys.sorted())
  func command(_ name: String) throws {
    let result = try Sandbox().run(["help", name])
    #expect(result.code == 0)
    #expect(result.stdout == Self.commandTexts[name])
  }
}
