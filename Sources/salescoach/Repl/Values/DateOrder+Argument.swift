import ArgumentParser
import SalesCoachCore

/// `--date-format mdy|dmy|ymd` on the command line: any name `DateOrder(name:)`
/// reads (`M/D/YYYY`, `us`…), completed and listed as the three short names.
extension DateOrder: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
