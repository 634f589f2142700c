import Foundation
import Testing

/// The session's rep scope against `classify --per-rep`, on the CRM
/// export's accounts (examples/team/crm-accounts.csv, one rep per account).
@Suite struct RepScopeTests {
    static let accounts = "examples/team/crm-accounts.csv"

    /// name → segment from a CSV with `name` and `segment` columns (no quoted commas in this data).
    static func segments(_ csv: String, rep: String? = nil) -> [String: String] {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first, let name = header.firstIndex(of: "name"),
            let segment = header.firstIndex(of: "segment")
        else { return [:] }
        let repColumn = header.firstIndex(of: "rep")
        var result: [String: String] = [:]
        for cells in lines.dropFirst() where rep == nil || repColumn.map({ cells[$0] == rep }) == true {
            result[cells[name]] = cells[segment]
        }
        return result
    }

    @Test("a rep who says who they are works on their own customers from then on, with the whole list's segments, in either language, until 'rep all'")
    func introductionKeepsTheScope() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let out = directory.appendingPathComponent("scoped.csv")
        let result = try BinaryRunner.run(
            ["--ephemeral", "--file", Self.accounts],
            input: "hi, I'm Darcel. who should I visit this week?\nwhich customers are overdue?\nexport \(out.path)\nrep all\nVickiです\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Working on Darcel Schlecht's customers:"))
        let perRep = Self.segments(try BinaryRunner.run(["classify", Self.accounts, "--per-rep", "--format", "csv"]).stdout, rep: "Darcel Schlecht")
        let all = Self.segments(try BinaryRunner.run(["classify", Self.accounts, "--format", "csv"]).stdout)
        // Two questions later the session still works on Darcel's customers alone,
        // each in the segment the whole list gives it (not re-ranked among his own).
        let exported = Self.segments(try String(contentsOf: out, encoding: .utf8))
        #expect(Set(exported.keys) == Set(perRep.keys))
        #expect(exported == all.filter { exported[$0.key] != nil })
        #expect(exported != perRep, "the two rankings differ on this book, so the test tells them apart")
        #expect(result.stdout.contains("Working on the whole list"))
        #expect(result.stdout.contains("Vicki Laflammeさんの担当先"))
    }

    @Test(
        "'rep NAME' ranks the rep's customers exactly as classify --per-rep does",
        arguments: [("Darcel Schlecht", "darcel schlecht"), ("Vicki Laflamme", "ＶＩＣＫＩ"), ("Cassey Cress", "Cassey Cressさん")])
    func sameSegmentsAsPerRep(rep: String, typed: String) throws {
        let perRep = try BinaryRunner.run(["classify", Self.accounts, "--per-rep", "--format", "csv"])
        #expect(perRep.status == 0)
        let expected = Self.segments(perRep.stdout, rep: rep)
        #expect(expected.count >= 12)
        let directory = try BinaryRunner.temporaryDirectory()
        let out = directory.appendingPathComponent("scoped.csv")
        let result = try BinaryRunner.run(
            ["--ephemeral", "--file", Self.accounts], input: "rep \(typed)\nexport \(out.path)\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Working on \(rep)'s customers: \(expected.count), ranked as their own book"))
        let scoped = Self.segments(try String(contentsOf: out, encoding: .utf8))
        #expect(scoped == expected)
        // Ranked against the whole list some of them land elsewhere.
        let whole = Self.segments(try BinaryRunner.run(["classify", Self.accounts, "--format", "csv"]).stdout)
        #expect(expected.contains { whole[$0.key] != $0.value } || rep != "Darcel Schlecht")
    }

    @Test("--file with --rep opens a team export that lists a company under several reps: that rep's rows, ranked as classify --per-rep ranks them")
    func teamExportWithRepeatedCompanies() throws {
        let team = "examples/team/crm-by-rep.csv"
        let perRep = try BinaryRunner.run(["classify", team, "--per-rep", "--format", "csv"])
        let expected = Self.segments(perRep.stdout, rep: "Reed Clapper")
        #expect(expected.count == 29)
        let directory = try BinaryRunner.temporaryDirectory()
        let out = directory.appendingPathComponent("reed.csv")
        let result = try BinaryRunner.run(["--ephemeral", "--file", team, "--rep", "reed"], input: "export \(out.path)\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("lists some companies under several reps, so only Reed Clapper's 29 rows were loaded."))
        #expect(Self.segments(try String(contentsOf: out, encoding: .utf8)) == expected)
        // Without --rep the same file is refused with the way out, as before.
        let whole = try BinaryRunner.run(["--ephemeral", "--file", team], input: "")
        #expect(whole.stderr.contains("duplicate customer 'Acme Corporation'"))
    }

    @Test("the scope survives a restart, is kept through 'config reset', and 'rep all' ends it")
    func scopeIsKept() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let workspace = directory.appendingPathComponent("w.sqlite").path
        let first = try BinaryRunner.run(
            ["--workspace", workspace, "--file", Self.accounts, "--rep", "Darcel"], input: "config reset\n")
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let second = try BinaryRunner.run(["--workspace", workspace], input: "list\nrep all\nlist\n")
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(second.stdout.contains("27 of 27 customers"))
        #expect(second.stdout.contains("Working on the whole list: 85 customers."))
        #expect(second.stdout.contains("85 of 85 customers"))
    }

    @Test("an unknown rep gets 'did you mean', a customer outside the scope is named as another rep's")
    func unknownRepAndOutside() throws {
        let result = try BinaryRunner.run(
            ["--ephemeral", "--file", Self.accounts],
            input: "rep Darsel Schlecht\nrep Darcel Schlecht\nwhy Acme Corporation\nplanned add Acme Corporation 2\ncheck\n")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "error: no rep named 'Darsel Schlecht' in the list (did you mean 'Darcel Schlecht'?); 'rep' lists them"))
        #expect(
            result.stderr.contains(
                "error: 'Acme Corporation' is Daniell Hammack's customer, outside the current scope (Darcel Schlecht); 'rep Daniell Hammack' or 'rep all' to see it"
            ))
        #expect(result.stdout.contains("Planned 2 visits to Acme Corporation (Daniell Hammack's customer) in the week of 2026-11-30 (2026-W49, this week); Acme Corporation now has 2 planned that week."))
        #expect(result.stdout.contains("'Acme Corporation' is Daniell Hammack's customer, not in this rep's book"))
    }

    @Test("'summary by rep' has a row per rep; 'list --sort rep' groups the list by rep")
    func byRep() throws {
        let result = try BinaryRunner.run(
            ["--ephemeral", "--file", Self.accounts], input: "summary by rep\nlist --sort rep\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Darcel Schlecht") && $0.hasSuffix(" 27") })
        // In the list each rep's customers come together, reps in order.
        let cassey = lines.indices.filter { lines[$0].hasSuffix("Cassey Cress") }
        let vicki = lines.indices.filter { lines[$0].hasSuffix("Vicki Laflamme") }
        #expect(cassey.count == 12 && vicki.count == 12)
        #expect(cassey.last.map { $0 - (cassey.first ?? 0) } == 11)
        #expect((cassey.last ?? 0) < (vicki.first ?? 0))
    }

    @Test("a scoped session's check gives the one-shot check's shares and warnings for that rep")
    func checkAgreesWithOneShot() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let plan = directory.appendingPathComponent("plan.csv")
        try """
            customer,visits,rep
            Cancity,3,Darcel Schlecht
            Condax,2,Darcel Schlecht
            dambase,1,Darcel Schlecht
            Codehow,2,Darcel Schlecht
            Betatech,1,Darcel Schlecht
            Acme Corporation,1,Darcel Schlecht
            Konex,4,Kary Hendrixson

            """.write(to: plan, atomically: true, encoding: .utf8)
        let oneShot = try BinaryRunner.run(["check", plan.path, "--customers", Self.accounts])
        #expect(oneShot.status == 0, "stderr: \(oneShot.stderr)")
        let session = try BinaryRunner.run(
            ["--ephemeral", "--file", Self.accounts, "--rep", "Darcel Schlecht"],
            input: "planned load \(plan.path)\ncheck\n")
        #expect(session.status == 0, "stderr: \(session.stderr)")
        // The one-shot's Darcel row: A 22%, B 11%, C 56%, D 11% of 9 counted visits.
        let row = oneShot.stdout.split(separator: "\n").first { $0.hasPrefix("Darcel Schlecht") }.map(String.init) ?? ""
        #expect(row.contains("  22%  11%  56%  11%  "))
        for line in ["A        2 visits    22%", "B         1 visit    11%", "C        5 visits    56%", "D         1 visit    11%"] {
            #expect(session.stdout.contains(line), "\(line) not in \(session.stdout)")
        }
        for warning in [
            "C overweight: C gets 5 of 9 visits (56%)", "'Acme Corporation' is Daniell Hammack's customer, not in this rep's book",
        ] {
            #expect(oneShot.stdout.contains(warning))
            #expect(session.stdout.contains(warning))
        }
        #expect(!session.stdout.contains("Konex"))
    }

    @Test("questions are answered on the rep's own book")
    func questionsFollowTheScope() throws {
        let result = try BinaryRunner.run(
            ["--demo", "--rep", "佐々木"], input: "Aランクは何社？\nhow many customers are in C?\nrep all\nhow many customers are in C?\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("A：全23社中6社（26%）"))
        #expect(result.stdout.contains("C: 6 of your 23 customers (26%)"))
        #expect(result.stdout.contains("C: 10 of your 46 customers (22%)"))
    }

    @Test("a question about the list a rep's question just showed stays on that rep's customers")
    func followUpOnARepsList() throws {
        let result = try BinaryRunner.run(["--demo"], input: "佐々木さんのBの顧客は？\nその中で一番大きい会社は？\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // Both answers are on 佐々木 健's book, and the second ranks the first one's customers.
        #expect(lines.filter { $0.hasPrefix("（佐々木 健さんの担当先、リスト全体での分類）") }.count == 2, "\(result.stdout)")
        let listed = try #require(lines.first { $0.hasPrefix("Bの顧客") })
        let count = try #require(listed.firstMatch(of: #/中(\d+)社/#).map { String($0.1) })
        #expect(lines.contains { $0.hasPrefix("先ほどの\(count)社を売上高の大きい順に") }, "\(result.stdout)")
    }
}
