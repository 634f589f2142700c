extension Answerer {
    /// Moves and the time in B, from the segment history, over the period
    /// the question names (all of the history when it names none).
    func progress(_ question: ProgressQuestion, reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        // Only the customers being talked about: a rep's, when the question names one.
        let scope = Set(data.classifications.map { Book.key($0.name) })
        let report = ProgressReport(history: data.history, visitLog: data.visitLog, language: reply.language, scope: scope)
        let period = reading.progressWords.flatMap { HistoryPeriod.named(in: $0, today: data.today) }
            ?? HistoryPeriod.all(data.history, today: data.today)
        let lines: [ProgressReport.Line]
        switch question {
        case .moves(let from, let to):
            lines = report.moves(in: period, from: from, to: to)
            reply.about = data.history.moves(since: period.since, until: period.until)
                .filter { (from == nil || $0.from == from) && (to == nil || $0.to == to) && scope.contains($0.key) }.map(\.name)
        case .payoff:
            lines = report.payoff(in: period)
            reply.cite("why-focus-b")
        case .counts(let segment):
            lines = report.countsCompared(in: period, segment: segment)
        case .stayed(let segment):
            let current = data.members(of: segment).map(\.name)
            lines = report.stayed(in: segment, period: period, current: current)
            reply.about = current.filter { name in lines.contains { $0.text.hasPrefix("  \(name) — ") } }
            reply.cite(Answerer.segmentEntry(segment))
        case .history:
            lines = []
        }
        reply.lines += lines.map(\.text)
        // "what changed?" asks about the book, and a visit just logged changed it too.
        if case .moves(nil, nil) = question {
            recentVisits(since: period.kind == .all ? data.today.adding(days: -7) : period.since, scope: scope, data: data, into: &reply)
        }
    }

    /// The visits logged over the last week (or since `since`, when later), newest first, with their notes.
    private func recentVisits(since: LocalDate, scope: Set<String>, data: AssistantData, into reply: inout Reply) {
        let from = max(since, data.today.adding(days: -7))
        let visits = data.visitLog.filter { $0.date >= from && $0.date <= data.today && scope.contains(Book.key($0.customerName)) }
            .sorted { ($0.date, $1.customerName) > ($1.date, $0.customerName) }
        guard !visits.isEmpty else { return }
        let language = reply.language
        reply.lines.append(language.pick(
            "Visits logged since \(from): \(Counted(visits.count, "visit", counter: "件").text(in: .en)).",
            "\(from) 以降に記録した訪問：\(visits.count)件。"))
        for visit in visits.prefix(10) {
            let note = visit.note.map { language.pick(" — “\($0)”", "（\($0)）") } ?? ""
            reply.lines.append("  \(visit.date)  \(visit.customerName)\(note)")
        }
        reply.about += visits.prefix(10).map(\.customerName)
    }

    /// "how has Acme changed over time?": the customer's rows of the history.
    func customerHistory(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        guard let customer = customers(reading, data: data, into: &reply).first else { return }
        let report = ProgressReport(history: data.history, visitLog: data.visitLog, language: reply.language)
        reply.lines += report.customerHistory(of: customer.name).map(\.text)
        reply.about = [customer.name]
    }
}
