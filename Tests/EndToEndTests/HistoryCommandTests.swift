import Foundation
import Testing

/// The segment history through the binary: a workspace that keeps what each
/// load changed, `moves` and `history` reading it back after a restart,
/// `summary` counting this quarter's B→A, and undo taking a load's moves back.
@Suite struct HistoryCommandTests {
    /// A book of four with no visit dates (so any "today" works): Acme and
    /// Beta are B in the first export; in the second, Acme's orders and
    /// sales have grown (B→A) and Delta's have gone (A→B).
    static let first = """
        name,employees,orders,sales
        Acme,900,2,100
        Beta,800,3,150
        Cozy,20,40,9000
        Delta,950,50,9500
        Echo,10,1,50

        """
    static let second = """
        name,employees,orders,sales
        Acme,900,60,12000
        Beta,800,3,150
        Cozy,20,40,9000
        Delta,950,1,10
        Echo,10,1,50

        """

    static func files() throws -> (directory: String, workspace: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("salescoach-history-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try first.write(toFile: directory + "/q1.csv", atomically: true, encoding: .utf8)
        try second.write(toFile: directory + "/q2.csv", atomically: true, encoding: .utf8)
        return (directory, directory + "/ws.sqlite")
    }

    @Test("loads dated with --as-of build a history that moves, history and summary read back after a restart, in both languages")
    func buildAndReadBack() throws {
        let (directory, workspace) = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let july = ["SALESCOACH_TODAY": "2026-07-15"]
        let building = try BinaryRunner.run(["--workspace", workspace], input: """
            load \(directory)/q1.csv --as-of 2026-04-01
            visit Acme 2026-05-10
            visit Acme 2026-06-02
            load \(directory)/q2.csv --as-of 2026-06-30

            """, environment: july)
        #expect(building.status == 0, "stderr: \(building.stderr)")

        let reading = try BinaryRunner.run(
            ["--workspace", workspace], input: "moves this year\nhistory acme\nmoves\nsummary\nactual --from 2026-04-01 --to 2026-06-29\nvisits\n",
            environment: july)
        #expect(reading.status == 0, "stderr: \(reading.stderr)")
        let lines = reading.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Segment moves this year (since 2026-01-01): B→A 1 · A→B 1  (day of the move, objective / record scores)"))
        #expect(lines.contains { $0.hasPrefix("  B→A  2026-06-30") && $0.hasSuffix("Acme — after 2 visits in B") })
        #expect(lines.contains { $0.hasPrefix("  A→B  2026-06-30") && $0.contains("Delta — a key account slipped") })
        #expect(lines.contains("Acme over time (segment, objective / record scores):"))
        #expect(lines.contains { $0.hasPrefix("  2026-04-01  B  ") && $0.hasSuffix("q1.csv") })
        #expect(lines.contains("              2 visits: 2026-05-10, 2026-06-02"))
        #expect(lines.contains { $0.hasPrefix("  2026-06-30  A  ") && $0.contains("(B→A)") })
        #expect(lines.contains("No customer changed segment this quarter (since 2026-07-01)."))
        #expect(lines.contains("This quarter (since 2026-07-01): 0 B→A moves; 0 visits spent in B. 'moves' lists every change."))
        // Acme is A now, but its visits of May and June were time in B.
        #expect(lines.contains("B: policy 50%, visited 100% (2 visits)"))
        #expect(lines.filter { $0.contains("  B  Acme") }.count == 2, "\(lines)")

        let june = try BinaryRunner.run(["--workspace", workspace, "--lang", "ja"], input: "summary\nmoves\n", environment: ["SALESCOACH_TODAY": "2026-06-30"])
        #expect(june.stdout.contains("今四半期（2026-04-01以降）：B→A 1社（Acme）、Bへの訪問 2回。一覧は 'moves'。"))
        #expect(june.stdout.contains("領域の移動 今四半期（2026-04-01以降）：B→A 1 · A→B 1"))
        #expect(june.stdout.contains("月ごとのB→A："))
    }

    @Test("undo of a load takes its moves back, and an --as-of before the history's last day is refused with nothing loaded")
    func undoAndOrder() throws {
        let (directory, workspace) = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let today = ["SALESCOACH_TODAY": "2026-07-15"]
        let result = try BinaryRunner.run(["--workspace", workspace], input: """
            load \(directory)/q1.csv --as-of 2026-04-01
            load \(directory)/q2.csv --as-of 2026-06-30
            load \(directory)/q1.csv --as-of 2026-05-01
            moves this year
            undo
            moves this year
            list

            """, environment: today)
        #expect(result.status == 1)
        #expect(result.stderr.contains(
            "error: --as-of 2026-05-01: the history already has a snapshot on 2026-06-30; load older exports first, oldest to newest (nothing was loaded)"))
        let out = result.stdout
        #expect(out.contains("Segment moves this year (since 2026-01-01): B→A 1 · A→B 1"))
        #expect(out.contains("No customer changed segment this year (since 2026-01-01)."))
        // The book is the first export again: Delta is A.
        #expect(out.split(separator: "\n").contains { $0.hasPrefix("Delta") && $0.contains(" A ") })
    }

    @Test("the manager's views add each rep's B→A moves this quarter: summary by rep in a session, team --history from the workspace")
    func perRep() throws {
        let (directory, workspace) = try Self.files()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        func withReps(_ csv: String) -> String {
            csv.split(separator: "\n").enumerated().map { index, line in
                index == 0 ? line + ",rep" : line + (line.hasPrefix("Acme") || line.hasPrefix("Cozy") ? ",Sato" : ",Kim")
            }.joined(separator: "\n") + "\n"
        }
        try withReps(Self.first).write(toFile: directory + "/t1.csv", atomically: true, encoding: .utf8)
        try withReps(Self.second).write(toFile: directory + "/t2.csv", atomically: true, encoding: .utf8)
        let june = ["SALESCOACH_TODAY": "2026-06-30"]
        let session = try BinaryRunner.run(["--workspace", workspace], input: """
            load \(directory)/t1.csv --as-of 2026-04-01
            load \(directory)/t2.csv
            summary by rep

            """, environment: june)
        #expect(session.status == 0, "stderr: \(session.stderr)")
        let rows = session.stdout.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("Rep") && $0.hasSuffix("B→A this quarter") })
        #expect(rows.contains { $0.hasPrefix("Sato") && $0.hasSuffix(" 1") })
        #expect(rows.contains { $0.hasPrefix("Kim") && $0.hasSuffix(" 0") })

        let team = try BinaryRunner.run(["team", directory + "/t2.csv", "--history", workspace], environment: june)
        #expect(team.status == 0, "stderr: \(team.stderr)")
        let lines = team.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("B→A moves this quarter (since 2026-04-01), by rep:"))
        #expect(lines.contains { $0.hasPrefix("  Sato") && $0.hasSuffix("1  (Acme)") })
        #expect(lines.contains { $0.hasPrefix("  Kim") && $0.hasSuffix(" 0") })
        #expect(lines.contains { $0.hasPrefix("2026-06") && $0.hasSuffix("1 B→A") })

        let missing = try BinaryRunner.run(["team", directory + "/t2.csv", "--history", directory + "/none.sqlite"], environment: june)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("--history: no workspace at"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/none.sqlite"))
    }
}
