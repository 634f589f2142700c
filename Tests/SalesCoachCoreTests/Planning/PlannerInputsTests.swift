import Testing

@testable import SalesCoachCore

/// The planner's inputs beyond the book: the visit log, logged reasons, hours, the day of the week.
@Suite struct PlannerInputsTests {
    typealias F = PlanFixture
    let today = PlanFixture.monday

    @Test(
        "the visit log rotates the plan: a logged visit makes an A not due and sends a B to the back"
    )
    func visitLogRotates() {
        let book = [
            F.entry("Anchor", .a, sales: 8e6, lastVisit: F.daysAgo(40)),
            F.entry("Best", .b, objective: 95, record: 5, lastVisit: F.daysAgo(60)),
            F.entry("Better", .b, objective: 90, record: 5),
            F.entry("Good", .b, objective: 85, record: 5),
        ]
        let policy = PlanPolicy(shares: [.a: Rational(50), .b: Rational(50)])
        let before = Planner.plan(
            classifications: book, visitLog: [], policy: policy, capacity: .visits(4), today: today)
        // A's second visit has no one due, so it goes to B.
        #expect(before.picks.map(\.customer) == ["Anchor", "Best", "Better", "Good"])

        let log = [
            VisitRecord(customerName: "ANCHOR", date: F.daysAgo(4)),
            VisitRecord(customerName: "best", date: F.daysAgo(5)),
            // An appointment ahead of today is not a visit.
            VisitRecord(customerName: "Good", date: today.adding(days: 3)),
        ]
        let after = Planner.plan(
            classifications: book, visitLog: log, policy: policy, capacity: .visits(4), today: today
        )
        #expect(after.picks.map(\.customer) == ["Better", "Good", "Best"])
        #expect(
            after.picks.map(\.reason) == [
                .upside(rank: 2, of: 3), .upside(rank: 3, of: 3), .upside(rank: 1, of: 3),
            ])
        #expect(after.allocation(.a).eligible == 0)
    }

    @Test("the last visit is the later of last_visit and the log")
    func lastVisitIsTheLaterOfBoth() {
        let customers = [
            Customer(name: "Acme", lastVisit: F.daysAgo(10)),
            Customer(name: "Beta", lastVisit: F.daysAgo(3)),
        ]
        let log = [
            VisitRecord(customerName: "acme", date: F.daysAgo(2), note: "reason: bring the quote"),
            VisitRecord(customerName: "Beta", date: F.daysAgo(8), note: "reason: old news"),
        ]
        let history = VisitHistory(customers: customers, visitLog: log, today: today)
        #expect(history.lastVisit("ACME") == F.daysAgo(2))
        #expect(history.lastVisit("Beta") == F.daysAgo(3))
        #expect(history.lastVisit("Gamma") == nil)
        #expect(history.noteOfLastVisit("Acme") == "reason: bring the quote")
        // Beta was seen after the noted visit, so that note has been acted on.
        #expect(history.noteOfLastVisit("Beta") == nil)
    }

    @Test(
        "a C or D customer enters early only with a logged reason",
        arguments: [
            ("reason: asked for a quote", nil, "asked for a quote"),
            ("Met the owner.\n理由：見積の依頼", nil, "見積の依頼"),
            ("old friend of the boss", nil, nil),
            (nil, "Reason: complaint to settle", "complaint to settle"),
            (nil, "a pleasant lunch", nil),
        ] as [(String?, String?, String?)])
    func loggedReasons(notes: String?, visitNote: String?, expected: String?) {
        let book = [
            F.entry("Dim", .d, lastVisit: F.daysAgo(5), notes: notes),
            F.entry("Big", .b, objective: 90, record: 10),
        ]
        let log =
            visitNote.map { [VisitRecord(customerName: "Dim", date: F.daysAgo(1), note: $0)] } ?? []
        let policy = PlanPolicy(shares: [.b: Rational(50), .d: Rational(50)])
        let result = Planner.plan(
            classifications: book, visitLog: log, policy: policy, capacity: .visits(2), today: today
        )
        let dimReason = result.picks.first { $0.customer == "Dim" }?.reason
        #expect(dimReason == expected.map { PlanReason.logged(segment: .d, reason: $0) })
    }

    @Test("reasons passed in count like logged ones and read in both languages")
    func reasonsPassedIn() {
        let book = [F.entry("Cozy", .c, lastVisit: F.daysAgo(7))]
        let result = Planner.plan(
            classifications: book, visitLog: [], policy: .standard, capacity: .visits(10),
            today: today,
            loggedReasons: ["cozy": "contract renewal"])
        #expect(result.picks.map(\.reason) == [.logged(segment: .c, reason: "contract renewal")])
        #expect(
            result.picks[0].reason.text(in: .en) == "C: the reason you logged: “contract renewal”")
        #expect(result.picks[0].reason.text(in: .ja) == "C：記録された理由「contract renewal」")
    }

    @Test("unclassified customers are reported and never planned")
    func unclassifiedNeverPlanned() {
        let book = [F.unclassified("Mystery"), F.entry("Big", .b), F.unclassified("Blank")]
        let result = Planner.plan(
            classifications: book, visitLog: [], policy: .standard, capacity: .visits(2),
            today: today)
        #expect(result.picks.map(\.customer) == ["Big"])
        #expect(result.notes.last == .unclassified(names: ["Mystery", "Blank"]))
        #expect(
            result.notes.last?.text(in: .en)
                == "2 customers are not classified and never planned (an axis has no data): Mystery, Blank."
        )
    }

    @Test(
        "hours become whole visits at the policy's hours per visit",
        arguments: [
            (15.0, 10), (4.4, 2), (4.5, 3), (0.5, 0), (-3, 0), (Double.nan, 0),
            (1e300, PlanCapacity.maximum),
        ])
    func hours(hours: Double, visits: Int) {
        #expect(PlanCapacity.hours(hours).visits(hoursPerVisit: Rational(3, 2)) == visits)
    }

    @Test(
        "visits spread over the working days still ahead",
        arguments: [
            (
                "2026-03-02",
                [
                    "2026-03-02", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-04",
                    "2026-03-05", "2026-03-06",
                ]
            ),
            (
                "2026-03-04",
                [
                    "2026-03-04", "2026-03-04", "2026-03-04", "2026-03-05", "2026-03-05",
                    "2026-03-06", "2026-03-06",
                ]
            ),
            (
                "2026-03-07",
                [
                    "2026-03-09", "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-11",
                    "2026-03-12", "2026-03-13",
                ]
            ),
        ])
    func daysSpread(day: String, expected: [String]) {
        let today = F.date(day)
        let book = (1...7).map { F.entry("B\($0)", .b, objective: 90 - $0, record: 10) }
        let result = Planner.plan(
            classifications: book, visitLog: [], policy: PlanPolicy(shares: [.b: Rational(100)]),
            capacity: .visits(7),
            today: today)
        #expect(result.picks.map(\.day.description) == expected)
        #expect(
            result.week.start == (today.weekday >= 6 ? F.date("2026-03-09") : F.date("2026-03-02")))
    }

    @Test(
        "the planner's fast name key is the book's key",
        arguments: [
            "Acme", "  ACME   Trading\tCo \r\n", "acme-trading", "", "   ", "Ａｃｍｅ", "ｶﾌﾞｼｷｶﾞｲｼｬ",
            "Straße", "X\u{0B}Y\u{0C}Z", "A\u{1F}B",
        ])
    func fastKey(name: String) {
        #expect(VisitHistory.key(name) == Book.key(name))
    }
}
