import Foundation
import TestSupport
import Testing

/// `salescoach team` and `check --strict` through the binary, on a slice of
/// the real CRM export per rep (examples/team, copied from shared/data).
@Suite struct TeamCommandTests {
    static let team = [
        "team", "examples/team/crm-by-rep.csv", "--plan", "examples/team/plan.csv", "--visits",
        "examples/team/visits.csv",
    ]

    @Test("the manager's table on the CRM export: worst first, C by week, since when, the team row (golden)")
    func table() throws {
        let result = try BinaryRunner.run(Self.team)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        assertSnapshot(result.stdout, named: "crm-team-table")
        let reps = result.stdout.split(separator: "\n").dropFirst(2).prefix(5).map { $0.split(separator: " ").first ?? "" }
        #expect(reps == ["Reed", "Donn", "Wilburn", "Kan-code", "team"])
    }

    @Test("the table in Japanese (golden)")
    func tableInJapanese() throws {
        let result = try BinaryRunner.run(Self.team + ["--lang", "ja"])
        #expect(result.status == 0)
        assertSnapshot(result.stdout, named: "crm-team-table-ja")
    }

    @Test("an unknown rep in the plan is reported once, and no line runs on")
    func unknownRepOnce() throws {
        let result = try BinaryRunner.run(Self.team)
        #expect(result.stdout.components(separatedBy: "'Kan-code' owns no customer in the customer file").count == 2)
        #expect(!result.stdout.contains("Kan-code, Kan-code"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count < 1500 })
    }

    @Test("another rep's customer is named as theirs, a typo gets 'did you mean'")
    func otherRepAndTypo() throws {
        let result = try BinaryRunner.run(Self.team)
        #expect(result.stdout.contains("'Finhigh' is Wilburn Farren's customer, not in this rep's book"))
        #expect(result.stdout.contains("'Kan-cod' is not in your book (did you mean 'Kan-code'?)"))
    }

    @Test("JSON has version 1, one object per rep and stable warning codes with their fields")
    func jsonShape() throws {
        let result = try BinaryRunner.run(Self.team + ["--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect(json["unit"] as? String == "visits")
        #expect(json["week"] as? String == "2026-11-30")
        let reps = try #require(json["reps"] as? [[String: Any]])
        #expect(reps.map { $0["rep"] as? String } == ["Reed Clapper", "Donn Cantrell", "Wilburn Farren", "Kan-code"])
        #expect(reps.map { $0["basis"] as? String } == ["own-book", "own-book", "own-book", "unknown-rep"])
        #expect(reps[0]["drifting_since"] as? String == "2026-11-16")
        let trend = try #require(reps[0]["trend"] as? [[String: Any]])
        #expect(trend.map { $0["week"] as? String } == ["2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"])
        #expect(trend.map { $0["visited"] as? Int } == [4, 4, 4, 0])
        let warnings = reps.flatMap { ($0["warnings"] as? [[String: Any]]) ?? [] }
        #expect(
            Set(warnings.compactMap { $0["code"] as? String })
                == ["c-overweight", "b-under-share", "a-neglected", "other-rep", "not-in-book", "unknown-rep"])
        for warning in warnings {
            for key in ["code", "rep", "segment", "share", "limit", "amount", "customers", "text"] {
                #expect(warning.keys.contains(key), "\(key) missing in \(warning)")
            }
        }
        let c = try #require(warnings.first { $0["code"] as? String == "c-overweight" })
        #expect(c["rep"] as? String == "Reed Clapper")
        #expect(c["segment"] as? String == "C")
        #expect(c["share"] as? Double == 0.7)
        #expect(c["limit"] as? Double == 0.2)
        let team = try #require(json["team"] as? [String: Any])
        #expect(team["warning_count"] as? Int == 8)
    }

    @Test("CSV has one line per rep, then the team")
    func csv() throws {
        let result = try BinaryRunner.run(Self.team + ["--format", "csv"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.first?.hasPrefix("rep,basis,unit,total,a,b,c,d") == true)
        #expect(lines.last?.hasPrefix("team,,visits,28,") == true)
    }

    @Test("without a plan the table shows each rep's book and the trend of the visit log")
    func withoutPlan() throws {
        let result = try BinaryRunner.run(["team", "examples/team/crm-by-rep.csv", "--visits", "examples/team/visits.csv"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Rep             Book A·B·C·D  C by week  C since  Warnings"))
        // A week with nothing logged shows as "·"; the current one has none, so no latest share.
        #expect(result.stdout.contains("Reed Clapper         9·6·7·7     ▁▇▇· –    11-16         0"))
    }

    @Test("--weeks outside 1–52 is refused")
    func badWeeks() throws {
        let result = try BinaryRunner.run(["team", "examples/team/crm-by-rep.csv", "--weeks", "0"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--weeks: expected 1 to 52, found 0"))
    }

    /// Eight customers of one rep, two per segment; A1 is past its follow-up.
    /// What stderr says besides the import summary's notes.
    static func withoutNotes(_ stderr: String) -> String {
        stderr.split(separator: "\n").filter { !$0.hasPrefix("note: ") && !$0.hasPrefix("注: ") }.map { $0 + "\n" }.joined()
    }

    static let customers = """
        name,company_revenue,sales,last_visit,rep
        A1,100,100,2026-11-01,Aoki
        A2,90,90,2026-11-27,Aoki
        B1,80,10,2026-11-27,Aoki
        B2,70,20,2026-11-27,Aoki
        C1,10,80,2026-11-27,Aoki
        C2,20,70,2026-11-27,Aoki
        D1,30,30,2026-11-27,Aoki
        D2,40,40,2026-11-27,Aoki

        """

    @Test(
        "--strict names the rule class that failed and exits with its status",
        arguments: [
            ("A1,2\nA2,1\nB1,3\nB2,2\nC1,1\nD1,1\n", Int32(0), ""),
            ("A1,2\nB1,2\nC1,4\nC2,2\n", 3, "strict: the c-overweight rules failed (exit 3): Aoki: c-overweight"),
            ("A1,2\nA2,2\nB1,2\nC1,1\nD1,3\n", 4, "strict: the share rules failed (exit 4): Aoki: b-under-share, Aoki: d-over-share"),
            ("A2,3\nB1,3\nB2,2\nC1,1\nD1,1\n", 5, "strict: the follow-up rules failed (exit 5): Aoki: a-neglected"),
            ("A1,2\nA2,1\nB1,3\nB2,2\nC1,1\nD1,1\nNobody Inc,1\n", 6, "strict: the plan-data rules failed (exit 6): Aoki: not-in-book"),
        ])
    func strictStatus(plan: String, status: Int32, message: String) throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let customers = directory.appendingPathComponent("customers.csv")
        let planFile = directory.appendingPathComponent("plan.csv")
        try Self.customers.write(to: customers, atomically: true, encoding: .utf8)
        let rows = plan.split(separator: "\n").map { "\($0),Aoki\n" }.joined()
        try ("customer,visits,rep\n" + rows).write(to: planFile, atomically: true, encoding: .utf8)
        for arguments in [
            ["team", customers.path, "--plan", planFile.path, "--strict", "--format", "csv"],
            ["check", planFile.path, "--customers", customers.path, "--strict", "--format", "csv"],
        ] {
            let result = try BinaryRunner.run(arguments)
            #expect(result.status == status, "\(arguments[0]): \(result.stderr)")
            // The file has no employees, growth, orders or profit: the summary's notes come first, as with a table.
            #expect(result.stderr.hasPrefix("note: objective evaluation rests on company revenue only"), "\(result.stderr)")
            let said = Self.withoutNotes(result.stderr)
            if message.isEmpty {
                #expect(said.isEmpty)
            } else {
                #expect(said == "error: \(message)\n")
            }
        }
    }

    @Test("--strict in a Japanese session names the rules in Japanese, each with its code")
    func strictInJapanese() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let customers = directory.appendingPathComponent("customers.csv")
        let planFile = directory.appendingPathComponent("plan.csv")
        try Self.customers.write(to: customers, atomically: true, encoding: .utf8)
        try "customer,visits,rep\nA1,2,Aoki\nA2,2,Aoki\nB1,2,Aoki\nC1,1,Aoki\nD1,3,Aoki\n".write(to: planFile, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["team", customers.path, "--plan", planFile.path, "--strict", "--format", "csv", "--lang", "ja"])
        #expect(result.status == 4)
        #expect(
            Self.withoutNotes(result.stderr)
                == "エラー: --strict：B・Dの割合（share）の規則を満たしていません（終了コード 4）："
                + "Aoki：Bが割合未満（b-under-share）、Aoki：Dが割合超過（d-over-share）\n")
    }
}
