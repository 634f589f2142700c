import SalesCoachCore

/// The headings and notes of the table `classify` prints, whether the
/// classification was made here or by a database server, so both read alike.
enum ClassifyTableWords: BilingualMessage {
    case rep, customer, segment, objective, record, note
    /// The summary's headings.
    case customers, share, shareOfSales, meaning
    /// A row's rep when it has none.
    case noRep
    case borderline
    /// A customer no segment could be given: the axes without data.
    case noData([Axis])
    /// The count of unclassified customers under the server's table, in front of the number.
    case unclassifiedCount
    /// The summary's row of unclassified customers, what it means, and its last row.
    case unclassified, missingAxisData, total
    /// What a segment asks of the rep, in the summary's last column.
    case meaningOf(Segment)

    var wording: (en: String, ja: String) {
        switch self {
        case .rep: ("Rep", "担当")
        case .customer: ("Customer", "顧客")
        case .segment: ("Segment", "領域")
        case .objective: ("Objective", "客観的評価")
        case .record: ("Record", "取引実績")
        case .note: ("Note", "備考")
        case .customers: ("Customers", "社数")
        case .share: ("Share", "構成比")
        case .shareOfSales: ("Share of our sales", "当社売上の構成比")
        case .meaning: ("What it means", "意味")
        case .noRep: ("(no rep)", "（担当なし）")
        case .borderline: ("borderline", "境界線上")
        case .noData(let axes):
            (
                "no \(axes.map(\.label).joined(separator: " or ")) data",
                "\(axes.map(\.labelJapanese).joined(separator: "・"))のデータなし"
            )
        case .unclassifiedCount: ("unclassified ", "分類なし ")
        case .unclassified: ("unclassified", "未分類")
        case .missingAxisData: ("missing data on an axis", "どちらかの軸のデータがない")
        case .total: ("total", "合計")
        case .meaningOf(let segment): (segment.summary, segment.summaryJapanese)
        }
    }
}
