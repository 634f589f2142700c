import ArgumentParser
import SalesCoachCore

/// The segment `list` shows: a letter, or the customers with no segment.
struct SegmentFilter: ExpressibleByArgument, Equatable {
    /// nil: the unclassified customers.
    let segment: Segment?

    init?(argument: String) {
        if let segment = Segment(letter: argument) {
            self.segment = segment
        } else if ["unclassified", "none", "未分類"].contains(argument.lowercased()) {
            segment = nil
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { Segment.allCases.map(\.rawValue) + ["unclassified"] }
}
