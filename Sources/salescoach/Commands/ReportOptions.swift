import ArgumentParser

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
