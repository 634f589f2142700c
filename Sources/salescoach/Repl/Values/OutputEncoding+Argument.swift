import ArgumentParser
import SalesCoachCore

/// `--output-encoding` in the session's commands: any name `OutputEncoding(name:)` reads.
extension OutputEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }

    public static var allValueStrings: [String] { acceptedNames }
}
