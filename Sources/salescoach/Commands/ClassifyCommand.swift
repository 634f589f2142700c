import ArgumentParser
import Foundation
import SalesCoachCore
import SalesCoachTerminal

/// `salescoach classify FILE`: every customer with its segment and scores.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify a customer CSV and print each customer's segment and scores.",
        discussion: "Table output ends with a per-segment summary. CSV and JSON use the fields name, segment, objective_score, record_score, …"
    )

    @Argument(help: "The customer CSV.")
    var file: String

    @Option(help: "A config file (TOML-like): cut, weights, absolute thresholds, column names.")
    var config: String?

    @Flag(help: "Rank each rep's customers (the rep column) as a book of their own.")
    var perRep = false

    @Flag(help: "Merge rows that name the same customer instead of failing.")
    var mergeDuplicates = false


    @OptionGroup var output: ReportOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let console = Console(environment: environment)
        do {
            let settings = try config.map { try CommandFiles.readConfig($0) } ?? Config.standard
            let result = try CommandFiles.importCustomers(
                file, encoding: output.encoding, config: settings, mergeDuplicates: mergeDuplicates, perRep: perRep)
            for warning in result.warnings { console.warning(warning.description) }
            switch output.format {
            case .csv, .json:
                // Streamed in blocks from the batch classifier: a company's CRM never sits in memory as text.
                ClassificationStream.write(
                    result.customers, config: settings.classifier, perRep: perRep,
                    format: output.format == .csv ? .csv : .json, to: console.data(bytes:))
            case .table:
                let classifier = Classifier(config: settings.classifier)
                var rows: [ClassificationExport.Row] = []
                if perRep {
                    for group in classifier.classifyPerRep(result.customers) {
                        rows += group.results.map { ClassificationExport.Row(rep: group.rep, classification: $0) }
                    }
                } else {
                    rows = classifier.classify(result.customers).map { ClassificationExport.Row(rep: nil, classification: $0) }
                }
                let language = Language.fromEnvironment(output.lang, environment)
                let output = ClassifyTable(language: language, width: console.width, color: console.colorMode)
                console.raw(output.render(rows, perRep: perRep))
            }
        } catch let failure as Session.Failure {
            console.error(failure.description)
            throw ExitCode(1)
        }
        try console.finish()
    }
}
