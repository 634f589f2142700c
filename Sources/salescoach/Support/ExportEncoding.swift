import SalesCoachCore

/// `--output-encoding` as the commands take it: the default applied
/// (`OutputEncoding.resolve`), and files written in it.
enum ExportEncoding {
    /// The encoding to write `format` in, to a file or standard output.
    static func resolve(_ requested: OutputEncoding?, format: ExportFormat, toFile: Bool, language: Language) throws
        -> OutputEncoding
    {
        try failing(language) { () throws(ExportError) in
            try OutputEncoding.resolve(requested, format: format, toFile: toFile, language: language)
        }
    }

    /// Writes an export to `path` (atomically, see `FileOutput`) in `encoding`.
    /// A character the encoding cannot hold stops it before anything is written.
    static func write(_ text: String, to path: String, encoding: OutputEncoding, force: Bool, language: Language) throws {
        let bytes = try failing(language, path: path) { () throws(ExportError) in try encoding.encode(text) }
        try FileOutput.writeAtomically(bytes: bytes, to: path, force: force)
    }

    /// An encoding error as the message a user reads; with a path, that nothing was written to it.
    private static func failing<T>(
        _ language: Language, path: String? = nil, _ body: () throws(ExportError) -> T
    ) throws -> T {
        do {
            return try body()
        } catch {
            guard let path else { throw Session.Failure(error.text(in: language)) }
            throw Session.Failure(OutputError.cannotWrite(path: path, error), in: language)
        }
    }
}
