import ArgumentParser

/// The format `export` writes.
enum FileFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, xlsx

    init?(argument: String) { self.init(rawValue: argument.lowercased()) }

    /// The format a file's name ends in (`.csv`, `.json`, `.xlsx`); nil for
    /// any other name, which `export` refuses rather than write CSV into `book.svg`.
    init?(ending path: String) {
        let lower = path.lowercased()
        guard let format = FileFormat.allCases.first(where: { lower.hasSuffix("." + $0.rawValue) }) else { return nil }
        self = format
    }
}
