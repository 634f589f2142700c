/// Every REPL command with its purpose, syntax and an example, for `help`,
/// "did you mean …?" and tab completion. One list, so help never drifts from
/// what the dispatcher accepts.
public struct CommandInfo: Sendable, Hashable {
    public enum Group: String, Sendable, CaseIterable {
        case data = "Customers"
        case look = "Looking at the book"
        case visits = "Visits and plans"
        case learning = "Learning the method"
        case session = "Session"

        public var japanese: String {
            switch self {
            case .data: "顧客リスト"
            case .look: "分類を見る"
            case .visits: "訪問と計画"
            case .learning: "手法を学ぶ"
            case .session: "セッション"
            }
        }
    }

    /// What the words after the command name are, for completion.
    public enum Argument: Sendable, Hashable {
        case customer, rep, segment, path, field, setting, command, subcommand([String]), none
    }

    public let name: String
    public let aliases: [String]
    public let group: Group
    public let purpose: String
    public let purposeJapanese: String
    public let syntax: String
    public let example: String
    /// The kind of each positional word, in order; the last repeats.
    public let arguments: [Argument]

    public func purpose(in language: Language) -> String { language == .en ? purpose : purposeJapanese }
}

public enum CommandCatalog {
    public static let all: [CommandInfo] = [
        .init(name: "load", aliases: ["import"], group: .data,
              purpose: "Import a customer CSV, or merge it into the list (added, updated, skipped are reported); --as-of DAY loads an older export as that day's list, for the segment history",
              purposeJapanese: "顧客CSVを読み込む（既存リストには追加・更新として取り込む）。--as-of 日付 で古いエクスポートをその日のリストとして読み込み、領域の履歴に残す",
              syntax: "load FILE [--replace] [--merge-duplicates] [--encoding utf-8|shift_jis|utf-16] [--as-of DAY]",
              example: "load examples/demo-customers.csv", arguments: [.path]),
        .init(name: "export", aliases: [], group: .data,
              purpose: "Write the list with segments and scores to CSV or JSON",
              purposeJapanese: "分類結果つきの顧客リストをCSVまたはJSONに書き出す",
              syntax: "export FILE [--format csv|json] [--force]", example: "export book.csv", arguments: [.path]),
        .init(name: "add", aliases: [], group: .data,
              purpose: "Add a customer with some of its metrics",
              purposeJapanese: "顧客を追加する",
              syntax: "add NAME key=value…", example: "add \"Kato Denki\" employees=120 sales=3.2M orders=4",
              arguments: [.none, .field]),
        .init(name: "set", aliases: ["edit"], group: .data,
              purpose: "Change metrics or fields of a customer (key= with nothing clears it)",
              purposeJapanese: "顧客の数値や項目を変更する（key= で空欄に戻す）",
              syntax: "set NAME key=value…", example: "set 田中商事 sales=12000000 last_visit=2026-11-20",
              arguments: [.customer, .field]),
        .init(name: "rename", aliases: [], group: .data,
              purpose: "Rename a customer", purposeJapanese: "顧客名を変更する",
              syntax: "rename OLD NEW", example: "rename \"Acme\" \"Acme Industrial\"", arguments: [.customer, .none]),
        .init(name: "remove", aliases: ["delete", "rm"], group: .data,
              purpose: "Remove a customer from the list", purposeJapanese: "顧客をリストから削除する",
              syntax: "remove NAME", example: "remove \"Sunrise Bakery\"", arguments: [.customer]),
        .init(name: "undo", aliases: [], group: .data,
              purpose: "Undo the last change to the list, visits or settings", purposeJapanese: "直前の変更を取り消す",
              syntax: "undo", example: "undo", arguments: []),
        .init(name: "list", aliases: ["ls"], group: .look,
              purpose: "List customers with segment and scores, optionally one segment",
              purposeJapanese: "顧客を領域とスコアつきで一覧表示する（領域で絞り込み可）",
              syntax: "list [A|B|C|D|unclassified] [--sort name|segment|objective|record|rep|priority|FIELD]",
              example: "list B --sort objective", arguments: [.segment]),
        .init(name: "show", aliases: [], group: .look,
              purpose: "Everything known about one customer", purposeJapanese: "顧客一社の詳細を表示する",
              syntax: "show NAME", example: "show 田中商事", arguments: [.customer]),
        .init(name: "why", aliases: ["explain"], group: .look,
              purpose: "Why a customer is in its segment, and what would move it",
              purposeJapanese: "その顧客がなぜその領域なのか、何が変われば移るのか",
              syntax: "why NAME", example: "why \"Acme Industrial\"", arguments: [.customer]),
        .init(name: "summary", aliases: [], group: .look,
              purpose: "Counts and shares per segment, or per rep", purposeJapanese: "領域ごとの社数と構成比（担当者別も）",
              syntax: "summary [by rep]", example: "summary by rep", arguments: [.subcommand(["by"])]),
        .init(name: "history", aliases: [], group: .look,
              purpose: "A customer's segments over time, with the visits logged in between",
              purposeJapanese: "顧客の領域の推移と、その間の訪問記録",
              syntax: "history NAME", example: "history 田中商事", arguments: [.customer]),
        .init(name: "moves", aliases: [], group: .look,
              purpose: "Customers that changed segment, B→A first, then losses from A (this quarter unless a period is given)",
              purposeJapanese: "領域が変わった顧客（B→Aを先頭に、次にAからの後退。既定は今四半期）",
              syntax: "moves [this quarter|this year|this month|--since DAY] [--rep NAME]",
              example: "moves --since 2026-04-01", arguments: [.subcommand(["this", "--since", "--rep"])]),
        .init(name: "rep", aliases: ["scope"], group: .look,
              purpose: "Work on one rep's customers, ranked as their own book ('rep all' for everyone)",
              purposeJapanese: "一人の担当者の顧客だけを、その担当者の顧客リストとして評価する（全体は 'rep all'）",
              syntax: "rep [NAME|all]", example: "rep 佐々木", arguments: [.rep]),
        .init(name: "matrix", aliases: [], group: .look,
              purpose: "The 2×2 picture: objective up, record across; --export writes it as an SVG for a slide",
              purposeJapanese: "2×2マトリックスを描く（--export でスライド用のSVGに書き出す）",
              syntax: "matrix [--export FILE.svg] [--force]", example: "matrix --export matrix.svg", arguments: [.path]),
        .init(name: "visit", aliases: [], group: .visits,
              purpose: "Log a visit (today unless a day is given: yesterday, last friday, 先週金曜, 12/1, 2026-12-01)",
              purposeJapanese: "訪問を記録する（日付を省略すると今日。昨日・先週金曜・12/1・2026-12-01 も可）",
              syntax: "visit NAME [DAY] [note…]", example: "visit 田中商事 yesterday 見積りの相談",
              arguments: [.customer, .none]),
        .init(name: "visits", aliases: [], group: .visits,
              purpose: "The visit log with notes, for one customer or all, optionally since a day",
              purposeJapanese: "訪問記録をメモつきで表示する（顧客・開始日で絞り込み可）",
              syntax: "visits [NAME] [--since DAY]", example: "visits 田中商事 --since 2026-11-01",
              arguments: [.customer]),
        .init(name: "plan", aliases: [], group: .visits,
              purpose: "Build a week's visit plan from the policy (this week's unless --week); 'plan accept' saves it as your planned visits",
              purposeJapanese: "方針にそって週の訪問計画を作る（--week で週を指定、'plan accept' で予定として保存）",
              syntax: "plan [accept] [N] [--hours H] [--week next|this|YYYY-Www|DATE] [--export FILE.csv|FILE.ics [--force]]",
              example: "plan accept --week next", arguments: [.subcommand(["accept"])]),
        .init(name: "planned", aliases: [], group: .visits,
              purpose: "Your planned visits, week by week: add, move to another week, remove, list, clear, load a CSV",
              purposeJapanese: "週ごとの訪問予定を入力する（add / move / remove / list / clear / load）",
              syntax: "planned add NAME [COUNT] [--week W] | planned move NAME --week W [--from W] | planned remove NAME [--week W] | planned list [--week W] | planned clear | planned load FILE [--week W]",
              example: "planned move 田中商事 --week next", arguments: [.subcommand(["add", "move", "list", "clear", "load", "remove"]), .customer]),
        .init(name: "check", aliases: [], group: .visits,
              purpose: "Check planned visits against the policy (warns when C is overweight)",
              purposeJapanese: "訪問予定を方針と照らしてチェックする（Cの比重が高すぎれば警告）",
              syntax: "check [PLAN.csv] [--week W]", example: "check", arguments: [.path]),
        .init(name: "actual", aliases: [], group: .visits,
              purpose: "Plan vs. actual: where logged visits went, by segment",
              purposeJapanese: "計画と実績：記録した訪問が各領域にどう配分されたか",
              syntax: "actual [--from DATE] [--to DATE]", example: "actual --from 2026-11-16", arguments: []),
        .init(name: "comfort", aliases: [], group: .visits,
              purpose: "Are your visits drifting to comfortable C accounts?",
              purposeJapanese: "訪問が居心地の良いC顧客に偏っていないか",
              syntax: "comfort [WEEKS]", example: "comfort 4", arguments: []),
        .init(name: "learn", aliases: ["lesson"], group: .learning,
              purpose: "A short guided lesson on the method, with your own customers",
              purposeJapanese: "自分の顧客を使って手法を学ぶ短いレッスン",
              syntax: "learn", example: "learn", arguments: []),
        .init(name: "quiz", aliases: [], group: .learning,
              purpose: "Test yourself with questions drawn from the book",
              purposeJapanese: "顧客リストから出題されるクイズ",
              syntax: "quiz [N] [--seed S]", example: "quiz 5 --seed 7", arguments: []),
        .init(name: "config", aliases: ["settings"], group: .session,
              purpose: "Show or change thresholds, weights, cut, capacity and policy",
              purposeJapanese: "基準・重み・訪問数・方針の表示と変更",
              syntax: "config | config KEY | config set KEY=VALUE… | config reset",
              example: "config set plan.capacity=12", arguments: [.subcommand(["set", "reset"]), .setting]),
        .init(name: "backup", aliases: [], group: .session,
              purpose: "Copy the whole workspace (list, settings, plans, visit log) into one file",
              purposeJapanese: "ワークスペース全体（顧客・設定・計画・訪問記録）を一つのファイルに保存する",
              syntax: "backup FILE [--force]", example: "backup ~/salescoach-2026-12-01.sqlite", arguments: [.path]),
        .init(name: "restore", aliases: [], group: .session,
              purpose: "Bring back everything from a backup ('undo' takes the restore back)",
              purposeJapanese: "バックアップから全体を戻す（'undo' で取り消せる）",
              syntax: "restore FILE", example: "restore ~/salescoach-2026-12-01.sqlite", arguments: [.path]),
        .init(name: "help", aliases: ["?"], group: .session,
              purpose: "List commands, or explain one", purposeJapanese: "コマンド一覧、または一つの説明",
              syntax: "help [COMMAND]", example: "help plan", arguments: [.command]),
        .init(name: "quit", aliases: ["exit", "q"], group: .session,
              purpose: "Leave (every change is already saved)", purposeJapanese: "終了する（変更は保存済み）",
              syntax: "quit", example: "quit", arguments: []),
    ]

    /// The command named `word` or one of its aliases (case-insensitive).
    public static func command(named word: String) -> CommandInfo? {
        let key = word.lowercased()
        return all.first { $0.name == key || $0.aliases.contains(key) }
    }

    /// Every name and alias, for completion and suggestions.
    public static var allNames: [String] { all.flatMap { [$0.name] + $0.aliases } }

    /// Close command names for a mistyped word.
    public static func suggestions(for word: String) -> [String] {
        Suggestions.closest(to: word, in: all.map(\.name), limit: 2)
    }
}
