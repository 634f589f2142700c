import SalesCoachCore
import SalesCoachTerminal
import SalesCoachWorkspace

extension Session {
    /// Keeps the book's snapshot in the workspace's history after a change
    /// this session made (only what changed is stored). A history that cannot
    /// be written costs a warning, never the change itself, which is saved.
    /// - Parameter date: the day the snapshot stands for (`load --as-of`); today by default.
    func recordHistory(source: String?, on date: LocalDate? = nil) {
        guard !workspace.isReadOnly else { return }
        let snapshots = SegmentSnapshot.of(
            book, config: config.classifier, wholeBook: repScope == nil ? classifications : nil)
        historySource = nil
        do {
            try workspace.recordHistory(snapshots, on: date ?? today, source: source)
        } catch {
            console.warning(HistoryMessage.notRecorded(error).text(in: language))
        }
    }

    /// The segment history, read once until it changes.
    func segmentHistory() -> SegmentHistory { currentHistorySource.history }

    /// The source questions and commands read the history from, made anew after each change.
    var currentHistorySource: HistorySource {
        if let historySource { return historySource }
        let workspace = workspace
        let source = HistorySource { (try? workspace.segmentHistory()) ?? SegmentHistory([]) }
        historySource = source
        return source
    }

    /// The history to place past visits by, when it ranks what the session
    /// shows: the whole book. Under a rep scope the segments come from that
    /// rep's own ranking, which the history does not keep.
    var historyForVisits: SegmentHistory? { repScope == nil ? segmentHistory() : nil }

    /// The segment a customer held on `date`: from the history when it knows,
    /// else today's.
    func segment(of name: String, on date: LocalDate) -> Segment? {
        if let entry = historyForVisits?.entry(of: name, on: date), entry.isPresent, let segment = entry.segment { return segment }
        return classification(of: name)?.segment
    }

    /// A workspace that holds customers but no history yet (made before the
    /// history was kept) gets its first snapshot when a session opens it.
    func recordFirstSnapshotIfNeeded() {
        guard !workspace.isReadOnly, !book.isEmpty, (try? workspace.historyLastDate()) == .some(nil) else { return }
        recordHistory(source: Workspace.firstSnapshotSource)
    }

    /// `history NAME`: a customer's segments over time, with the visits logged between.
    func history(of customer: Customer) throws {
        let report = ProgressReport(history: try workspace.segmentHistory(), visitLog: (try? workspace.visitLog()) ?? [], language: language)
        say(report.customerHistory(of: customer.name))
    }

    /// `moves [this quarter|this year|this month|--since DAY] [--rep NAME]`:
    /// the customers that changed segment, B→A first, then losses from A.
    func moves(period words: [String], since: String?, rep: String?) throws {
        var period = HistoryPeriod.quarter(today)
        if let since {
            do {
                period = HistoryPeriod(kind: .since, since: try DaySpec.parse(since, today: today), until: today)
            } catch {
                throw failure(after: "--since", error)
            }
        }
        if !words.isEmpty {
            guard let named = HistoryPeriod.named(in: words.joined(separator: " "), today: today) else {
                throw Failure(HistoryError.notAPeriod(words.joined(separator: " ")), in: language)
            }
            period = named
        }
        let history = try workspace.segmentHistory()
        let repName = try (rep ?? repScope).map { try requireRep($0) }
        let lines = ProgressReport(history: history, visitLog: (try? workspace.visitLog()) ?? [], language: language)
            .moves(in: period, rep: repName)
        say(lines)
    }
}

extension Session {
    /// A report's lines: headings bold, a line about one segment in its colour.
    func say(_ lines: [ProgressReport.Line]) {
        for line in lines {
            console.say(line.text, style: line.isHeading ? Palette.heading : line.segment.map(Palette.segment) ?? .plain)
        }
    }

    /// Under `summary`: this quarter's B→A moves and the visits spent in B,
    /// then the B→A moves of the last six months as a bar per month. Nothing
    /// when the workspace has no history yet.
    func progressSummary() {
        // A history that starts today has nothing to compare yet.
        let history = segmentHistory()
        guard let first = history.firstDate, first < today else { return }
        let period = HistoryPeriod.quarter(today)
        let log = (try? workspace.visitLog()) ?? []
        // Under a rep scope, that rep's customers only, in every figure.
        let customers = repScope.map { _ in Set(classifications.map { Book.key($0.name) }) }
        let conversions = history.moves(since: period.since, until: today)
            .filter { $0.kind == .conversion && (customers?.contains($0.key) ?? true) }
        let inB = TimeInB(history: history, visitLog: log, period: period, scope: customers)?.visits ?? 0
        console.say("")
        console.say(HistoryMessage.quarter(period, moves: conversions.map(\.name), visitsInB: inB))
        // Six months at most, and none before the history starts.
        let firstMonth = first.startOfMonth
        let months = history.monthlyMoves(from: .b, to: .a, months: 6, until: today, scope: customers).filter { $0.month >= firstMonth }
        let chart = MonthlyMovesChart(
            months: months, language: language, glyphs: environment["SALESCOACH_ASCII"] == "1" ? .ascii : .unicode)
        guard !chart.isEmpty else { return }
        console.say(HistoryMessage.movesByMonth)
        console.raw(chart.render(width: console.width, color: console.colorMode) + "\n")
    }
}
