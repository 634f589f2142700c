import ArgumentParser
import SalesCoachCore

/// What the one-shot commands (`classify`, `check`) share: how the customer
/// CSV is read, and how and in which language the report is printed.
struct ReportOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Option(help: "How to print the report.")
    var format: Format = .table

    @Option(help: "Encoding of the customer CSV: auto, utf-8, shift_jis or utf-16.")
    var encoding: String = "auto"

    @Option(help: "Language of labels and warnings: en or ja (default: from LANG).")
    var lang: String?
}

/// What `check` and `team` share: the policy they check against and `--strict`.
struct PlanRuleOptions: ParsableArguments {
    @Option(help: "A config file: the classification rule and the plan policy (shares, max C share, cadences).")
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
            + "Without it the file's dates decide, and a file where they fit both ways is refused.",
        valueName: "mdy|dmy|ymd"))
    var dateFormat: String?

    @Flag(help: "Import the rows that read and write the others, each with its reason, to FILE.rejected.csv beside the file.")
    var skipBadRows = false

    /// The settings, the date format checked.
    func settings(language: Language) throws -> CustomerFileSettings {
        try CustomerFileSettings(dateFormat: dateFormat, skipBadRows: skipBadRows, language: language)
    }
}

/// What `--date-format` and `--skip-bad-rows` ask for, however they were given.
struct CustomerFileSettings {
    var dateOrder: DateOrder?
    var skipBadRows = false

    init() {}

    init(dateFormat: String?, skipBadRows: Bool, language: Language) throws {
        if let dateFormat {
            guard let order = DateOrder(name: dateFormat) else {
                throw Session.Failure(
                    language == .en
                        ? "--date-format: expected mdy (month first, 12/27/2017), dmy (day first, 27/12/2017) or ymd (year first), found '\(dateFormat)'"
                        : "--date-format：mdy（月が先、12/27/2017）、dmy（日が先、27/12/2017）、ymd（年が先）のいずれかを指定してください（「\(dateFormat)」が指定されました）")
            }
            dateOrder = order
        }
        self.skipBadRows = skipBadRows
    }
}
