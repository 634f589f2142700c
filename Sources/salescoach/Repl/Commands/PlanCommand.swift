import ArgumentParser
import SalesCoachCore

/// `plan [accept] [N] [--hours H] [--week WEEK] [--export FILE.csv|FILE.xlsx|FILE.ics [--force]]`
struct PlanCommand: ReplCommand, ReplRunnable {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Build a week's visit plan from the policy (this week's unless --week); 'plan accept' saves it as your planned visits",
        usage: "plan [accept] [N] [--hours H] [--week next|this|YYYY-Www|DATE] [--export FILE.csv|FILE.xlsx|FILE.ics [--output-encoding E] [--force]]")
    static let entry = ReplEntry(
        group: .visits, purposeJapanese: "方針にそって週の訪問計画を作る（--week で週を指定、'plan accept' で予定として保存）",
        example: "plan accept --week next", words: [.none])

    /// `plan accept` saves the plan; `plan` alone only shows it.
    static func changesData(given words: [String]) -> Bool { words.first?.lowercased() == "accept" }

    /// A word after `plan`: `accept`, a number of visits, or part of a week
    /// in words (`plan next week`, `plan 来週`).
    enum Term: ExpressibleByArgument, Equatable {
        case accept
        case visits(Int)
        case week(String)

        init?(argument: String) {
            if argument.lowercased() == "accept" {
                self = .accept
            } else if let visits = Int(argument) {
                guard (1...PlanCapacity.maximum).contains(visits) else { return nil }
                self = .visits(visits)
            } else if ["week", "after"].contains(argument.lowercased())
                || (try? WeekSpec.parse(argument, today: ReplParsing.today)) != nil
            {
                self = .week(argument)
            } else {
                return nil
            }
        }
    }

    @Argument(help: ArgumentHelp("accept, a number of visits, or a week in words", valueName: "request"))
    var terms: [Term] = []
    @Option(help: "Plan this many hours instead of a number of visits.", transform: BoundedNumber.positive)
    var hours: Double?
    @Option(help: "The week to plan.", transform: WeekArgument.parse) var week: PlanWeek?
    @Option(help: "Write the plan to a .csv, .xlsx (Excel) or .ics file.", completion: .planExportFile) var export: String?
    @Option(help: "The .csv file in utf-8, utf-8-bom or cp932; by default utf-8-bom in a Japanese session. .ics is UTF-8.")
    var outputEncoding: OutputEncoding?
    @Flag(help: "Replace an existing file.") var force = false

    func run(in session: Session, reader: inout some LineReader) throws -> Session.Outcome {
        // `plan accept` alone right after a plan: the plan on the screen, as shown.
        if terms == [.accept], hours == nil, week == nil, export == nil, session.planJustShown {
            try session.inLastPlanScope { try session.acceptShownPlan() }
            return .proceed
        }
        var capacity = hours.map(PlanCapacity.hours)
        var chosen = week
        var index = 0
        while index < terms.count {
            switch terms[index] {
            case .accept where index == 0:
                index += 1
            case .visits(let visits):
                capacity = .visits(visits)
                index += 1
            case .week:
                // The words of one week, read together: `next week`, `week after next`.
                var words: [String] = []
                while index < terms.count, case .week(let word) = terms[index] {
                    words.append(word)
                    index += 1
                }
                chosen = try session.week(named: words.joined(separator: " "), command: "plan")
            case .accept:
                throw Session.Failure(PromptArgumentError.acceptFirst, in: session.language)
            }
        }
        try session.plan(
            week: chosen ?? PlanWeek(containing: session.today), capacity: capacity, accept: terms.first == .accept, exportTo: export,
            encoding: outputEncoding, force: force)
        return .proceed
    }
}
