import SalesCoachCore

/// What `matrix` says under its plot or after writing its picture, and why
/// it would not write one.
enum MatrixMessage: BilingualMessage {
    case wrote(customers: Int, path: String, unclassified: Int)
    /// Under the plot: the customers it could not place.
    case notShown(unclassified: Int)
    case nothingClassified

    var wording: (en: String, ja: String) {
        switch self {
        case .wrote(let customers, let path, let unclassified):
            return (
                "Wrote the matrix of \(Counted(customers, "customer", counter: "社").en) to \(path)\(unclassified > 0 ? " (\(unclassified) unclassified left out)" : "").",
                "\(customers)社のマトリックスを \(path) に書き出しました\(unclassified > 0 ? "（分類できない \(unclassified)社は除外）" : "")。"
            )
        case .notShown(let unclassified):
            return (
                "\(Counted(unclassified, "customer", counter: "社").en) not shown: no data on an axis ('list unclassified').",
                "軸のデータがない \(unclassified)社は表示していません（'list unclassified'）。"
            )
        case .nothingClassified:
            return (
                "No customer can be classified yet: each needs at least one objective metric and one record metric.",
                "まだ分類できる顧客がいません。客観的評価と取り引き実績の数値がそれぞれ一つ以上必要です。"
            )
        }
    }
}
