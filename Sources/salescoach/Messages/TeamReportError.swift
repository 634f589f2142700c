import SalesCoachCore
import SalesCoachWorkspace

/// Why `team` or `check` could not make its report, or, under `--strict`,
/// which rules the plans broke.
enum TeamReportError: UserMessage, BilingualMessage {
    case bothFromStandardInput
    case chartNotSVG
    case noWorkspace(path: String)
    /// The workspace named by `--history` did not open: the reason is worded in both languages.
    case unreadableHistory(WorkspaceError)
    /// `--strict`: a rule class failed; `listed` names the reps and warnings, already worded.
    case strict(rule: PlanWarning.StrictClass, listed: String)

    var wording: (en: String, ja: String) {
        switch self {
        case .bothFromStandardInput:
            return (
                "the plan and the customer file cannot both come from standard input (-); name one of them as a file",
                "計画と顧客ファイルの両方を標準入力（-）から読むことはできません。どちらかはファイルを指定してください"
            )
        case .chartNotSVG:
            return ("--chart writes an SVG picture: name the file FILE.svg", "--chart はSVGの図を書き出します。ファイル名を FILE.svg にしてください")
        case .noWorkspace(let path):
            return (
                "--history: no workspace at \(path); name the workspace file a session keeps the team's book in",
                "--history：\(path) にワークスペースがありません。チームの顧客リストを入れたセッションのワークスペースを指定してください"
            )
        case .unreadableHistory(let reason):
            return ("--history: " + reason.text(in: .en), "--history：" + reason.text(in: .ja))
        case .strict(let rule, let listed):
            return (
                "strict: the \(rule.name) rules failed (exit \(rule.rawValue)): \(listed)",
                "--strict：\(rule.label(in: .ja))の規則を満たしていません（終了コード \(rule.rawValue)）：\(listed)"
            )
        }
    }
}
