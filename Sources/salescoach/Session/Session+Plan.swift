import Foundation
import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `plan [accept] [N] [--hours H] [--week next|this|YYYY-Www|DATE] [--export FILE.csv|FILE.xlsx|FILE.ics [--force]]`
    @discardableResult
    func plan(
        week: PlanWeek, capacity: PlanCapacity?, accept: Bool, exportTo exportPath: String?, encoding: OutputEncoding? = nil,
        force: Bool, onlyDays: Set<Int>? = nil, perDay: Int? = nil, caps: [Segment: Int] = [:], pinned: [String] = [],
        pinnedDays: [String: Int] = [:], excluded: [String] = [], assumed: [VisitRecord] = []
    ) throws -> WeekPlan? {
        guard !book.isEmpty else {
            console.say(emptyBookHint)
            return nil
        }
        if let lastDay = week.workingDays.last, lastDay < today {
            throw Failure(PlanError.weekOver(week), in: language)
        }
        let out = Set(excluded.map(Book.key))
        // "what about next week?" after this week's plan: its visits still to come taken as made.
        let visitLog = try workspace.visitLog() + assumed
        let policy = planPolicy.capped(
            caps, visits: (capacity ?? .visits(config.plan.capacity)).visits(hoursPerVisit: config.plan.hoursPerVisit))
        let weekPlan = WeekPlan.make(
            week: week, classifications: out.isEmpty ? classifications : classifications.filter { !out.contains(Book.key($0.name)) },
            visitLog: visitLog,
            planned: try workspace.plannedVisits(),
            policy: policy,
            capacity: capacity, today: today, onlyDays: onlyDays, limits: caps, pinned: pinned, pinnedDays: pinnedDays,
            // The week is planned as of its first day still ahead, as `WeekPlan.make` plans it.
            // The kept book is the visit log's own: a week planned on visits taken as made is made afresh.
            made: out.isEmpty && caps.isEmpty && assumed.isEmpty
                ? currentPlanBook(visitLog: visitLog, policy: policy, today: max(today, week.start)) : nil)
        console.say(lines: planLines(weekPlan))
        // "why?" and "make it 3" after the command follow on from this plan.
        conversation.discussed(
            .weeklyPlan, customers: weekPlan.carried.map(\.customerName) + weekPlan.picks.map(\.customer),
            number: weekPlan.capacity, language: language)
        lastPlanWeek = week
        lastPlanDays = onlyDays
        lastPlanPerDay = perDay
        lastPlanCaps = caps
        lastPlanPins = pinned
        lastPlanDayPins = pinnedDays
        lastPlanOut = excluded
        lastPlanPicks = weekPlan.picks
        lastPlanAssumed = assumed
        lastPlanSize = weekPlan.capacity
        lastPlanSizeAsked = capacity != nil
        lastPlanScope = (repScope, repScopeRanksWithTeam)
        lastPlanEdit = []
        // A plan shown by the command and not saved waits for "accept that plan" too.
        lastPlanUnsaved = !accept
        if accept { try acceptPlan(weekPlan) }
        if let exportPath { try exportPlan(weekPlan, to: exportPath, encoding: encoding, force: force) }
        return weekPlan
    }

    /// "ok, accept that plan", 「その計画で確定して」, or `plan accept` alone right
    /// after a plan: the plan on the screen saved for its week, with what was
    /// asked for in it (its size, days, customers kept in and left out) —
    /// not a plan made afresh for this week that the rep never saw.
    func acceptShownPlan() throws {
        let week = lastPlanWeek ?? PlanWeek(containing: today)
        // Changed in words just now: that plan was saved with the change, and planning again would undo it.
        let afterCheck = conversation.lastIntent?.kind == .planCheck
        if afterCheck, !lastPlanUnsaved {
            let visits = scoped(PlannedWeeks(planned: try workspace.plannedVisits(), today: today).visits(in: week))
            let total = visits.reduce(0) { $0 + $1.visits }
            return console.say(AskMessage.planAlreadySaved(week: week.start, visits: total, customers: visits.count))
        }
        try plan(
            // After a check or another question, the size of the plan shown before it.
            week: week, capacity: (planJustShown ? conversation.number : lastPlanSize).map(PlanCapacity.visits), accept: true, exportTo: nil, force: false,
            onlyDays: lastPlanDays, perDay: lastPlanPerDay, caps: lastPlanCaps, pinned: lastPlanPins, pinnedDays: lastPlanDayPins,
            excluded: lastPlanOut, assumed: lastPlanAssumed)
    }

    /// Whether `plan accept` alone is about the plan just shown: a plan is the
    /// last thing this session answered.
    var planJustShown: Bool {
        lastPlanWeek != nil && [.weeklyPlan, .planReasons].contains(conversation.lastIntent?.kind ?? .help)
    }

    func planLines(_ weekPlan: WeekPlan) -> [String] {
        let plan = weekPlan.plan
        var lines = [
            PlanMessage.planHeading(week: plan.week, total: weekPlan.total, capacity: weekPlan.capacity, carried: weekPlan.carried.total)
                .text(in: language)
        ]
        for visit in weekPlan.carried {
            let segment = visit.segment?.rawValue ?? "–"
            lines.append("   ↻ \(visit.customerName) ×\(visit.visits) — \(segment): \(visit.reason(in: language))")
        }
        for (number, pick) in plan.picks.enumerated() {
            lines.append("  \(String(number + 1).leftPadded(2)). \(weekdayName(pick.day)) \(pick.customer) — \(pick.reason.text(in: language))")
        }
        var counts = Dictionary(uniqueKeysWithValues: Segment.allCases.map { ($0, plan.allocation($0).planned) })
        for visit in weekPlan.carried { if let segment = visit.segment { counts[segment, default: 0] += visit.visits } }
        let shares = Segment.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: " · ")
        lines.append(PlanMessage.bySegment.text(in: language) + shares)
        for note in plan.notes { lines.append("  • " + note.text(in: language)) }
        return lines
    }

    /// `plan accept`: the proposed plan becomes the planned visits of its week.
    func acceptPlan(_ weekPlan: WeekPlan) throws {
        // Saved, by whatever path: "accept that plan" next has nothing pending.
        lastPlanUnsaved = false
        let visits = weekPlan.plannedVisits { self.book.customer(named: $0)?.rep }
        let week = weekPlan.week
        // The undated plan is the current week's: accepting that week replaces it too.
        let weeks: [LocalDate?] = week == PlanWeek(containing: today) ? [week.start, nil] : [week.start]
        // With a rep scope only that rep's customers are replaced: the rest of the team's week stays.
        try workspace.replacePlannedVisits(
            visits, inWeeks: weeks, as: .acceptPlan(week: week.start, count: visits.count),
            customers: repScope == nil ? nil : classifications.map(\.name))
        let total = visits.reduce(0) { $0 + $1.visits }
        console.say(PlanMessage.accepted(week: week.start, visits: total, customers: visits.count, repScoped: repScope != nil))
    }

    /// The week typed in words after a command (`plan next week`).
    func week(named text: String, command: String) throws -> PlanWeek {
        do {
            return try WeekSpec.parse(text, today: today)
        } catch {
            throw failure(after: command, error)
        }
    }

    func weekdayName(_ date: LocalDate) -> String { WeekdayLabel(date: date).text(in: language) }

    private func exportPlan(_ weekPlan: WeekPlan, to path: String, encoding requested: OutputEncoding?, force: Bool) throws {
        let lower = path.lowercased()
        let text: String
        let format: ExportFormat = lower.hasSuffix(".ics") ? .iCalendar : .csv
        // The rep column says whose plan it is: the scoped rep's. A plan made
        // on the whole book is one plan, and `check` must read it as one, not
        // split it over the customers' reps and rank each rep's book apart.
        let scope = repScope
        let rep = { (name: String) in scope.flatMap { _ in self.book.customer(named: name)?.rep } }
        if WorkbookOutput.isWorkbookPath(path) {
            _ = try ExportEncoding.resolve(requested, format: .xlsx, toFile: true, language: language)
            try WorkbookOutput.write([weekPlan.table(in: language, rep: rep)], to: path, force: force, language: language)
            return console.say(PlanMessage.wrotePlan(path: path))
        }
        if lower.hasSuffix(".ics") {
            text = weekPlan.iCalendar(stamp: Date(), in: language)
        } else if lower.hasSuffix(".csv") {
            text = weekPlan.csv(in: language, rep: rep)
        } else {
            throw Failure(PlanError.exportEnding(path: path), in: language)
        }
        let encoding = try ExportEncoding.resolve(requested, format: format, toFile: true, language: language)
        try ExportEncoding.write(text, to: path, encoding: encoding, force: force, language: language)
        console.say(PlanMessage.wrotePlan(path: path))
    }

    /// `planned add NAME [COUNT] [--week W]`
    func plannedAdd(_ name: String, count: Int, week: PlanWeek?) throws {
        // Only customers in the book can be planned: a name the book does
        // not have would be left out of every share the check counts.
        // The visit is in the plan of the rep whose scope it is added in, else of the customer's rep.
        let customer = try requireCustomer(name)
        let stored = customer.name
        let target = week ?? PlanWeek(containing: today)
        let existing = PlannedWeeks(planned: try workspace.plannedVisits(), today: today).visits(in: target)
            .first { Book.key($0.customerName) == Book.key(stored) }
        let total = (existing?.visits ?? 0) + count
        // An undated entry is the current week's: it is added to, not doubled.
        let savedWeek = existing.map { $0.week } ?? target.start
        try workspace.setPlannedVisit(PlannedVisit(customerName: stored, visits: total, rep: existing?.rep ?? repScope ?? customer.rep, week: savedWeek))
        let segment = classification(of: stored)?.segment.map(SegmentLabel.segment) ?? outsideLabel(stored)
        console.say(PlanMessage.added(count: count, name: stored, segment: segment, week: weekLabel(savedWeek), total: total))
    }

    /// `planned move NAME --week W [--from W]`
    func plannedMove(_ typed: String, to week: PlanWeek, from: PlanWeek?) throws {
        let name = try plannedName(typed)
        let source = try plannedWeek(of: name, given: from, command: "planned move")
        guard source != week.start else {
            throw Failure(PlanError.alreadyInWeek(name: name, week: weekLabel(week.start)), in: language)
        }
        guard let moved = try workspace.movePlannedVisits(customerName: name, from: source, to: week.start) else {
            throw noPlannedVisits(name, in: source)
        }
        console.say(PlanMessage.moved(name: moved.customerName, from: weekLabel(source), to: weekLabel(week.start), visits: moved.visits))
    }

    /// `planned remove NAME [--week W]`
    func plannedRemove(_ typed: String, week: PlanWeek?) throws {
        let name = try plannedName(typed)
        let source = try plannedWeek(of: name, given: week, command: "planned remove")
        if try !workspace.removePlannedVisit(customerName: name, week: source) {
            throw noPlannedVisits(name, in: source)
        }
        console.say(PlanMessage.removed(name: name, week: weekLabel(source)))
    }

    /// `planned clear`
    func clearPlanned() throws {
        try workspace.clearPlannedVisits()
        console.say(PlanMessage.cleared)
    }

    /// `planned load FILE [--week W]`: the weeks in the file are replaced
    /// (the current one with the undated plan of older versions); every
    /// other week's plan is kept.
    func loadPlanned(_ path: String, week: PlanWeek?) throws {
        let current = PlanWeek(containing: today)
        var visits = try CommandFiles.readPlan(path, language: language)
        // Rows without a week are for --week, else the current plan's week.
        let target = (week ?? current).start
        for index in visits.indices where visits[index].week == nil { visits[index].week = target }
        var weeks: [LocalDate?] = []
        for visit in visits where !weeks.contains(visit.week) { weeks.append(visit.week) }
        let named = weeks.map(weekLabel)
        if weeks.contains(current.start) { weeks.append(nil) }
        try workspace.replacePlannedVisits(visits, inWeeks: weeks, as: .replacePlannedVisits(count: visits.count))
        console.say(PlanMessage.loaded(entries: visits.count, path: path, weeks: named))
    }

    /// `planned list [--week W]`: each week's planned visits, and what rolled over into this one.
    func listPlanned(only week: PlanWeek?) throws {
        let weeks = PlannedWeeks(planned: try workspace.plannedVisits(), today: today)
        let current = weeks.current
        let carried = weeks.carriedOver(into: current, visitLog: try workspace.visitLog()) {
            self.classification(of: $0)?.segment
        }
        let shown = week.map { [Optional($0.start)] } ?? weeks.weeks
        guard weeks.planned.contains(where: { visit in shown.contains(visit.week) }) || !carried.isEmpty else {
            return console.say(PlanMessage.nothingPlanned(week: week?.start))
        }
        for start in shown {
            let visits = weeks.planned.filter { $0.week == start }
            guard !visits.isEmpty else { continue }
            let total = visits.reduce(0) { $0 + $1.visits }
            console.say(PlanMessage.weekTotal(week: weekLabel(start), visits: total), style: Palette.heading)
            for visit in visits {
                let segment = classification(of: visit.customerName)?.segment?.rawValue ?? "–"
                let amount = visit.hours.map { "\(Formatting.grouped($0))h" } ?? "×\(visit.visits)"
                console.say("  \(segment)  \(visit.customerName)  \(amount)" + (visit.rep.map { "  (\($0))" } ?? ""))
            }
        }
        if (week == nil || week == current), let summary = carried.summary(in: language) {
            console.say(PlanMessage.carriedOver(summary: summary), style: Palette.warning)
        }
    }

    /// The name planned visits are kept under: as typed when something is
    /// planned under it (even a customer no longer in the book), else the
    /// book's customer it stands for (`tanaka shoji` → 田中商事).
    private func plannedName(_ typed: String) throws -> String {
        let planned = PlannedWeeks(planned: try workspace.plannedVisits(), today: today)
        return planned.weeks(of: typed).isEmpty ? try requireCustomer(typed).name : typed
    }

    /// The week whose visits to `name` a command means: the one given, else
    /// the current week's (dated or undated), else the only week planning it.
    private func plannedWeek(of name: String, given: PlanWeek?, command: String) throws -> LocalDate? {
        if let given { return given.start }
        let weeks = PlannedWeeks(planned: try workspace.plannedVisits(), today: today)
        let found = weeks.weeks(of: name)
        let current = weeks.current.start
        if found.contains(current) { return current }
        if found.contains(nil) { return nil }
        if found.count == 1 { return found[0] }
        if found.isEmpty { return current }
        let option = "--\(command.hasSuffix("move") ? "from" : "week") DATE"
        throw Failure(PlanError.whichWeek(command: command, name: name, weeks: found.map(weekLabel), option: option), in: language)
    }

    /// The error for a customer without planned visits in a week, in the session's language.
    func noPlannedVisits(_ name: String, in week: LocalDate?) -> Failure {
        Failure(PlanError.noPlannedVisits(name: name, week: weekLabel(week)), in: language)
    }

    /// "the week of 2026-11-30 (2026-W49)", or the undated plan.
    func weekLabel(_ start: LocalDate?) -> WeekLabel { WeekLabel(start: start, today: today) }

    func weekName(_ start: LocalDate?) -> String { weekLabel(start).text(in: language) }

    /// `check [PLAN.csv] [--week W]`: planned visits against the policy; without
    /// a file, the week's (this plan's unless given), carried visits included.
    func check(file: String?, week: PlanWeek?) throws {
        let planned: [PlannedVisit]
        if let path = file {
            planned = try CommandFiles.readPlan(path, language: language)
        } else {
            let weeks = PlannedWeeks(planned: try workspace.plannedVisits(), today: today)
            let target = week ?? weeks.current
            let carried = weeks.carriedOver(into: target, visitLog: try workspace.visitLog()).map {
                PlannedVisit(customerName: $0.customerName, visits: $0.visits, week: target.start)
            }
            planned = weeks.visits(in: target) + carried
        }
        guard !planned.isEmpty else {
            return console.say(PlanMessage.nothingToCheck)
        }
        // Classified first: the kept candidates are compared with these classifications.
        let rows = classifications
        let checked = scoped(planned)
        // The week the check reads (see `PlanFacts`): the earliest planned, else this one.
        let checkedWeek = checked.compactMap(\.week).min().map { PlanWeek(start: $0) } ?? PlanWeek(containing: today)
        let kept = keptPlanBook(week: checkedWeek, today: today)
        let (report, used) = PlanCheck.check(
            planned: checked, classifications: rows, policy: planPolicy,
            visitLog: try workspace.visitLog(), owners: scopeOwners, today: today, reusing: kept?.book,
            sameClassifications: kept?.revision == classificationsRevision,
            changes: kept.flatMap { changes(since: $0.revision) })
        keepPlanBook(used, revision: classificationsRevision)
        console.raw(PlanCheckView(language: language, width: console.width, color: console.colorMode).render(report))
        if report.isCOverweight { explainCTrap() }
    }

    /// The knowledge entry on the C trap, quoted under a C warning.
    func explainCTrap() {
        guard let entry = knowledge.entry(id: PlanWarning.cTrapID) else { return }
        console.say("")
        console.say(PlanMessage.whyThisMatters(title: entry.title(in: language), id: entry.id), style: Palette.heading)
        console.say(entry.paragraphs(in: language).first ?? "")
    }

    /// `actual [--from DATE] [--to DATE]`: where logged visits went, against the plan or the policy.
    func actual(from: LocalDate, through: LocalDate) throws {
        guard from <= through else {
            throw Failure(PlanError.actualBackwards(from: from, through: through), in: language)
        }
        // The plan for the period: the weeks it touches, and the undated plan.
        let planned = try workspace.plannedVisits().filter { visit in
            visit.week.map { $0 >= from.startOfWeek && $0 <= through } ?? true
        }
        let report = PlanVsActual(
            visitLog: try workspace.visitLog(), classifications: classifications, planned: planned,
            policy: planPolicy, from: from, through: through, history: historyForVisits)
        console.say(PlanMessage.actualHeading(from: from, through: through, visits: report.actual.total), style: Palette.heading)
        console.say(lines: report.lines(in: language))
    }

    /// `comfort [WEEKS]`: is the rep drifting to comfortable C accounts?
    func comfort(weeks: Int?) throws {
        var policy = planPolicy
        if let weeks { policy.comfortWindowWeeks = weeks }
        let result = ComfortCheck(
            visitLog: try workspace.visitLog(), classifications: classifications, policy: policy, today: today,
            history: historyForVisits)
        console.say(
            PlanMessage.comfortSummary(
                weeks: result.weeks, visits: result.visits.total, cShare: result.cVisitShare, cPotential: result.cPotentialShare))
        if let warning = result.warning {
            console.say(PlanMessage.comfortWarning(warning), style: Palette.warning)
            explainCTrap()
        } else if !result.hasEnoughVisits {
            console.say(PlanMessage.tooFewVisits(visits: result.visits.total, needed: result.minimumVisits, weeks: result.weeks))
        } else {
            console.say(PlanMessage.noDrift, style: Palette.success)
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
