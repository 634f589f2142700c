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
        #expect(team.rows.map(\.rep) == ["Tanaka", "Suzuki", nil, "Sato"])
        #expect(team.rows.map(\.warningCount) == [2, 1, 1, 0])
        #expect(team.rows.map(\.isCOverweight) == [true, false, false, false])
        #expect(team.rows.map(\.basis) == [.ownBook, .unknownRep, .wholeBook, .ownBook])
        #expect(
            team.rows.map { $0.check.rows.map(\.amount) } == [
                [1, 1, 8, 0], [0, 0, 0, 0], [0, 0, 0, 3], [2, 8, 0, 0],
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
            team.rows[2].check.warnings == [
                .dOverShare(d: 3, total: 3, sharePercent: Rational(5), overBy: 2, unit: .visits)
            ])
        #expect(team.rows[2].label(in: .en) == "(no rep)")
        #expect(team.anyCOverweight)
        #expect(team.total.total == 23)
        #expect(team.total.amounts == [.a: 3, .b: 9, .c: 8, .d: 3])
        #expect(team.total.isCOverweight)
        #expect(team.total.warningCount == 4)
    }

    @Test("each rep's book is counted per segment, and the team row adds them up")
    func customerCounts() {
        let team = report()
        let tanaka = team.rows[0]
        #expect(Segment.allCases.map { tanaka.customers($0) } == [1, 2, 2, 0])
        #expect(team.rows[1].customers.isEmpty)
        #expect(Segment.allCases.map { team.total.customers($0) } == [2, 4, 4, 0])
        #expect(team.total.customers(nil) == 0)
        #expect(team.rows[2].customers.isEmpty)
    }

    @Test("customers without a rep have a row of their own, so the rows add up to the team")
    func customersWithoutRep() {
        let customers = Self.customers() + [
            Customer(name: "N1", metrics: MetricValues([.companyRevenue: 5, .sales: 1])),
            Customer(name: "N2", metrics: MetricValues([.companyRevenue: 9, .sales: 9])),
        ]
        let team = TeamReport(planned: [], customers: customers, policy: .standard, today: F.monday)
        #expect(team.rows.map(\.rep) == ["Sato", "Tanaka", nil])
        #expect(team.rows[2].basis == .wholeBook)
        #expect(team.rows[2].customers.values.reduce(0, +) == 2)
        for segment in [nil] + Segment.allCases.map(Optional.some) {
            #expect(team.rows.reduce(0) { $0 + $1.customers(segment) } == team.total.customers(segment))
        }
    }

    @Test("a rep the plan names who owns no customer is reported once, and their plan is not checked")
    func unknownRepOnce() {
        let planned = [
            PlannedVisit(customerName: "T-C1", visits: 1, rep: "Satoh"),
            PlannedVisit(customerName: "T-C2", visits: 1, rep: "Satoh"),
            PlannedVisit(customerName: "T-B1", visits: 1, rep: "satoh"),
        ]
        let team = TeamReport(planned: planned, customers: Self.customers(), policy: .standard, today: F.monday)
        let row = team.rows.first { $0.rep == "Satoh" }
        #expect(row?.check.warnings == [.unknownRep(rep: "Satoh", visits: 3, unit: .visits, suggestions: ["Sato"])])
        #expect(row?.check.total == 0)
        #expect(row?.check.uncounted == 3)
        #expect(
            row?.check.warnings.first?.text(in: .en)
                == "'Satoh' owns no customer in the customer file (did you mean 'Sato'?); their plan (3 visits) is not checked.")
        #expect(team.warnings.filter { $0.warning.code == .unknownRep }.count == 1)
    }

    @Test("a customer of another rep in a rep's plan is named as that rep's")
    func otherRepCustomer() {
        let planned = [
            PlannedVisit(customerName: "S-B1", visits: 2, rep: "Sato"),
            PlannedVisit(customerName: "T-B1", visits: 1, rep: "Sato"),
        ]
        let team = TeamReport(planned: planned, customers: Self.customers(), policy: .standard, today: F.monday)
        let sato = team.rows.first { $0.rep == "Sato" }
        #expect(sato?.check.warnings.contains(.otherRep(name: "T-B1", owner: "Tanaka")) == true)
        #expect(sato?.check.warnings.contains { $0.code == .notInBook } == false)
    }

    @Test("the week column is honoured: only the week checked is checked, the others make the trend")
    func weeksHonoured() {
        let earlier = F.monday.adding(days: -7)
        let planned = [
            PlannedVisit(customerName: "S-C1", visits: 4, rep: "Sato", week: earlier),
            PlannedVisit(customerName: "S-B1", visits: 1, rep: "Sato", week: earlier),
            PlannedVisit(customerName: "S-B1", visits: 4, rep: "Sato", week: F.monday),
            PlannedVisit(customerName: "S-A1", visits: 1, rep: "Sato", week: F.monday),
        ]
        let team = TeamReport(
            planned: planned, customers: Self.customers(), policy: .standard, weeks: 3, today: F.monday)
        #expect(team.week.start == F.monday)
        let sato = team.rows.first { $0.rep == "Sato" }
        #expect(sato?.check.total == 5)
        #expect(sato?.check.row(.c).amount == 0)
        #expect(sato?.weeks.map(\.start) == [F.monday.adding(days: -14), earlier, F.monday])
        #expect(sato?.weeks.map(\.plannedTotal) == [0, 5, 5])
        #expect(sato?.weeks.map(\.cShare) == [nil, 0.8, 0])
        #expect(sato?.driftingSince == nil)
    }

    @Test("a rep whose logged visits went to C week after week is drifting since the first such week, and comes first")
    func driftingSince() {
        func visits(_ name: String, _ rep: String, daysAgo: Int, count: Int) -> [TeamVisit] {
            (0..<count).map { _ in
                TeamVisit(rep: rep, record: VisitRecord(customerName: name, date: F.monday.adding(days: -daysAgo)))
            }
        }
        let log =
            visits("S-B1", "Sato", daysAgo: 19, count: 4) + visits("S-C1", "Sato", daysAgo: 18, count: 1)
            + visits("S-C1", "Sato", daysAgo: 12, count: 3) + visits("S-B1", "Sato", daysAgo: 11, count: 1)
            + visits("S-C2", "Sato", daysAgo: 5, count: 4)
            + visits("T-B1", "Tanaka", daysAgo: 5, count: 3)
        let team = TeamReport(
            planned: [], customers: Self.customers(), policy: .standard, visitLog: log, weeks: 4, today: F.monday)
        #expect(team.rows.map(\.rep) == ["Sato", "Tanaka"])
        let sato = team.rows[0]
        #expect(sato.weeks.map(\.visitedTotal) == [5, 4, 4, 0])
        #expect(sato.driftingSince == F.monday.adding(days: -14))
        #expect(sato.visitedCShare == 8.0 / 13.0)
        #expect(team.rows[1].driftingSince == nil)
        #expect(!team.hasPlan)
        #expect(team.warnings.isEmpty)
        #expect(team.total.weeks.map(\.visitedTotal) == [5, 4, 7, 0])
    }

    @Test("CSV for spreadsheets: shares in percent, codes, the team row last")
    func csv() {
        #expect(
            report().csv() == """
                rep,basis,unit,total,a,b,c,d,a_pct,b_pct,c_pct,d_pct,customers_a,customers_b,customers_c,customers_d,unclassified,visited,visited_c_pct,drifting_since,warnings,codes,c_overweight
                Tanaka,own-book,visits,10,1,1,8,0,10,10,80,0,1,2,2,0,0,0,,2026-03-02,2,c-overweight b-under-share,true
                Suzuki,unknown-rep,visits,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,,,1,unknown-rep,false
                ,whole-book,visits,3,0,0,0,3,0,0,0,100,0,0,0,0,0,0,,,1,d-over-share,false
                Sato,own-book,visits,10,2,8,0,0,20,80,0,0,1,2,2,0,0,0,,,0,,false
                team,,visits,23,3,9,8,3,13,39.1,34.8,13,2,4,4,0,0,0,,,4,,true

                """)
    }

    @Test("in Japanese the CSV and the workbook's cells are Japanese: headers, basis, unit, the team row and a plan without a rep")
    func japaneseCSV() {
        let lines = report().csv(in: .ja).split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("担当者,判定の基準,単位,計画合計,A,B,C,D,A比率") == true, "\(lines)")
        #expect(lines[1] == "Tanaka,自分の顧客,訪問,10,1,1,8,0,10,10,80,0,1,2,2,0,0,0,,2026-03-02,2,c-overweight b-under-share,true")
        #expect(lines[2].hasPrefix("Suzuki,不明な担当者,訪問,"))
        #expect(lines[3].hasPrefix("（担当者なし）,全顧客,訪問,3,"))
        #expect(lines[5].hasPrefix("チーム計,,訪問,23,"))
        // The rep, basis and unit columns of the workbook; the codes column keeps its codes.
        let cells = report().table(in: .ja).rows.flatMap { $0.prefix(3) }.compactMap { cell -> String? in
            if case .text(let text) = cell { text } else { nil }
        }
        for english in ["own-book", "whole-book", "unknown-rep", "visits", "team"] {
            #expect(!cells.contains(english), "\(english) in \(cells)")
        }
    }

    @Test("JSON has a version, stable warning codes and fields, and keys in a fixed order")
    func json() {
        let text = report().json(in: .en)
        #expect(
            text.hasPrefix(
                "{\n  \"version\": 1,\n  \"unit\": \"visits\",\n  \"week\": \"2026-03-02\",\n  \"has_plan\": true,\n  \"reps\": [\n    {\n      \"rep\": \"Tanaka\",\n      \"basis\": \"own-book\",\n      \"customers\": {\n        \"A\": 1,"
            ))
        #expect(text.contains("\"rep\": null"))
        #expect(text.contains("\"code\": \"c-overweight\",\n          \"rep\": \"Tanaka\",\n          \"segment\": \"C\",\n          \"share\": 0.8,\n          \"limit\": 0.2,"))
        #expect(text.contains("\"code\": \"unknown-rep\""))
        #expect(text.contains("\"drifting_since\": \"2026-03-02\""))
        #expect(text.hasSuffix("    \"c_overweight\": true,\n    \"warning_count\": 4\n  }\n}\n"))
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
        #expect(team.rows.map(\.rep) == ["Tanaka", "Suzuki", nil, "Sato"])
        #expect(team.rows.allSatisfy { $0.check.week.start == F.monday })
    }
}
