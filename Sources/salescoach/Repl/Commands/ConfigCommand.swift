import ArgumentParser

/// `config | config KEY | config set KEY=VALUE… | config reset`
struct ConfigCommand: ReplCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Show or change thresholds, weights, cut, capacity and policy",
        usage: "config | config KEY | config set KEY=VALUE… | config reset", subcommands: [Show.self, Set.self, Reset.self],
        defaultSubcommand: Show.self, aliases: ["settings"])
    static let entry = ReplEntry(
        group: .session, purposeJapanese: "基準・重み・訪問数・方針の表示と変更", example: "config set plan.capacity=12",
        words: [.none], subcommandWords: ["set": [.setting]], changesData: true)

    /// `config` (every setting) or `config KEY` (one).
    struct Show: ParsableCommand, SessionAction {
        static let configuration = CommandConfiguration(abstract: "Every setting, or one")

        @Argument(help: "A setting's key.") var key: [String] = []

        func run(in session: Session) throws {
            if key.isEmpty { session.showSettings() } else { try session.showSetting(key.joined(separator: " ")) }
        }
    }

    /// `config set KEY=VALUE…` (also `KEY = VALUE`).
    struct Set: ParsableCommand, SessionAction {
        static let configuration = CommandConfiguration(abstract: "Change settings, several at once")

        @Argument(parsing: .captureForPassthrough, help: "KEY=VALUE pairs.") var assignments: [String] = []

        func run(in session: Session) throws { try session.changeSettings(try session.parseAssignments(assignments)) }
    }

    /// `config reset`
    struct Reset: ParsableCommand, SessionAction {
        static let configuration = CommandConfiguration(abstract: "Every setting back to its default")

        func run(in session: Session) throws { try session.resetSettings() }
    }
}
