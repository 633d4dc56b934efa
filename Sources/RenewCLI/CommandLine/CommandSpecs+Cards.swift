import RenewKit

/// The specs of the commands that add, change and show cards.
extension CommandSpec {
  /// `renew add`.
  static let add = CommandSpec(
    usage: "renew add NAME --number N [OPTIONS]",
    summary: Localized(en: "add a card", zh: "添加一张卡"),
    details: Localized(
      en: """
        Adds a card. NAME must be unique, ignoring case. Give an expiry for
        prepaid validity, a keep-alive window for "some activity every N days",
        or both: the card is due at whichever comes first. A card with neither
        is added with a warning: 'renew check' can never report it.
        """,
      zh: """
        NAME 不能与已有的卡重名（不区分大小写）。预付费的卡给出有效期；
        要求每 N 天有一次活动的卡给出保号周期；也可以两者都给：哪个先到，
        卡就在哪天到期。两者都没有的卡也能添加，但会给出警告：
        'renew check' 永远不会报告它。
        """),
    options: CommandSpec.cardOptions(for: .add),
    examples: [
      CommandExample(
        "renew add \"Smart PH\" --number \"+63 917 123 4567\" --country PH --kind sim \\\n"
          + "    --expires 2026-12-31 --period 1y --price \"300 PHP\" --method app"),
      "renew add giffgaff --number 07700900123 --country GB --keep-alive 180d --grace 30d",
    ],
    arguments: [.name], formats: [.text])

  /// `renew edit`.
  static let edit = CommandSpec(
    usage: "renew edit CARD [OPTIONS]",
    summary: Localized(en: "change a card", zh: "修改一张卡"),
    details: Localized(
      en: """
        Changes the fields given and leaves the rest. --method and --tag replace
        the whole list. --expires sets the expiry outright and starts a new
        cycle. On a plan paid from the balance, a new --price or --period, or
        --no-from-balance, applies to the charges after today: the charges
        already made keep their plan. --clear FIELD empties an optional field:
        one of \(OptionValues.clearable.map(\.rawValue).joined(separator: ", ")).
        """,
      zh: """
        只修改给出的字段，其余保持不变。--method 和 --tag 会替换整个列表。
        --expires 直接设置有效期，并开始新的周期。对从余额扣费的套餐，新的
        --price 或 --period，以及 --no-from-balance，只对今天之后的扣费生效：
        已经扣过的费用仍按原来的套餐计算。--clear FIELD 清空一个可选字段，
        FIELD 可以是：
        \(OptionValues.clearable.map(\.rawValue).joined(separator: "、"))。
        """),
    options: CommandSpec.cardOptions(for: .edit),
    examples: ["renew edit \"Smart PH\" --price \"350 PHP\" --clear note"],
    arguments: [.card], formats: [.text])

  /// `renew list`.
  static let list = CommandSpec(
    usage: "renew list [--tag T] [--names]",
    summary: Localized(en: "list cards, retired ones too", zh: "列出所有卡，包括已停用的"),
    details: Localized(
      en: """
        Lists every card with its number, country, carrier, kind, plan and tags.
        --names prints only the names, one per line, for scripts and shell
        completion.
        """,
      zh: """
        列出每张卡及其号码、国家/地区、运营商、类型、套餐和标签。--names 只输出
        卡名，每行一个，供脚本和 shell 补全使用。
        """),
    options: [
      OptionHelp(
        .field(.tags), Localized(en: "only cards with this tag", zh: "只列出带这个标签的卡"),
        repeatable: false),
      OptionHelp(.names, Localized(en: "only the names, one per line", zh: "只输出卡名，每行一个")),
    ],
    examples: ["renew list --tag bank", "renew list --names"],
    arguments: [], formats: [.text, .json])

  /// `renew show`.
  static let show = CommandSpec(
    usage: "renew show CARD",
    summary: Localized(en: "show one card", zh: "查看一张卡"),
    details: Localized(
      en: """
        Shows every field of a card, its due date and state, and its latest
        history. CARD is a name (any case), a unique prefix of a name, or the
        last four or more digits of a number.
        """,
      zh: """
        显示一张卡的所有字段、到期日和状态，以及最近的历史记录。CARD 可以是
        名称（不区分大小写）、名称的唯一前缀，或号码末尾至少四位数字。
        """),
    options: [], examples: ["renew show smart", "renew show 4567"],
    arguments: [.card], formats: [.text, .json])

  /// `renew retire`.
  static let retire = CommandSpec(
    usage: "renew retire CARD",
    summary: Localized(
      en: "stop tracking a card but keep its history", zh: "停用一张卡，但保留其历史记录"),
    details: Localized(
      en: "A retired card leaves status and check; 'renew status --all' still shows it.",
      zh: """
        已停用的卡不再出现在 status 和 check 中；
        'renew status --all' 仍会显示它。
        """),
    options: [], examples: ["renew retire \"Old Vodafone\""],
    arguments: [.card], formats: [.text])

  /// `renew unretire`.
  static let unretire = CommandSpec(
    usage: "renew unretire CARD",
    summary: Localized(en: "track a retired card again", zh: "重新启用一张已停用的卡"),
    details: Localized(
      en: "Brings a retired card back into status and check.",
      zh: "让已停用的卡重新出现在 status 和 check 中。"),
    options: [], examples: ["renew unretire \"Old Vodafone\""],
    arguments: [.card], formats: [.text])

  /// `renew remove`.
  static let remove = CommandSpec(
    usage: "renew remove CARD --yes",
    summary: Localized(en: "delete a card and its history", zh: "删除一张卡及其历史记录"),
    details: Localized(
      en: """
        Deletes the card and all its history. Without --yes it asks when run on
        a terminal and refuses otherwise. 'renew retire' keeps the history.
        """,
      zh: """
        删除这张卡及其全部历史记录。不加 --yes 时，在终端上运行会先询问，
        否则拒绝执行。'renew retire' 则会保留历史记录。
        """),
    options: [OptionHelp(.yes, Localized(en: "do not ask", zh: "不询问，直接删除"))],
    examples: ["renew remove \"Old Vodafone\" --yes"],
    arguments: [.card], formats: [.text])
}
