/// The text encoding a customer file is read in: detected, or named by the
/// user (`--encoding`) when detection cannot know better.
public enum SourceEncoding: Sendable, Hashable, CustomStringConvertible {
    /// A byte-order mark decides; otherwise UTF-8 when the bytes are valid
    /// UTF-8, else Shift_JIS (CP932), the encoding Japanese Excel saves CSV in.
    case automatic
    case utf8
    /// Shift_JIS as Windows writes it (CP932): NEC and IBM extensions such as ㈱ and ① included.
    case shiftJIS
    /// UTF-16; the byte-order mark decides the byte order, little-endian without one.
    case utf16

    /// The names `--encoding` accepts, for help texts and error messages.
    public static let acceptedNames = ["auto", "utf-8", "shift_jis", "cp932", "utf-16"]

    /// Reads an encoding name as users type it (`utf-8`, `UTF8`, `Shift_JIS`,
    /// `sjis`, `cp932`, `windows-31j`, `utf-16`, `auto`); nil for anything else.
    public init?(name: String) {
        let key = String(name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
        switch key {
        case "auto", "automatic", "detect": self = .automatic
        case "utf8", "utf8bom", "utf8sig": self = .utf8
        case "shiftjis", "sjis", "cp932", "windows31j", "mskanji", "ms932": self = .shiftJIS
        case "utf16", "utf16le", "utf16be", "unicode", "ucs2": self = .utf16
        default: return nil
        }
    }

    /// `init(name:)` for `--encoding`, throwing the message a user sees for an unknown name.
    public static func named(_ name: String) throws(ImportError) -> SourceEncoding {
        guard let encoding = SourceEncoding(name: name) else { throw .unknownEncodingName(name) }
        return encoding
    }

    public var description: String {
        switch self {
        case .automatic: "auto"
        case .utf8: "UTF-8"
        case .shiftJIS: "Shift_JIS (CP932)"
        case .utf16: "UTF-16"
        }
    }
}

/// The encoding a file turned out to be in, reported with the import so a
/// user can see that a Shift_JIS file was recognised as such.
public enum DetectedEncoding: Sendable, Hashable, CustomStringConvertible {
    case utf8
    case utf8WithBOM
    case shiftJIS
    case utf16LittleEndian
    case utf16BigEndian

    public var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 with BOM"
        case .shiftJIS: "Shift_JIS (CP932)"
        case .utf16LittleEndian: "UTF-16 LE"
        case .utf16BigEndian: "UTF-16 BE"
        }
    }
}
