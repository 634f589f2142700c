import ArgumentParser

/// The format `export` writes.
enum FileFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, xlsx

    init?(argument: String) { self.init(rawValue: argument.lowercased()) }

    /// The format a file's name ends in: `.json`, `.xlsx`, else CSV.
    init(ending path: String) {
        let lower = path.lowercased()
        self = lower.hasSuffix(".json") ? .json : lower.hasSuffix(".xlsx") ? .xlsx : .csv
    }
}
