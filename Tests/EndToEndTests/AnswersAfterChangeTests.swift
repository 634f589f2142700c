import Foundation
import Testing

/// A session keeps the planner's candidates and the assistant's order of
/// each segment between commands, and after a `set` updates them for the
/// customers that changed instead of making them again. Whatever changes
/// the book, the visits or the settings, a session that asked and planned
/// before the change answers after it exactly as one that never did.
/// (Today is Wednesday 2026-12-09.)
@Suite struct AnswersAfterChangeTests {
    static let book = PlanCheckAfterChangeTests.book

    /// What is asked before and after the change: a question that plans,
    /// the plan, the check of a plan file, a segment's order, the planner's
    /// order and a question in Japanese. (No plan is accepted: a session
    /// that saw its saved plan differ from a new one says so only once.)
    static func asked(plan: URL) -> [String] {
        [
            "who should I visit this week?", "plan", "check \(plan.path)", "which B customers have the most upside?",
            "list --sort priority", "Harbor View Hotelはなぜこの区分？",
        ]
    }

    /// The standard output of a session on a fresh workspace holding the book.
    private func session(_ lines: [String], book: URL) throws -> String {
        let result = try BinaryRunner.run(
            ["--ephemeral", "--file", book.path, "--lang", "en"], input: lines.map { $0 + "\n" }.joined(),
            environment: ["SALESCOACH_TODAY": "2026-12-09"])
        return result.stdout
    }

    /// Checks that `change` shows in everything asked after it in a session
    /// that asked the same before it; `moves` says whether the change alters the answers.
    private func expectSeen(_ change: [String], moves: Bool = true) throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let book = directory.appendingPathComponent("book.csv")
        let plan = directory.appendingPathComponent("plan.csv")
        try (Self.book + "\n").write(to: book, atomically: true, encoding: .utf8)
        try (PlanCheckAfterChangeTests.plan + "\n").write(to: plan, atomically: true, encoding: .utf8)
        let asked = Self.asked(plan: plan)
        let start = try session([], book: book)
        let before = try session(asked, book: book)
        let fresh = try session(change + asked, book: book)
        let kept = try session(asked + change + asked, book: book)
        #expect(before.hasPrefix(start) && fresh.hasPrefix(start), "\(before)\n\(fresh)")
        // The session that asked first says what the one that did not says.
        #expect(kept == before + fresh.dropFirst(start.count), "\(kept)\n---\n\(before)\n---\n\(fresh)")
        if moves {
            #expect(!fresh.hasSuffix(before.dropFirst(start.count)), "the change did not alter the answers: \(fresh)")
        }
    }

    @Test("set: a customer's new values move it in the plan, the check and the order", arguments: [
        "set \"Harbor View Hotel\" company_revenue=1 employees=1 growth=-40 orders=1 sales=1 profit=1",
        "set 居酒屋はなまる orders=40 sales=16000",
        "set ラーメン一蘭堂 orders=11",
    ])
    func set(_ change: String) throws {
        try expectSeen([change])
    }

    @Test("set twice before the next question: both changes show")
    func setTwice() throws {
        try expectSeen(["set ラーメン一蘭堂 orders=40 sales=20000", "set キャナル・ダイニング growth=-20 profit=10"])
    }

    @Test("set of what the planner reads besides the scores: the last visit, a note, the rep")
    func setOtherFields() throws {
        try expectSeen(["set ラーメン一蘭堂 last_visit=2026-12-08"])
        try expectSeen(["set 居酒屋はなまる notes=\"asked for a quote\""], moves: false)
        try expectSeen(["set \"Harbor View Hotel\" rep=Sarah"])
    }

    @Test("set that takes a customer's segment away, and one that gives it back")
    func setUnclassified() throws {
        try expectSeen(["set \"Harbor View Hotel\" orders= growth= sales= profit= company_revenue= employees="])
    }

    @Test("add, remove, rename, undo, a logged visit, a setting and another rep's scope")
    func otherChanges() throws {
        try expectSeen(["add \"New Harbor Cafe\" company_revenue=8000 employees=400 growth=10 orders=30 sales=9000 profit=2000"])
        try expectSeen(["remove ラーメン一蘭堂"])
        try expectSeen(["rename \"Harbor View Hotel\" \"Harbour View Hotel\""])
        try expectSeen(["set \"Harbor View Hotel\" orders=1 sales=1", "undo"], moves: false)
        try expectSeen(["visit ラーメン一蘭堂 2026-12-08"])
        try expectSeen(["config set plan.max_share_c=50 plan.follow_up_weeks_a=12"])
        try expectSeen(["rep Sarah"])
    }
}
