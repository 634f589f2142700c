import Testing

@testable import SalesCoachCore

@Suite struct TeamReportTests {
    typealias F = PlanFixture

    /// Two reps with the same shape of book; Tanaka's companies are a hundred times larger.
    static func customers() -> [Customer] {
        let shape: [(String, Double, Double)] = [
            ("A1", 100, 100), ("B1", 80, 10), ("B2", 60, 20), ("C1", 10, 80), ("C2", 20, 60),
        ]
        return [("Sato", "S", 1.0), ("Tanaka", "T", 100.0)].flatMap { rep, prefix, scale in
            shape.map { name, revenue, sales in
                Customer(
                    name: "\(prefix)-\(name)",
                    metrics: MetricValues([.companyRevenue: revenue * scale, .sales: sales * scale]
                    ),
                    lastVisit: F.daysAgo(3), rep: rep)
            }
        }
    }

    static let planned = [
        PlannedVisit(customerName: "S-A1", visits: 2, rep: "Sato"),
        PlannedVisit(customerName: "S-B1", visits: 4, rep: "SATO"),
        PlannedVisit(customerName: "S-B2", visits: 4, rep: "sato"),
        PlannedVisit(customerName: "T-A1", visits: 1, rep: "Tanaka"),
        PlannedVisit(customerName: "T-B1", visits: 1, rep: "Tanaka"),
        PlannedVisit(customerName: "T-C1", visits: 4, rep: "Tanaka"),
        PlannedVisit(customerName: "T-C2", visits: 4, rep: "Tanaka"),
        PlannedVisit(customerName: "T-A1", visits: 2, rep: "Suzuki"),
        PlannedVisit(customerName: "S-C1", visits: 3, rep: " "),
    ]

    func report() -> TeamReport {
        TeamReport(
            planned: Self.planned, customers: Self.customers(), policy: .standard, today: F.monday)
    }

    @Test("one row per rep, worst first, each rep judged on their own book")
    func rows() {
        let team = report()
        #expect(team.rows.map(\.rep) == ["Tanaka", nil, "Sato", "Suzuki"])
        #expect(team.rows.map(\.warningCount) == [2, 1, 0, 0])
        #expect(team.rows.map(\.isCOverweight) == [true, false, false, false])
        #expect(team.rows.map(\.againstWholeBook) == [false, true, false, true])
        #expect(
            team.rows.map { $0.check.rows.map(\.amount) } == [
                [1, 1, 8, 0], [0, 0, 0, 3], [2, 8, 0, 0], [2, 0, 0, 0],
            ])
        #expect(
            team.rows[0].check.warnings == [
                .cOverweight(
                    c: 8, b: 1, total: 10, maxSharePercent: Rational(20), move: 6,
                    moveTo: ["T-B2", "T-B1"], unit: .visits),
                .bUnderShare(
                    b: 1, total: 10, sharePercent: Rational(50), shortBy: 4, suggestions: ["T-B2"],
                    unit: .visits),
            ])
        // Against the whole book S-C1 is a D: Tanaka's companies outrank it on both axes.
        #expect(
            team.rows[1].check.warnings == [
                .dOverShare(d: 3, total: 3, sharePercent: Rational(5), overBy: 2, unit: .visits)
            ])
        #expect(team.rows[1].label(in: .en) == "(no rep)")
        #expect(team.anyCOverweight)
        #expect(team.total.total == 25)
        #expect(team.total.amounts == [.a: 5, .b: 9, .c: 8, .d: 3])
        #expect(team.total.isCOverweight)
        #expect(team.total.warningCount == 3)
    }

    @Test("CSV for spreadsheets: shares in percent, the team row last")
    func csv() {
        #expect(
            report().csv() == """
                rep,unit,total,a,b,c,d,a_pct,b_pct,c_pct,d_pct,warnings,c_overweight,whole_book
                Tanaka,visits,10,1,1,8,0,10,10,80,0,2,true,false
                ,visits,3,0,0,0,3,0,0,0,100,1,false,true
                Sato,visits,10,2,8,0,0,20,80,0,0,0,false,false
                Suzuki,visits,2,2,0,0,0,100,0,0,0,0,false,true
                team,visits,25,5,9,8,3,20,36,32,12,3,true,

                """)
    }

    @Test("JSON keeps its keys in a fixed order and words the warnings")
    func json() {
        let text = report().json(in: .en)
        #expect(
            text.hasPrefix(
                "{\n  \"unit\": \"visits\",\n  \"reps\": [\n    {\n      \"rep\": \"Tanaka\",\n      \"total\": 10,\n      \"segments\": {\n        \"A\": {\n          \"amount\": 1,\n          \"share\": 0.1,\n          \"target\": 0.35\n        },"
            ))
        #expect(text.contains("\"rep\": null"))
        #expect(
            text.contains(
                "\"warnings\": [\n        \"C overweight: C gets 8 of 10 visits (80%), more than the 20% maximum and more than B gets (1). Move 6 visits from C to B: T-B2, T-B1."
            ))
        #expect(
            text.hasSuffix(
                "  \"team\": {\n    \"total\": 25,\n    \"segments\": {\n      \"A\": {\n        \"amount\": 5,\n        \"share\": 0.2\n      },\n      \"B\": {\n        \"amount\": 9,\n        \"share\": 0.36\n      },\n      \"C\": {\n        \"amount\": 8,\n        \"share\": 0.32\n      },\n      \"D\": {\n        \"amount\": 3,\n        \"share\": 0.12\n      }\n    },\n    \"warning_count\": 3,\n    \"c_overweight\": true\n  }\n}\n"
            ))
    }

    @Test(
        "a team plan in hours is in hours throughout; visits-only rows count the policy's hours per visit"
    )
    func hours() {
        let planned = [
            PlannedVisit(customerName: "S-B1", visits: 1, hours: 3, rep: "Sato"),
            PlannedVisit(customerName: "T-B1", visits: 2, rep: "Tanaka"),
        ]
        let team = TeamReport(
            planned: planned, customers: Self.customers(), policy: .standard, today: F.monday)
        #expect(team.unit == .hours)
        #expect(team.total.total == 6)
        #expect(team.rows.allSatisfy { $0.check.unit == .hours })
    }

    @Test("a multi-rep plan CSV gives the same team view as the entries typed in")
    func fromCSV() throws {
        let csv = """
            customer,visits,rep,week
            S-A1,2,Sato,2026-03-02
            S-B1,4,SATO,2026-03-02
            S-B2,4,sato,2026-03-02
            T-A1,1,Tanaka,2026-03-02
            T-B1,1,Tanaka,2026-03-02
            T-C1,4,Tanaka,2026-03-02
            T-C2,4,Tanaka,2026-03-02
            T-A1,2,Suzuki,2026-03-02
            S-C1,3, ,2026-03-02

            """
        let planned = try PlannedVisitsCSV.parse(bytes: Array(csv.utf8), source: "team.csv")
        let team = TeamReport(
            planned: planned, customers: Self.customers(), policy: .standard, today: F.monday)
        #expect(team.csv() == report().csv())
        #expect(team.rows.map(\.rep) == ["Tanaka", nil, "Sato", "Suzuki"])
        #expect(team.rows.allSatisfy { $0.check.week.start == F.monday })
    }
}
