import ArgumentParser
import Foundation
import SalesCoachCore
import SalesCoachTerminal
import SalesCoachWorkspace

/// One coaching session: the customer list, its settings and visits (all
/// kept in the workspace), and the conversation with the assistant.
///
/// Commands live in `Session+Topic.swift` files; each one reads the state,
/// calls the core, and prints through the console.
final class Session {
    enum Outcome { case proceed, quit }

    /// A command failed; the message says what, where and what was expected.
    /// A command that could not be done, worded in the session's language
    /// where it is thrown; `hint` says what to do next.
    struct Failure: UserMessage, CustomStringConvertible {
        let description: String
        let hint: String?
        init(_ description: String, hint: String? = nil) {
            self.description = description
            self.hint = hint
        }
        /// An error value in `language`, with its hint.
        init(_ message: any UserMessage, in language: Language) {
            self.init(message.text(in: language), hint: message.hint(in: language))
        }
        /// Worded when it was thrown, in the language of that moment.
        func text(in language: Language) -> String { description }
        func hint(in language: Language) -> String? { hint }
    }

    let console: Console
    let workspace: Workspace
    let knowledge: KnowledgeBase
    let today: LocalDate
    let environment: [String: String]
    /// The language for labels and messages; questions are answered in their own.
    var language: Language {
        didSet { console.language = language }
    }
    /// Whether the session's language follows the rep's questions: true when
    /// nothing chose one (no `--lang`, a C or POSIX locale), so a rep who asks
    /// in Japanese gets `visits` and `list B` in Japanese too.
    let languageFollowsQuestions: Bool

    private(set) var book: Book {
        didSet { cachedReps = nil }
    }
    /// `RepName.reps(of:)` of the book, worked out once per change to it:
    /// hashing every customer's rep took a millisecond of each question on
    /// a 10,000-customer book.
    private var cachedReps: [String]?
    var bookReps: [String] {
        if let cachedReps { return cachedReps }
        let reps = RepName.reps(of: book.customers)
        cachedReps = reps
        return reps
    }
    private(set) var config: Config
    /// The rep whose customers the session works on (`rep NAME`, `--rep`); nil for everyone.
    private(set) var repScope: String?
    /// Whether the scoped rep's customers keep their segments from the whole
    /// list (a rep who said who they are, a question naming a rep) rather
    /// than being ranked as a book of their own (`rep NAME`, as `classify --per-rep`).
    private(set) var repScopeRanksWithTeam = false
    private var cachedClassifications: [Classification]?
    /// The number of the classifications the session has now: each one it
    /// makes is numbered, and `revisions` links a whole book's to the one
    /// it was made from, with the rows that changed between them.
    private(set) var classificationsRevision = 0
    var revisions = ClassificationRevisions()
    /// The number of `lastWholeBook`'s classifications.
    private var lastWholeBookRevision = 0
    /// Whether the next classification of the whole book is linked to the
    /// last one: not after the workspace is read again (see `reload`).
    private var linksNextWholeBook = true
    /// The planner's candidates as last made (by `check`, `plan` or a
    /// question), with the number of the classifications they were made
    /// from, newest last: the next ones are updated from them after a `set`
    /// (see `PlanBook.updating`), or taken whole when nothing changed. Two
    /// are kept, for two days: on a weekend, `plan` plans next week as of
    /// its Monday while questions and `check` read it as of today.
    var latestPlanBooks: [(book: PlanBook, revision: Int)] = []
    /// The whole book as last classified, kept across changes: the next
    /// classification takes from it the axis scores a change did not move
    /// (see `ClassifiedBook`), so a `set` on a large book stays quick.
    private var lastWholeBook: ClassifiedBook?
    private var cachedAssistantData: (data: AssistantData, revision: Int)? {
        didSet {
            if cachedAssistantData == nil, let oldValue {
                let reusable = oldValue.data.reusable
                staleAssistantData = (reusable, oldValue.revision)
                if let made = reusable.planBook { keepPlanBook(made, revision: oldValue.revision) }
            }
        }
    }
    /// The planner's candidates the assistant's current data made, if it made them.
    func cachedAssistantDataPlanBook() -> (book: PlanBook, revision: Int)? {
        guard let cached = cachedAssistantData, let made = cached.data.madePlanBook else { return nil }
        return (made, cached.revision)
    }
    /// The name index of the assistant's data before the last change, which
    /// the next one may reuse (its classifications are let go), with the
    /// number of the classifications it was made from.
    private var staleAssistantData: (indexes: AssistantData.Reusable, revision: Int?)?
    /// The name indexes start-up makes on the other core (`SessionOptions`):
    /// the first data built waits for them rather than indexing the book a
    /// second time beside them. Used once; stale ones are simply not reused.
    var preparedIndexes: (() -> AssistantData.Reusable?)?
    /// A matcher over every customer of the book, whatever the rep scope, kept
    /// until the names change: a question in one rep's scope may name another's customer.
    private var wholeBookNames: (names: [String], matcher: CustomerMatcher)?

    func wholeBookMatcher() -> CustomerMatcher {
        let names = book.customers.map(\.name)
        if let kept = wholeBookNames, kept.names == names { return kept.matcher }
        let matcher = CustomerMatcher(names: names)
        wholeBookNames = (names, matcher)
        return matcher
    }
    var conversation = ConversationContext()
    /// The week of the plan last shown, which "accept that plan" saves.
    var lastPlanWeek: PlanWeek?
    /// The week of the plan the rep last typed in the line and had checked
    /// (「来週これでどう？ 月:…」): "rebuild it" right after plans that week, at that size.
    var lastTypedPlanWeek: PlanWeek?
    /// The days the plan last shown was limited to ("only Monday to Wednesday"), which accepting it keeps.
    var lastPlanDays: Set<Int>?
    /// The visits a day the plan last shown was asked for ("max 3 a day"): a
    /// change of its days ("drop friday") keeps that pace.
    var lastPlanPerDay: Int?
    /// The segment limits of that plan ("no C"), kept by a change in words.
    var lastPlanCaps: [Segment: Int] = [:]
    /// The rep the last question named ("Sarah's plan"): a follow-up ("what
    /// about next week?", "accept it") stays on that rep's book.
    var conversationRep: String?
    /// The last question answered on a named rep's book, so 「じゃあ山本さんは？」,
    /// "and emily?" right after it asks the same of another rep.
    var lastRepQuestion: String?
    /// The rep who said who they are ("I'm Yamamoto", 「西村です」): the session
    /// works on their customers, with the whole list's segments, until `rep`
    /// says otherwise. Kept in this session only, unlike `rep NAME`: a greeting
    /// must not decide whose book the next session on a shared workspace opens.
    var introducedRep: String?
    /// The customers the last plan change from a sentence added or took out,
    /// for "drop those two again".
    var lastPlanEdit: [String] = []
    /// Customers the rep asked to have in this plan ("must include osu
    /// bakery"): a change to the plan ("max 1 C visit") keeps them in.
    var lastPlanPins: [String] = []
    /// Whether the rep asked for the last plan's size ("8 visits", "make it 6"),
    /// so a customer to keep in takes a place in it rather than adding one.
    var lastPlanSizeAsked = false
    /// The weekday a customer was moved to in this plan ("move rokko hotel to friday"), by name key.
    var lastPlanDayPins: [String: Int] = [:]
    /// The `visit` command a report just left unlogged for want of a sure
    /// name (「今日水島にも寄った」 → "did you mean 水島コンビナート資材㈱?"): a
    /// "yes" next runs it; any other line forgets it.
    var pendingVisit: String?
    /// The visits of the plan shown last, each on its day: "swap 泉北 and
    /// 梅田" exchanges those two days.
    var lastPlanPicks: [PlanPick] = []
    /// The number of visits the plan shown last was made for: a move in it
    /// after a question about one customer keeps that size.
    var lastPlanSize: Int?
    /// This week's visits a plan for a week ahead took as made (「じゃあ来週は？」 after
    /// this week's plan): the same plan saved or changed later takes them too,
    /// or it is a different plan from the one the rep saw.
    var lastPlanAssumed: [VisitRecord] = []
    /// The rep scope the plan shown last was made in (a rep named in the
    /// question, 「山本さんの来週の計画」): "move it to friday" a few lines on
    /// moves a visit in that rep's plan, not in the team's.
    var lastPlanScope: (rep: String?, withTeam: Bool) = (nil, false)
    /// Customers the rep took out of this plan ("take the hospital out"): a change to it leaves them out.
    var lastPlanOut: [String] = []
    /// The plan shown last differs from the week's saved plan (said so at the time):
    /// "ok accept that plan" after checking the saved one still saves the one shown.
    var lastPlanUnsaved = false
    /// The rep the last answer named as a customer's ("who is the rep for X?"): "she" next is that rep.
    var repJustNamed: String?
    /// Customers a "must include" found in the proposal already: a bare "why?" next is about them.
    var keptAlreadyIn: [String] = []
    /// The workspace's segment history, read when first needed; replaced
    /// when this session records a snapshot or re-reads the workspace.
    var historySource: HistorySource?
    /// How many commands failed; the exit status of a script depends on it.
    var failures = 0

    /// `knowledge` is asked for once the book is read, so that reading the
    /// guidance (on another thread at start-up) and the book overlap.
    init(console: Console, workspace: Workspace, knowledge: () throws -> KnowledgeBase, today: LocalDate, language: Language,
         languageFollowsQuestions: Bool = false, environment: [String: String]) throws {
        self.console = console
        self.workspace = workspace
        self.today = today
        self.language = language
        self.languageFollowsQuestions = languageFollowsQuestions
        console.language = language
        // The conversation starts in the session's language: a bare name or a
        // single word before any question is answered in it.
        conversation = ConversationContext(language: language)
        self.environment = environment
        book = try workspace.loadBook()
        (config, repScope, repScopeRanksWithTeam) = try Session.split(try workspace.settings())
        self.knowledge = try knowledge()
    }

    /// `body` on the whole list, the rep scope set aside and restored after.
    func withoutScope<T>(_ body: () throws -> T) rethrows -> T { try withRepScope(nil, withTeam: false, body) }

    /// Runs `body` with the session working on `rep`'s customers, then goes
    /// back to the scope it had (nothing is saved): how a question that names
    /// a rep (「佐藤さんの今週の計画」) is answered on that rep's book.
    func withScope<T>(_ rep: String, withTeam: Bool = false, _ body: () throws -> T) rethrows -> T {
        try withRepScope(rep, withTeam: withTeam, body)
    }

    /// `body` with the rep scope set to `rep` (nil: the whole list), the session's own scope restored after.
    /// Runs `body` in the scope the plan shown last was made in.
    func inLastPlanScope<T>(_ body: () throws -> T) rethrows -> T {
        guard lastPlanScope.rep.map(RepName.key) != repScope.map(RepName.key) else { return try body() }
        return try withRepScope(lastPlanScope.rep, withTeam: lastPlanScope.withTeam, body)
    }

    private func withRepScope<T>(_ rep: String?, withTeam: Bool, _ body: () throws -> T) rethrows -> T {
        let (saved, savedRanking) = (repScope, repScopeRanksWithTeam)
        repScope = rep
        repScopeRanksWithTeam = withTeam
        cachedClassifications = nil
        cachedAssistantData = nil
        defer {
            repScope = saved
            repScopeRanksWithTeam = savedRanking
            cachedClassifications = nil
            cachedAssistantData = nil
        }
        return try body()
    }

    /// The team's busiest rep's A customers, while one rep's customers are
    /// ranked with the team's list (see `PlanPolicy.teamCustomersA`).
    private var teamCustomersA: Int?
    private var teamBusiestRep: String?

    /// The plan policy for the scope worked in: the config's, with the team's
    /// A cadence in one rep's customers ranked with the team's list, so a
    /// rep's plan says the rhythm the team's views and every answer say.
    var planPolicy: PlanPolicy {
        _ = classifications
        var policy = config.plan
        policy.teamCustomersA = teamCustomersA
        policy.teamBusiestRep = teamBusiestRep
        return policy
    }

    /// The config with `planPolicy`: what the assistant and the checks read.
    var scopedConfig: Config {
        var scoped = config
        scoped.plan = planPolicy
        return scoped
    }

    /// The book classified with the current settings, computed once per
    /// change; with a rep scope, that rep's customers ranked as their own book.
    var classifications: [Classification] {
        if let cachedClassifications { return cachedClassifications }
        let classifier = Classifier(config: config.classifier)
        let result: [Classification]
        (teamCustomersA, teamBusiestRep) = (nil, nil)
        if let repScope, repScopeRanksWithTeam {
            // The segments the whole list gives, for that rep's customers only.
            let mine = Set(RepName.customers(of: repScope, in: book.customers).map { Book.key($0.name) })
            let whole = wholeBookClassifications(classifier)
            let load = FollowUpLoad(classifications: whole)
            (teamCustomersA, teamBusiestRep) = (load.perWeek, load.busiestRep)
            result = whole.filter { mine.contains(Book.key($0.name)) }
            classificationsRevision = revisions.record(base: nil, changes: nil)
        } else if let repScope {
            result = classifier.classify(RepName.customers(of: repScope, in: book.customers))
            classificationsRevision = revisions.record(base: nil, changes: nil)
        } else {
            result = wholeBookClassifications(classifier)
            classificationsRevision = lastWholeBookRevision
        }
        cachedClassifications = result
        return result
    }

    /// The whole book classified, reusing what the last classification of it still holds.
    private func wholeBookClassifications(_ classifier: Classifier) -> [Classification] {
        let classified = classifier.classifyKeeping(book.customers, reusing: lastWholeBook)
        let replaced = lastWholeBook
        lastWholeBook = classified
        lastWholeBookRevision = revisions.record(
            base: replaced != nil && linksNextWholeBook ? lastWholeBookRevision : nil, changes: classified.changes)
        linksNextWholeBook = true
        // The classifications before the change are let go on another
        // thread: taking apart every customer's old one was a third of a
        // `set` on a 10,000-customer book, and nothing needs to wait for it.
        if let replaced { DispatchQueue.global(qos: .utility).async { withExtendedLifetime(replaced) {} } }
        return classified.classifications
    }

    /// The assistant's indexes over the book, built once per change; the
    /// visit log and planned visits are brought up to date on each use, which
    /// keeps a plan it made until they actually change.
    func currentAssistantData() -> AssistantData {
        if cachedAssistantData == nil, staleAssistantData == nil, let prepared = preparedIndexes {
            preparedIndexes = nil
            // The book is classified (on both cores) before the wait, not after it.
            _ = classifications
            staleAssistantData = prepared().map { ($0, nil) }
        }
        var data: AssistantData
        if let cached = cachedAssistantData {
            data = cached.data
        } else {
            let rows = classifications
            let kept = keptPlanBook(week: PlanWeek(containing: today), today: today)
            data = AssistantData(
                classifications: rows, config: scopedConfig, guidance: knowledge, today: today,
                reusingIndexes: staleAssistantData?.indexes,
                changes: staleAssistantData?.revision.flatMap { revisions.changes(from: $0, to: classificationsRevision) },
                planBook: kept?.book, planChanges: kept.flatMap { revisions.changes(from: $0.revision, to: classificationsRevision) },
                // Without a rep scope the classifications are the book's, in its order.
                positions: repScope == nil ? book.positions : nil)
        }
        data.visitLog = (try? workspace.visitLog()) ?? []
        data.historySource = currentHistorySource
        data.historyRanksThisBook = repScope == nil
        // "Is my plan OK?" is about the plan being followed: the current week's.
        // In one rep's view, that rep's planned visits: 「佐藤さんはCに偏ってない？」 asked by
        // another rep is about 佐藤's week, not the asker's plan read against her book.
        data.planned = scoped(PlannedWeeks(planned: (try? workspace.plannedVisits()) ?? [], today: today)
            .visits(in: PlanWeek(containing: today)))
        cachedAssistantData = (data, classificationsRevision)
        staleAssistantData = nil
        return data
    }

    func classification(of name: String) -> Classification? {
        // Without a rep scope the classifications are in the book's order: look the name up in its index.
        if repScope == nil {
            return book.position(of: name).map { classifications[$0] }
        }
        let key = Book.key(name)
        return classifications.first { Book.key($0.name) == key }
    }

    /// Takes in a customer this session just changed in the workspace,
    /// without reading the whole book back: what `reload` would give, since
    /// another session's changes are caught before the next command.
    func replaceInBook(_ customer: Customer, before: Customer) throws {
        let reps = cachedReps
        do {
            try book.update(customer)
        } catch {
            return try reload()
        }
        // The reps depend on each customer's rep alone.
        if customer.rep == before.rep { cachedReps = reps }
        cachedClassifications = nil
        cachedAssistantData = nil
        if customer.rep != before.rep { completionSource.withLock { $0 = completer() } }
    }

    /// Takes in a customer this session just added to the workspace (it
    /// stands last in the list, as reading it back would place it), without
    /// reading the whole book back: on a 10,000-customer book that read was
    /// a quarter of an `add`.
    func addToBook(_ customer: Customer) throws {
        do {
            try book.add(customer)
        } catch {
            return try reload()
        }
        forgetWhatWasMadeFromTheBook()
    }

    /// Takes out a customer this session just removed from the workspace,
    /// without reading the whole book back (see `addToBook`).
    func removeFromBook(named name: String) throws {
        do {
            try book.remove(named: name)
        } catch {
            return try reload()
        }
        forgetWhatWasMadeFromTheBook()
    }

    /// What `reload` lets go after reading the book, for a change this
    /// session made itself: the settings stay as they are, since a customer
    /// added or removed changes none, and another session's changes are
    /// read before each command.
    private func forgetWhatWasMadeFromTheBook() {
        // A book of another size has nothing to reuse (see `reload`).
        if lastWholeBook?.classifications.count != book.count { lastWholeBook = nil }
        revisions.forget()
        linksNextWholeBook = false
        cachedClassifications = nil
        cachedAssistantData = nil
        historySource = nil
        completionSource.withLock { $0 = completer() }
    }

    /// Re-reads the book and settings after the workspace changed.
    func reload() throws {
        book = try workspace.loadBook()
        // A book of another size has nothing to reuse: let the old one go before the new is ranked.
        if lastWholeBook?.classifications.count != book.count { lastWholeBook = nil }
        (config, repScope, repScopeRanksWithTeam) = try Session.split(try workspace.settings())
        // Whatever changed (a file loaded, a customer added, removed or
        // renamed, a setting, an undo), what was made from the book before is made again.
        revisions.forget()
        linksNextWholeBook = false
        if repScope == nil, let introducedRep {
            repScope = introducedRep
            repScopeRanksWithTeam = true
        }
        cachedClassifications = nil
        cachedAssistantData = nil
        historySource = nil
        completionSource.withLock { $0 = completer() }
    }

    // MARK: The loop

    /// Reads and runs lines until quit or end of input; returns the exit status.
    func run(reader: inout some LineReader) -> Int32 {
        recordFirstSnapshotIfNeeded()
        if reader.isInteractive { greet() }
        while true {
            let prompt = reader.isInteractive ? promptText : ""
            let read: String?
            do { read = try reader.readLine(prompt: prompt) } catch { fail(error); continue }
            guard let line = read else {
                if reader.isInteractive { console.raw("") }
                break
            }
            if interruptRequested.exchange(false, ordering: .relaxed) { continue }
            let started = ContinuousClock.now
            let outcome = execute(line, reader: &reader)
            if showsTiming { reportTiming(of: line, since: started) }
            if case .quit = outcome { break }
        }
        reader.close()
        workspace.checkpoint()
        return failures == 0 ? 0 : 1
    }

    /// `SALESCOACH_TIMING=1`: each line's time on stderr, for measuring the
    /// session on a large book (`Scripts/bench-repl.sh`).
    var showsTiming: Bool { environment["SALESCOACH_TIMING"].map { !$0.isEmpty && $0 != "0" } ?? false }

    func reportTiming(of line: String, since started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let what = SingleLine.joined(String(line.prefix(60)))
        Console.write("time: \(Formatting.fixed(milliseconds, decimals: 3)) ms  \(TerminalText.sanitize(what))\n", to: STDERR_FILENO)
    }

    var promptText: String {
        repScope.map { "salescoach \(TerminalText.sanitize($0)) (\(classifications.count))> " } ?? "salescoach (\(book.count))> "
    }

    func greet() {
        console.say(SessionMessage.greeting(customers: book.count), style: Palette.muted)
        if repScope != nil { sayScope() }
    }

    /// Runs one line: a command, or else a question for the assistant.
    func execute(_ line: String, reader: inout some LineReader) -> Outcome {
        var trimmed = line.trimmingWhitespace
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return .proceed }
        refreshIfChanged()
        // "drop the hospital one" right after a plan: the one pick the words describe, by name.
        // Never on a command line: `remove the hospital one` must not become `remove NAME`.
        if [.weeklyPlan, .planReasons, .planCheck].contains(conversation.lastIntent?.kind), !lastPlanPicks.isEmpty,
            PlanEditStatement.mayChangePlan(trimmed),
            ReplCommands.named(trimmed.split(separator: " ").first.map(String.init) ?? "") == nil,
            currentAssistantData().interpreter.matcher.match(in: trimmed).names.isEmpty,
            let named = PlanDescriptor.naming(in: trimmed, picks: lastPlanPicks.map(\.customer))
        {
            trimmed = named
        }
        let words: [String]
        do {
            words = try CommandTokenizer.split(trimmed)
        } catch {
            return fail(error)
        }
        guard let first = words.first else { return .proceed }
        let pending = pendingVisit
        pendingVisit = nil
        if let pending, Assistant.saysYes(trimmed) { return execute(pending, reader: &reader) }
        // "add Marui Shoten to the plan", 「いろは寿司も入れて」: a change to the plan
        // just discussed, read before any command (`add NAME` would create a customer).
        if let edits = planEdits(trimmed, startsWithCommand: ReplCommands.named(first) != nil) {
            if edits.isEmpty { return .proceed }
            let matcher = currentAssistantData().interpreter.matcher
            let language = LanguageDetector.language(of: trimmed, ignoring: matcher.match(in: trimmed))
            // "it must include X and leave out Y" after "make it 6", "leave out Y and make it 6 visits":
            // on a proposal not saved yet, a size the rep asked for stands; the proposal is made again.
            if proposalUnsaved() {
                let size = PlanEditStatement.statedCount(trimmed, matcher: matcher)
                // 「郡山電子工業は外して。代わりは誰？」: a proposal with one left out is made again, the
                // next candidate in its place; saving it first would keep a plan the rep never accepted.
                let onlyRemovals = edits.allSatisfy { $0.action == .remove }
                // "it has to include X", 「Xは絶対入れて」: X takes a place in the proposal at its size,
                // with nothing saved unasked (a firm "add", whatever size the rep asked).
                if size != nil || onlyRemovals
                    || (edits.contains { $0.action == .add } && PlanEditStatement.keepsFirm(trimmed))
                {
                    reshapeProposal(edits, size: size, language: language)
                    return .proceed
                }
            }
            // The plan just shown for a rep a question named ("Aya's plan") is that rep's:
            // the change is made on her customers, never on the whole team's.
            if repScope == nil, let rep = conversationRep {
                withScope(rep, withTeam: true) { editPlan(edits, language: language) }
            } else {
                editPlan(edits, language: language)
            }
            return .proceed
        }
        guard let command = ReplCommands.named(first) else {
            // Not a command: a question, unless it is short, its first word is
            // a near miss of a command, and the assistant cannot place it or
            // only places it by correcting that word ("lsit B"): the typo is
            // named, so the command is learnt. "visited Acme today" is a report.
            if words.count <= 3, !Session.endsAsQuestion(trimmed), let guess = ReplCommands.suggestions(for: first).first,
                Assistant.isTypo(first, data: currentAssistantData()) || !understands(trimmed),
                // "visited kyoto yesterday" with two customers it fits is a report to ask about, not a typo.
                VisitStatement.read(trimmed, matcher: currentAssistantData().interpreter.matcher, today: today) == nil
            {
                return fail(SessionError.unknownCommand(typed: first, guess: guess))
            }
            // 「クイズ出して」, "quiz me": the quiz itself, as `quiz` starts it.
            if QuizRequest.asks(trimmed) {
                // In the language asked, as an answer is; the session's own choice comes back after.
                let saved = language
                language = LanguageDetector.language(of: trimmed)
                defer { if !languageFollowsQuestions { language = saved } }
                do { try quiz(count: 5, seed: nil, reader: &reader) } catch { return fail(error) }
                return .proceed
            }
            ask(trimmed)
            return .proceed
        }
        let arguments = Array(words.dropFirst())
        // A bare "why" right after an answer asks why of that answer ("why?" does), not `why NAME`.
        if arguments.isEmpty, command.name == "why", conversation.lastIntent != nil {
            askAfterCommandWord(trimmed + "?")
            return .proceed
        }
        // `plan --help`, `planned add -h`: the command's help, from its definition.
        if arguments.contains("--help") || arguments.contains("-h") {
            help(command.name)
            return .proceed
        }
        let parsed: any ParsableCommand
        do {
            parsed = try ReplParsing.with(today: today, language: language) { try command.parseWords(arguments) }
        } catch {
            if readsAsQuestion(trimmed, command: command, arguments: arguments) {
                askAfterCommandWord(trimmed)
                return .proceed
            }
            return fail(ReplParseMessage.text(for: error, command: command, words: arguments, language: language))
        }
        guard let runnable = parsed as? any ReplRunnable else { return fail("'\(command.name)' is not available") }
        do {
            // Commands that only print (and never ask for a line) go through the
            // pager when their answer is longer than the window.
            guard Session.pagedCommands.contains(command.name) else { return try runnable.run(in: self, reader: &reader) }
            var outcome = Outcome.proceed
            try console.paged { outcome = try runnable.run(in: self, reader: &reader) }
            return outcome
        } catch let failure as Failure {
            if readsAsQuestion(trimmed, command: command, arguments: arguments) {
                askAfterCommandWord(trimmed)
                return .proceed
            }
            return fail(failure.description, hint: failure.hint)
        } catch {
            return fail(error)
        }
    }

    /// A plan change told in words; after a command word ("add … to the
    /// plan") only when the plan is named, so `add Acme` and `remove Acme`
    /// stay the commands they are.
    /// The changes to the plan a line makes; nil when it makes none, empty when
    /// the only one named another rep's customer (said already).
    private func planEdits(_ line: String, startsWithCommand: Bool) -> [PlanEditStatement]? {
        // The words first: the names are looked for (which readies the assistant) only when they are there.
        guard PlanEditStatement.mayChangePlan(line) else { return nil }
        // 「来週の計画、川崎重機は必ず入れて」 asks for a plan of a week ahead, not a change
        // to this week's: this week's plan is neither changed nor saved.
        if let ahead = WeekSpec.weeksAhead(in: line), ahead > 0,
            lastPlanWeek.map({ $0.start <= today.startOfWeek.adding(days: 7 * (ahead - 1)) }) ?? true
        {
            return nil
        }
        // 「木曜休みで、1日3件まで。可児電子は必ず入れて」: the plan asked for again, with that customer kept in it.
        // 「水曜休みで1日2件まで。今治工場は絶対入れて、道後菓子舗は外して」 too: the new plan keeps one and leaves the other out.
        if PlanEditStatement.statesPlanLimits(line) { return nil }
        // 「中島さんの今週の予定つくって。8件で、平戸水産は必ず入れて」: a plan asked for, that customer kept in it.
        if PlanEditStatement.asksForPlan(line) { return nil }
        let afterPlan = conversation.lastIntent.map { [.weeklyPlan, .planReasons, .planCheck].contains($0.kind) } ?? false
        // "put starlight on friday": a day for a customer in the plan, not one more visit.
        if afterPlan, MoveStatement.read(line, matcher: currentAssistantData().interpreter.matcher, afterPlan: true)?.day != nil {
            return nil
        }
        let edits = PlanEditStatement.readAll(
            line, matcher: currentAssistantData().interpreter.matcher, afterPlan: afterPlan, recent: lastPlanEdit,
            startsWithCommand: startsWithCommand)
        if edits.isEmpty { return nil }
        // In one rep's book, another rep's customer named whole is neither taken for one of
        // this rep's that starts the same way, nor put in: it is said whose it is.
        guard let rep = repScope,
            let other = OtherRepsCustomer.named(in: line, customers: book.customers, rep: rep)
        else { return edits }
        let kept = edits.compactMap { edit in edit.keeping { OtherRepsCustomer.namedWhole($0, in: line) } }
        console.say(PlanEditMessage.otherRepsCustomer(name: other.name, rep: other.rep ?? "", scope: rep).text(in: LanguageDetector.language(of: line)))
        return kept
    }

    /// The commands whose long output goes through `$PAGER` (see `Console.paged`).
    static let pagedCommands: Set<String> = ["list", "help", "visits", "moves", "history", "summary", "matrix"]

    /// "plan my week", "list my B customers please", "why is 田中商事 in C?":
    /// a line that starts with a command word but is not written as that
    /// command is a question, when the assistant can answer it. Commands
    /// that change data never fall through: a change is made only when it
    /// was asked for in the command's own words.
    private func readsAsQuestion(_ line: String, command: any ReplCommand.Type, arguments: [String]) -> Bool {
        guard !arguments.isEmpty, !arguments.contains(where: { $0.hasPrefix("--") }), !command.changesData(given: arguments)
        else { return false }
        return Session.endsAsQuestion(line) || understands(line) || Session.isProse(arguments) || namesRep(line)
            || (Session.refersBack(arguments) && !["quit", "exit", "quiz", "learn", "help"].contains(command.configuration.commandName ?? ""))
    }

    /// "check it", "show that one", "why that": what the last answer was about,
    /// never a file or a customer named "it".
    static func refersBack(_ arguments: [String]) -> Bool {
        arguments.allSatisfy { pronounWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
    }

    private static let pronounWords: Set<String> = [
        "it", "that", "this", "them", "those", "these", "one", "plan", "my", "the", "again", "please", "pls", "now",
    ]

    /// "list mori takashi customers": a rep named in what follows the
    /// command word makes it a question about that rep's book.
    private func namesRep(_ line: String) -> Bool {
        RepName.named(in: line, reps: bookReps, customerNames: book.customers.map(\.name)) != nil
    }

    /// "why doesnt Foo Bar have a segment": words no name is made of, which
    /// make a sentence of what follows the command word. Asked, the assistant
    /// says which customer it could not find instead of an error about a name.
    static func isProse(_ arguments: [String]) -> Bool {
        arguments.count >= 3 && arguments.contains { proseWords.contains($0.lowercased()) }
    }

    private static let proseWords: Set<String> = [
        "is", "isn't", "isnt", "are", "aren't", "does", "doesn't", "doesnt", "do", "don't", "dont", "did", "didn't",
        "have", "has", "hasn't", "not", "still", "there", "was", "were", "so", "me", "my", "about",
    ]

    /// "why is Wayne Enterprises a B?": a line ending in a question mark is a
    /// question, whatever its first word; the assistant says what it cannot find.
    static func endsAsQuestion(_ line: String) -> Bool { line.hasSuffix("?") || line.hasSuffix("？") }

    private func understands(_ line: String) -> Bool {
        Assistant.understands(line, context: conversation, data: currentAssistantData())
    }

    /// `error` said after the command or option it was given to (`visit: …`, `visit：…`).
    func failure(after place: String, _ error: any Error) -> Failure {
        Failure(SessionError.after(place: place, reason: error), in: language)
    }

    /// An error value said in the session's language (see `Console.error`).
    @discardableResult
    func fail(_ error: any Error) -> Outcome {
        if let failure = error as? Failure { return fail(failure.description, hint: failure.hint) }
        failures += 1
        console.error(error)
        return .proceed
    }

    @discardableResult
    func fail(_ message: String, hint: String? = nil) -> Outcome {
        failures += 1
        console.error(message, hint: hint)
        return .proceed
    }

    /// Looks a customer up by name the way questions do (case, width, legal
    /// form, short forms, romaji, small typos), with "did you mean …?" when
    /// it is not sure. A name taken other than as typed is said aloud.
    func requireCustomer(_ name: String) throws -> Customer {
        switch resolution(of: name) {
        case .exact(let found):
            if let customer = book.customer(named: found) { return customer }
        case .taken(let found):
            if let customer = book.customer(named: found) {
                console.say(SessionMessage.takenAs(customer.name), style: Palette.muted)
                return customer
            }
        case .suggestions(let guesses):
            throw Failure(SessionError.noSuchCustomer(name: name, suggestions: guesses), in: language)
        case .none:
            // `show 飯田` for the rep 飯田 誠: said to be a rep, with the customers the word is part of.
            if case .found(let rep) = RepName.match(name, in: bookReps) {
                let key = NameKey.normalize(name).lowercased()
                let holding = book.customers.map(\.name).filter { NameKey.normalize($0).lowercased().contains(key) }
                throw Failure(SessionError.repNotCustomer(name: name, rep: rep, customers: holding), in: language)
            }
        }
        throw Failure(SessionError.noSuchCustomer(name: name, suggestions: []), in: language)
    }

    /// The customer `name` stands for, when it is certain (exactly, or one clear match).
    func resolvedCustomer(_ name: String) -> Customer? {
        switch resolution(of: name) {
        case .exact(let found), .taken(let found): book.customer(named: found)
        case .suggestions, .none: nil
        }
    }

    private func resolution(of name: String) -> NameResolution {
        if let customer = book.customer(named: name) { return .exact(customer.name) }
        return currentAssistantData().interpreter.matcher.resolve(name)
    }

    /// The customer named by the words after a command, found by the one matcher.
    func requireCustomer(_ words: [String], for command: any ReplCommand.Type) throws -> Customer {
        let whole = try name(from: words, command: command)
        // "show me Contoso Ltd": the name is what follows the lead-in words.
        if resolvedCustomer(whole) == nil, let rest = NameLeadIn.stripped(words) {
            return try requireCustomer(rest.joined(separator: " "))
        }
        return try requireCustomer(whole)
    }

    /// Joins words back into one name, so `why Acme Industrial` works unquoted.
    func name(from words: [String], command: any ReplCommand.Type) throws -> String {
        guard !words.isEmpty else {
            throw Failure(SessionError.needsCustomerName(command: command.name, example: command.entry.example), in: language)
        }
        return words.joined(separator: " ")
    }
}
