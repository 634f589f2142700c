import Foundation
import Testing

/// Two sessions open on one workspace, as two terminals of the same rep:
/// neither loses what the other confirmed, each sees the other's changes,
/// and undo only takes back one's own.
@Suite(.serialized) struct SharedWorkspaceTests {
    private let home: URL
    private let workspace: String

    init() throws {
        home = try BinaryRunner.temporaryDirectory()
        workspace = home.appendingPathComponent("shared.sqlite").path
        let seeded = try BinaryRunner.run(
            ["--workspace", workspace],
            input: """
                add Acme company_revenue=5000 employees=300 growth=2 orders=10 sales=9M profit=1M
                add Beta company_revenue=100 employees=20 growth=1 orders=50 sales=20M profit=3M
                add Gamma company_revenue=9000 employees=900 growth=5 orders=1 sales=1M profit=0.1M

                """, home: home)
        #expect(seeded.status == 0, "\(seeded.stderr)")
    }

    private func open() throws -> LiveSession {
        try LiveSession(arguments: ["--workspace", workspace], home: home)
    }

    private func show(_ name: String) throws -> String {
        try BinaryRunner.run(["--workspace", workspace], input: "show \(name)\n", home: home).stdout
    }

    @Test("edits to different fields of one customer from two sessions are both kept")
    func disjointEditsBothKept() throws {
        let first = try open()
        let second = try open()
        second.send("set Acme sales=1", until: "Updated Acme")
        first.send("set Acme employees=5", until: "Updated Acme")
        #expect(first.finish() == 0)
        #expect(second.finish() == 0)
        let shown = try show("Acme")
        #expect(shown.contains("employees        5\n"), "employees=5 was lost: \(shown)")
        #expect(shown.contains("our sales        1\n"), "sales=1 was lost: \(shown)")
    }

    @Test("a session is told of another's change before its next command, and sees it")
    func otherSessionsChangesAreSeen() throws {
        let first = try open()
        first.send("list", until: "Gamma")
        let second = try open()
        second.send("add Delta employees=3 sales=2", until: "Added Delta")
        let printed = first.send("list", until: "Delta")
        #expect(printed.contains("Another session changed the workspace: add 'Delta'"), "\(printed)")
        #expect(printed.contains("3 → 4 customers"), "\(printed)")
        _ = first.finish()
        _ = second.finish()
    }

    @Test("set on a customer another session removed is refused, and does not bring it back")
    func setAfterRemoveElsewhere() throws {
        let first = try open()
        first.send("list", until: "Gamma")
        let second = try open()
        second.send("remove Gamma", until: "Removed")
        _ = second.finish()
        let printed = first.send("set Gamma sales=5", until: "error:")
        #expect(printed.contains("no customer named 'Gamma'") || printed.contains("no longer in the list"), "\(printed)")
        _ = first.finish()
        let list = try BinaryRunner.run(["--workspace", workspace], input: "list\n", home: home).stdout
        #expect(!list.contains("Gamma"), "\(list)")
    }

    @Test("set on a customer another session renamed changes the renamed one, never a duplicate")
    func setAfterRenameElsewhere() throws {
        let first = try open()
        first.send("list", until: "Beta")
        let second = try open()
        second.send("rename Beta \"Beta Holdings\"", until: "Renamed")
        _ = second.finish()
        // The rename is noticed before the command; the old name now reads as
        // the short form of the new one, and the session says which it took.
        let printed = first.send("set Beta sales=5", until: "Updated")
        #expect(printed.contains("rename 'Beta' to 'Beta Holdings'"), "\(printed)")
        #expect(printed.contains("(taken as Beta Holdings)\nUpdated Beta Holdings."), "\(printed)")
        _ = first.finish()
        let list = try BinaryRunner.run(["--workspace", workspace], input: "summary\nlist\n", home: home).stdout
        #expect(list.contains("Beta Holdings"))
        #expect(list.components(separatedBy: "Beta").count == 2, "one Beta row only: \(list)")
    }

    @Test("undo takes back this session's change, never the other session's")
    func undoIsPerSession() throws {
        let first = try open()
        let second = try open()
        first.send("set Acme orders=11", until: "Updated Acme")
        second.send("set Gamma orders=2", until: "Updated Gamma")
        let undone = first.send("undo", until: "Undid")
        #expect(undone.contains("change 'Acme'"), "\(undone)")
        // Next come changes made before this session opened (the seeding
        // session's); the other open session's change is never among them.
        let next = first.send("undo", until: "ndo")
        #expect(!next.contains("Undid: change 'Gamma'"), "\(next)")
        _ = first.finish()
        _ = second.finish()
        let gamma = try show("Gamma")
        #expect(gamma.contains("orders           2\n"), "\(gamma)")
    }

    @Test("undo is refused when another session has since changed the same customer")
    func undoRefusedOverOthersWork() throws {
        let first = try open()
        let second = try open()
        first.send("set Acme orders=11", until: "Updated Acme")
        second.send("set Acme profit=7M", until: "Updated Acme")
        let refused = first.send("undo", until: "error:")
        #expect(refused.contains("cannot undo"), "\(refused)")
        _ = first.finish()
        _ = second.finish()
        let acme = try show("Acme")
        #expect(acme.contains("our profit       7M"), "\(acme)")
        #expect(acme.contains("orders           11"), "\(acme)")
    }

    @Test("add of a name another session added meanwhile is refused and keeps theirs")
    func addRace() throws {
        let first = try open()
        first.send("list", until: "Gamma")
        let second = try open()
        second.send("add Epsilon sales=3", until: "Added")
        _ = second.finish()
        let printed = first.send("add Epsilon sales=99", until: "error:")
        #expect(printed.contains("already in the list"), "\(printed)")
        _ = first.finish()
        let epsilon = try show("Epsilon")
        #expect(!epsilon.contains("99"), "\(epsilon)")
    }

    @Test("a merge load keeps what another session confirmed while the file was read")
    func mergeLoadKeepsConcurrentEdits() throws {
        var csv = "name,sales\n"
        for i in 0..<80_000 { csv += "Bulk \(i),\(i)\n" }
        let file = home.appendingPathComponent("bulk.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let loader = try open()
        let editor = try open()
        // The edits land while the loader is still reading and merging the file.
        let loading = DispatchQueue.global()
        let done = DispatchSemaphore(value: 0)
        loading.async {
            loader.send("load \(file.path)", until: "Merged", timeout: 120)
            done.signal()
        }
        Thread.sleep(forTimeInterval: 0.3)
        editor.send("add Zeta sales=4", until: "Added Zeta")
        editor.send("set Acme growth=9", until: "Updated Acme")
        done.wait()
        _ = loader.finish()
        _ = editor.finish()
        let check = try BinaryRunner.run(["--workspace", workspace], input: "show Zeta\nshow Acme\nsummary\n", home: home)
        #expect(check.stdout.contains("Zeta is not classified"), "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("growth           9%"), "\(check.stdout)")
        #expect(check.stdout.contains("80004"), "\(check.stdout)")
    }
}
