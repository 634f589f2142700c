extension TeamReport {
    /// Builds the team view.
    ///
    /// - Parameters:
    ///   - planned: the team's plan (rows with `rep` and `week`); empty for no plan.
    ///   - customers: the team export: every rep's customers, with their `rep`.
    ///   - visitLog: visits made, with who made them (the customer's rep when the log does not say).
    ///   - weeks: how many weeks the trend shows, ending with the week checked.
    public init(
        planned: [PlannedVisit], customers: [Customer], classifier: Classifier = Classifier(),
        policy: PlanPolicy, visitLog: [TeamVisit] = [], weeks: Int = 4, today: LocalDate
    ) {
        let unit: PlanUnit = planned.contains { $0.hours != nil } ? .hours : .visits
        let hoursPerVisit = policy.hoursPerVisit.doubleValue
        let current = PlanWeek(containing: today).start

        // Each entry in its week and in the report's unit.
        let entries: [PlannedVisit] = planned.map { entry in
            var entry = entry
            entry.week = entry.week ?? current
            if unit == .hours, entry.hours == nil { entry.hours = Double(entry.visits) * hoursPerVisit }
            entry.rep = entry.rep.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
            return entry
        }
        let plannedWeeks = Set(entries.compactMap(\.week))
        let checked = plannedWeeks.contains(current) ? current : (plannedWeeks.max() ?? current)
        let span = max(1, weeks)
        let trendWeeks = (0..<span).map { checked.adding(days: -7 * (span - 1 - $0)) }

        // The books: each rep's own, and the whole file for plan rows without a rep.
        var order: [String?] = []
        var spelling: [String?: String] = [:]
        var books: [String: [Classification]] = [:]
        var owners: [String: String] = [:]
        var customerCounts: [Segment?: Int] = [:]
        var unassigned: [Classification] = []
        for group in classifier.classifyPerRep(customers) {
            for result in group.results { customerCounts[result.segment, default: 0] += 1 }
            guard let rep = group.rep else {
                unassigned = group.results
                continue
            }
            let key = RepName.key(rep)
            order.append(key)
            spelling[key] = rep
            books[key] = group.results
            for result in group.results where owners[VisitHistory.key(result.name)] == nil {
                owners[VisitHistory.key(result.name)] = rep
            }
        }
        let knownReps = order.compactMap { $0.flatMap { spelling[$0] } }
        // Customers without a rep get a row of their own, so the rows add up to the team.
        if !unassigned.isEmpty { order.append(nil) }
        var byRep: [String?: [PlannedVisit]] = [:]
        for entry in entries {
            let key = entry.rep.map(RepName.key)
            if byRep[key] == nil, !order.contains(key) {
                order.append(key)
                spelling[key] = entry.rep
            }
            byRep[key, default: []].append(entry)
        }
        // A plan with no rep column is one rep's plan on the whole book (what
        // `plan --export` writes outside a rep scope): one row, not a row of
        // empty plans for every rep the customer file happens to name.
        var wholeBook: [Classification]? = nil
        let onePlan = !entries.isEmpty && entries.allSatisfy { $0.rep == nil }
        if onePlan {
            order = [nil]
            wholeBook = classifier.classify(customers)
            customerCounts = [:]
            for result in wholeBook ?? [] { customerCounts[result.segment, default: 0] += 1 }
        }
        var logByRep: [String?: [VisitRecord]] = [:]
        for visit in visitLog {
            let rep = visit.rep ?? owners[VisitHistory.key(visit.record.customerName)]
            logByRep[rep.map(RepName.key), default: []].append(visit.record)
        }

        var rows: [Row] = []
        for key in order {
            let plan = byRep[key] ?? []
            let log = logByRep[key] ?? []
            let basis: Basis
            let book: [Classification]
            if let key, let own = books[key] {
                (basis, book) = (.ownBook, own)
            } else if key == nil {
                if wholeBook == nil { wholeBook = classifier.classify(customers) }
                (basis, book) = (.wholeBook, wholeBook ?? [])
            } else {
                (basis, book) = (.unknownRep, [])
            }
            var counts: [Segment?: Int] = [:]
            for result in key == nil && !onePlan ? unassigned : book { counts[result.segment, default: 0] += 1 }
            var segments: [String: Segment?] = [:]
            for result in book {
                let name = VisitHistory.key(result.name)
                if segments[name] == nil { segments[name] = .some(result.segment) }
            }
            let check: PlanCheckReport
            switch basis {
            case .unknownRep:
                let amount = plan.reduce(0.0) { $0 + (unit == .hours ? ($1.hours ?? 0) : Double($1.visits)) }
                check = PlanCheckReport(
                    unit: unit, week: PlanWeek(start: checked),
                    rows: Segment.allCases.map {
                        .init(segment: $0, amount: 0, share: 0, targetPercent: policy.share(of: $0), customers: 0)
                    },
                    total: 0, uncounted: amount,
                    warnings: [
                        .unknownRep(
                            rep: spelling[key] ?? "", visits: amount, unit: unit,
                            suggestions: RepName.suggestions(for: spelling[key] ?? "", in: knownReps))
                    ])
            case .ownBook, .wholeBook:
                let facts = PlanFacts(
                    planned: plan.filter { $0.week == checked }, classifications: book, policy: policy,
                    visitLog: log, owners: basis == .ownBook ? owners : [:], week: PlanWeek(start: checked),
                    today: today)
                check = PlanCheck.report(facts, rules: planned.isEmpty ? [] : PlanCheck.rules)
            }
            let trend = trendWeeks.map { start in
                var amounts: [Segment: Double] = [:]
                for entry in plan where entry.week == start {
                    guard case .some(.some(let segment)) = segments[VisitHistory.key(entry.customerName)] else { continue }
                    amounts[segment, default: 0] += unit == .hours ? (entry.hours ?? 0) : Double(entry.visits)
                }
                var visited: [Segment: Int] = [:]
                for record in log where record.date.startOfWeek == start {
                    guard case .some(.some(let segment)) = segments[VisitHistory.key(record.customerName)] else { continue }
                    visited[segment, default: 0] += 1
                }
                return Week(start: start, planned: amounts, visited: visited)
            }
            rows.append(
                Row(
                    rep: key.flatMap { spelling[$0] }, basis: basis, customers: counts, check: check, weeks: trend,
                    driftingSince: TeamReport.driftingSince(trend, maxShareC: policy.maxShareC.doubleValue)))
        }
        rows.sort(by: TeamReport.worseFirst)

        var amounts: [Segment: Double] = [:]
        var teamWeeks = trendWeeks.map { Week(start: $0, planned: [:], visited: [:]) }
        for row in rows {
            for segmentRow in row.check.rows { amounts[segmentRow.segment, default: 0] += segmentRow.amount }
            for index in teamWeeks.indices { teamWeeks[index] = teamWeeks[index] + row.weeks[index] }
        }
        let total = amounts.values.reduce(0, +)
        let c = amounts[.c] ?? 0
        self.unit = unit
        self.week = PlanWeek(start: checked)
        self.rows = rows
        self.hasPlan = !planned.isEmpty
        self.total = Total(
            customers: customerCounts, amounts: amounts, total: total, weeks: teamWeeks,
            warningCount: rows.reduce(0) { $0 + $1.warningCount },
            isCOverweight: total > 0
                && (c * 100 > policy.maxShareC.doubleValue * total || c > (amounts[.b] ?? 0)))
    }

    /// The first week of the run of C-heavy weeks that ends with the latest
    /// week with any data; nil when that week is not C-heavy.
    static func driftingSince(_ weeks: [Week], maxShareC: Double) -> LocalDate? {
        guard let last = weeks.lastIndex(where: { $0.visitedTotal > 0 || $0.plannedTotal > 0 }),
            weeks[last].isCHeavy(maxShareC: maxShareC)
        else { return nil }
        var first = last
        while first > 0, weeks[first - 1].isCHeavy(maxShareC: maxShareC) { first -= 1 }
        return weeks[first].start
    }

    static func worseFirst(_ x: Row, _ y: Row) -> Bool {
        if x.isCOverweight != y.isCOverweight { return x.isCOverweight }
        switch (x.driftingSince, y.driftingSince) {
        case (let a?, let b?) where a != b: return a < b
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if x.warningCount != y.warningCount { return x.warningCount > y.warningCount }
        let (cx, cy) = (x.check.row(.c).share, y.check.row(.c).share)
        if cx != cy { return cx > cy }
        switch (x.rep, y.rep) {
        case (let a?, let b?): return a < b
        case (.some, nil): return true
        default: return false
        }
    }
}
