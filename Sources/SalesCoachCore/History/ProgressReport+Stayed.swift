extension ProgressReport {
    /// "Which of my B accounts haven't moved all year?": the customers in
    /// `segment` now that held it through the whole of `period`, each with the
    /// day its stay began, longest stay first. `current` are the segment's
    /// members today, so a customer the history missed is still named.
    public func stayed(in segment: Segment, period: HistoryPeriod, current: [String]) -> [Line] {
        guard let first = history.firstDate else { return [noHistory] }
        let start = max(period.since, first)
        var stays: [(name: String, since: LocalDate)] = []
        for name in current {
            let rows = history.timeline(of: name)
            guard scope == nil || scope!.contains(Book.key(name)) else { continue }
            // In the segment on the period's first day, and never out of it since.
            guard let atStart = rows.last(where: { $0.date <= start }), atStart.segment == segment,
                !rows.contains(where: { $0.date > start && $0.date <= period.until && $0.segment != segment })
            else { continue }
            // The stay began with the first row of the last unbroken run in the segment.
            var since = atStart.date
            for row in rows.reversed() where row.date <= start {
                guard row.segment == segment else { break }
                since = row.date
            }
            stays.append((name, since))
        }
        stays.sort { ($0.since, $0.name) < ($1.since, $1.name) }
        var lines: [Line] = []
        let total = current.count
        guard !stays.isEmpty else {
            lines.append(Line(language.pick(
                "None of your \(total) \(segment.rawValue) customers was in \(segment.rawValue) through the whole period (\(period.text(in: .en))).",
                "\(period.text(in: .ja))を通して\(segment.rawValue)のままだった顧客はいません（現在の\(segment.rawValue)顧客\(total)社）。"),
                segment: segment, isHeading: true))
            if first > period.since { lines.append(historyStartLine(first)) }
            return lines
        }
        // A period that begins before the history can only be vouched for from its first day.
        let known = first > period.since ? HistoryPeriod.all(history, today: period.until) : period
        lines.append(Line(language.pick(
            "\(stays.count) of your \(total) \(segment.rawValue) customers stayed in \(segment.rawValue) \(known.text(in: .en)), longest first:",
            "\(known.text(in: .ja))ずっと\(segment.rawValue)のままの顧客：現在の\(segment.rawValue)顧客\(total)社中\(stays.count)社（長い順）："),
            segment: segment, isHeading: true))
        for stay in stays {
            lines.append(Line(
                language.pick("  \(stay.name) — in \(segment.rawValue) since \(stay.since)", "  \(stay.name) — \(stay.since)から\(segment.rawValue)"),
                segment: segment))
        }
        if first > period.since { lines.append(historyStartLine(first)) }
        if segment == .b {
            lines.append(Line(language.pick(
                "  A B account that does not move needs a new angle, not just more of the same visits: another department, another product, the person who decides.",
                "  動かないBには、同じ訪問を重ねるより切り口を変えることが必要です。別の部署、別の商品、決裁する人へのアプローチを考えましょう。")))
        }
        return lines
    }

    /// "(The history starts on …; nothing earlier is known.)"
    func historyStartLine(_ first: LocalDate) -> Line {
        Line(language.pick(
            "  (The history starts on \(first); nothing earlier is known.)",
            "  （履歴は\(first)からです。それ以前はわかりません）"))
    }
}
