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
        // "did that get logged?" right after a report that logged nothing: no.
        if let unlogged = reading.notLogged {
            reply.lines.append(language.pick(
                "No: nothing was logged from that line (\(unlogged)). Type `visit NAME DAY` with the name as your list spells it; `list` shows the names.",
                "いいえ、先ほどの文からは何も記録していません（\(unlogged)）。リストの表記で `visit 顧客名 日付` と入力してください（'list' で一覧）。"))
            reply.cite("visit-cadence")
            return
        }
        // "did that get logged?": one customer's visits, and whether the log holds them.
        if !reading.customers.isEmpty {
            loggedVisits(of: reading.customers, visits: visits, data: data, into: &reply)
            return
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
        for visit in visits.prefix(reply.visitsShown) {
            let segment = segments[Book.key(visit.name)]?.segment?.rawValue ?? "–"
            let note = visit.note.map { " — \($0)" } ?? ""
            let source = visit.fromLog ? "" : language.pick(" (last_visit)", "（last_visit）")
            reply.lines.append("  \(visit.date)  \(segment)  \(visit.name)\(source)\(note)")
        }
        if visits.count > reply.visitsShown {
            reply.lines.append(language.pick(
                "  … and \(visits.count - reply.visitsShown) more: `visits` shows them all.",
                "  …ほか\(visits.count - reply.visitsShown)件。`visits` ですべて表示します。"))
        }
        // How the visits split over the segments: the first thing the method asks of a week.
        var counts: [Segment: Int] = [:]
        for visit in visits { if let s = segments[Book.key(visit.name)]?.segment { counts[s, default: 0] += 1 } }
        let split = Segment.allCases.filter { counts[$0] != nil }.map { "\($0.rawValue) \(counts[$0]!)" }
        if split.count > 1 || (scope.isEmpty && !split.isEmpty) {
            reply.lines.append(language.pick("  By segment: ", "  領域別：") + split.joined(separator: " · "))
        }
        reply.about = Array(Set(visits.prefix(reply.visitsShown).map(\.name))).sorted()
    }

    /// The visits on record for the customers asked about, newest first,
    /// saying plainly whether the visit log holds one.
    private func loggedVisits(
        of names: [String], visits: [(name: String, date: LocalDate, note: String?, fromLog: Bool)], data: AssistantData,
        into reply: inout Reply
    ) {
        let language = reply.language
        for name in names {
            let key = Book.key(name)
            let own = visits.filter { Book.key($0.name) == key }.sorted { $0.date > $1.date }
            let logged = own.filter(\.fromLog)
            if let latest = logged.first {
                let note = latest.note.map { language.pick(" (note: “\($0)”)", "（メモ：「\($0)」）") } ?? ""
                reply.lines.append(language.pick(
                    "Yes: your visit to \(name) on \(latest.date) is in the visit log\(note). 'undo' takes back the last change.",
                    "はい、\(name)への \(latest.date) の訪問は訪問記録に入っています\(note)。直前の変更は 'undo' で取り消せます。"))
            } else {
                let last = own.first.map { language.pick(" (its last_visit says \($0.date))", "（last_visit は \($0.date)）") } ?? ""
                reply.lines.append(language.pick(
                    "No visit to \(name) is in your visit log\(last). Log one with `visit \(name)` or “I visited \(name) today”.",
                    "\(name)への訪問は訪問記録にありません\(last)。`visit \(name)` か「今日\(name)に行ってきた」で記録できます。"))
            }
            if logged.count > 1 {
                reply.lines.append(language.pick("  Visits on record, newest first:", "  記録された訪問（新しい順）："))
                for visit in logged.prefix(reply.visitsShown) {
                    reply.lines.append("  \(visit.date)\(visit.note.map { " — \($0)" } ?? "")")
                }
            }
        }
        reply.about = names
    }

    /// Visits listed before pointing to the `visits` command.
    static let visitsShown = 12
}
