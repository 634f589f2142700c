extension ImportWarning {
    /// Whether this is how the file was read rather than a problem with it: a
    /// file in Shift_JIS (CP932) is what Japanese Excel saves, so it is said
    /// as a note, not a warning.
    public var isNote: Bool {
        switch self {
        case .readAs: true
        case .inSheet(_, let warning): warning.isNote
        default: false
        }
    }

    /// The warning in `language`, with the file, line and column it is about.
    public func text(in language: Language) -> String {
        if case .inSheet(let sheet, let warning) = self {
            let place: (source: String, line: Int?, column: ImportColumn?) =
                switch warning {
                case .negativeValue(let source, let line, let column, _), .lineBreakJoined(let source, let line, let column, _):
                    (source, line, column)
                case .conflictingValues(let source, _, _, _, _, let line, _): (source, line, nil)
                case .ignoredColumns(let source, _), .mergedDuplicates(let source, _, _), .noMetricColumns(let source),
                    .readAs(let source, _), .more(let source, _):
                    (source, nil, nil)
                case .inSheet: ("", nil, nil)
                }
            return SheetPlace(source: place.source, sheet: sheet).relocate(
                warning.text(in: language), line: place.line, column: place.column, in: language)
        }
        guard language == .ja else { return description }
        switch self {
        case .inSheet:
            return description
        case .ignoredColumns(let source, let columns):
            var list = columns.prefix(12).map { $0.text(in: .ja) }.joined(separator: "、")
            if columns.count > 12 { list += "ほか\(columns.count - 12)列" }
            return "\(source)：どの項目にも当たらない列を読み飛ばしました：\(list)"
        case .mergedDuplicates(let source, let count, let examples):
            let list = examples.map { $0.text(in: .ja) }.joined(separator: "、")
            let rest = count > examples.count ? "、ほか\(count - examples.count)社" : ""
            return "\(source)：重複していた顧客\(count)社をまとめました：\(list)\(rest)"
        case .conflictingValues(let source, let name, let field, let keptLine, let kept, let otherLine, let other):
            return "\(source) \(otherLine)行目：「\(ImportText.snippet(name))」の\(field.columnName(in: .ja))がここでは\(other)、"
                + "\(keptLine)行目では\(kept)です。\(kept)を採りました"
        case .negativeValue(let source, let line, let column, let value):
            return "\(source) \(line)行目、\(column.text(in: .ja))：負の値 \(ImportNumber.text(value)) があります"
        case .lineBreakJoined(let source, let line, let column, let field):
            let what = field == .name ? "顧客名" : field.columnName(in: .ja)
            return "\(source) \(line)行目、\(column.text(in: .ja))：\(what)に改行があったため、空白でつなぎました"
        case .noMetricColumns(let source):
            return "\(source)：指標の列（company_revenue・employees・growth・orders・sales・profit）がないため、全顧客が未分類になります"
        case .readAs(let source, let encoding):
            return "\(source)：\(encoding) として読みました"
        case .more(let source, let count):
            return "\(source)：同じような警告がほかに\(count)件あります"
        }
    }
}

extension MergedDuplicate {
    /// `「Acme」（佐藤）2・5行目`.
    public func text(in language: Language) -> String {
        guard language == .ja else { return description }
        let owner = rep.map { "（\(ImportText.snippet($0))）" } ?? ""
        return "「\(ImportText.snippet(name))」\(owner)" + lines.map(String.init).joined(separator: "・") + "行目"
    }
}
