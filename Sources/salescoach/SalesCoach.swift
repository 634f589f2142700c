import ArgumentParser

@main
struct SalesCoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "salescoach")
    func run() throws {}
}
