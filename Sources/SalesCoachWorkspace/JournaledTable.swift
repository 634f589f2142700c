import SalesCoachCore

/// A table whose rows the undo journal can save and restore.
struct JournaledTable: Sendable, Equatable {
    let name: String
    /// The single column identifying a row.
    let primaryKey: String
    let columns: [String]

    /// Where the rows are saved before a change.
    var shadow: String { "undo_\(name)" }
    var columnList: String { columns.joined(separator: ", ") }

    static let metricColumns = Metric.allCases.map(\.rawValue)

    /// The order `Workspace.customer(from:)` reads them in.
    static let customers = JournaledTable(
        name: "customers", primaryKey: "key",
        columns: ["key", "name", "position"] + metricColumns + ["last_visit", "rep", "notes"])
    static let settings = JournaledTable(name: "settings", primaryKey: "key", columns: ["key", "value"])
    static let plannedVisits = JournaledTable(
        name: "planned_visits", primaryKey: "id",
        columns: ["id", "customer_key", "customer_name", "visits", "hours", "rep", "week"])
    static let visitLog = JournaledTable(
        name: "visit_log", primaryKey: "id", columns: ["id", "customer_key", "customer_name", "date", "note"])

    static let all = [customers, settings, plannedVisits, visitLog]

    static func named(_ name: String) -> JournaledTable? { all.first { $0.name == name } }
}
