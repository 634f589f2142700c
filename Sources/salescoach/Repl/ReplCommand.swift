import ArgumentParser
import SalesCoachCore

/// A command typed at the session's prompt: parsed from the words after its
/// name by the argument parser, described once for help, completion, "did
/// you mean" and the errors of a bad argument.
///
/// The parser's own configuration holds the name, aliases, English purpose
/// and syntax (`usage`); `entry` holds what it cannot: the group, the
/// Japanese purpose, an example and what each word completes to.
protocol ReplCommand: ParsableCommand {
    static var entry: ReplEntry { get }

    /// Whether these words make the command change data (its error then
    /// always stands); the entry's `changesData` unless the words decide.
    static func changesData(given words: [String]) -> Bool
}

/// Something the session runs once its words are parsed: a command, or one
/// of a command's subcommands (`planned add`).
protocol ReplRunnable {
    /// `reader` is for commands that ask questions of their own (`learn`, `quiz`).
    func run(in session: Session, reader: inout some LineReader) throws -> Session.Outcome
}

/// A runnable that only acts on the session and reads nothing more.
protocol SessionAction: ReplRunnable {
    func run(in session: Session) throws
}

extension SessionAction {
    func run(in session: Session, reader: inout some LineReader) throws -> Session.Outcome {
        try run(in: session)
        return .proceed
    }
}

extension ReplCommand {
    static func changesData(given words: [String]) -> Bool { entry.changesData }

    static var name: String { configuration.commandName ?? "" }
    static var aliases: [String] { configuration.aliases }
    static var syntax: String { configuration.usage ?? name }

    static func purpose(in language: Language) -> String {
        language == .en ? configuration.abstract : entry.purposeJapanese
    }

    /// Whether the command has subcommands, whose names are matched case-insensitively.
    static var hasSubcommands: Bool { !configuration.subcommands.isEmpty }
}

/// What a command's definition says beyond the parser's configuration.
struct ReplEntry: Sendable {
    enum Group: String, Sendable, CaseIterable {
        case data = "Customers"
        case look = "Looking at the book"
        case visits = "Visits and plans"
        case learning = "Learning the method"
        case session = "Session"

        var japanese: String {
            switch self {
            case .data: "顧客リスト"
            case .look: "分類を見る"
            case .visits: "訪問と計画"
            case .learning: "手法を学ぶ"
            case .session: "セッション"
            }
        }
    }

    /// What the words after the command name are, for completion.
    enum Word: Sendable, Hashable {
        case customer, rep, segment, path, field, setting, command, none
    }

    let group: Group
    let purposeJapanese: String
    let example: String
    /// The kind of each positional word, in order; the last repeats. After a
    /// subcommand's name, the words are those of the subcommand (`planned add NAME`).
    var words: [Word] = []
    /// The words after each subcommand's name, for completion (`planned add NAME`).
    var subcommandWords: [String: [Word]] = [:]
    /// Changes the workspace or writes a file: its own error always stands,
    /// it never falls through to the assistant as a question.
    var changesData = false
}
