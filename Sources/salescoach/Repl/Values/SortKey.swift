import ArgumentParser
import SalesCoachCore

/// The order of `list --sort`: a column, the planner's priority, or a metric.
enum SortKey: ExpressibleByArgument, Equatable {
    case name, segment, objective, record, lastVisit, rep, priority
    case metric(Metric)

    init?(argument: String) {
        switch argument.lowercased() {
        case "name": self = .name
        case "segment": self = .segment
        case "objective": self = .objective
        case "record": self = .record
        case "last_visit", "visit": self = .lastVisit
        case "rep": self = .rep
        case "priority", "plan": self = .priority
        case let word:
            guard let metric = Metric(rawValue: word) else { return nil }
            self = .metric(metric)
        }
    }

    static var allValueStrings: [String] {
        ["name", "segment", "objective", "record", "last_visit", "rep", "priority"] + Metric.allCases.map(\.rawValue)
    }
}
