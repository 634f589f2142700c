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
