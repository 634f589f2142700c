import Foundation
import SalesCoachCore
import SalesCoachTerminal

extension Session {
    /// `plan [N] [--hours H] [--export FILE.csv|FILE.ics [--force]]`
    func plan(_ arguments: [String]) throws {
        var capacity: PlanCapacity? = nil
        var exportPath: String? = nil
        var force = false
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            switch word {
            case "--hours":
                guard index + 1 < arguments.count, let hours = Double(arguments[index + 1]), hours > 0, hours.isFinite else {
                    throw Failure("plan --hours needs a positive number of hours, e.g. plan --hours 16")
                }
                capacity = .hours(hours)
                index += 2
            case "--export":
                guard index + 1 < arguments.count else { throw Failure("plan --export needs a file ending in .csv or .ics") }
                exportPath = arguments[index + 1]
                index += 2
            case "--force":
                force = true
                index += 1
            default:
                guard let visits = Int(word), (1...PlanCapacity.maximum).contains(visits) else {
                    throw Failure("plan: expected a number of visits (1–\(PlanCapacity.maximum)), --hours H or --export FILE; found '\(word)'")
                }
                capacity = .visits(visits)
                index += 1
            }
        }
        guard !book.isEmpty else { return console.say(emptyBookHint) }
        let plan = Planner.plan(
            classifications: classifications, visitLog: try workspace.visitLog(), policy: config.plan,
            capacity: capacity, today: today)
        console.say(lines: planLines(plan))
        // "why?" and "make it 3" after the command follow on from this plan.
        conversation.discussed(.weeklyPlan, customers: plan.picks.map(\.customer), number: plan.capacity, language: language)
        if let exportPath { try exportPlan(plan, to: exportPath, force: force) }
    }

    func planLines(_ plan: VisitPlan) -> [String] {
        let en = language == .en
        var lines = [
            en
                ? "Visit plan for the week of \(plan.week.start) — \(plan.picks.count) of \(plan.capacity) visits"
                : "\(plan.week.start) の週の訪問計画 — \(plan.capacity)件中 \(plan.picks.count)件"
        ]
        for (number, pick) in plan.picks.enumerated() {
            lines.append("  \(String(number + 1).leftPadded(2)). \(weekdayName(pick.day)) \(pick.customer) — \(pick.reason.text(in: language))")
        }
        let shares = Segment.allCases.map { "\($0.rawValue) \(plan.allocation($0).planned)" }.joined(separator: " · ")
        lines.append((en ? "  By segment: " : "  領域別：") + shares)
        for note in plan.notes { lines.append("  • " + note.text(in: language)) }
        return lines
    }

    func weekdayName(_ date: LocalDate) -> String {
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let ja = ["(月)", "(火)", "(水)", "(木)", "(金)", "(土)", "(日)"]
        let index = max(0, min(6, date.weekday - 1))
        return language == .en ? en[index] : ja[index]
    }

    private func exportPlan(_ plan: VisitPlan, to path: String, force: Bool) throws {
        let lower = path.lowercased()
        let text: String
        if lower.hasSuffix(".ics") {
            text = plan.iCalendar(stamp: Date(), in: language)
        } else if lower.hasSuffix(".csv") {
            text = plan.csv(in: language)
        } else {
            throw Failure("plan --export: '\(path)' should end in .csv or .ics")
        }
        try FileOutput.writeAtomically(text, to: path, force: force)
        console.say(language == .en ? "Wrote the plan to \(path)." : "計画を \(path) に書き出しました。")
    }

    /// `planned add NAME [COUNT] | planned remove NAME | planned list | planned clear | planned load FILE`
    func planned(_ arguments: [String]) throws {
        let sub = arguments.first?.lowercased() ?? "list"
        let rest = Array(arguments.dropFirst())
        switch sub {
        case "add":
            guard !rest.isEmpty else { throw Failure("planned add needs a customer name, e.g. planned add 田中商事 2") }
            var words = rest
            var count = 1
            if words.count > 1, let last = words.last, let number = Int(last) {
                guard (1...100).contains(number) else { throw Failure("planned add: the visit count must be 1–100, found \(number)") }
                count = number
                words.removeLast()
            }
            let name = words.joined(separator: " ")
            // Only customers in the book can be planned: a name the book does
            // not have would be left out of every share the check counts.
            let stored = try requireCustomer(name).name
            let existing = try workspace.plannedVisits().first { Book.key($0.customerName) == Book.key(stored) }
            let total = (existing?.visits ?? 0) + count
            try workspace.setPlannedVisit(PlannedVisit(customerName: stored, visits: total))
            let segment = classification(of: stored)?.segment?.rawValue ?? outsideLabel(stored)
            console.say(
                language == .en
                    ? "Planned \(count) visit\(count == 1 ? "" : "s") to \(stored) (\(segment)); \(total) in all."
                    : "\(stored)（\(segment)）への訪問を\(count)件予定に追加しました（計\(total)件）。")
        case "remove":
            let name = try self.name(from: rest, command: "planned")
            if try !workspace.removePlannedVisit(customerName: name) {
                throw Failure("'\(name)' has no planned visits; 'planned list' shows them")
            }
            console.say(language == .en ? "Removed the planned visits to \(name)." : "\(name) の訪問予定を削除しました。")
        case "list":
            let visits = try workspace.plannedVisits()
            guard !visits.isEmpty else {
                return console.say(
                    language == .en
                        ? "No visits planned. Add them with 'planned add NAME [COUNT]' or 'planned load FILE', then 'check'."
                        : "訪問予定はまだありません。'planned add 顧客名 [件数]' か 'planned load ファイル' で入力し、'check' で確認できます。")
            }
            for visit in visits {
                let segment = classification(of: visit.customerName)?.segment?.rawValue ?? "–"
                let amount = visit.hours.map { "\(Formatting.grouped($0))h" } ?? "×\(visit.visits)"
                console.say("  \(segment)  \(visit.customerName)  \(amount)" + (visit.rep.map { "  (\($0))" } ?? ""))
            }
        case "clear":
            try workspace.clearPlannedVisits()
            console.say(language == .en ? "Cleared the planned visits." : "訪問予定をすべて削除しました。")
        case "load":
            guard let path = rest.first else { throw Failure("planned load needs a CSV file with customer,visits (or customer,hours)") }
            let visits = try CommandFiles.readPlan(path)
            try workspace.replacePlannedVisits(visits)
            console.say(language == .en ? "Loaded \(visits.count) planned entries from \(path)." : "\(path) から訪問予定を\(visits.count)件読み込みました。")
        default:
            throw Failure("planned: expected add, remove, list, clear or load; found '\(sub)'")
        }
    }

    /// `check [PLAN.csv]`: the rep's planned visits against the policy.
    func check(_ arguments: [String]) throws {
        let planned = try arguments.first.map { try CommandFiles.readPlan($0) } ?? workspace.plannedVisits()
        guard !planned.isEmpty else {
            return console.say(
                language == .en
                    ? "Nothing to check yet: add your planned visits with 'planned add NAME [COUNT]', or give a CSV: check plan.csv"
                    : "チェックする予定がありません。'planned add 顧客名 [件数]' で入力するか、CSVを指定してください：check plan.csv")
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
    func actual(_ arguments: [String]) throws {
        var from = today.startOfWeek.adding(days: -7)
        var through = today
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            guard word == "--from" || word == "--to", index + 1 < arguments.count else {
                throw Failure("actual: expected --from YYYY-MM-DD and/or --to YYYY-MM-DD; found '\(word)'")
            }
            guard let date = LocalDate(parsing: arguments[index + 1]) else {
                throw Failure("actual \(word): expected a date YYYY-MM-DD, found '\(arguments[index + 1])'")
            }
            if word == "--from" { from = date } else { through = date }
            index += 2
        }
        guard from <= through else { throw Failure("actual: --from \(from) is after --to \(through)") }
        let report = PlanVsActual(
            visitLog: try workspace.visitLog(), classifications: classifications, planned: try workspace.plannedVisits(),
            policy: config.plan, from: from, through: through)
        console.say(
            language == .en
                ? "Visits logged from \(from) to \(through): \(report.actual.total)"
                : "\(from)〜\(through) に記録した訪問：\(report.actual.total)件",
            style: Palette.heading)
        console.say(lines: report.lines(in: language))
    }

    /// `comfort [WEEKS]`: is the rep drifting to comfortable C accounts?
    func comfort(_ arguments: [String]) throws {
        var policy = config.plan
        if let word = arguments.first {
            guard let weeks = Int(word), (1...52).contains(weeks) else {
                throw Failure("comfort: expected a number of weeks (1–52), found '\(word)'")
            }
            policy.comfortWindowWeeks = weeks
        }
        let result = ComfortCheck(visitLog: try workspace.visitLog(), classifications: classifications, policy: policy, today: today)
        console.say(
            language == .en
                ? "Last \(result.weeks) weeks: \(result.visits.total) visits logged; C took \(Formatting.percent(result.cVisitShare)) of them, against \(Formatting.percent(result.cPotentialShare)) of your book's potential."
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
