import Foundation
import Testing

/// Plans for real weeks and the visit log read back, through the binary on the demo book.
@Suite struct WeekCommandTests {
    /// A Wednesday: yesterday is 2026-12-01, 先週金曜 is 2026-11-27, next week starts 2026-12-07.
    static let wednesday = ["SALESCOACH_TODAY": "2026-12-02"]

    @Test("plan --week next plans the week ahead from its Monday; plan accept saves it for that week and undo takes it back")
    func planNextWeekAndAccept() throws {
        let result = try BinaryRunner.run(["--demo"], input: """
            plan --week next
            plan accept 3 --week 来週
            planned list
            undo
            planned list

            """, environment: Self.wednesday)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("Visit plan for") } == [
            "Visit plan for the week of 2026-12-07 (2026-W50) — 10 of 10 visits",
            "Visit plan for the week of 2026-12-07 (2026-W50) — 3 of 3 visits",
        ])
        #expect(lines.contains("   1. Mon Acme Industrial — A: 17 weeks since the last visit, 5.1M of sales at stake; past its 2-week follow-up"))
        #expect(lines.contains(
            "Saved as your planned visits for the week of 2026-12-07: 3 visits to 3 customers; other weeks are kept. 'undo' takes it back."))
        #expect(lines.contains("The week of 2026-12-07 (2026-W50, next week): 3 visits"))
        #expect(lines.contains("  A  Acme Industrial  ×1  (佐々木 健)"))
        #expect(lines.contains("Undid: accept the plan for the week of 2026-12-07 (3 entries)."))
        #expect(lines.last?.hasPrefix("No visits planned.") == true)
    }

    @Test("a week that is over or does not exist is refused with what was expected")
    func badWeeks() throws {
        let result = try BinaryRunner.run(["--demo"], input: "plan --week last\nplan --week 2027-W53\nplanned add 田中商事 --week soon\n", environment: Self.wednesday)
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").map(String.init) == [
            "error: plan: the week of 2026-11-23 (2026-W48) is over; plan the coming one with --week next, "
                + "or see where its visits went with 'actual --from 2026-11-23 --to 2026-11-29'",
            "error: plan --week: 2027 has 52 ISO weeks, so there is no week 53",
            "error: planned add --week: 'soon' is not a week; expected next, this, last, an ISO week such as 2026-W50, "
                + "or a date in the week such as 2026-12-07 (来週, 今週, 先週)",
        ])
    }

    @Test("planned move takes a customer's visits to another week, adding to what is there, and says which weeks when unsure")
    func plannedMove() throws {
        let result = try BinaryRunner.run(["--demo"], input: """
            planned add 田中商事 2
            planned add 田中商事 1 --week 2026-W50
            planned move 田中商事 --week next
            planned list
            planned add 田中商事 --week 2026-12-14
            planned move 田中商事 --week this
            planned move tanaka shoji --week this --from 2026-W51

            """, environment: Self.wednesday)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains(
            "Moved the planned visits to 田中商事 from the week of 2026-11-30 (2026-W49, this week) to the week of 2026-12-07 (2026-W50, next week); 3 planned there."))
        #expect(lines.contains("The week of 2026-12-07 (2026-W50, next week): 3 visits"))
        #expect(!lines.contains { $0.hasPrefix("The week of 2026-11-30") })
        #expect(lines.contains("(taken as 田中商事)"))
        #expect(lines.contains(
            "Moved the planned visits to 田中商事 from the week of 2026-12-14 (2026-W51) to the week of 2026-11-30 (2026-W49, this week); 1 planned there."))
        #expect(result.stderr == "error: planned move: '田中商事' has planned visits in the week of 2026-12-07 (2026-W50, next week), "
            + "the week of 2026-12-14 (2026-W51); say which with --from DATE\n")
    }

    @Test("last week's planned visits that were not logged roll over: planned list names them, plan and check count them")
    func rollover() throws {
        let home = try BinaryRunner.temporaryDirectory()
        let workspace = ["--workspace", home.appendingPathComponent("w.sqlite").path]
        let first = try BinaryRunner.run(
            workspace + ["--file", "examples/demo-customers.csv"], input: "plan accept 3\nvisit Vertex Automotive today\n",
            environment: ["SALESCOACH_TODAY": "2026-11-30"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.contains("Saved as your planned visits for the week of 2026-11-30: 3 visits to 3 customers"))
        let next = try BinaryRunner.run(
            workspace, input: "planned list\nplan 5\nplan accept 5\nplanned list --week this\n",
            environment: ["SALESCOACH_TODAY": "2026-12-08"])
        #expect(next.status == 0, "stderr: \(next.stderr)")
        let lines = next.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("The week of 2026-11-30 (2026-W49, last week): 3 visits"))
        #expect(lines.contains(
            "↻ Carried over from the week of 2026-11-30 (planned, not logged): Acme Industrial ×1, Keystone Retail Group ×1; 'plan' counts them."))
        #expect(lines.contains("Visit plan for the week of 2026-12-07 (2026-W50) — 5 of 5 visits, 2 carried over from the week before"))
        #expect(lines.contains("   ↻ Keystone Retail Group ×1 — B: carried over from the week of 2026-11-30 (planned, not logged)"))
        // Carried visits are in the accepted week once, never twice.
        #expect(lines.contains("The week of 2026-12-07 (2026-W50, this week): 5 visits"))
        #expect(lines.filter { $0.hasSuffix("Keystone Retail Group  ×1  (Emily Carter)") }.count == 2)
        let japanese = try BinaryRunner.run(
            workspace + ["--lang", "ja"], input: "undo\nplanned list\nplan 5\n", environment: ["SALESCOACH_TODAY": "2026-12-08"])
        let ja = japanese.stdout.split(separator: "\n").map(String.init)
        #expect(ja.contains(
            "↻ 2026-11-30 の週から繰り越し（予定したが訪問の記録なし）：Acme Industrial ×1、Keystone Retail Group ×1。'plan' で今週の計画に含めます。"))
        #expect(ja.contains("2026-12-07 の週（2026-W50）の訪問計画 — 5件中 5件（うち前週からの繰り越し 2件）"))
    }

    @Test("visit reads yesterday and 先週金曜, show, list and visits reflect it at once, and a future day is refused")
    func visitLog() throws {
        let result = try BinaryRunner.run(["--demo"], input: """
            visit 田中商事 yesterday 見積りの相談
            visit Vertex Automotive 先週金曜 first meeting
            visit 田中商事 tomorrow
            show 田中商事
            list C --sort last_visit
            visits
            visits 田中商事 --since 12/1
            visits --since 先週
            visits --since 2026-12-02
            visits Vertex Automotive --since last week

            """, environment: Self.wednesday)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Logged a visit to 田中商事 (C) on 2026-12-01."))
        #expect(lines.contains("Logged a visit to Vertex Automotive (B) on 2026-11-27."))
        #expect(lines.contains("  last visit       2026-12-01"))
        // Sorted by last visit, 田中商事 comes last among the C customers, with yesterday's date.
        let count = try #require(lines.firstIndex(of: "10 of 46 customers"))
        #expect(lines[count - 1].hasPrefix("田中商事") && lines[count - 1].contains("2026-12-01"))
        #expect(lines.contains("Visits logged: 2"))
        #expect(lines.contains("  2026-11-27 Fri  B  Vertex Automotive  first meeting"))
        #expect(lines.contains("  2026-12-01 Tue  C  田中商事           見積りの相談"))
        #expect(lines.contains("Visits logged to 田中商事 since 2026-12-01: 1"))
        #expect(lines.contains("Visits logged since 2026-11-23: 2"))
        #expect(lines.contains("Visits logged to Vertex Automotive since 2026-11-23: 1"))
        #expect(lines.contains("No visits logged since 2026-12-02. Log one with 'visit NAME [DATE] [note]'."))
        #expect(result.stderr == "error: visit: tomorrow (2026-12-03) is after today, 2026-12-02; log visits once they happen (plans go in 'planned add')\n")
    }

    @Test("plan --export writes a CSV with rep and week that planned load and salescoach check read back")
    func exportRoundTrip() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("plan.csv")
        let session = try BinaryRunner.run(["--demo"], input: """
            plan --week next --export \(file.path)
            planned load \(file.path)
            planned list
            check

            """, environment: Self.wednesday)
        #expect(session.status == 0, "stderr: \(session.stderr)")
        let csv = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(csv.count == 11)
        #expect(csv[0] == "customer,visits,segment,reason,day,week,rep")
        // Outside a rep scope the plan is one plan on the whole book: no rep column values.
        #expect(csv[1] == "Acme Industrial,1,A,\"A: 17 weeks since the last visit, 5.1M of sales at stake; past its 2-week follow-up\",2026-12-07,2026-12-07,")
        #expect(session.stdout.contains("Loaded 10 planned entries from \(file.path) for the week of 2026-12-07 (2026-W50, next week)."))
        #expect(session.stdout.contains("The week of 2026-12-07 (2026-W50, next week): 10 visits"))
        // `check` alone checks this week's plan, which is empty: the loaded one is next week's.
        #expect(session.stdout.contains("Nothing to check yet"))
        // Read back by the one-shot check, the planner's own plan keeps every rule.
        let check = try BinaryRunner.run(
            ["check", file.path, "--customers", "examples/demo-customers.csv", "--format", "csv", "--strict"],
            environment: Self.wednesday)
        #expect(check.status == 0, "stderr: \(check.stderr)")
        #expect(check.stdout.contains("team"))
        #expect(!check.stdout.contains("佐々木 健"), "one plan, one row: \(check.stdout)")
    }

    @Test("plan next week, a plan question about next week and 「来週の訪問予定を立てて」 all plan the week of 2026-12-07")
    func nextWeekInWords() throws {
        let result = try BinaryRunner.run(["--demo"], input: """
            plan next week
            who should I visit next week?
            来週の訪問予定を立てて
            plan 5 来週
            who should I visit this week?

            """, environment: Self.wednesday)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let headers = result.stdout.split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix("Visit") || $0.contains("の訪問計画") }
        #expect(headers == [
            "Visit plan for the week of 2026-12-07 (2026-W50) — 10 of 10 visits",
            "Visit plan for the week of 2026-12-07 (2026-W50) — 10 of 10 visits",
            "2026-12-07 の週（2026-W50）の訪問計画 — 10件中 10件",
            // No language chosen: a line half in Japanese after a Japanese one stays in Japanese.
            "2026-12-07 の週（2026-W50）の訪問計画 — 5件中 5件",
            "Visits for the week of 2026-11-30: 10 of 10.",
        ])
    }

    @Test("actual compares the log with the plans of the weeks it covers, not with next week's")
    func actualUsesThePeriodsWeeks() throws {
        let result = try BinaryRunner.run(["--demo"], input: """
            planned add 田中商事 5 --week next
            actual
            planned add Vertex Automotive
            actual

            """, environment: Self.wednesday)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("B: ") } == [
            "B: policy 50%, visited 0% (0 visits)", "B: planned 100%, visited 0% (0 visits)",
        ])
    }

    @Test("planned load puts rows without a week in the current plan's week (or --week), replacing only that week")
    func loadWithoutWeeks() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("mine.csv")
        try "customer,visits\n田中商事,2\nVertex Automotive,1\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["--demo"], input: """
            planned add Helios Energy
            planned add Helios Energy --week next
            planned load \(file.path)
            planned load \(file.path) --week 2026-W51
            planned list

            """, environment: Self.wednesday)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Loaded 2 planned entries from \(file.path) for the week of 2026-11-30 (2026-W49, this week)."))
        #expect(lines.contains("Loaded 2 planned entries from \(file.path) for the week of 2026-12-14 (2026-W51)."))
        #expect(lines.filter { $0.hasPrefix("The week of") } == [
            "The week of 2026-11-30 (2026-W49, this week): 3 visits",
            "The week of 2026-12-07 (2026-W50, next week): 1 visit",
            "The week of 2026-12-14 (2026-W51): 3 visits",
        ])
        // This week's Helios Energy was replaced by the file; next week's was kept.
        #expect(lines.filter { $0.contains("Helios Energy  ×1") }.count == 1)
    }

    @Test("in a rep scope, plan accept replaces only that rep's customers in the week; another rep's plan stays")
    func acceptInARepScope() throws {
        let result = try BinaryRunner.run(["--ephemeral", "--file", "examples/team/crm-accounts.csv"], input: """
            rep Darcel Schlecht
            plan accept 2 --week next
            rep Cassey Cress
            plan accept 2 --week next
            rep all
            planned list

            """, environment: Self.wednesday)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("Saved as") }.allSatisfy { $0.contains("other reps' visits and other weeks are kept") })
        #expect(lines.contains("The week of 2026-12-07 (2026-W50, next week): 4 visits"))
        let reps = lines.filter { $0.hasPrefix("  ") && $0.hasSuffix(")") }.compactMap { $0.split(separator: "(").last }
        #expect(reps == ["Darcel Schlecht)", "Darcel Schlecht)", "Cassey Cress)", "Cassey Cress)"])
    }
}
