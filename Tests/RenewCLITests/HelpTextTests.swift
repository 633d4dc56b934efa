import Testing

/// Every help text, word for word, in English and in Chinese, so that a change to
/// any of them is a visible decision; ``HelpTests`` checks that each way of asking
/// prints these.
///
/// The pins are printed by the built `renew` (`renew --help`, `renew help NAME`,
/// each with `--lang en` and `--lang zh`), not typed: regenerate them after a change
/// to help and read the diff.
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
      history     renewals and activity, newest first
      spend       what your numbers cost: renewals and top-ups paid
      forecast    what keeping every number costs, month by month
      calendar    an iCalendar file of due dates, with alarms
      backups     list the backups kept before each change
      undo        restore the state before the last change
      export      print every card as JSON or CSV, for a spreadsheet or another tool
      import      add the cards of a CSV or JSON file
      merge       merge two versions of the data file (a git merge driver)
      completion  print a shell completion script
      man         print the manual page
      help        show help for renew or for one command

    Global options (before or after the command):
      --file PATH   use this data file instead of the default
      --today DATE  act as if today were DATE (also $RENEW_TODAY)
      --json        print JSON (status, check, list, show, history, spend, forecast)
      --lang en|zh  English or Chinese (else RENEW_LANG, LC_ALL, LC_MESSAGES, LANG)
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

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

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

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

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

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

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

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

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

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

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

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

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

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

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
      --from-balance      renews from the balance; needs an expiry, --period and --price
      --min-top-up MONEY  the least a top-up may be: "10 CNY"
      --tag T             a label for grouping
      --note TEXT         a note

    Examples:
      renew add "Smart PH" --number "+63 917 123 4567" --country PH --kind sim \\
        --expires 2026-12-31 --period 1y --price "300 PHP" --method app
      renew add giffgaff --number 07700900123 --country GB --keep-alive 180d --grace 30d

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "edit": """
    Usage: renew edit CARD [OPTIONS]

    Change a card.

    Changes the fields given and leaves the rest. --method and --tag replace
    the whole list. --expires sets the expiry outright and starts a new
    cycle. On a plan paid from the balance, a new --price or --period, or
    --no-from-balance, applies to the charges after today: the charges
    already made keep their plan. --clear FIELD empties an optional field:
    one of country, carrier, kind, expires, period, price, keep-alive,
    grace, remind, method, how, pay, min-top-up, tag, note.

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
      --from-balance      renews from the balance; needs an expiry, --period and --price
      --min-top-up MONEY  the least a top-up may be: "10 CNY"
      --tag T             a label for grouping
      --note TEXT         a note
      --no-auto-renew     the carrier no longer charges by itself
      --no-from-balance   the plan is no longer paid from the balance
      --clear FIELD       empty an optional field

    Example:
      renew edit "Smart PH" --price "350 PHP" --clear note

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "list": """
    Usage: renew list [--tag T] [--names]

    List cards, retired ones too.

    Lists every card with its number, country, carrier, kind, plan and tags.
    --names prints only the names, one per line, for scripts and shell
    completion.

    Options:
      --tag T  only cards with this tag
      --names  only the names, one per line

    Examples:
      renew list --tag bank
      renew list --names

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

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

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "retire": """
    Usage: renew retire CARD

    Stop tracking a card but keep its history.

    A retired card leaves status and check; 'renew status --all' still shows
    it.

    Example:
      renew retire "Old Vodafone"

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "unretire": """
    Usage: renew unretire CARD

    Track a retired card again.

    Brings a retired card back into status and check.

    Example:
      renew unretire "Old Vodafone"

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

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

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "history": """
    Usage: renew history [CARD]

    Renewals and activity, newest first.

    Lists renewals and activity of one card, or of every card.

    Examples:
      renew history
      renew history smart --json

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

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

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "forecast": """
    Usage: renew forecast [--months N]

    What keeping every number costs, month by month.

    A grid of cards and months from this month on: for each active card
    with an expiry, a plan period and a price, the renewals its plan needs
    (every expiry in the range; an expiry already past is renewed this
    month), and for a plan paid from the balance the top-ups that let each
    charge go through, each at least the card's --min-top-up. Totals per
    currency for each month and for the range; '!' marks the month a
    number is lost if nothing is done (its grace ends, or its due date
    passes).

    Options:
      --months N  how many months, this one included (default 12)

    Examples:
      renew forecast
      renew forecast --months 6 --json

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

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

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "backups": """
    Usage: renew backups

    List the backups kept before each change.

    Every change first keeps the previous document in a folder beside the
    data file (the last 20). Lists them, newest first, with the change
    that came after each.

    Example:
      renew backups

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

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

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "export": """
    Usage: renew export [--format json|csv] [--history]

    Print every card as JSON or CSV, for a spreadsheet or another tool.

    Prints every card, retired ones too. JSON (the default) is the data
    file's document: every card with its entries and ids, which 'renew
    import' reads back as it was. CSV (RFC 4180, UTF-8, a header row) has
    one row per card, with columns named after add's options (and
    cycle-day, the day of the month renewals keep to, beside expires),
    then retired, added and last-activity; lists (method, tag) are
    separated by ';' (a ';' or '\\' inside an item is written '\\;' or
    '\\\\'). With --history, CSV has one row per entry instead: the card,
    the entry's id, date and type, and its facts.

    Options:
      --format F  json (the default) or csv
      --history   CSV of every entry instead of every card

    Examples:
      renew export --format csv > cards.csv  # for a spreadsheet
      renew export --format csv --history > history.csv

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "import": """
    Usage: renew import FILE [--format csv|json] [--update] [--dry-run]

    Add the cards of a CSV or JSON file.

    Adds the cards in FILE ('-' reads stdin): a CSV as 'renew export' writes
    it or as a spreadsheet saves it (a byte order mark or none, CRLF or LF,
    columns in any order named after add's options, only name and number
    required), or JSON as 'renew export' writes it, whose cards keep their
    entries and ids. The format is --format, else the file's extension,
    else its first character. All or nothing: a bad row is named with its
    line and column and nothing is written. A card whose name exists is
    refused unless --update, which changes the fields the row gives.
    --dry-run says what would change and writes nothing.

    Options:
      --format F  csv or json (default: from FILE)
      --update    change cards whose name exists, instead of refusing
      --dry-run   say what would change; write nothing

    Examples:
      renew import cards.csv --dry-run
      renew import cards.csv --update
      renew import backup.json

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "merge": """
    Usage: renew merge BASE OURS THEIRS

    Merge two versions of the data file (a git merge driver).

    Merges OURS and THEIRS, two versions of a data file grown from BASE,
    card by card and entry by entry, by id, and writes the result to OURS.
    Cards and entries added on either side are kept, an entry removed on
    one side is removed, and a field changed on one side takes that change.
    The same field changed differently on both sides, a card removed on
    one side and changed on the other, and two cards with one name are
    conflicts: each is named on stderr, the result keeps ours (and keeps
    the card), and renew exits 1 so that git stops the merge for you to
    look. For git, put 'renew.json merge=renew' in .gitattributes and run
    git config merge.renew.driver 'renew merge %O %A %B'.

    Examples:
      renew merge base.json ours.json theirs.json  # by hand; the result replaces ours.json
      git config merge.renew.driver 'renew merge %O %A %B'

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "completion": """
    Usage: renew completion bash|zsh|fish

    Print a shell completion script.

    Prints a completion script for bash, zsh or fish, made from the table
    that parses the command line: commands, options, and the values an
    option takes. Card names are completed by asking renew ('renew list
    --names'), of the --file on the line when there is one.

    Examples:
      source <(renew completion bash)  # in ~/.bashrc
      renew completion fish > ~/.config/fish/completions/renew.fish

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "man": """
    Usage: renew man

    Print the manual page.

    Prints renew's manual page (roff), made from the same table as this
    help, in the language renew speaks. Read it with 'renew man | man -l -'.

    Examples:
      renew man | man -l -
      renew man > ~/.local/share/man/man1/renew.1

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
    "help": """
    Usage: renew help [COMMAND]

    Show help for renew or for one command.

    Shows the list of commands, or one command's options and examples.

    Example:
      renew help log

    Global options --file, --today, --json, --lang, --no-color: see 'renew --help'.

    """,
  ]

  /// `renew --help --lang zh`.
  static let overviewTextChinese = """
    renew - 保住手机号码：有效期、保号周期和续费

    用法：renew [COMMAND] [OPTIONS]

    日常使用：
      status   到期情况，最先到期的排在前面（默认命令）
      check    供 cron 使用：无事时不输出
      log      记录一次续费，并顺延有效期
      touch    记录一次保号活动（打电话、发短信）
      unlog    删除一条历史记录，并按其余记录重算
      balance  记录运营商显示的余额
      top-up   记录一次余额充值

    卡管理：
      add       添加一张卡
      edit      修改一张卡
      list      列出所有卡，包括已停用的
      show      查看一张卡
      retire    停用一张卡，但保留其历史记录
      unretire  重新启用一张已停用的卡
      remove    删除一张卡及其历史记录

    历史记录和数据：
      history     续费和保号活动记录，最新的排在前面
      spend       号码花了多少钱：已付的续费和充值
      forecast    保住所有号码每个月要花多少钱
      calendar    生成到期日的 iCalendar 文件，带提醒
      backups     列出每次修改前保留的备份
      undo        恢复到上一次修改之前的状态
      export      把所有卡输出为 JSON 或 CSV，供电子表格或其他工具使用
      import      从 CSV 或 JSON 文件添加卡
      merge       合并数据文件的两个版本（git 合并驱动）
      completion  输出 shell 补全脚本
      man         输出手册页
      help        显示 renew 或某个命令的帮助

    全局选项（放在命令之前或之后均可）：
      --file PATH   使用这个数据文件，而不是默认的
      --today DATE  把 DATE 当作今天（也可用 $RENEW_TODAY）
      --json        输出 JSON（status、check、list、show、history、spend、
                    forecast）
      --lang en|zh  英文或中文（否则看 RENEW_LANG、LC_ALL、LC_MESSAGES、
                    LANG）
      --no-color    输出不带颜色（也可用 NO_COLOR、TERM=dumb）
      -h, --help    显示帮助
      --version     显示版本号

    CARD 是卡的名称（不区分大小写）、名称的唯一前缀，或号码末尾至少四位
    数字。DATE 是 YYYY-MM-DD、today、yesterday 或 tomorrow。周期 P 是一个
    数字加 d、w、m 或 y（30d、2w、1m、1y）。MONEY 是金额加 ISO 4217 货币
    代码（"12.50 USD"）。

    数据文件：依次取 --file、$RENEW_FILE、$XDG_DATA_HOME/renew/renew.json
    中第一个给出的；都没有时用 ~/.local/share/renew/renew.json。

    运行 'renew help COMMAND' 查看某个命令的选项和示例。

    """

  /// `renew help COMMAND --lang zh`, for every command.
  static let commandTextsChinese: [String: String] = [
    "status": """
    用法：renew status [--all] [--within N]

    到期情况，最先到期的排在前面（默认命令）。

    列出所有在用的卡，最先到期的排在前面，并显示到期日、剩余天数、状态和
    续费方式。状态有：正常；即将到期（在该卡的提醒期内）；已逾期（已过到期
    日，仍在宽限期内）；已回收（已过宽限期，号码很可能已被运营商回收）；
    未知（既没有有效期，也没有保号周期）。自动续费的卡在记录续费之前，会一
    直显示为到期。

    选项：
      --all       包括已停用的卡
      --within N  只显示 N 天内到期或已逾期的卡

    示例：
      renew status
      renew status --within 30

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "check": """
    用法：renew check [--within N] [--new] [--exec CMD]

    供 cron 使用：无事时不输出。

    没有在用的卡即将到期、已逾期或已回收时，不输出任何内容，以 0 退出。否则
    每张这样的卡输出一行（名称、号码、到期日、剩余或逾期天数、续费方式），并
    以 1 退出。指定 --within N 时，用 N 天代替每张卡自己的提醒期。当前路径上
    没有数据文件时，会在 stderr 上说明并以 66 退出，以免没有设置 RENEW_FILE
    的 crontab 被误当作一切正常。

    指定 --new 时，每个阶段只提醒一次，而不是每天都提醒：在该卡的每个提前
    提醒日、到期日过去时和宽限期结束时各提醒一次；中间错过几天再运行，只报
    告最近的一个阶段，且只报告一次；到期日变了就重新开始。已报告过什么记在
    本机的 $XDG_STATE_HOME/renew（未设置时为 ~/.local/state/renew）下，不
    写入数据文件。--exec 对每张报告的卡用 /bin/sh -c 运行 CMD，卡的 JSON 从
    stdin 传入，并设置 RENEW_CARD、RENEW_NUMBER、RENEW_DUE、
    RENEW_DAYS_LEFT、RENEW_STATE 和 RENEW_MESSAGE；与 --new 同用时，只有
    CMD 以 0 退出，这张卡才算已报告。CMD 失败或运行超过 60 秒时，会在 stderr
    上指出，本次运行以 69 退出。

    选项：
      --within N  提前 N 天提醒，代替每张卡自己的提醒期
      --new       只报告以前没报告过的：每个阶段一次
      --exec CMD  对每张报告的卡运行 CMD（推送、发邮件）

    示例：
      renew check
      0 8 * * *  renew check    # 写在 crontab 里：只在到期时发邮件
      renew check --new --exec 'curl -s -d "$RENEW_MESSAGE" ntfy.sh/my-renew'

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "log": """
    用法：renew log CARD [--on DATE] [--for P | --until DATE] [OPTIONS]

    记录一次续费，并顺延有效期。

    记录一次续费。在有效期当天或之前续费，新的周期接在当前有效期之后；过了
    有效期再续费，周期从续费当天算起。--until 直接设置新的有效期。按月计算时
    保持每期的同一天，遇到较短的月份取该月最后一天（1 月 31 日、2 月 28 日、
    3 月 31 日）。续费也算一次保号活动。--on 不能是将来的日期；--on due 把续
    费记在该卡的到期日，用于事后才确认的自动续费扣款。--until 早于当前有效期
    时会缩短有效期，并给出警告。

    选项：
      --on DATE       续费日期（默认今天；'due' 表示到期日）
      --for P         顺延多久（默认：套餐周期）
      --until DATE    直接指定新的有效期
      --amount MONEY  支付的金额（默认：按套餐周期续费时为套餐价格）
      --method M      续费方式：online、app、phone、store、auto 等
      --via VIA       通过谁支付：Alipay、GCash、某家门店
      --receipt REF   收据号或订单号
      --note TEXT     备注

    示例：
      renew log "Smart PH" --amount "300 PHP" --via GCash
      renew log giffgaff --on yesterday --for 1m --amount "10 GBP"
      renew log "US Virtual" --on due     # PayPal 扣款已成功

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "touch": """
    用法：renew touch CARD [--on DATE] [--note TEXT]

    记录一次保号活动（打电话、发短信）。

    记录一次保号活动，该卡的保号周期从这天重新计算。

    选项：
      --on DATE    日期（默认今天；不能是将来；'due' 表示到期日）
      --note TEXT  做了什么

    示例：
      renew touch giffgaff --note "sent an SMS"

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "unlog": """
    用法：renew unlog CARD [ENTRY]

    删除一条历史记录，并按其余记录重算。

    从一张卡的历史记录中删除一条：id（即 'renew history' 显示的编号）等于
    ENTRY 或以 ENTRY 开头的那条；不给 ENTRY 时删除最后记录的那条。随后按
    其余的历史记录重新计算，卡的有效期和到期日以计算结果为准。'renew undo'
    可以恢复这条记录。

    示例：
      renew unlog "Smart PH"
      renew unlog giffgaff 7kq2

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "balance": """
    用法：renew balance CARD MONEY [--on DATE] [--note TEXT]

    记录运营商显示的余额。

    按运营商报告的数字记录该卡的余额：即当天扣除当天所有费用之后的余额。
    从余额扣费的套餐（--from-balance）按最近一次记录的余额推算。

    选项：
      --on DATE    日期（默认今天；不能是将来；'due' 表示到期日）
      --note TEXT  备注

    示例：
      renew balance 中国移动 "42 CNY"

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "top-up": """
    用法：renew top-up CARD MONEY [--on DATE] [--via VIA] [--receipt REF] [--note TEXT]

    记录一次余额充值。

    记录为该卡余额充入的金额。充值算作一次保号活动；充值本身不改变有效期，
    但从余额扣费的套餐（--from-balance）会从中扣费。

    选项：
      --on DATE      日期（默认今天；不能是将来；'due' 表示到期日）
      --via VIA      支付方式：Alipay、充值卡
      --receipt REF  收据号或订单号
      --note TEXT    备注

    示例：
      renew top-up 中国移动 "20 CNY" --via Alipay

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "add": """
    用法：renew add NAME --number N [OPTIONS]

    添加一张卡。

    NAME 不能与已有的卡重名（不区分大小写）。预付费的卡给出有效期；
    要求每 N 天有一次活动的卡给出保号周期；也可以两者都给：哪个先到，
    卡就在哪天到期。两者都没有的卡也能添加，但会给出警告：
    'renew check' 永远不会报告它。

    选项：
      --number N          手机号码，按你习惯的写法
      --country CC        ISO 3166 国家/地区代码，如 PH 或 GB
      --carrier C         运营商名称
      --kind K            sim（实体卡）、esim（eSIM 卡）或 virtual（虚拟号）
      --expires DATE      有效期的最后一天；开始新的周期
      --on DATE           --expires 所依据的日期（默认今天；已过则取有效期）
      --period P          每次续费的周期：30d、2w、1m、1y
      --price MONEY       每次续费的价格："10.00 USD"
      --keep-alive P      保号周期，期内须有一次保号活动：180d
      --grace P           宽限期：过了到期日多久之内还能恢复
      --remind DAYS       提前几天提醒：7，或 30,7,1（默认 7）
      --method M          续费方式：online、app、phone、store、auto、
                          third-party、kiosk 或 sms
      --how TEXT          用文字写明怎么续费："发送 101 到 10086"
      --auto-renew        运营商从绑定的支付方式自动扣费
      --pay VIA           支付方式，或自动续费扣款的账户：PayPal、Visa 4242
      --balance MONEY     运营商显示的今日余额
      --from-balance      从余额扣费续期；需要有效期、--period 和 --price
      --min-top-up MONEY  单次充值的最低金额："10 CNY"
      --tag T             用于分组的标签
      --note TEXT         备注

    示例：
      renew add "Smart PH" --number "+63 917 123 4567" --country PH --kind sim \\
        --expires 2026-12-31 --period 1y --price "300 PHP" --method app
      renew add giffgaff --number 07700900123 --country GB --keep-alive 180d --grace 30d

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "edit": """
    用法：renew edit CARD [OPTIONS]

    修改一张卡。

    只修改给出的字段，其余保持不变。--method 和 --tag 会替换整个列表。
    --expires 直接设置有效期，并开始新的周期。对从余额扣费的套餐，新的
    --price 或 --period，以及 --no-from-balance，只对今天之后的扣费生效：
    已经扣过的费用仍按原来的套餐计算。--clear FIELD 清空一个可选字段，
    FIELD 可以是：
    country、carrier、kind、expires、period、price、keep-alive、grace、
    remind、method、how、pay、min-top-up、tag、note。

    选项：
      --name NEW          给卡改名
      --number N          手机号码，按你习惯的写法
      --country CC        ISO 3166 国家/地区代码，如 PH 或 GB
      --carrier C         运营商名称
      --kind K            sim（实体卡）、esim（eSIM 卡）或 virtual（虚拟号）
      --expires DATE      有效期的最后一天；开始新的周期
      --on DATE           --expires 所依据的日期（默认今天；已过则取有效期）
      --period P          每次续费的周期：30d、2w、1m、1y
      --price MONEY       每次续费的价格："10.00 USD"
      --keep-alive P      保号周期，期内须有一次保号活动：180d
      --grace P           宽限期：过了到期日多久之内还能恢复
      --remind DAYS       提前几天提醒：7，或 30,7,1（默认 7）
      --method M          续费方式：online、app、phone、store、auto、
                          third-party、kiosk 或 sms
      --how TEXT          用文字写明怎么续费："发送 101 到 10086"
      --auto-renew        运营商从绑定的支付方式自动扣费
      --pay VIA           支付方式，或自动续费扣款的账户：PayPal、Visa 4242
      --balance MONEY     运营商显示的今日余额
      --from-balance      从余额扣费续期；需要有效期、--period 和 --price
      --min-top-up MONEY  单次充值的最低金额："10 CNY"
      --tag T             用于分组的标签
      --note TEXT         备注
      --no-auto-renew     运营商不再自动扣费
      --no-from-balance   套餐不再从余额扣费
      --clear FIELD       清空一个可选字段

    示例：
      renew edit "Smart PH" --price "350 PHP" --clear note

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "list": """
    用法：renew list [--tag T] [--names]

    列出所有卡，包括已停用的。

    列出每张卡及其号码、国家/地区、运营商、类型、套餐和标签。--names 只输出
    卡名，每行一个，供脚本和 shell 补全使用。

    选项：
      --tag T  只列出带这个标签的卡
      --names  只输出卡名，每行一个

    示例：
      renew list --tag bank
      renew list --names

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "show": """
    用法：renew show CARD

    查看一张卡。

    显示一张卡的所有字段、到期日和状态，以及最近的历史记录。CARD 可以是
    名称（不区分大小写）、名称的唯一前缀，或号码末尾至少四位数字。

    示例：
      renew show smart
      renew show 4567

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "retire": """
    用法：renew retire CARD

    停用一张卡，但保留其历史记录。

    已停用的卡不再出现在 status 和 check 中；
    'renew status --all' 仍会显示它。

    示例：
      renew retire "Old Vodafone"

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "unretire": """
    用法：renew unretire CARD

    重新启用一张已停用的卡。

    让已停用的卡重新出现在 status 和 check 中。

    示例：
      renew unretire "Old Vodafone"

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "remove": """
    用法：renew remove CARD --yes

    删除一张卡及其历史记录。

    删除这张卡及其全部历史记录。不加 --yes 时，在终端上运行会先询问，
    否则拒绝执行。'renew retire' 则会保留历史记录。

    选项：
      --yes  不询问，直接删除

    示例：
      renew remove "Old Vodafone" --yes

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "history": """
    用法：renew history [CARD]

    续费和保号活动记录，最新的排在前面。

    列出一张卡或所有卡的续费和保号活动记录。

    示例：
      renew history
      renew history smart --json

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "spend": """
    用法：renew spend [CARD] [--year YYYY | --since DATE [--until DATE]] [--by G] [--in CUR --rate CUR=N ...]

    号码花了多少钱：已付的续费和充值。

    汇总一张卡或所有卡的续费和充值金额（不含余额记录和推算的扣费）。默认统计
    截至今天的 12 个月，可用 --year 或 --since 另行指定；按卡、月或年分组，
    并按币种分别合计：不同币种的金额从不相加。--in 按你给出的汇率把所有金额
    精确换算成同一币种（1 USD 合 7.10 CNY：--rate USD=7.10），只在最后按银行
    家舍入（四舍六入五成双）舍入到分；没有汇率的币种会被拒绝。renew 从不联网
    获取汇率。

    选项：
      --year YYYY   某一个自然年
      --since DATE  从哪天开始统计
      --until DATE  统计到哪天为止（默认今天）
      --by G        按 card（卡，默认）、month（月）或 year（年）分组
      --in CUR      把所有金额换算成这个币种
      --rate CUR=N  1 CUR 合多少 --in 指定的币种：USD=7.10

    示例：
      renew spend --year 2026
      renew spend --by month --in CNY --rate USD=7.10 --rate GBP=9.05

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "forecast": """
    用法：renew forecast [--months N]

    保住所有号码每个月要花多少钱。

    从本月起按卡和月份列出一张表：对每张有有效期、套餐周期和价格的在用
    卡，列出其套餐需要的续费（范围内的每个有效期；已经过去的有效期算在本月
    续费）；对从余额扣费的套餐，列出让每次扣费都能成功的充值，每笔至少为
    这张卡的 --min-top-up。按币种给出每个月和整个范围的合计；'!' 标出什么
    都不做时号码会在哪个月失去（宽限期结束，或到期日已过）。

    选项：
      --months N  预测几个月，含本月（默认 12）

    示例：
      renew forecast
      renew forecast --months 6 --json

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "calendar": """
    用法：renew calendar [--out FILE] [--all]

    生成到期日的 iCalendar 文件，带提醒。

    输出一个 iCalendar（RFC 5545）文件：对每张有到期日的在用卡，在到期当天建
    一个全天事件，并在每个提前提醒日设置提醒；有宽限期的卡，在最后可恢复的那
    天再建一个事件。每个事件的 UID 保持不变，所以订阅的日历会更新它，而不是
    另添一个；同样的数据总是生成同样的字节。--out 一次性替换 FILE，适合由
    cron 定时刷新的同步文件夹。

    选项：
      --out FILE  写入 FILE（一次性替换），而不是输出到 stdout
      --all       也包括已停用的卡

    示例：
      renew calendar --out ~/Sync/renew.ics

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "backups": """
    用法：renew backups

    列出每次修改前保留的备份。

    每次修改前，renew 都会先把之前的文档保存到数据文件旁边的文件夹里
    （保留最近 20 份）。这个命令按从新到旧列出这些备份，以及每份备份之后
    发生的修改。

    示例：
      renew backups

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "undo": """
    用法：renew undo [--force]

    恢复到上一次修改之前的状态。

    恢复最新的备份，并说明撤销了什么；再次运行会继续往前撤销。撤销本身不能再
    撤销，但被替换掉的文档会以 undone.json 保存在备份文件夹中。

    如果自 renew 上次写入以来，文件在 renew 之外被改动过（手工编辑、
    git pull、同步工具），undo 会拒绝执行，因为恢复备份会丢掉这些改动。
    --force 照样恢复，并先把改动过的文件以 outside-NNNNNN.json 保存在备份
    文件夹中，renew 永远不会删除它。

    选项：
      --force  即使文件在 renew 之外被改过也撤销，并保留该文件

    示例：
      renew undo
      renew undo --force

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "export": """
    用法：renew export [--format json|csv] [--history]

    把所有卡输出为 JSON 或 CSV，供电子表格或其他工具使用。

    输出所有卡，包括已停用的。JSON（默认）就是数据文件的文档：每张卡连同它
    的记录和编号，'renew import' 可以原样读回。CSV（RFC 4180、UTF-8、带
    表头）每张卡一行，列名与 add 的选项相同（expires 旁边还有 cycle-day，即
    续费时保持的每月日期），后面是 retired、added 和 last-activity；列表
    （method、tag）用 ';' 分隔（列表项中的 ';' 或 '\\' 写成 '\\;' 或
    '\\\\'）。加上 --history 时，CSV 改为每条记录一行：卡、记录编号、日期、
    类型及其内容。

    选项：
      --format F  json（默认）或 csv
      --history   CSV 改为每条记录一行

    示例：
      renew export --format csv > cards.csv  # 给电子表格用
      renew export --format csv --history > history.csv

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "import": """
    用法：renew import FILE [--format csv|json] [--update] [--dry-run]

    从 CSV 或 JSON 文件添加卡。

    添加 FILE 中的卡（'-' 表示从标准输入读取）：可以是 'renew export' 输出
    或电子表格保存的 CSV（有无字节序标记、CRLF 或 LF 均可，列的顺序不限，
    列名与 add 的选项相同，只有 name 和 number 必填），也可以是 'renew
    export' 输出的 JSON，其中的卡保留各自的记录和编号。格式取 --format，
    否则看文件扩展名，再否则看第一个字符。要么全部导入，要么都不导入：
    有一行出错时，会指出它的行号和列号，什么都不写入。已存在同名卡时拒绝
    导入，除非加 --update，此时只修改该行给出的字段。--dry-run 只说明会
    发生哪些变化，不写入任何内容。

    选项：
      --format F  csv 或 json（默认按 FILE 判断）
      --update    修改已存在的同名卡，而不是拒绝
      --dry-run   只说明会有哪些变化，不写入

    示例：
      renew import cards.csv --dry-run
      renew import cards.csv --update
      renew import backup.json

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "merge": """
    用法：renew merge BASE OURS THEIRS

    合并数据文件的两个版本（git 合并驱动）。

    把 OURS 和 THEIRS 这两个从 BASE 分出来的数据文件版本，按编号逐张卡、
    逐条记录合并，结果写入 OURS。任一边新增的卡和记录都会保留，一边删除的
    记录会删除，只有一边改过的字段采用改后的值。两边把同一个字段改成不同
    的值、一边删除了卡而另一边修改了它、两张卡同名，都算冲突：每个冲突都
    会在 stderr 上列出，结果保留本地（ours）的值（并保留那张卡），renew 以
    状态 1 退出，让 git 停下来等你检查。配合 git 使用：在 .gitattributes
    中写入 'renew.json merge=renew'，再运行
    git config merge.renew.driver 'renew merge %O %A %B'。

    示例：
      renew merge base.json ours.json theirs.json  # 手动合并；结果写入 ours.json
      git config merge.renew.driver 'renew merge %O %A %B'

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "completion": """
    用法：renew completion bash|zsh|fish

    输出 shell 补全脚本。

    输出 bash、zsh 或 fish 的补全脚本，它和解析命令行用的是同一张表：命令、
    选项，以及选项可取的值。卡名通过询问 renew 来补全（'renew list
    --names'），命令行上有 --file 时就用那个文件。

    示例：
      source <(renew completion bash)  # 写在 ~/.bashrc 里
      renew completion fish > ~/.config/fish/completions/renew.fish

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "man": """
    用法：renew man

    输出手册页。

    输出 renew 的手册页（roff 格式），它和这里的帮助来自同一张表，语言与
    renew 当前使用的语言相同。用 'renew man | man -l -' 阅读。

    示例：
      renew man | man -l -
      renew man > ~/.local/share/man/man1/renew.1

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

    """,
    "help": """
    用法：renew help [COMMAND]

    显示 renew 或某个命令的帮助。

    显示命令列表，或某个命令的选项和示例。

    示例：
      renew help log

    全局选项 --file、--today、--json、--lang、--no-color 见 'renew --help'。

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

  @Test("renew --help --lang zh reads exactly like this")
  func overviewChinese() throws {
    let result = try Sandbox().run(["--help", "--lang", "zh"])
    #expect(result.code == 0)
    #expect(result.stdout == Self.overviewTextChinese)
    #expect(result.stderr == "")
  }

  @Test(
    "renew help COMMAND --lang zh reads exactly like this",
    arguments: commandTextsChinese.keys.sorted())
  func commandChinese(_ name: String) throws {
    let result = try Sandbox().run(["help", name, "--lang", "zh"])
    #expect(result.code == 0)
    #expect(result.stdout == Self.commandTextsChinese[name])
    #expect(result.stderr == "")
  }
}
