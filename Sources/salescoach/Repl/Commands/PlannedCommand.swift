import ArgumentParser
import SalesCoachCore

/// `planned add|move|remove|list|clear|load … [--week WEEK]`: the planned
/// visits, week by week; `planned` alone (or with only `--week`) lists them.
struct PlannedCommand: ReplCommand {
    static let configuration = CommandConfiguration(
        commandName: "planned",
        abstract: "Your planned visits, week by week: add, move to another week, remove, list, clear, load a CSV or workbook",
        usage: "planned add NAME [COUNT] [--week W] | planned move NAME --week W [--from W] | planned remove NAME [--week W] | planned list [--week W] | planned clear | planned load FILE [--week W]",
        subcommands: [Add.self, Move.self, Remove.self, List.self, Clear.self, Load.self],
        defaultSubcommand: List.self)
    static let entry = ReplEntry(
        group: .visits, purposeJapanese: "週ごとの訪問予定を入力する（add / move / remove / list / clear / load）",
        example: "planned move 田中商事 --week next",
        words: [.none], subcommandWords: ["add": [.customer], "move": [.customer], "remove": [.customer], "load": [.path]],
        changesData: true)

    /// `planned add NAME [COUNT] [--week W]`
    struct Add: ParsableCommand, SessionAction {
        static let configuration = CommandConfiguration(abstract: "Plan visits to a customer in a week")

        /// The name's words, then the number of visits when the last word is a number.
        @Argument(help: "The customer, in words, then the number of visits.") var words: [String] = []
        @Option(help: "The week; the current plan's by default.", transform: WeekArgument.parse) var week: PlanWeek?

        func run(in session: Session) throws {
            var name = words
            var count = 1
            if name.count > 1, let last = name.last, let number = Int(last) {
                guard (1...100).contains(number) else {
                    throw Session.Failure(PromptArgumentError.plannedCount(number), in: session.language)
                }
                count = number
                name.removeLast()
            }
            try session.plannedAdd(try session.name(from: name, command: PlannedCommand.self), count: count, week: week)
        }
    }

    /// `planned move NAME --week W [--from W]`
    struct Move: ParsableCommand, SessionAction {
        static let configuration = CommandConfiguration(abstract: "Move a customer's planned visits to another week")

        @Argument(help: "The customer, in words.") var name: [String] = []
        @Option(help: "The week to move to.", transform: WeekArgument.parse) var week: PlanWeek?
        @Option(help: "The week to move from, when several plan the customer.", transform: WeekArgument.parse) var from: PlanWeek?

        func run(in session: Session) throws {
            guard let week else {
                throw Session.Failure(PromptArgumentError.moveNeedsWeek, in: session.language)
            }
            try session.plannedMove(try session.name(from: name, command: PlannedCommand.self), to: week, from: from)
        }
    }

    /// `planned remove NAME [--week W]`
    struct Remove: ParsableCommand, SessionAction {
        static let configuration = CommandConfiguration(abstract: "Remove a customer's planned visits in a week")

        @Argument(help: "The customer, in words.") var name: [String] = []
        @Option(help: "The week; the current plan's by default.", transform: WeekArgument.parse) var week: PlanWeek?

        func run(in session: Session) throws {
            try session.plannedRemove(try session.name(from: name, command: PlannedCommand.self), week: week)
        }
    }

    /// `planned list [--week W]`
    struct List: ParsableCommand, SessionAction {
        static let configuration = CommandConfiguration(abstract: "Each week's planned visits")

        @Option(help: "Only this week.", transform: WeekArgument.parse) var week: PlanWeek?

        func run(in session: Session) throws { try session.listPlanned(only: week) }
    }

    /// `planned clear`
    struct Clear: ParsableCommand, SessionAction {
        static let configuration = CommandConfiguration(abstract: "Remove every planned visit")

        func run(in session: Session) throws { try session.clearPlanned() }
    }

    /// `planned load FILE [--week W]`
    struct Load: ParsableCommand, SessionAction {
        static let configuration = CommandConfiguration(abstract: "Load planned visits from a CSV")

        @Argument(help: "A CSV with customer,visits (or customer,hours).", completion: .planFile) var file: String
        @Option(help: "The week of rows without one.", transform: WeekArgument.parse) var week: PlanWeek?

        func run(in session: Session) throws { try session.loadPlanned(file, week: week) }
    }
}
