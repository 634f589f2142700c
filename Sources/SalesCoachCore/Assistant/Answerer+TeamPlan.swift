/// A manager's "plan for the whole team": each rep's own week.
///
/// One plan over a team's book gives the team one rep's ten visits, spread
/// over everyone's customers: a week nobody works. Each rep's week is planned
/// on that rep's customers (segments as ranked in the whole list, as a
/// manager compares them) at the policy's capacity for one rep.
extension Answerer {
    /// False when the book has fewer than two reps: the plan asked for is then the usual one.
    func teamPlan(_ reading: Interpretation, data: AssistantData, into reply: inout Reply) -> Bool {
        let language = reply.language
        let customers = data.classifications.map(\.customer)
        let reps = RepName.reps(of: customers)
        guard reps.count >= 2 else { return false }
        let capacity = reading.number ?? data.config.plan.capacity
        let week = PlanWeek(containing: data.today)
        reply.lines.append(language.pick(
            "Each rep's week of \(week.start), \(capacity) visits each (segments as ranked in the whole list):",
            "\(week.start)の週の担当者ごとの訪問計画（各\(capacity)件、分類はリスト全体のまま）："))
        var about: [String] = []
        for rep in reps {
            let names = Set(RepName.customers(of: rep, in: customers).map { Book.key($0.name) })
            let own = data.classifications.filter { names.contains(Book.key($0.name)) }
            let plan = Planner.plan(
                classifications: own, visitLog: data.visitLog, policy: data.config.plan, capacity: .visits(capacity), today: data.today)
            let counts = Segment.allCases.map { segment in "\(segment.rawValue) \(plan.picks.filter { $0.segment == segment }.count)" }
                .joined(separator: " · ")
            reply.lines.append(language.pick(
                "\(rep) — \(plan.picks.count) of \(capacity) visits (\(counts)):",
                "\(rep)さん — \(capacity)件中\(plan.picks.count)件（\(counts)）："))
            for pick in plan.picks {
                reply.lines.append("  \(Answerer.day(pick.day, language))  \(pick.customer) — \(pick.reason.text(in: language))")
            }
            about += plan.picks.map(\.customer)
        }
        reply.about = about
        reply.lines.append(language.pick(
            "Each rep saves their own week: say who you are (“I'm \(reps[0])”) and “plan accept”.",
            "保存は担当者ごとに：「\(reps[0])です」と名乗ってから `plan accept`。"))
        reply.cite("weekly-plan", "manager-review")
        return true
    }
}
