/// A worksheet as the importer reads it: the rows a workbook stores, each
/// cell typed as the workbook typed it.
///
/// The spreadsheet reader fills it from a file's bytes; the importer turns
/// it into customers through the same header recognition and checks as a
/// CSV (`CustomerImporter.importCustomers(sheet:source:options:)`), so a
/// workbook and the CSV saved from it give the same book.
public struct SheetTable: Sendable, Equatable {
    /// The sheet's name as the workbook shows it on its tab.
    public var name: String
    /// The rows that hold at least one cell, in sheet order.
    public var rows: [SheetRow]

    public init(name: String, rows: [SheetRow]) {
        self.name = name
        self.rows = rows
    }
}

/// One row of a worksheet: its 1-based number, as the sheet shows it, and
/// its cells by column (index 0 is column A); a column without a cell is nil.
public struct SheetRow: Sendable, Equatable {
    public var number: Int
    public var cells: [SheetCell?]

    public init(number: Int, cells: [SheetCell?]) {
        self.number = number
        self.cells = cells
    }
}

/// A cell's value as the workbook stores it.
public enum SheetCell: Sendable, Hashable {
    case text(String)
    case number(Double)
    /// A number shown as a percentage: `0.05` shown as 5%, read as 5 as a CSV's `5%` is
    /// (to nine decimals of a percent).
    case percent(Double)
    case bool(Bool)
    /// A number shown with a date format, already turned into a day with the
    /// workbook's date system (1900 or 1904); the time of day is dropped.
    case date(LocalDate)

    /// The cell as the text a CSV cell would hold, for the importer's readers:
    /// numbers in the shortest form that reads back as the same double.
    public var csvText: String {
        switch self {
        case .text(let text): text
        case .number(let value): ImportNumber.text(value)
        // Shown as a percentage, read as one: 0.033 is 3.3, without the binary noise of 0.033 × 100.
        case .percent(let value): ImportNumber.text(((value * 100) * 1e9).rounded() / 1e9)
        case .bool(let value): value ? "TRUE" : "FALSE"
        case .date(let day): day.description
        }
    }
}

/// The letters a spreadsheet names its columns with.
public enum SheetColumn {
    /// `1` → `A`, `27` → `AA`.
    public static func letters(_ number: Int) -> String {
        var number = number
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `A` → `1`, `AA` → `27`; nil for anything but one to three ASCII capital letters.
    public static func number(_ letters: some StringProtocol) -> Int? {
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        var number = 0
        for scalar in letters.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { return nil }
            number = number * 26 + Int(scalar.value - 64)
        }
        return number
    }
}
