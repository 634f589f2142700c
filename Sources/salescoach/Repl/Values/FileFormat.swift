import ArgumentParser

/// The format `export` writes.
enum FileFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json

    init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
