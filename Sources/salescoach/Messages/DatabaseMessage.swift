import SalesCoachCore

/// What is said of a customer table on a database server: an axis it has no
/// column for, and one rep's book pulled from it into a session.
enum DatabaseMessage: BilingualMessage {
    /// A warning: without a column for an axis, every customer is unclassified.
    case noAxisColumn(table: String, axis: Axis, metrics: [String])
    case pulled(customers: Int, rep: String, table: String, server: String, agree: Bool)
    /// A warning: the server's segments differ from the session's for `count` customers.
    case segmentsDiffer(count: Int, names: [String])

    var wording: (en: String, ja: String) {
        switch self {
        case .noAxisColumn(let table, let axis, let metrics):
            return (
                "\(table) has no column for the \(axis.label) (\(metrics.joined(separator: ", "))), so every customer is unclassified; "
                    + "map yours in the config file's [columns] section, e.g. revenue_musd = company_revenue",
                "\(table) に\(axis.labelJapanese)の列（\(metrics.joined(separator: "、"))）がないため、全顧客が未分類になります。"
                    + "設定ファイルの [columns] で割り当ててください（例：revenue_musd = company_revenue）"
            )
        case .pulled(let customers, let rep, let table, let server, let agree):
            return (
                "Pulled \(Counted(customers, "customer", counter: "社").en) of \(rep) from \(table) on \(server); the server's segments \(agree ? "agree" : "differ").",
                "\(server) の \(table) から \(rep) さんの顧客 \(customers) 社を読み込みました。サーバーの領域と\(agree ? "一致しています" : "食い違いがあります")。"
            )
        case .segmentsDiffer(let count, let names):
            return (
                "the server puts \(count) of these customers in another segment than this session does (\(names.joined(separator: ", "))); please report it",
                "サーバーはこのうち\(count)社を、このセッションとは別の領域に分類しています（\(names.joined(separator: "、"))）。報告をお願いします"
            )
        }
    }
}
