/// "What visits did I log this week?", 「先週訪問した客は？」, 「訪問記録見せて」:
/// the visits themselves, newest first, from the visit log and each
/// customer's `last_visit`, with how they split over the segments.
extension Answerer {
    func visitLog(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) {
        let language = reply.language
        let window = reading.progressWords.flatMap { VisitWindow.period(in: $0, today: data.today) }
        let wanted = Set(reading.segments)
        let segments = Dictionary(data.classifications.map { (Book.key($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        // The log, and a customer's last_visit where the log has no visit that day.
        var visits = data.visitLog.map { (name: $0.customerName, date: $0.date, note: $0.note, fromLog: true) }
        let logged = Set(data.visitLog.map { "\(Book.key($0.customerName))|\($0.date)" })
        for c in data.classifications {
            guard let date = c.customer.lastVisit, !logged.contains("\(Book.key(c.name))|\(date)") else { continue }
            visits.append((c.name, date, nil, false))
        }
        visits = visits.filter { visit in
            let inWindow = window.map { visit.date >= $0.since && visit.date <= $0.until } ?? (visit.date <= data.today)
            let segment = segments[Book.key(visit.name)]?.segment
            return inWindow && (wanted.isEmpty || segment.map(wanted.contains) == true)
        }
        .sorted { ($0.date, $1.name) > ($1.date, $0.name) }
        reply.cite("visit-cadence")
        let when = window.map { language.pick(" \($0.label.en) (\($0.since) – \($0.until))", "\($0.label.ja)（\($0.since)〜\($0.until)）") } ?? ""
        let scope = wanted.isEmpty ? "" : wanted.sorted().map(\.rawValue).joined(separator: "/")
        guard !visits.isEmpty else {
            reply.lines.append(language.pick(
                "No visit\(scope.isEmpty ? "" : " to a \(scope) customer") on record\(when): nothing in your visit log or the customers' last_visit. Log one with `visit NAME`, or tell me “I visited NAME today”.",
                "\(when)\(scope.isEmpty ? "" : "\(scope)顧客への")訪問の記録はありません（訪問記録にも last_visit にもなし）。`visit 顧客名` か「今日〇〇に行ってきた」で記録できます。"))
            return
        }
        reply.lines.append(language.pick(
            "Visits\(scope.isEmpty ? "" : " to \(scope) customers")\(when): \(visits.count), newest first:",
            "\(when)\(scope.isEmpty ? "" : "\(scope)顧客への")訪問：\(visits.count)件、新しい順："))
        for visit in visits.prefix(Answerer.visitsShown) {
            let segment = segments[Book.key(visit.name)]?.segment?.rawValue ?? "–"
            let note = visit.note.map { " — \($0)" } ?? ""
            let source = visit.fromLog ? "" : language.pick(" (last_visit)", "（last_visit）")
            reply.lines.append("  \(visit.date)  \(segment)  \(visit.name)\(source)\(note)")
        }
        if visits.count > Answerer.visitsShown {
            reply.lines.append(language.pick(
                "  … and \(visits.count - Answerer.visitsShown) more: `visits` shows them all.",
                "  …ほか\(visits.count - Answerer.visitsShown)件。`visits` ですべて表示します。"))
        }
        // How the visits split over the segments: the first thing the method asks of a week.
        var counts: [Segment: Int] = [:]
        for visit in visits { if let s = segments[Book.key(visit.name)]?.segment { counts[s, default: 0] += 1 } }
        let split = Segment.allCases.filter { counts[$0] != nil }.map { "\($0.rawValue) \(counts[$0]!)" }
        if split.count > 1 || (scope.isEmpty && !split.isEmpty) {
            reply.lines.append(language.pick("  By segment: ", "  領域別：") + split.joined(separator: " · "))
        }
        reply.about = Array(Set(visits.prefix(Answerer.visitsShown).map(\.name))).sorted()
    }

    /// Visits listed before pointing to the `visits` command.
    static let visitsShown = 12
}
