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
    }

    /// "how has Acme changed over time?": the customer's rows of the history.
    func customerHistory(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        guard let customer = customers(reading, data: data, into: &reply).first else { return }
        let report = ProgressReport(history: data.history, visitLog: data.visitLog, language: reply.language)
        reply.lines += report.customerHistory(of: customer.name).map(\.text)
        reply.about = [customer.name]
    }
}
