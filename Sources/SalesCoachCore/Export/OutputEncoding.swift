/// The text encoding an export is written in (`--output-encoding`), apart
/// from the encoding a customer file is read in (`--encoding`).
public enum OutputEncoding: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// UTF-8 without a byte-order mark: what scripts and most programs expect.
    case utf8 = "utf-8"
    /// UTF-8 after a byte-order mark, which Excel needs to open a CSV as UTF-8.
    case utf8BOM = "utf-8-bom"
    /// Shift_JIS as Japanese Windows and Excel write it (CP932).
    case cp932

    /// The names `--output-encoding` accepts, for help texts and messages.
    public static let acceptedNames = allCases.map(\.rawValue)

    /// Reads a name as users type it (`utf-8`, `UTF8`, `utf-8-bom`,
    /// `utf-8-sig`, `cp932`, `Shift_JIS`, `sjis`, `windows-31j`); nil for anything else.
    public init?(name: String) {
        let key = String(name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
        switch key {
        case "utf8": self = .utf8
        case "utf8bom", "utf8sig", "utf8withbom": self = .utf8BOM
        case "cp932", "shiftjis", "sjis", "windows31j", "mskanji", "ms932": self = .cp932
        default: return nil
        }
    }

    /// `init(name:)` for `--output-encoding`, throwing the message a user sees for an unknown name.
    public static func named(_ name: String) throws(ExportError) -> OutputEncoding {
        guard let encoding = OutputEncoding(name: name) else { throw .unknownEncodingName(name) }
        return encoding
    }

    /// The encoding to write an export in: the one asked for, else the default.
    ///
    /// A CSV written to a file is UTF-8 with a byte-order mark when the
    /// language is Japanese (so Japanese Excel opens it), plain UTF-8
    /// otherwise; a CSV on standard output is plain UTF-8. JSON, iCalendar
    /// and SVG are UTF-8 by their standards, without a byte-order mark: any
    /// other encoding asked for them is refused.
    ///
    /// - Throws: `ExportError.encodingNotForFormat` for `utf-8-bom` or `cp932` with a format that is not CSV.
    public static func resolve(
        _ requested: OutputEncoding?, format: ExportFormat, toFile: Bool, language: Language
    ) throws(ExportError) -> OutputEncoding {
        guard format == .csv else {
            if let requested, requested != .utf8 { throw .encodingNotForFormat(requested, format) }
            return .utf8
        }
        return requested ?? (toFile && language == .ja ? .utf8BOM : .utf8)
    }

    /// A new encoder that writes text in this encoding, a piece at a time.
    public func encoder() -> OutputEncoder { OutputEncoder(self) }

    /// Text in this encoding, all at once.
    ///
    /// - Throws: `ExportError.unencodable` naming the row and the character CP932 cannot hold.
    public func encode(_ text: String) throws(ExportError) -> [UInt8] {
        var encoder = encoder()
        return try encoder.encode(Array(text.utf8))
    }

    public var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8BOM: "UTF-8 with BOM"
        case .cp932: "Shift_JIS (CP932)"
        }
    }
}

/// The kinds of file an export writes, as far as their encoding goes.
public enum ExportFormat: String, Sendable, Hashable {
    case csv = "CSV"
    case json = "JSON"
    case iCalendar = "iCalendar"
    case svg = "SVG"
    /// An Excel workbook: its XML parts are UTF-8, whatever the language.
    case xlsx = "xlsx"
}
