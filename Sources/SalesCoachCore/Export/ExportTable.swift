/// A report as a table of typed cells, for a spreadsheet file: a header
/// and rows whose numbers stay numbers (at full precision), dates stay
/// dates and text stays text, so a workbook written from it opens in Excel
/// without an import dialog and sorts and sums as a person expects.
///
/// The core builds it (`ClassificationExport.table`, `WeekPlan.table`,
/// `TeamReport.table`, `ClassificationExport.bookTable`); the spreadsheet
/// writer turns it into a file.
public struct ExportTable: Sendable, Equatable {
    /// How a column's numbers are shown; the cell keeps its exact value.
    public enum Format: Sendable, Equatable {
        case text
        /// Whole numbers with thousands separators (`1,234`).
        case integer
        /// As many decimals as the value has (`General`).
        case number
        /// One decimal (`33.3`): scores, shown as the tables show them.
        case score
        /// A share of 0–1 shown as a percentage to one decimal (`33.3%`).
        case percent
        case date
    }

    public struct Column: Sendable, Equatable {
        public var header: String
        public var format: Format

        public init(_ header: String, _ format: Format) {
            self.header = header
            self.format = format
        }
    }

    /// The sheet's name on its tab (at most 31 characters, as Excel allows).
    public var name: String
    public var columns: [Column]
    /// One array per row, as long as `columns`; nil is an empty cell.
    public var rows: [[SheetCell?]]

    public init(name: String, columns: [Column], rows: [[SheetCell?]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

extension ExportTable {
    /// A number cell, or an empty one for a missing or non-finite value.
    static func number(_ value: Double?) -> SheetCell? {
        guard let value, value.isFinite else { return nil }
        return .number(value)
    }

    /// A text cell, or an empty one for nothing.
    static func text(_ value: String?) -> SheetCell? {
        guard let value, !value.isEmpty else { return nil }
        return .text(value)
    }

    /// An axis score as its exact value in a double; a low score never shows
    /// as the cut itself, as the CSV's six decimals never do.
    public static func score(_ level: Verdict.AxisLevel?, cut: Rational) -> SheetCell? {
        guard let level, level.denominator != 0 else { return nil }
        var value = Rational.quotient(level.numerator, level.denominator)
        if !level.isHigh, value >= cut.doubleValue { value = cut.doubleValue.nextDown }
        return .number(value)
    }
}
