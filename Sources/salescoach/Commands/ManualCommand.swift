import ArgumentParser
import SalesCoachCore

/// `salescoach manual [--lang ja]`: the man page as roff, for `make man`.
/// Hidden: it is for building the package, not for reps.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual", abstract: "Print the man page (roff) made from the command definitions.", shouldDisplay: false)

    @Option(help: "The page's language.")
    var lang: Language = .en

    func run() throws {
        let console = Console()
        console.data(ManualPage(language: lang).roff)
        try console.finish()
    }
}
