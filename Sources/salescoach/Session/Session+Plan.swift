import Foundation
import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `plan [accept] [N] [--hours H] [--week next|this|YYYY-Www|DATE] [--export FILE.csv|FILE.xlsx|FILE.ics [--force]]`
    @discardableResult
    func plan(
        week: PlanWeek, capacity: PlanCapacity?, accept: Bool, exportTo exportPath: String?, encoding: OutputEncoding? = nil,
        force: Bool, onlyDays: Set<Int>? = nil, perDay: Int? = nil, caps: [Segment: Int] = [:], pinned: [String] = [],
        pinnedDays: [String: Int] = [:], excluded: [String] = []
    ) throws -> WeekPlan? {
        guard !book.isEmpty else {
            console.say(emptyBookHint)
            return nil
        }
        if let lastDay = week.workingDays.last, lastDay < today {
            throw Failure(
                language == .en
                    ? "plan: the week of \(week.start) (\(week.isoDescription)) is over; plan the coming one with --week next, "
                        + "or see where its visits went with 'actual --from \(week.start) --to \(week.end)'"
                    : "plan：\(week.start) の週（\(week.isoDescription)）はもう終わっています。次の週は --week next で計画し、"
                        + "その週の訪問の内訳は 'actual --from \(week.start) --to \(week.end)' で確認できます")
        }
        let out = Set(excluded.map(Book.key))
        let weekPlan = WeekPlan.make(
            week: week, classifications: out.isEmpty ? classifications : classifications.filter { !out.contains(Book.key($0.name)) },
            visitLog: try workspace.visitLog(),
            planned: try workspace.plannedVisits(),
            policy: config.plan.capped(
                caps, visits: (capacity ?? .visits(config.plan.capacity)).visits(hoursPerVisit: config.plan.hoursPerVisit)),
            capacity: capacity, today: today, onlyDays: onlyDays, limits: caps, pinned: pinned, pinnedDays: pinnedDays)
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
        lastPlanSize = weekPlan.capacity
        lastPlanScope = (repScope, repScopeRanksWithTeam)
        lastPlanEdit = []
        if accept { try acceptPlan(weekPlan) }
        if let exportPath { try exportPlan(weekPlan, to: exportPath, encoding: encoding, force: force) }
        return weekPlan
    }

    func planLines(_ weekPlan: WeekPlan) -> [String] {
        let en = language == .en
        let plan = weekPlan.plan
        let carried = weekPlan.carried.total
        var lines = [
            en
                ? "Visit plan for the week of \(plan.week.start) (\(plan.week.isoDescription)) — \(weekPlan.total) of \(Counted(weekPlan.capacity, "visit", counter: "件").text(in: .en))"
                    + (carried > 0 ? ", \(carried) carried over from the week before" : "")
                : "\(plan.week.start) の週（\(plan.week.isoDescription)）の訪問計画 — \(weekPlan.capacity)件中 \(weekPlan.total)件"
                    + (carried > 0 ? "（うち前週からの繰り越し \(carried)件）" : "")
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
        lines.append((en ? "  By segment: " : "  領域別：") + shares)
        for note in plan.notes { lines.append("  • " + note.text(in: language)) }
        return lines
    }

    /// `plan accept`: the proposed plan becomes the planned visits of its week.
    func acceptPlan(_ weekPlan: WeekPlan) throws {
        let visits = weekPlan.plannedVisits { self.book.customer(named: $0)?.rep }
        let week = weekPlan.week
        // The undated plan is the current week's: accepting that week replaces it too.
        let weeks: [LocalDate?] = week == PlanWeek(containing: today) ? [week.start, nil] : [week.start]
        // With a rep scope only that rep's customers are replaced: the rest of the team's week stays.
        try workspace.replacePlannedVisits(
            visits, inWeeks: weeks, as: .acceptPlan(week: week.start, count: visits.count),
            customers: repScope == nil ? nil : classifications.map(\.name))
        let total = visits.reduce(0) { $0 + $1.visits }
        let kept = repScope.map { _ in language == .en ? "other reps' visits and other weeks are kept" : "他の担当者と他の週の予定はそのまま" }
            ?? (language == .en ? "other weeks are kept" : "他の週の予定はそのまま")
        console.say(
            language == .en
                ? "Saved as your planned visits for the week of \(week.start): \(total) visit\(total == 1 ? "" : "s") to \(visits.count) customer\(visits.count == 1 ? "" : "s"); \(kept). 'undo' takes it back."
                : "\(week.start) の週の訪問予定として保存しました：\(visits.count)社に\(total)件（\(kept)）。'undo' で取り消せます。")
    }

    /// The week typed in words after a command (`plan next week`).
    func week(named text: String, command: String) throws -> PlanWeek {
        do {
            return try WeekSpec.parse(text, today: today)
        } catch {
            throw failure(after: command, error)
        }
    }

    func weekdayName(_ date: LocalDate) -> String { weekdayName(weekday: date.weekday) }

    /// The short name of a weekday (1 = Monday): "Mon", 「(月)」.
    func weekdayName(weekday: Int) -> String {
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let ja = ["(月)", "(火)", "(水)", "(木)", "(金)", "(土)", "(日)"]
        let index = max(0, min(6, weekday - 1))
        return language == .en ? en[index] : ja[index]
    }

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
            return console.say(language == .en ? "Wrote the plan to \(path)." : "計画を \(path) に書き出しました。")
        }
        if lower.hasSuffix(".ics") {
            text = weekPlan.iCalendar(stamp: Date(), in: language)
        } else if lower.hasSuffix(".csv") {
            text = weekPlan.csv(in: language, rep: rep)
        } else {
            throw Failure(
                language == .en
                    ? "plan --export: '\(path)' should end in .csv, .xlsx or .ics"
                    : "plan --export：「\(path)」の拡張子は .csv、.xlsx、.ics のいずれかにしてください")
        }
        let encoding = try ExportEncoding.resolve(requested, format: format, toFile: true, language: language)
        try ExportEncoding.write(text, to: path, encoding: encoding, force: force, language: language)
        console.say(language == .en ? "Wrote the plan to \(path)." : "計画を \(path) に書き出しました。")
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
        let segment = classification(of: stored)?.segment?.rawValue ?? outsideLabel(stored)
        console.say(
            language == .en
                ? "Planned \(count) visit\(count == 1 ? "" : "s") to \(stored) (\(segment)) in \(weekName(savedWeek)); \(stored) now has \(total) planned that week."
                : "\(weekName(savedWeek))に \(stored)（\(segment)）への訪問を\(count)件予定に追加しました（この週の\(stored)への予定は計\(total)件）。")
    }

    /// `planned move NAME --week W [--from W]`
    func plannedMove(_ typed: String, to week: PlanWeek, from: PlanWeek?) throws {
        let name = try plannedName(typed)
        let source = try plannedWeek(of: name, given: from, command: "planned move")
        guard source != week.start else {
            throw Failure(
                language == .en
                    ? "planned move: the visits to '\(name)' are already in \(weekName(week.start))"
                    : "planned move: \(name) の訪問予定はすでに\(weekName(week.start))にあります")
        }
        guard let moved = try workspace.movePlannedVisits(customerName: name, from: source, to: week.start) else {
            throw noPlannedVisits(name, in: source)
        }
        console.say(
            language == .en
                ? "Moved the planned visits to \(moved.customerName) from \(weekName(source)) to \(weekName(week.start)); \(moved.visits) planned there."
                : "\(moved.customerName) の訪問予定を\(weekName(source))から\(weekName(week.start))に移しました（その週は計\(moved.visits)件）。")
    }

    /// `planned remove NAME [--week W]`
    func plannedRemove(_ typed: String, week: PlanWeek?) throws {
        let name = try plannedName(typed)
        let source = try plannedWeek(of: name, given: week, command: "planned remove")
        if try !workspace.removePlannedVisit(customerName: name, week: source) {
            throw noPlannedVisits(name, in: source)
        }
        console.say(
            language == .en
                ? "Removed the planned visits to \(name) in \(weekName(source))."
                : "\(weekName(source))の \(name) の訪問予定を削除しました。")
    }

    /// `planned clear`
    func clearPlanned() throws {
        try workspace.clearPlannedVisits()
        console.say(language == .en ? "Cleared the planned visits." : "訪問予定をすべて削除しました。")
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
        let named = weeks.map(weekName).joined(separator: ", ")
        if weeks.contains(current.start) { weeks.append(nil) }
        try workspace.replacePlannedVisits(visits, inWeeks: weeks, as: .replacePlannedVisits(count: visits.count))
        console.say(
            language == .en
                ? "Loaded \(visits.count) planned entries from \(path)" + (visits.isEmpty ? "." : " for \(named).")
                : "\(path) から訪問予定を\(visits.count)件読み込みました" + (visits.isEmpty ? "。" : "（\(named)）。"))
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
            return console.say(
                language == .en
                    ? "No visits planned" + (week.map { " for the week of \($0.start)" } ?? "")
                        + ". Add them with 'planned add NAME [COUNT] [--week next]', 'plan accept' or 'planned load FILE', then 'check'."
                    : "訪問予定はまだありません。'planned add 顧客名 [件数] [--week next]'、'plan accept' か 'planned load ファイル' で入力し、'check' で確認できます。")
        }
        for start in shown {
            let visits = weeks.planned.filter { $0.week == start }
            guard !visits.isEmpty else { continue }
            let total = visits.reduce(0) { $0 + $1.visits }
            let title = weekName(start)
            console.say(
                title.prefix(1).uppercased() + title.dropFirst() + (language == .en ? ": \(total) visit\(total == 1 ? "" : "s")" : "：\(total)件"),
                style: Palette.heading)
            for visit in visits {
                let segment = classification(of: visit.customerName)?.segment?.rawValue ?? "–"
                let amount = visit.hours.map { "\(Formatting.grouped($0))h" } ?? "×\(visit.visits)"
                console.say("  \(segment)  \(visit.customerName)  \(amount)" + (visit.rep.map { "  (\($0))" } ?? ""))
            }
        }
        if (week == nil || week == current), let summary = carried.summary(in: language) {
            console.say("↻ " + summary + (language == .en ? "; 'plan' counts them." : "。'plan' で今週の計画に含めます。"), style: Palette.warning)
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
        throw Failure(
            language == .en
                ? "\(command): '\(name)' has planned visits in \(found.map(weekName).joined(separator: ", ")); say which with \(option)"
                : "\(command)：\(name) の訪問予定は\(found.map(weekName).joined(separator: "、"))にあります。どの週か \(option) で指定してください")
    }

    /// "the week of 2026-11-30 (2026-W49)", or the undated plan.
    /// The error for a customer without planned visits in a week, in the session's language.
    func noPlannedVisits(_ name: String, in week: LocalDate?) -> Failure {
        Failure(
            language == .en
                ? "'\(name)' has no planned visits in \(weekName(week)); 'planned list' shows them"
                : "\(weekName(week))に \(name) の訪問予定はありません。'planned list' で確認できます")
    }

    func weekName(_ start: LocalDate?) -> String {
        guard let start else { return language == .en ? "the undated plan" : "日付なしの予定" }
        let week = PlanWeek(start: start)
        let offset = today.startOfWeek.days(until: week.start) / 7
        let relative: String? =
            [-1: (language == .en ? "last week" : "先週"), 0: (language == .en ? "this week" : "今週"), 1: (language == .en ? "next week" : "来週")][offset]
        return language == .en
            ? "the week of \(week.start) (\(week.isoDescription)\(relative.map { ", \($0)" } ?? ""))"
            : "\(week.start) の週（\(week.isoDescription)\(relative.map { "・\($0)" } ?? "")）"
    }

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
            return console.say(
                language == .en
                    ? "Nothing to check yet: add your planned visits with 'planned add NAME [COUNT]' or 'plan accept', or give a CSV: check plan.csv"
                    : "チェックする予定がありません。'planned add 顧客名 [件数]' か 'plan accept' で入力するか、CSVを指定してください：check plan.csv")
        }
        let report = PlanCheck.check(
            planned: scoped(planned), classifications: classifications, policy: config.plan,
            visitLog: try workspace.visitLog(), owners: scopeOwners, today: today)
        console.raw(PlanCheckView(language: language, width: console.width, color: console.colorMode).render(report))
        if report.isCOverweight { explainCTrap() }
    }

    /// The knowledge entry on the C trap, quoted under a C warning.
    func explainCTrap() {
        guard let entry = knowledge.entry(id: PlanWarning.cTrapID) else { return }
        console.say("")
        console.say((language == .en ? "Why this matters — " : "なぜ問題か — ") + entry.title(in: language) + " [\(entry.id)]", style: Palette.heading)
        console.say(entry.paragraphs(in: language).first ?? "")
    }

    /// `actual [--from DATE] [--to DATE]`: where logged visits went, against the plan or the policy.
    func actual(from: LocalDate, through: LocalDate) throws {
        guard from <= through else {
            throw Failure(
                language == .en ? "actual: --from \(from) is after --to \(through)" : "actual：--from \(from) が --to \(through) より後です")
        }
        // The plan for the period: the weeks it touches, and the undated plan.
        let planned = try workspace.plannedVisits().filter { visit in
            visit.week.map { $0 >= from.startOfWeek && $0 <= through } ?? true
        }
        let report = PlanVsActual(
            visitLog: try workspace.visitLog(), classifications: classifications, planned: planned,
            policy: config.plan, from: from, through: through, history: historyForVisits)
        console.say(
            language == .en
                ? "Visits logged from \(from) to \(through): \(report.actual.total)"
                : "\(from)〜\(through) に記録した訪問：\(report.actual.total)件",
            style: Palette.heading)
        console.say(lines: report.lines(in: language))
    }

    /// `comfort [WEEKS]`: is the rep drifting to comfortable C accounts?
    func comfort(weeks: Int?) throws {
        var policy = config.plan
        if let weeks { policy.comfortWindowWeeks = weeks }
        let result = ComfortCheck(
            visitLog: try workspace.visitLog(), classifications: classifications, policy: policy, today: today,
            history: historyForVisits)
        console.say(
            language == .en
                ? "Last \(result.weeks) weeks: \(Counted(result.visits.total, "visit", counter: "件").text(in: .en)) logged; C's share \(Formatting.percent(result.cVisitShare)), against \(Formatting.percent(result.cPotentialShare)) of your book's potential."
                : "直近\(result.weeks)週：訪問\(result.visits.total)件のうちCが\(Formatting.percent(result.cVisitShare))。担当先の潜在力に占めるCの割合は\(Formatting.percent(result.cPotentialShare))です。")
        if let warning = result.warning {
            console.say((language == .en ? "warning: " : "注意：") + warning.text(in: language), style: Palette.warning)
            explainCTrap()
        } else if !result.hasEnoughVisits {
            console.say(
                language == .en
                    ? "Too few visits logged to tell (\(result.visits.total); at least \(result.minimumVisits) over \(result.weeks) weeks are needed). Log each visit with 'visit NAME' and ask again."
                    : "判断するには訪問記録が少なすぎます（\(result.visits.total)件。直近\(result.weeks)週で\(result.minimumVisits)件以上必要です）。訪問のたびに 'visit 顧客名' で記録してください。")
        } else {
            console.say(language == .en ? "No drift toward comfortable accounts." : "居心地の良い顧客への偏りは見られません。", style: Palette.success)
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
