/// Problems reading a plan file (`customer,visits` or `customer,hours`).
public enum PlanFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file has no header row.
    case empty(source: String)
    /// The bytes are not text in a known encoding, or the CSV itself is malformed
    /// (the import's error, which names the file, line and column).
    case unreadable(ImportError)
    /// A column the plan needs is not in the header.
    case missingColumn(source: String, expected: Expected, found: [String])
    /// A row has fewer cells than the header, or more that are not empty.
    case ragged(source: String, line: Int, cells: Int, expected: Int)
    /// A cell that does not hold what its column needs.
    case badValue(
        source: String, line: Int, column: Int, header: String, found: String, expected: Expected)

    /// What a column or a cell should hold.
    public enum Expected: Sendable, Equatable {
        /// A plan file's customer column.
        case customerColumn
        /// A plan file's visits or hours column.
        case visitsOrHoursColumn
        /// A visit log's header, when there is none.
        case visitLogHeader
        /// A visit log's customer and date columns.
        case customerAndDateColumns
        case customerName
        case wholeVisits
        case hours
        /// Visits or hours (or a value of the one column there is) for this customer.
        case valueFor(customer: String, visitsOrHours: Bool)
        case visitDate(customer: String)
        /// A day not after `today`; `reason` says why the cell is not one.
        case dateNotAfter(LocalDate, reason: DateFormatError)
        case dayInWeek

        func text(in language: Language) -> String {
            let en = language == .en
            switch self {
            case .customerColumn: return en ? "a customer column (customer, 顧客名 or 取引先名)" : "顧客の列（customer・顧客名・取引先名）"
            case .visitsOrHoursColumn:
                return en ? "a visits or hours column (visits, 訪問回数, hours or 時間)" : "訪問回数か時間の列（visits・訪問回数・hours・時間）"
            case .visitLogHeader: return en ? "a header such as 'customer,date,rep'" : "'customer,date,rep' のような見出し"
            case .customerAndDateColumns:
                return en ? "a customer column and a date column (customer,date; 顧客名,訪問日)" : "顧客の列と日付の列（customer,date・顧客名,訪問日）"
            case .customerName: return en ? "a customer name" : "顧客名"
            case .wholeVisits: return en ? "a whole number of visits from 0 to 1,000" : "0から1,000までの訪問回数（整数）"
            case .hours: return en ? "a number of hours from 0 to 10,000, such as 1.5" : "0から10,000までの時間数（1.5 など）"
            case .valueFor(let customer, let both):
                return both
                    ? (en ? "visits or hours for \(customer)" : "\(customer)の訪問回数か時間")
                    : (en ? "a value for \(customer)" : "\(customer)の値")
            case .visitDate(let customer): return en ? "the date of the visit to \(customer)" : "\(customer)への訪問日"
            case .dateNotAfter(let today, let reason):
                return en
                    ? "a date on or before \(today), such as 2026-11-27 (\(reason.text(in: language)))"
                    : "\(today)以前の日付（2026-11-27 など。\(reason.text(in: language))）"
            case .dayInWeek:
                return en
                    ? "a date in the week, such as 2026-03-02, or an ISO week such as 2026-W10"
                    : "週の中の日付（2026-03-02 など）かISO週（2026-W10 など）"
            }
        }
    }

    public var description: String { text(in: .en) }

    /// The message in `language`: the file, the line and column, what was found and what was expected.
    public func text(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .empty(let source):
            return en
                ? "\(source): the file is empty; expected a header such as 'customer,visits'"
                : "\(source)：ファイルが空です。'customer,visits' のような見出しの行が必要です"
        case .unreadable(let error):
            return error.text(in: language)
        case .missingColumn(let source, let expected, let found):
            if en {
                let header = found.isEmpty ? "an empty header" : "'\(found.joined(separator: ","))'"
                return "\(source), line 1: expected \(expected.text(in: language)), found \(header)"
            }
            let header = found.isEmpty ? "見出しが空です" : "見出しは '\(found.joined(separator: ","))' です"
            return "\(source) 1行目：\(expected.text(in: language))が必要ですが、\(header)"
        case .ragged(let source, let line, let cells, let expected):
            return en
                ? "\(source), line \(line): expected \(expected) cells as in the header, found \(cells)"
                : "\(source) \(line)行目：項目が\(cells)個あります。見出しと同じ\(expected)個のはずです"
        case .badValue(let source, let line, let column, let header, let found, let expected):
            return en
                ? "\(source), line \(line), column \(column) (\(header)): expected \(expected.text(in: language)), found '\(found)'"
                : "\(source) \(line)行\(column)列目（\(header)）：\(expected.text(in: language))のはずですが「\(found)」です"
        }
    }
}
