import Foundation

/// `xl/styles.xml` as the reader needs it: which cell styles show a number
/// as a date or as a percentage.
struct CellFormats {
    enum Kind {
        case plain
        case date
        case percent
    }

    /// The kind of each cell style (`s="3"` is index 3 of `cellXfs`).
    private var kinds: [Kind] = []

    init() {}

    init(_ data: Data, part: String, source: String) throws(SpreadsheetError) {
        var custom: [Int: String] = [:]
        var styleFormats: [Int] = []
        var inCellStyles = false
        try XMLScanner.scan(
            data, part: part, source: source,
            start: { element, attributes in
                switch element {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { custom[id] = code }
                case "cellXfs": inCellStyles = true
                case "xf" where inCellStyles: styleFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
                default: break
                }
            },
            end: { element in if element == "cellXfs" { inCellStyles = false } })
        kinds = styleFormats.map { id in custom[id].map(Self.kind(ofCode:)) ?? Self.kind(ofBuiltIn: id) }
    }

    /// The kind of cell style `index`; plain for a style the file lacks.
    func kind(ofStyle index: Int) -> Kind { index >= 0 && index < kinds.count ? kinds[index] : .plain }

    /// Built-in formats: 9–10 percentages; 14–22 dates (22 with a time);
    /// 27–36 and 50–58 the dates of East Asian locales (年月日, 和暦).
    static func kind(ofBuiltIn id: Int) -> Kind {
        switch id {
        case 9, 10: .percent
        case 14...22, 27...36, 50...58: .date
        default: .plain
        }
    }

    /// A custom format shows a date when, outside quoted text, escapes and
    /// `[…]` (colours, conditions, elapsed time), it has a year, a day or a
    /// Japanese era (`yyyy/m/d`, `ggge年m月d日`); `h:mm` alone is a time.
    static func kind(ofCode code: String) -> Kind {
        var bare = ""
        var quoted = false
        var bracket = false
        var escaped = false
        for character in code {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            default: if !quoted && !bracket { bare.append(character) }
            }
        }
        // Only the first section (positive numbers) says how a date shows.
        let first = bare.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? bare
        let lower = first.lowercased().replacingOccurrences(of: "general", with: "")
        if lower.contains("y") || lower.contains("d") || lower.contains("g") { return .date }
        return first.contains("%") ? .percent : .plain
    }
}
