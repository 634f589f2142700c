import SalesCoachCore
import SalesCoachWorkspace

/// What the segment history adds under `summary`, and why it could not be
/// kept or read.
enum HistoryMessage: BilingualMessage {
    /// A warning: the change is saved but the history was not updated.
    case notRecorded(WorkspaceError)
    /// This quarter's B→A moves (up to five named), and the visits spent in B.
    case quarter(HistoryPeriod, moves: [String], visitsInB: Int)
    case movesByMonth

    var wording: (en: String, ja: String) {
        switch self {
        case .notRecorded(let error):
            return (
                "the change is saved, but the segment history could not be updated: \(error.text(in: .en))",
                "変更は保存しましたが、領域の履歴を更新できませんでした：\(error.text(in: .ja))"
            )
        case .quarter(let period, let moves, let inB):
            let more = moves.count - 5
            let names = (
                en: moves.prefix(5).joined(separator: ", ") + (more > 0 ? " and \(more) more" : ""),
                ja: moves.prefix(5).joined(separator: "、") + (more > 0 ? " ほか\(more)社" : "")
            )
            let title = period.text(in: .en)
            return (
                "\(title.prefix(1).uppercased() + title.dropFirst()): \(Counted(moves.count, "B→A move", counter: "社").en)\(names.en.isEmpty ? "" : " (\(names.en))"); \(Counted(inB, "visit", counter: "回").en) spent in B. 'moves' lists every change.",
                "\(period.text(in: .ja))：B→A \(moves.count)社\(names.ja.isEmpty ? "" : "（\(names.ja)）")、Bへの訪問 \(inB)回。一覧は 'moves'。"
            )
        case .movesByMonth:
            return ("B→A moves by month:", "月ごとのB→A：")
        }
    }
}
