import ArgumentParser
import SalesCoachCore

/// What the one-shot commands (`classify`, `check`) share: how the customer
/// CSV is read, and how and in which language the report is printed.
struct ReportOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, xlsx }

    @Option(help: "How to print the report (xlsx: an Excel workbook, for a file: > report.xlsx).")
    var format: Format = .table

    @Option(help: ArgumentHelp(
        "Also write the report as an Excel workbook (replaces the file); the headers are in the language of --lang.",
        valueName: "file.xlsx"),
        completion: .workbookFile)
    var export: String?

    @Flag(help: "Never pipe a long table through $PAGER.")
    var noPager = false

    @Option(help: "Encoding of the customer CSV; auto tells UTF-8, UTF-16 and Shift_JIS apart.")
    var encoding = EncodingName("auto")

    @Option(help: "Language of labels and warnings (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: Language?

    @Option(help: ArgumentHelp(
        "Encoding of the CSV printed and of the files written (cp932 is Shift_JIS for Excel). "
            + "Default: utf-8 on standard output; a file written is utf-8-bom when the language is ja. JSON is always UTF-8."))
    var outputEncoding: OutputEncoding?

    /// The encoding the report is printed in, checked before any file is read:
    /// plain UTF-8 unless asked; CP932 or a BOM only for CSV. With
    /// `--skip-bad-rows` the option is for the file of rows set aside too, so
    /// it is refused only when nothing would use it (a `CommandLineMistake`).
    func printedEncoding(language: Language, setsRowsAside: Bool = false) throws -> OutputEncoding {
        let requested = outputEncoding
        let printed: ExportFormat
        switch format {
        case .csv:
            return try CommandLineMistake.checking {
                try ExportEncoding.resolve(requested, format: .csv, toFile: false, language: language)
            }
        case .table:
            guard let requested, requested != .utf8, !setsRowsAside else { return .utf8 }
            throw CommandLineMistake(OutputError.tableEncoding(requested), in: language)
        case .json: printed = .json
        case .xlsx: printed = .xlsx
        }
        return try CommandLineMistake.checking {
            try ExportEncoding.resolve(setsRowsAside ? nil : requested, format: printed, toFile: false, language: language)
        }
    }

    /// `--format xlsx` and `--export FILE.xlsx` checked before any file is read.
    func checkWorkbookOutput(console: Console, language: Language, setsRowsAside: Bool = false) throws {
        if let export { try CommandLineMistake.checking { try WorkbookOutput.checkExportPath(export, language: language) } }
        if format == .xlsx { try WorkbookOutput.checkStandardOutput(console, language: language) }
        if export != nil, let requested = outputEncoding, requested != .utf8, format != .csv, !setsRowsAside {
            _ = try CommandLineMistake.checking {
                try ExportEncoding.resolve(requested, format: .xlsx, toFile: true, language: language)
            }
        }
    }
}

/// What `check` and `team` share: the policy they check against and `--strict`.
struct PlanRuleOptions: ParsableArguments {
    @Option(
        help: "A TOML config file read instead of the default one: the classification rule and the plan policy (shares, max C share, cadences).",
        completion: .configFile)
    var config: String?

    @Flag(help: "Exit with the status of the most urgent rule that failed: 3 C overweight, 4 B or D share, 5 A neglected, 6 plan data.")
    var strict = false
}

/// Where `classify` and the session read a book from a PostgreSQL server.
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A PostgreSQL server to read customers from instead of a file (a URL or libpq's key=value; PG* variables and ~/.pgpass apply).",
        valueName: "url"))
    var database: String?

    @Option(help: "With --database: the customer table, as schema.table.")
    var table: String = "customers"
}

/// How a customer file is read beyond its encoding: `classify`, `check`,
/// `team` and the session's `--file` (the REPL's `load` takes the same words).
struct CustomerFileOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "How dates with the year last are read: mdy (12/27/2017), dmy (27/12/2017) or ymd (year first only). "
            + "Without it the file's dates decide, and a file where they fit both ways is refused."))
    var dateFormat: DateOrder?

    @Flag(help: "Import the rows that read and write the others, each with its reason, to FILE.rejected.csv beside the file.")
    var skipBadRows = false

    @Option(help: ArgumentHelp("In an Excel workbook (.xlsx): the sheet to read (default: the first).", valueName: "name"))
    var sheet: String?

    /// The settings, the date format checked; `outputEncoding` is the one asked for files written.
    func settings(language: Language, outputEncoding: OutputEncoding? = nil) throws -> CustomerFileSettings {
        var settings = try CustomerFileSettings(
            dateFormat: dateFormat?.rawValue, skipBadRows: skipBadRows, language: language, outputEncoding: outputEncoding)
        settings.sheet = sheet
        return settings
    }
}

/// What `--date-format`, `--skip-bad-rows` and `--sheet` ask for, however they were given.
struct CustomerFileSettings {
    var dateOrder: DateOrder?
    var skipBadRows = false
    /// `--sheet`: the sheet of a workbook to read (nil: the first).
    var sheet: String?
    /// `--output-encoding`, for the file of rows set aside (nil: the default for a file in the language).
    var outputEncoding: OutputEncoding?

    init() {}

    init(dateFormat: String?, skipBadRows: Bool, language: Language, outputEncoding: OutputEncoding? = nil) throws {
        self.outputEncoding = outputEncoding
        if let dateFormat {
            guard let order = DateOrder(name: dateFormat) else {
                throw CommandLineMistake(CommandOptionError.dateFormat(dateFormat), in: language)
            }
            dateOrder = order
        }
        self.skipBadRows = skipBadRows
    }
}
