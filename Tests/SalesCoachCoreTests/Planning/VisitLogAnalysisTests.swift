import Testing

@testable import SalesCoachCore

/// Plan against actual, and drifting to comfortable accounts, from the visit log.
@Suite struct VisitLogAnalysisTests {
    typealias F = PlanFixture
    let today = PlanFixture.monday

    /// Objective scores add up to 380; the C customers hold 50 of it (13%).
    let book = [
        F.entry("Alpha", .a, objective: 80), F.entry("Apex", .a, objective: 80),
        F.entry("Big", .b, objective: 90), F.entry("Bold", .b, objective: 70),
        F.entry("Cozy", .c, objective: 30), F.entry("Corner", .c, objective: 20),
        F.entry("Dim", .d, objective: 10), F.unclassified("Mystery"),
    ]

    func log(_ visits: [(String, Int)]) -> [VisitRecord] {
        visits.map { VisitRecord(customerName: $0.0, date: F.daysAgo($0.1)) }
    }

    @Test("last week is the Monday to Sunday before this week")
    func lastWeek() {
        let range = VisitMix.lastWeek(before: F.date("2026-03-04"))
        #expect(range.from == F.date("2026-02-23"))
        #expect(range.through == F.date("2026-03-01"))
    }

    @Test("visits are counted per segment within the range; unknown and unclassified names apart")
    func mix() {
        let visits = log([
            ("alpha", 1), ("Big", 2), ("Cozy", 3), ("Cozy", 4), ("Nobody", 5), ("Mystery", 6),
            ("Big", 8),
        ])
        let mix = VisitMix(
            visitLog: visits, classifications: book, from: F.daysAgo(7), through: F.daysAgo(1))
        #expect(mix.counts == [.a: 1, .b: 1, .c: 2, .d: 0])
        #expect(mix.total == 4)
        #expect(mix.share(.c) == 0.5)
        #expect(mix.unknownNames == ["Nobody"])
        #expect(mix.unknownVisits == 1)
        #expect(mix.unclassifiedVisits == 1)
    }

    @Test("plan against actual uses the planned shares, or the policy's when nothing is planned")
    func planVsActual() {
        let visits = log([
            ("Alpha", 7), ("Big", 6), ("Cozy", 5), ("Corner", 4), ("Cozy", 3), ("Big", 0),
        ])
        let (from, through) = VisitMix.lastWeek(before: today)
        let planned = [
            PlannedVisit(customerName: "Alpha", visits: 4),
            PlannedVisit(customerName: "Big", visits: 5),
            PlannedVisit(customerName: "Cozy", visits: 1),
        ]
        let against = PlanVsActual(
            visitLog: visits, classifications: book, planned: planned, policy: .standard,
            from: from, through: through)
        #expect(against.basis == .plan)
        #expect(against.rows.map(\.plannedShare) == [0.4, 0.5, 0.1, 0])
        #expect(against.rows.map(\.actualVisits) == [1, 1, 3, 0])
        #expect(against.rows.map(\.actualShare) == [0.2, 0.2, 0.6, 0])
        #expect(
            against.lines(in: .en) == [
                "A: planned 40%, visited 20% (1 visit)", "B: planned 50%, visited 20% (1 visit)",
                "C: planned 10%, visited 60% (3 visits)", "D: planned 0%, visited 0% (0 visits)",
            ])
        let policy = PlanVsActual(
            visitLog: visits, classifications: book, planned: [], policy: .standard, from: from,
            through: through)
        #expect(policy.basis == .policy)
        #expect(policy.rows.map(\.plannedShare) == [0.35, 0.5, 0.1, 0.05])
        #expect(policy.lines(in: .ja)[2] == "C：方針 10%、実績 60%（3件）")
    }

    @Test("C's share of potential is its share of the objective scores")
    func potential() {
        let check = ComfortCheck(
            visitLog: [], classifications: book, policy: .standard, today: today)
        #expect(check.cPotentialShare == 50.0 / 380.0)
        #expect(check.warning == nil)
    }

    @Test(
        "drifting to C warns when C's visit share passes its potential and the policy share, with two C visits among at least four",
        arguments: [
            // (C visits, other visits, days ago of the C visits, warns)
            (4, 6, 3, true),
            (1, 1, 3, false),  // one visit is not a habit
            (2, 0, 3, false),  // two visits in four weeks are too few to judge, all to C or not
            (3, 1, 3, true),  // four visits, three to C
            (2, 18, 3, false),  // 10%: within the policy's C share
            (3, 17, 3, true),  // 15%: above 13% of potential and 10% of policy
            (4, 6, 28, false),  // outside the four-week window
            (4, 6, 27, true),  // the window's first day
        ])
    func comfortDrift(cVisits: Int, others: Int, daysAgo: Int, warns: Bool) {
        let visits = log(
            Array(repeating: ("Cozy", daysAgo), count: cVisits)
                + Array(repeating: ("Big", 1), count: others))
        let check = ComfortCheck(
            visitLog: visits, classifications: book, policy: .standard, today: today)
        #expect((check.warning != nil) == warns)
        if warns {
            #expect(
                check.warning
                    == .comfortDrift(
                        cVisits: cVisits, visits: cVisits + others, weeks: 4,
                        cPotentialShare: 50.0 / 380.0))
            #expect(check.warning?.knowledgeID == "c-trap")
        }
    }

    @Test("the drift warning in words")
    func driftText() {
        let warning = PlanWarning.comfortDrift(
            cVisits: 4, visits: 10, weeks: 4, cPotentialShare: 50.0 / 380.0)
        #expect(
            warning.text(in: .en)
                == "Drifting to comfortable accounts: over the last 4 weeks 4 of 10 visits (40%) went to C, "
                + "whose share of your book's potential is 13%. Those visits feel productive but add little; "
                + "give the time to B (the C trap; see knowledge entry c-trap).")
        #expect(
            warning.text(in: .ja)
                == "居心地の良い顧客への偏り：直近4週間の訪問10件のうち4件（40%）がCでした。担当先の潜在力に占めるCの割合は13%にすぎません。"
                + "手応えはあっても成果は小さい訪問です。その時間をBに回しましょう（Cの罠：知識エントリ c-trap）。")
    }
}
