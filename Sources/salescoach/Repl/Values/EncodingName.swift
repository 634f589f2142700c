import ArgumentParser
import SalesCoachCore

/// The text encoding `--encoding` (and `load --encoding`) reads a file in, by
/// any name the importer knows; completed as the four main names.
struct EncodingName: ExpressibleByArgument {
    let name: String

    init?(argument: String) {
        guard SourceEncoding(name: argument) != nil else { return nil }
        name = argument
    }

    init(_ name: String) { self.name = name }

    static var allValueStrings: [String] { ["auto", "utf-8", "shift_jis", "utf-16"] }

    var defaultValueDescription: String { name }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
