import Foundation
import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `list [A|B|C|D|unclassified] [--sort FIELD]`
    ///
    /// The rows are positions in `classifications`, filtered, sorted and
    /// printed by reading each classification in place: handing them over
    /// as values (a filter, a sort, a map) copied each one with its
    /// customer, axes and moves, a fifth of the command on a large book.
    func list(_ filter: SegmentFilter?, sortedBy sort: SortKey) throws {
        let all = classifications
        var rows: [Int] = []
        all.withUnsafeBufferPointer { items in
            rows.reserveCapacity(items.count)
            for i in items.indices where filter.map({ items[i].segment == $0.segment }) ?? true { rows.append(i) }
        }
        rows = try sorted(rows, of: all, by: sort)
        guard !rows.isEmpty else {
            console.say(book.isEmpty ? emptyBookHint : LookMessage.noneInSegment.text(in: language))
            return
        }
        let table = try customerTable(rows, of: all)
        console.paged {
            console.raw(table)
            console.say(LookMessage.listed(shown: rows.count, of: all.count), style: Palette.muted)
            if let legend = tableLegend(rows, of: all) { console.say(legend, style: Palette.muted) }
        }
        // "which of those matters most?" next is about these rows.
        conversation.discussed(.segmentMembers, customers: [], segments: filter?.segment.map { [$0] } ?? [], language: language)
        conversation.listed = all.withUnsafeBufferPointer { items in rows.map { items[$0].customer.name } }
    }

    /// What the table's markers mean, for those it shows (positions in `all`), in the session's language.
    func tableLegend(_ rows: [Int], of all: [Classification]) -> String? {
        let cut = Config.format(config.classifier.cut)
        let margin = Config.format(config.classifier.borderlineMargin)
        var parts: [String] = []
        let (borderline, missing) = all.withUnsafeBufferPointer { items in
            (
                rows.contains { items[$0].isBorderline },
                rows.contains {
                    items[$0].segment == nil || items[$0].objective == nil || items[$0].record == nil
                        || items[$0].customer[.sales] == nil || items[$0].customer.lastVisit == nil
                }
            )
        }
        if borderline {
            parts.append(LookMessage.borderlineLegend(cut: cut, margin: margin).text(in: language))
        }
        if missing {
            parts.append(LookMessage.noValueLegend.text(in: language))
        }
        return parts.isEmpty ? nil : parts.joined(separator: LookMessage.legendSeparator.text(in: language))
    }

    var emptyBookHint: String { LookMessage.emptyBook.text(in: language) }

    /// `rows` (positions in `all`) in the order `field` gives, the book's order among equals.
    func sorted(_ rows: [Int], of all: [Classification], by field: SortKey) throws -> [Int] {
        // Each row's key is computed once, then the positions are sorted: comparing
        // scores or names afresh in every comparison dominated `list` on a large book.
        func by<Key>(_ key: (Classification) -> Key, _ before: (Key, Key) -> Bool) -> [Int] {
            let keys = all.withUnsafeBufferPointer { items in rows.map { key(items[$0]) } }
            // A stable sort keeps the book's order among equals.
            return rows.indices.sorted { a, b in
                before(keys[a], keys[b]) || (!before(keys[b], keys[a]) && a < b)
            }.map { rows[$0] }
        }
        switch field {
        case .name: return by(\.name) { $0.localizedStandardCompare($1) == .orderedAscending }
        case .rep:
            return by({ ($0.customer.rep.map(RepName.key) ?? "\u{10FFFF}", $0.segment?.rawValue ?? "Z") }, <)
        case .segment:
            return by({ ($0.segment?.rawValue ?? "Z", -($0.objective?.value ?? 0) - ($0.record?.value ?? 0)) }, <)
        case .objective: return by({ $0.objective?.score ?? .zero }, >)
        case .record: return by({ $0.record?.score ?? .zero }, >)
        case .priority:
            // The planner's own order: who deserves the next visit first.
            let visitLog = try workspace.visitLog()
            let priority = PlanPriority(
                classifications: classifications, visitLog: visitLog, policy: planPolicy, today: today,
                made: currentPlanBook(visitLog: visitLog, policy: planPolicy, today: today))
            return by({ priority.place(of: $0.name)?.position ?? Int.max }, <)
        case .lastVisit:
            let history = try visitHistory()
            return by({ history.lastVisit(of: $0.customer)?.dayNumber ?? Int.min }, <)
        case .metric(let metric):
            return by({ $0.customer[metric] ?? -.infinity }, >)
        }
    }

    /// The table of `rows`, positions in `all`.
    func customerTable(_ rows: [Int], of all: [Classification]) throws -> String {
        let history = try visitHistory()
        func heading(_ message: LookMessage) -> String { message.text(in: language) }
        let columns = [
            TableColumn(heading(.customerColumn), maxWidth: 32, minWidth: 8),
            TableColumn(heading(.segmentColumn), alignment: .center),
            TableColumn(heading(.objectiveColumn), alignment: .right),
            TableColumn(heading(.recordColumn), alignment: .right),
            TableColumn(heading(.salesColumn), alignment: .right),
            TableColumn(heading(.lastVisitColumn), alignment: .right),
            TableColumn(heading(.repColumn), maxWidth: 16, minWidth: 4),
        ]
        func rowCells(_ c: Classification) -> [TableCell] {
            let segmentText = (c.segment?.rawValue ?? "–") + (c.isBorderline ? "~" : "")
            return [
                TableCell(c.name),
                TableCell(segmentText, style: c.segment.map(Palette.segment) ?? Palette.muted),
                TableCell(c.objective.map { $0.scoreText } ?? "–"),
                TableCell(c.record.map { $0.scoreText } ?? "–"),
                TableCell(c.customer[.sales].map { Formatting.amount($0, in: language) } ?? "–"),
                TableCell(history.lastVisit(of: c.customer)?.description ?? "–"),
                TableCell(c.customer.rep ?? ""),
            ]
        }
        let cells = all.withUnsafeBufferPointer { items in rows.map { rowCells(items[$0]) } }
        return TableRenderer(columns: columns).render(cells, width: console.width, color: console.colorMode)
    }

    /// `show NAME`: every field, then the classification.
    func show(_ customer: Customer) throws {
        conversation.discussed(.explainCustomer, customers: [customer.name], language: language)
        func row(_ label: LookMessage, _ value: String) -> String { row(label.text(in: language), value) }
        func row(_ label: String, _ value: String) -> String { "  " + DisplayWidth.pad(label, toWidth: 16) + " " + value }
        var lines: [String] = [customer.name]
        for metric in Metric.allCases {
            let value = customer[metric].map { Formatting.value($0, of: metric, in: language) } ?? LookMessage.emptyCell.text(in: language)
            lines.append(row(metric.text(in: language), value))
        }
        lines.append(row(.lastVisitLabel, try visitHistory().lastVisit(of: customer)?.description ?? "–"))
        lines.append(row(.repLabel, customer.rep ?? "–"))
        if let notes = customer.notes, !notes.isEmpty { lines.append(row(.notesLabel, SingleLine.visible(notes))) }
        console.say(lines: lines)
        if let c = classification(of: customer.name) {
            console.say(c.headline(in: language), style: c.segment.map(Palette.segment) ?? Palette.muted)
        }
    }

    /// `why NAME`: the explanation from the engine, plus what the segment means.
    func why(_ customer: Customer) throws {
        guard let c = classification(of: customer.name) else { throw outsideScope(customer) }
        conversation.discussed(.explainCustomer, customers: [customer.name], language: language)
        let lines = c.explanationLines(in: language, cut: config.classifier.cut)
        console.say(lines.first ?? "", style: c.segment.map { Palette.segment($0).bolded } ?? Palette.muted)
        console.say(lines: Array(lines.dropFirst()))
        if let segment = c.segment, let entry = knowledge.entry(id: "segment-\(segment.rawValue.lowercased())") {
            console.say(LookMessage.seeAlso(title: entry.title(in: language), id: entry.id), style: Palette.muted)
        }
    }

    /// `summary`: counts and shares per segment; `summary by rep`: one row per rep.
    func summary() throws {
        guard !book.isEmpty else { return console.say(emptyBookHint) }
        console.raw(
            ClassifyTable(language: language, width: console.width, color: console.colorMode)
                .summary(SegmentSummary(classifications), withMeaning: true))
        noteBookScale()
        weeklyTrend()
        progressSummary()
    }

    /// C's share of each of the last four weeks' visits, as bars against its limit.
    func weeklyTrend() {
        let shares = WeeklyShares(
            weeks: 4, visitLog: (try? workspace.visitLog()) ?? [], planned: (try? workspace.plannedVisits()) ?? [],
            classifications: classifications, today: today, history: historyForVisits)
        guard !shares.isEmpty else { return }
        let limit = config.plan.maxShareC.doubleValue
        let bars = shares.weeks.map { week -> BarChart.Bar in
            let label = "\(week.week.start.description.suffix(5))"
            guard let share = week.share(.c) else {
                return BarChart.Bar(label: label, value: .nan, valueText: LookMessage.nothingLoggedOrPlanned.text(in: language))
            }
            let basis = (week.basis == .logged ? LookMessage.ofLogged(Int(week.total)) : .ofPlanned(Formatting.grouped(week.total)))
                .text(in: language)
            let over = share * 100 > limit
            return BarChart.Bar(
                label: label, value: share * 100, target: limit,
                valueText: "C \(Formatting.percent(share)) \(basis)" + (over ? LookMessage.overLimit.text(in: language) : ""),
                style: over ? Palette.warning : Palette.segment(.c))
        }
        console.say("")
        console.say(LookMessage.cShareHeading(limit: Formatting.grouped(limit)))
        let glyphs: Glyphs = environment["SALESCOACH_ASCII"] == "1" ? .ascii : .unicode
        let chart = BarChart(bars: bars, maximum: 100, showsTargetKey: false, glyphs: glyphs)
        console.raw(chart.render(width: console.width, color: console.colorMode) + "\n")
    }
}
