import Testing

/// The overview and two command helps, word for word, so that a change to them is a
/// visible decision.
@Suite("Help text")
struct HelpTextTests {
  @Test("renew --help reads exactly like this")
  func overview() throws {
    let sandbox = try Sandbox()
    let result = sandbox.run(["--help"])
    #expect(result.code == 0)
    #expect(
      result.stdout == """
        renew - keep phone numbers alive: expiry dates, keep-alive windows and renewals

        Usage: renew [COMMAND] [OPTIONS]

        Everyday:
          status  what is due, soonest first (the default command)
          check   for cron: silent unless a card needs attention
          log     record a renewal (top-up) and move the expiry
          touch   record keep-alive activity (a call, an SMS)

        Cards:
          add       add a card
          edit      change a card
          list      list cards, retired ones too
          show      show one card
          retire    stop tracking a card but keep its history
          unretire  track a retired card again
          remove    delete a card and its history

        History and data:
          history  renewals and activity, newest first
          backups  list the backups kept before each change
          undo     restore the state before the last change
          help     show help for renew or for one command

        Global options (before or after the command):
          --file PATH   use this data file instead of the default
          --today DATE  act as if today were DATE (also $RENEW_TODAY)
          --json        print JSON (list, show, status, check, history)
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

        """)
  }

  @Test("renew help log reads exactly like this")
  func log() throws {
    let sandbox = try Sandbox()
    let result = sandbox.run(["help", "log"])
    #expect(result.code == 0)
    #expect(
      result.stdout == """
        Usage: renew log CARD [--on DATE] [--for P | --until DATE] [OPTIONS]

        Record a renewal (top-up) and move the expiry.

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

        """)
  }

  @Test("renew status --help reads exactly like this")
  func status() throws {
    let sandbox = try Sandbox()
    let result = sandbox.run(["status", "--help"])
    #expect(result.code == 0)
    #expect(
      result.stdout == """
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

        """)
  }
}
