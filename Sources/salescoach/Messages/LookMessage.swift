import SalesCoachCore

/// The words of what `list`, `show`, `why` and `summary` print around the
/// book's own data: headings, labels, legends and the line for an empty list.
enum LookMessage: BilingualMessage {
    case emptyBook
    case noneInSegment
    /// Under `list`'s table: how many of the customers it shows.
    case listed(shown: Int, of: Int)
    /// The legend's part for `~`: what borderline means, with the cut and the margin.
    case borderlineLegend(cut: String, margin: String)
    case noValueLegend
    /// Between the parts of the legend.
    case legendSeparator
    /// The headings of the customer table.
    case customerColumn, segmentColumn, objectiveColumn, recordColumn, salesColumn, lastVisitColumn, repColumn
    /// `show`'s labels, and its word for an empty cell.
    case emptyCell, lastVisitLabel, repLabel, notesLabel
    case seeAlso(title: String, id: String)
    /// `summary`'s weekly C share: a week with no visits, what the share is of, and one over the limit.
    case nothingLoggedOrPlanned
    case ofLogged(Int)
    case ofPlanned(String)
    case overLimit
    case cShareHeading(limit: String)

    var wording: (en: String, ja: String) {
        switch self {
        case .emptyBook:
            return (
                "The list is empty. Load a CSV with 'load FILE' (try: load examples/demo-customers.csv), or 'add NAME key=value…'.",
                "顧客リストは空です。'load ファイル名' でCSVを読み込むか（例：load examples/demo-customers.csv）、'add 顧客名 項目=値…' で追加してください。"
            )
        case .noneInSegment:
            return ("No customers in that segment.", "その領域の顧客はいません。")
        case .listed(let shown, let total):
            return ("\(shown) of \(Counted(total, "customer", counter: "社").en)", "\(total)社中 \(shown)社")
        case .borderlineLegend(let cut, let margin):
            return (
                "~ borderline: an axis score within \(margin) points of the cut (\(cut)), so a small change moves it",
                "~ 境界線上：どちらかの軸の点数が区切り（\(cut)）から \(margin) 点以内で、少しの変化で領域が変わります"
            )
        case .noValueLegend:
            return ("– no value on that axis (or in that column)", "– その軸（または列）の値がありません")
        case .legendSeparator:
            return ("; ", "。")
        case .customerColumn: return ("Customer", "顧客")
        case .segmentColumn: return ("Seg", "領域")
        case .objectiveColumn: return ("Objective", "客観的評価")
        case .recordColumn: return ("Record", "取引実績")
        case .salesColumn: return ("Sales", "当社売上")
        case .lastVisitColumn: return ("Last visit", "最終訪問")
        case .repColumn: return ("Rep", "担当")
        case .emptyCell: return ("(empty)", "（空欄）")
        case .lastVisitLabel: return ("last visit", "最終訪問日")
        case .repLabel: return ("rep", "担当者")
        case .notesLabel: return ("notes", "備考")
        case .seeAlso(let title, let id):
            return ("See also: \(title) [\(id)]", "参考：\(title) [\(id)]")
        case .nothingLoggedOrPlanned:
            return ("nothing logged or planned", "記録・予定なし")
        case .ofLogged(let visits):
            return ("of \(visits) logged", "記録\(visits)件中")
        case .ofPlanned(let visits):
            return ("of \(visits) planned", "予定\(visits)件中")
        case .overLimit:
            return ("  over the limit", "  上限超え")
        case .cShareHeading(let limit):
            return (
                "C's share of your visits by week (logged, else planned); ┃ marks the limit of \(limit)%:",
                "週ごとの訪問に占めるCの割合（記録、なければ予定）。┃ は上限 \(limit)%："
            )
        }
    }
}
