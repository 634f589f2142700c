import ArgumentParser
import SalesCoachCore

/// `--lang en|ja`: typed, so the shell completes it and `--help` lists the values.
extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
