/// How a date written with the year last (`12/27/2017`, `27.12.2017`) is
/// read: the setting `--date-format mdy|dmy|ymd`.
///
/// With no setting, a customer file's date column decides once per file: a
/// first number above 12 means day first, a second one above 12 month first
/// (`ImportResult.dateOrder` says which cell showed it); a column whose
/// year-last dates all fit both ways is refused rather than guessed.
public enum DateOrder: String, Sendable, Hashable, CaseIterable {
    /// Month, day, year: `12/27/2017` (US; Salesforce and HubSpot in US English).
    case mdy
    /// Day, month, year: `27/12/2017` (most of Europe, Zoho outside the US).
    case dmy
    /// Year first only (`2017-12-27`, `2017/12/27`): a year-last date is refused.
    case ymd

    /// The order a `--date-format` value names (`mdy`, `M/D/YYYY`, `us`…), nil for anything else.
    public init?(name: String) {
        let key = String(name.lowercased().filter { !"/-. ".contains($0) })
        switch key {
        case "mdy", "mdyyyy", "mmddyyyy", "us": self = .mdy
        case "dmy", "dmyyyy", "ddmmyyyy", "eu": self = .dmy
        case "ymd", "yyyymd", "yyyymmdd", "iso": self = .ymd
        default: return nil
        }
    }

    /// The names `--date-format` takes, for messages.
    public static let acceptedNames = ["mdy", "dmy", "ymd"]

    /// `month/day/year` or `月/日/年`.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.mdy, .en): "month/day/year"
        case (.dmy, .en): "day/month/year"
        case (.ymd, .en): "year/month/day"
        case (.mdy, .ja): "月/日/年"
        case (.dmy, .ja): "日/月/年"
        case (.ymd, .ja): "年/月/日"
        }
    }
}

/// The cell that settled a column's date order when no `--date-format` was given.
public struct DateOrderEvidence: Sendable, Hashable {
    public var order: DateOrder
    public var line: Int
    public var column: ImportColumn
    /// The cell as written (`12/27/2017`).
    public var found: String

    public init(order: DateOrder, line: Int, column: ImportColumn, found: String) {
        self.order = order
        self.line = line
        self.column = column
        self.found = found
    }
}
