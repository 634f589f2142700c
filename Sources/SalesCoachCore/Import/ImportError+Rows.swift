extension ImportError {
    /// The message in the session's language, with the file, line and
    /// column it is about.
    public func text(in language: Language) -> String {
        if case .inSheet(let sheet, let problem) = self {
            if case .emptyFile(let source) = problem {
                let name = ImportText.snippet(sheet, limit: 40)
                return language.pick(
                    "\(source), sheet '\(name)' is empty; expected a header row such as "
                        + CustomerField.all.map(\.canonicalName).joined(separator: ", ") + " and one customer per row",
                    "\(source) のシート「\(name)」は空です。見出しの行（"
                        + CustomerField.all.map { $0.columnName(in: .ja) }.joined(separator: "、") + " など）と、1行に1社の顧客が必要です")
            }
            return problem.inSheet(sheet, text: problem.text(in: language), in: language)
        }
        guard let source, let line, let problem = rowProblem else { return language.pick(description, japanese) }
        return language.pick("\(source), line \(line)\(problem.en)", "\(source) \(line)行目\(problem.ja)")
    }

    /// Where in its row the problem is and what was expected, without the
    /// file name (`line 12, column 3 (employees): expected a number, found
    /// 'abc'`): the `reason` of a rejected row.
    public func reason(in language: Language) -> String {
        if case .inSheet(let sheet, let problem) = self {
            return problem.inSheet(sheet, text: problem.reason(in: language), in: language)
        }
        guard let line, let problem = rowProblem else {
            // Not a row's own problem (a duplicate, say): the message without its file name.
            let text = text(in: language)
            let lead = language.pick(", ", " ")
            guard let source, text.hasPrefix(source + lead) else { return text }
            return String(text.dropFirst(source.count + lead.count))
        }
        return language.pick("line \(line)\(problem.en)", "\(line)行目\(problem.ja)")
    }

    /// Whether `--skip-bad-rows` can set the row aside: the problem is in
    /// the row's own cells, not in the file's structure.
    public var isRowProblem: Bool {
        switch self {
        case .raggedRow, .badNumber, .badDate, .emptyName: true
        case .inSheet(_, let problem): problem.isRowProblem
        default: false
        }
    }

    /// The text after the line number, for the cases worded in both languages.
    private var rowProblem: (en: String, ja: String)? {
        switch self {
        case .raggedRow(_, _, let found, let expected):
            return (
                ": found \(Counted(found, "field", counter: "個").en), expected \(expected) "
                    + "as in the header (a value that contains a comma must be in quotes)",
                "：項目が\(found)個あります。見出しと同じ\(expected)個のはずです（カンマを含む値は引用符で囲んでください）"
            )
        case .badNumber(_, _, let column, let found, let reason):
            return (
                ", \(column.text(in: .en)): expected a number, found '\(ImportText.snippet(found))'" + reason.suffix(in: .en),
                "、\(column.text(in: .ja))：数値のはずですが「\(ImportText.snippet(found))」です" + reason.suffix(in: .ja)
            )
        case .badDate(_, _, let column, let found, let reason):
            return (
                ", \(column.text(in: .en)): expected a date YYYY-MM-DD, found '\(ImportText.snippet(found))' (\(reason.text(in: .en)))",
                "、\(column.text(in: .ja))：日付（YYYY-MM-DD）のはずですが「\(ImportText.snippet(found))」です（\(reason.text(in: .ja))）"
            )
        case .emptyName(_, _, let column):
            return (
                ", \(column.text(in: .en)): the customer name is empty; expected a name",
                "、\(column.text(in: .ja))：顧客名が空です。名前を入れてください"
            )
        case .ambiguousDateOrder(_, _, let column, let found):
            let cell = ImportText.snippet(found)
            return (
                ", \(column.text(in: .en)): '\(cell)' could be month/day/year or day/month/year, and no date in this column "
                    + "has a number above 12 to tell; expected the order named: --date-format mdy (month first, "
                    + "as in the US) or --date-format dmy (day first); nothing was imported",
                "、\(column.text(in: .ja))：「\(cell)」は 月/日/年 とも 日/月/年 とも読め、この列には"
                    + "どちらかを決める12より大きい数がありません。--date-format mdy（月が先、米国式）か "
                    + "--date-format dmy（日が先）で順序を指定してください。何も読み込んでいません"
            )
        default:
            return nil
        }
    }
}

extension ImportColumn: BilingualMessage {
    /// `column 3 (employees)` / `3列目（employees）`.
    public var wording: (en: String, ja: String) {
        (description, header.isEmpty ? "\(number)列目" : "\(number)列目（\(ImportText.snippet(header))）")
    }
}
