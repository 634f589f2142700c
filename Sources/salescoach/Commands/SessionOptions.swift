import ArgumentParser
import Foundation
import SalesCoachCore
import SalesCoachKnowledgeFiles
import SalesCoachTerminal
import SalesCoachWorkspace
import Synchronization

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The coaching session's options and its start: a REPL over the
/// workspace's customer list. `salescoach [session]` takes them, and the tree
/// the shell completion scripts are made from (`CompletionTree`).
struct SessionOptions: ParsableArguments {
    @Option(
        name: [.short, .long], help: "A customer CSV or workbook (.xlsx) to load (merged into the workspace) before the session starts; - is standard input.",
        completion: .customerFile)
    var file: String?

    @Flag(help: "Open a throwaway session on the bundled demo book.")
    var demo = false

    @Option(help: "The workspace file (default: $XDG_DATA_HOME/salescoach/workspace.sqlite).", completion: .workspaceFile)
    var workspace: String?

    @Flag(help: "Keep everything in memory; nothing is saved.")
    var ephemeral = false

    @Option(
        help: "A TOML config file whose settings are applied to the workspace (default for a new one: $XDG_CONFIG_HOME/salescoach/config.toml).",
        completion: .configFile)
    var config: String?

    @Option(help: "Encoding of --file; auto tells UTF-8, UTF-16 and Shift_JIS apart.")
    var encoding = EncodingName("auto")

    @Option(help: "Language of labels and messages (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: Language?

    @OptionGroup var customerFile: CustomerFileOptions

    @Flag(help: "Never pipe a long answer (list, help, visits, moves, history, summary, matrix) through $PAGER.")
    var noPager = false

    @Option(help: "Work on this rep's customers only, ranked as their own book ('all' for everyone); kept in the workspace.")
    var rep: String?

    /// With --database: the table (classify: the whole of it; a session: one rep's book, nothing saved).
    @OptionGroup var server: DatabaseOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = Language.fromEnvironment(lang, environment)
        let console = Console(environment: environment, language: language)
        console.pagerDisabled = noPager
        // A file-size limit must end in an error message, not a killed process.
        signal(SIGXFSZ, SIG_IGN)
        // Work that does not need the workspace runs on the other core, one
        // thread, in this order: the knowledge base (read while the workspace
        // opens, and waited for before the session starts, so a bad guidance
        // file still stops it), the names' forms an earlier run stored, then
        // the assistant's model and its name indexes over the book, made
        // once per process while the user types, which keeps them off the
        // first question.
        let warmUp = DispatchQueue(label: "salescoach.warm-up")
        let knowledgeLoad = Mutex<Result<KnowledgeBase, any Error>?>(nil)
        let knowledgeLoaded = DispatchSemaphore(value: 0)
        warmUp.async {
            let result = Result { try KnowledgeLoader.load(environment: environment) }
            knowledgeLoad.withLock { $0 = result }
            knowledgeLoaded.signal()
        }
        let formsRead = DispatchSemaphore(value: 0)
        warmUp.async {
            NameFormsCache.read(environment: environment)
            formsRead.signal()
        }
        warmUp.async { ModelCache.warmUp(environment: environment) }
        do {
            // Read before the workspace is made, so a broken default file leaves
            // no new workspace behind that would no longer count as new.
            let configFile = ConfigLocation.path(explicit: config, environment: environment, exists: { FileManager.default.fileExists(atPath: $0) })
            let fileSettings = try configFile.map { try CommandFiles.readConfig($0, language: language) }
            let (store, isNew) = try openWorkspace(environment)
            let session = try Session(
                console: console, workspace: store,
                knowledge: {
                    knowledgeLoaded.wait()
                    guard let loaded = knowledgeLoad.withLock({ $0 }) else { preconditionFailure("the knowledge base was read") }
                    return try loaded.get()
                },
                today: Today.date(environment: environment), language: language,
                languageFollowsQuestions: lang == nil && !Language.localeNamesOne(environment), environment: environment)
            if demo { try session.loadDemoBook() }
            // The default config file shapes a workspace when it is made; from then on
            // the workspace keeps its own settings, and only --config changes them.
            if let fileSettings, config != nil || isNew { try session.saveSettings(fileSettings) }
            if let database = server.database { try pullRepBook(database, into: session, console: console) }
            if let file {
                // With a rep named, a team export that repeats companies across reps still opens: that rep's rows.
                if let rep, !["all", "everyone", "全員"].contains(rep.lowercased()) {
                    try session.loadForRep(file, rep: rep, encoding: encoding.name, file: try customerFile.settings(language: language))
                } else {
                    try session.load(
                        file, encoding: encoding.name, dateFormat: customerFile.dateFormat?.rawValue, skipBadRows: customerFile.skipBadRows,
                        sheet: customerFile.sheet)
                }
            }
            if let rep { try session.rep(rep) }
            // The assistant's name indexes, made on the other core while the
            // user types; a question that comes first makes them itself if
            // that core has not begun them (it may still be on the model),
            // once the stored forms are in, and else waits for them.
            let customers = session.book.customers
            let positions = session.book.positions
            let indexes = ClaimableWork<AssistantData.Reusable> {
                // The names and reps are gathered there too: the reps of a
                // large book took milliseconds of the main thread before the prompt.
                let names = customers.map(\.name)
                let reps = RepName.reps(spelledAs: customers.lazy.map(\.rep))
                return NameFormsCache.indexes(
                    names: names, reps: reps, positions: positions, environment: environment, storingOn: warmUp)
            }
            warmUp.async { indexes.runUnlessClaimed() }
            session.preparedIndexes = {
                // Without the stored forms this thread would work out every name's.
                formsRead.wait()
                formsRead.signal()
                return indexes.result()
            }
            let status: Int32
            switch LineReaderChoice(stdinIsTerminal: isatty(STDIN_FILENO) == 1, term: environment["TERM"]) {
            case .readline:
                var reader = ReadlineReader(historyPath: HistoryLocation.path(environment: environment))
                completionSource.withLock { $0 = session.completer() }
                status = session.run(reader: &reader)
            case .plain(let interactive):
                var reader = PlainLineReader(isInteractive: interactive)
                status = session.run(reader: &reader)
            }
            if let note = CheckedFilesNote.path(environment: environment) { store.noteChecked(in: note) }
            ModelCache.finishWriting()
            NameFormsCache.finishWriting()
            try console.finish()
            if status != 0 { throw ExitCode(status) }
        } catch let error as ExitCode {
            throw error
        } catch {
            console.error(error)
            throw ExitCode(2)
        }
    }

    /// One rep's rows from the server, classified here (so explanations and
    /// moves come with them) and checked against the server's segments.
    private func pullRepBook(_ url: String, into session: Session, console: Console) throws {
        guard let rep, !["all", "everyone", "全員"].contains(rep.lowercased()) else {
            throw Session.Failure(DatabaseError.needsRep, in: session.language)
        }
        guard file == nil, !demo else {
            throw Session.Failure(DatabaseError.ownBook, in: session.language)
        }
        let book = try DatabaseBook(url: url, table: server.table, config: session.config, language: session.language)
        let reps = try book.reps()
        let spelling: String
        switch RepName.match(rep, in: reps) {
        case .found(let found):
            spelling = found
        case .unknown(let suggestions):
            throw Session.Failure(
                DatabaseError.noSuchRep(typed: rep, table: server.table, suggestions: Array(suggestions.prefix(3)), reps: reps.count),
                in: session.language)
        }
        let spellings = reps.filter { RepName.key($0) == RepName.key(spelling) }
        let pulled = try book.book(of: spellings, config: session.config.classifier)
        try session.loadPulledBook(pulled.csv, source: "\(server.table) on \(book.connection.target)")
        let differing = session.classifications.filter { c in pulled.segments[c.name].map { $0 != (c.segment?.rawValue ?? "") } ?? true }
        console.say(
            DatabaseMessage.pulled(
                customers: session.book.count, rep: spelling, table: server.table, server: book.connection.target, agree: differing.isEmpty),
            style: Palette.muted)
        if !differing.isEmpty {
            let names = differing.prefix(3).map(\.name)
            console.warning(DatabaseMessage.segmentsDiffer(count: differing.count, names: names).text(in: session.language))
        }
    }

    /// The session's workspace, and whether it is new (in memory, or a file that did not exist).
    private func openWorkspace(_ environment: [String: String]) throws -> (Workspace, isNew: Bool) {
        if demo || ephemeral || server.database != nil { return (try Workspace.inMemory(), true) }
        let path = try workspace ?? WorkspaceLocation.defaultPath(environment: environment)
        let existed = FileManager.default.fileExists(atPath: path)
        // The default place is made as needed; a folder named with --workspace must exist (a typo is not made).
        // A file an earlier session checked as it closed, unchanged since, is
        // not read whole to be checked again (`CheckedFiles`).
        let opened = try Workspace.open(
            at: path, createDirectory: workspace == nil, checkedFiles: CheckedFilesNote.path(environment: environment))
        return (opened, !existed)
    }
}

/// Where a session notes the workspace files it checked (`CheckedFiles`):
/// `$XDG_CACHE_HOME/salescoach/checked-workspaces`, else under `~/.cache`.
enum CheckedFilesNote {
    static func path(environment: [String: String]) -> String? {
        BaseDirectory.cache.path(of: "checked-workspaces", environment: environment)
    }
}

/// Which reader a session uses: readline on a capable terminal; plain reads
/// from a pipe or a file, and on a dumb terminal (Emacs shell buffers), where
/// the person typing still gets the banner and prompts.
enum LineReaderChoice: Equatable {
    case readline
    case plain(interactive: Bool)

    init(stdinIsTerminal: Bool, term: String?) {
        if !stdinIsTerminal {
            self = .plain(interactive: false)
        } else {
            self = term == "dumb" ? .plain(interactive: true) : .readline
        }
    }
}

/// Where readline keeps the history between runs.
enum HistoryLocation {
    static func path(environment: [String: String]) -> String? {
        BaseDirectory.state.path(of: "history", environment: environment)
    }
}

extension Language {
    /// `--lang` when given, else Japanese when the locale for messages is Japanese.
    static func fromEnvironment(_ flag: Language?, _ environment: [String: String]) -> Language {
        if let flag { return flag }
        return messageLocale(environment).hasPrefix("ja") ? .ja : .en
    }

    /// Whether the locale for messages names a language SalesCoach speaks
    /// (`ja_JP.UTF-8`, `en_US.UTF-8`), rather than none (`C.UTF-8`, `POSIX`, unset).
    static func localeNamesOne(_ environment: [String: String]) -> Bool {
        let locale = messageLocale(environment)
        return locale.hasPrefix("ja") || locale.hasPrefix("en")
    }

    /// The locale messages are written in, as POSIX picks it: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`. A variable set to the empty string counts as
    /// unset (`LC_ALL= salescoach` in a Japanese shell stays Japanese), as the
    /// C library's `setlocale` reads it too.
    static func messageLocale(_ environment: [String: String]) -> String {
        ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    }
}
