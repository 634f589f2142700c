import GRDB
import SalesCoachCore

/// One confirmed change to the workspace, as the undo journal remembers it.
///
/// Structured rather than a sentence so the terminal can word it in the
/// user's language; `description` is the plain English form.
public enum WorkspaceChange: Sendable, Hashable, CustomStringConvertible {
    case addCustomer(name: String)
    case updateCustomer(name: String)
    case renameCustomer(from: String, to: String)
    case removeCustomer(name: String)
    /// A whole customer list written at once (an import or merge).
    case replaceBook(customers: Int, source: String?)
    case setSetting(key: String, value: String)
    case removeSetting(key: String)
    /// Several settings changed together (they are validated as a group).
    case updateSettings(count: Int)
    case setPlannedVisit(name: String)
    case removePlannedVisit(name: String)
    /// The planned visits replaced by a new plan (`count` visits' entries).
    case replacePlannedVisits(count: Int)
    case clearPlannedVisits
    /// A proposed plan saved as the planned visits of its week.
    case acceptPlan(week: LocalDate, count: Int)
    /// A customer's planned visits moved to another week.
    case movePlannedVisits(name: String, week: LocalDate)
    case logVisit(name: String, date: LocalDate)
    /// Everything replaced from a backup file.
    case restore(source: String, customers: Int)
    /// A change recorded by a version of SalesCoach that named it differently.
    case other(kind: String)

    public var description: String {
        switch self {
        case .addCustomer(let name): "add '\(name)'"
        case .updateCustomer(let name): "change '\(name)'"
        case .renameCustomer(let from, let to): "rename '\(from)' to '\(to)'"
        case .removeCustomer(let name): "remove '\(name)'"
        case .replaceBook(let count, let source):
            "load \(count) customer\(count == 1 ? "" : "s")" + (source.map { " from \($0)" } ?? "")
        case .setSetting(let key, let value): "set \(key) = \(value)"
        case .removeSetting(let key): "reset \(key)"
        case .updateSettings(let count): "change \(count) setting\(count == 1 ? "" : "s")"
        case .setPlannedVisit(let name): "plan visits to '\(name)'"
        case .removePlannedVisit(let name): "drop the planned visits to '\(name)'"
        case .replacePlannedVisits(let count): "save a plan of \(count) entr\(count == 1 ? "y" : "ies")"
        case .clearPlannedVisits: "clear the planned visits"
        case .acceptPlan(let week, let count):
            "accept the plan for the week of \(week) (\(count) entr\(count == 1 ? "y" : "ies"))"
        case .movePlannedVisits(let name, let week): "move the planned visits to '\(name)' to the week of \(week)"
        case .logVisit(let name, let date): "log a visit to '\(name)' on \(date)"
        case .restore(let source, let count): "restore \(count) customer\(count == 1 ? "" : "s") from \(source)"
        case .other(let kind): "a change of kind '\(kind)'"
        }
    }

    /// The change in the session's language, for undo and for what another session did.
    public func text(in language: Language) -> String {
        guard language == .ja else { return description }
        switch self {
        case .addCustomer(let name): return "「\(name)」を追加"
        case .updateCustomer(let name): return "「\(name)」を変更"
        case .renameCustomer(let from, let to): return "「\(from)」を「\(to)」に名前変更"
        case .removeCustomer(let name): return "「\(name)」を削除"
        case .replaceBook(let count, let source): return (source.map { "\($0) から" } ?? "") + "顧客\(count)社を読み込み"
        case .setSetting(let key, let value): return "\(key) = \(value) に設定"
        case .removeSetting(let key): return "\(key) を初期値に戻す"
        case .updateSettings(let count): return "設定\(count)件を変更"
        case .setPlannedVisit(let name): return "「\(name)」の訪問予定を設定"
        case .removePlannedVisit(let name): return "「\(name)」の訪問予定を削除"
        case .replacePlannedVisits(let count): return "訪問計画（\(count)件）を保存"
        case .clearPlannedVisits: return "訪問予定をすべて削除"
        case .acceptPlan(let week, let count): return "\(week) の週の計画（\(count)件）を確定"
        case .movePlannedVisits(let name, let week): return "「\(name)」の訪問予定を \(week) の週へ移動"
        case .logVisit(let name, let date): return "\(date) の「\(name)」への訪問を記録"
        case .restore(let source, let count): return "\(source) から顧客\(count)社を復元"
        case .other(let kind): return "種類「\(kind)」の変更"
        }
    }

    /// The columns of `undo_changes`: kind, subject, detail, count.
    var columns: (kind: String, subject: String?, detail: String?, count: Int?) {
        switch self {
        case .addCustomer(let name): ("add", name, nil, nil)
        case .updateCustomer(let name): ("update", name, nil, nil)
        case .renameCustomer(let from, let to): ("rename", from, to, nil)
        case .removeCustomer(let name): ("remove", name, nil, nil)
        case .replaceBook(let count, let source): ("replace-book", source, nil, count)
        case .setSetting(let key, let value): ("set-setting", key, value, nil)
        case .removeSetting(let key): ("remove-setting", key, nil, nil)
        case .updateSettings(let count): ("update-settings", nil, nil, count)
        case .setPlannedVisit(let name): ("plan-visit", name, nil, nil)
        case .removePlannedVisit(let name): ("unplan-visit", name, nil, nil)
        case .replacePlannedVisits(let count): ("replace-plan", nil, nil, count)
        case .clearPlannedVisits: ("clear-plan", nil, nil, nil)
        case .acceptPlan(let week, let count): ("accept-plan", nil, week.description, count)
        case .movePlannedVisits(let name, let week): ("move-plan-visit", name, week.description, nil)
        case .logVisit(let name, let date): ("log-visit", name, date.description, nil)
        case .restore(let source, let count): ("restore", source, nil, count)
        case .other(let kind): (kind, nil, nil, nil)
        }
    }

    init(kind: String, subject: String?, detail: String?, count: Int?) {
        let subjectText = subject ?? ""
        switch kind {
        case "add": self = .addCustomer(name: subjectText)
        case "update": self = .updateCustomer(name: subjectText)
        case "rename": self = .renameCustomer(from: subjectText, to: detail ?? "")
        case "remove": self = .removeCustomer(name: subjectText)
        case "replace-book": self = .replaceBook(customers: count ?? 0, source: subject)
        case "set-setting": self = .setSetting(key: subjectText, value: detail ?? "")
        case "remove-setting": self = .removeSetting(key: subjectText)
        case "update-settings": self = .updateSettings(count: count ?? 0)
        case "plan-visit": self = .setPlannedVisit(name: subjectText)
        case "unplan-visit": self = .removePlannedVisit(name: subjectText)
        case "replace-plan": self = .replacePlannedVisits(count: count ?? 0)
        case "clear-plan": self = .clearPlannedVisits
        case "accept-plan", "move-plan-visit":
            if let week = detail.flatMap({ LocalDate(parsing: $0) }) {
                self = kind == "accept-plan" ? .acceptPlan(week: week, count: count ?? 0) : .movePlannedVisits(name: subjectText, week: week)
            } else {
                self = .other(kind: kind)
            }
        case "log-visit":
            if let date = detail.flatMap({ LocalDate(parsing: $0) }) {
                self = .logVisit(name: subjectText, date: date)
            } else {
                self = .other(kind: kind)
            }
        case "restore": self = .restore(source: subjectText, customers: count ?? 0)
        default: self = .other(kind: kind)
        }
    }

    /// The change a row of `undo_changes` records (columns kind, subject, detail, count).
    init(_ row: Row) {
        self.init(kind: row.text("kind") ?? "", subject: row.text("subject"), detail: row.text("detail"), count: row.int("count"))
    }
}
