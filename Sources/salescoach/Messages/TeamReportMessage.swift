import SalesCoachCore

/// What `team` and `check` say around the team report: the history's moves
/// under it, and why it could not be made.
enum TeamReportMessage: BilingualMessage {
    /// A warning: the workspace given with `--history` holds few of the team's customers.
    case historyOfAnotherBook(shared: Int, customers: Int, path: String)
    case noHistory
    case movesByRep(HistoryPeriod)
    case movesByMonth

    var wording: (en: String, ja: String) {
        switch self {
        case .historyOfAnotherBook(let shared, let customers, let path):
            guard shared > 0 else {
                return (
                    "--history: none of the \(Counted(customers, "customer", counter: "社").en) in \(path) is in that workspace's history; the moves below may be another book's",
                    "--history：\(path) の顧客\(customers)社はどれもそのワークスペースの履歴にありません。下の移動は別の顧客リストのものかもしれません"
                )
            }
            return (
                "--history: only \(shared) of the \(Counted(customers, "customer", counter: "社").en) in \(path) \(shared == 1 ? "is" : "are") in that workspace's history; the moves below may be another book's",
                "--history：\(path) の顧客\(customers)社のうち、そのワークスペースの履歴にあるのは\(shared)社だけです。下の移動は別の顧客リストのものかもしれません"
            )
        case .noHistory:
            return ("No segment history in that workspace yet.", "そのワークスペースには領域の履歴がまだありません。")
        case .movesByRep(let quarter):
            return ("B→A moves \(quarter.text(in: .en)), by rep:", "B→A \(quarter.text(in: .ja))、担当者別：")
        case .movesByMonth:
            return ("B→A moves by month, whole team:", "月ごとのB→A（チーム全体）：")
        }
    }
}
