import SalesCoachCore
import SalesCoachWorkspace

/// What `load`, `export`, `add`, `set`, `rename`, `remove` and `undo` say
/// about the customer list once they have changed or written it.
enum BookMessage: BilingualMessage {
    /// `--file F --rep R` on a team export that repeats companies: only that rep's rows came in.
    case loadedRepRows(path: String, rep: String, rows: Int)
    case ignoredColumns([String])
    case loaded(customers: Int, source: String, readAs: String)
    case merged(source: String, added: Int, updated: Int, unchanged: Int)
    /// The unclassified count after the segments' counts in a load's summary.
    case unclassified(Int)
    case wrote(customers: Int, path: String)
    /// `add`: the customer's segment, or nil while it lacks an axis.
    case added(name: String, segment: Segment?)
    /// `set`: the segment before and after, when the change moved it.
    case updated(name: String, move: (from: Segment?, to: Segment?)?)

    case renamed(from: String, to: String)
    case removed(String)
    case nothingToUndo
    case undid(WorkspaceChange)

    var wording: (en: String, ja: String) {
        switch self {
        case .loadedRepRows(let path, let rep, let rows):
            return (
                "\(path) lists some companies under several reps, so only \(rep)'s \(Counted(rows, "row", counter: "行").en) were loaded.",
                "\(path) には複数の担当者に同じ会社が載っているため、\(rep)さんの \(rows) 行だけを読み込みました。"
            )
        case .ignoredColumns(let names):
            return ("  ignored columns: \(names.joined(separator: ", "))", "  使わない列：\(names.joined(separator: ", "))")
        case .loaded(let customers, let source, let readAs):
            return (
                "Loaded \(Counted(customers, "customer", counter: "社").en) from \(source) (\(readAs)).",
                "\(source) から \(customers)社を読み込みました（\(readAs)）。"
            )
        case .merged(let source, let added, let updated, let unchanged):
            return (
                "Merged \(source): \(added) added, \(updated) updated, \(unchanged) unchanged (skipped).",
                "\(source) を取り込みました：追加 \(added)社、更新 \(updated)社、変更なし \(unchanged)社。"
            )
        case .unclassified(let count):
            return (" · unclassified \(count)", " · 未分類 \(count)")
        case .wrote(let customers, let path):
            return ("Wrote \(Counted(customers, "customer", counter: "社").en) to \(path).", "\(path) に\(customers)社を書き出しました。")
        case .added(let name, let segment):
            return (
                "Added \(name)" + (segment.map { " (\($0.rawValue))." } ?? ". Not classified yet: give it an objective and a record value."),
                "\(name)を追加しました" + (segment.map { "（\($0.rawValue)）。" } ?? "。客観的評価と取り引き実績の値を入れると分類されます。")
            )
        case .renamed(let old, let new):
            return ("Renamed '\(old)' to '\(new)'.", "「\(old)」を「\(new)」に変更しました。")
        case .removed(let name):
            return ("Removed '\(name)'. 'undo' brings it back.", "「\(name)」を削除しました。'undo' で元に戻せます。")
        case .nothingToUndo:
            return ("Nothing to undo.", "取り消せる変更はありません。")
        case .undid(let change):
            return ("Undid: \(change).", "取り消しました：\(change.text(in: .ja))")
        case .updated(let name, let move):
            let change = move.map { (from: $0.from?.rawValue ?? "–", to: $0.to?.rawValue ?? "–") }
            return (
                "Updated \(name)." + (change.map { " Segment \($0.from) → \($0.to)." } ?? ""),
                "\(name)を更新しました。" + (change.map { "領域 \($0.from) → \($0.to)。" } ?? "")
            )
        }
    }
}
