import Foundation
import Testing

/// A session keeps the book as `check` read it (the planner's order of every
/// customer, each name's key) between commands. Whatever changes the book,
/// the visits or the settings must still show in the next `check`: after
/// each change, a session that checked before it answers exactly as one
/// that never did. (Today is Wednesday 2026-12-09.)
@Suite struct PlanCheckAfterChangeTests {
    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        Harbor View Hotel,9000,450,5.0,14,6000,1500,2026-11-25,Emily
        ラーメン一蘭堂,2000,100,5.0,12,3400,820,2026-09-18,Emily
        久留米給食株式会社,4100,200,1.0,35,14000,2600,2026-10-20,Emily
        ザ・ロイヤル中洲,7200,350,4.0,10,3000,700,2026-10-30,Emily
        キャナル・ダイニング,2200,110,9.0,4,1100,260,2026-08-12,Emily
        ホテルサンライズ小倉,3500,180,4.5,7,2000,480,,Sarah
        百道浜ブライダルホール,2600,130,-2.0,3,900,210,2026-08-25,Sarah
        Fukuoka Curry House,500,26,6.5,5,1200,280,2026-10-10,Sarah
        やきとり鳥よし,250,15,2.0,28,4800,1350,2026-12-07,Sarah
        居酒屋はなまる,600,30,3.0,11,2600,650,2026-11-02,Sarah
        """

    static let plan = """
        customer,visits
        Harbor View Hotel,2
        ラーメン一蘭堂,1
        キャナル・ダイニング,1
        やきとり鳥よし,2
        居酒屋はなまる,1
        New Harbor Cafe,1
        """

    /// A file `load` merges: one planned customer's values changed, one new customer.
    static let update = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        居酒屋はなまる,9900,900,20.0,40,16000,4000,2026-11-02,Sarah
        New Harbor Cafe,8000,400,10.0,30,9000,2000,,Emily
        """

    private struct Files {
        let book: URL
        let plan: URL
        let update: URL
    }

    private func files() throws -> Files {
        let directory = try BinaryRunner.temporaryDirectory()
        let files = Files(
            book: directory.appendingPathComponent("book.csv"), plan: directory.appendingPathComponent("plan.csv"),
            update: directory.appendingPathComponent("update.csv"))
        try (Self.book + "\n").write(to: files.book, atomically: true, encoding: .utf8)
        try (Self.plan + "\n").write(to: files.plan, atomically: true, encoding: .utf8)
        try (Self.update + "\n").write(to: files.update, atomically: true, encoding: .utf8)
        return files
    }

    /// The standard output of a session on a fresh workspace holding the book.
    private func session(_ lines: [String], _ files: Files) throws -> String {
        let result = try BinaryRunner.run(
            ["--ephemeral", "--file", files.book.path, "--lang", "en"], input: lines.map { $0 + "\n" }.joined(),
            environment: ["SALESCOACH_TODAY": "2026-12-09"])
        return result.stdout
    }

    /// Checks that `change` shows in a `check` made after a `check` before
    /// it; `moves` says whether the change alters what the check says.
    private func expectSeen(_ change: [String], moves: Bool = true) throws {
        try expectSeen(moves: moves) { _ in change }
    }

    private func expectSeen(moves: Bool = true, _ lines: (Files) -> [String]) throws {
        let files = try files()
        let check = "check \(files.plan.path)"
        let change = lines(files)
        let start = try session([], files)
        let before = try session([check], files)
        let fresh = try session(change + [check], files)
        let kept = try session([check] + change + [check], files)
        #expect(before.hasPrefix(start) && fresh.hasPrefix(start), "\(before)\n\(fresh)")
        // The session that checked first says what the one that did not says.
        #expect(kept == before + fresh.dropFirst(start.count), "\(kept)\n---\n\(fresh)")
        if moves {
            #expect(!fresh.hasSuffix(before.dropFirst(start.count)), "the change did not alter the check: \(fresh)")
        }
    }

    @Test("set: a planned customer's new values change its segment in the next check")
    func set() throws {
        try expectSeen(["set \"Harbor View Hotel\" company_revenue=1 employees=1 growth=-40 orders=1 sales=1 profit=1"])
    }

    @Test("add: a planned name the book lacked is counted once added")
    func add() throws {
        try expectSeen(["add \"New Harbor Cafe\" company_revenue=8000 employees=400 growth=10 orders=30 sales=9000 profit=2000"])
    }

    @Test("remove: a planned customer removed is no longer in the book")
    func remove() throws {
        try expectSeen(["remove ラーメン一蘭堂"])
    }

    @Test("rename: the old name is no longer in the book, the new one is")
    func rename() throws {
        try expectSeen(["rename \"Harbor View Hotel\" \"New Harbor Cafe\""])
    }

    @Test("load: a merged file's changed and new customers show")
    func load() throws {
        try expectSeen { files in ["load \(files.update.path)"] }
    }

    @Test("config set: a new policy gives the check's shares and warnings")
    func configSet() throws {
        try expectSeen(["config set plan.max_share_c=50 plan.follow_up_weeks_a=12"])
    }

    @Test("undo: a change undone is undone in the check too")
    func undo() throws {
        try expectSeen(moves: false) { files in
            ["set \"Harbor View Hotel\" company_revenue=1 employees=1 growth=-40 orders=1 sales=1 profit=1", "check \(files.plan.path)", "undo"]
        }
    }

    @Test("visit and rep: a logged visit and another rep's scope show")
    func visitAndRep() throws {
        try expectSeen(["visit ラーメン一蘭堂 2026-12-08"], moves: false)
        try expectSeen(["rep Sarah"])
    }
}
