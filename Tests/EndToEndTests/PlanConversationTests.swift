import Foundation
import Testing

/// A rep's week in plain words through the binary: changing the plan just
/// shown, checking the plan for next week, a rep named in kanji when the
/// file spells it in romaji, a question about the whole team from one rep's
/// book, and several visits told at once. (Today is Monday 2026-11-30.)
@Suite struct PlanConversationTests {
    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        Big Foods,9000,900,5,40,90000,20000,2026-11-02,Tanaka
        Sakura Hotel,8000,800,6,2,3000,500,2026-10-01,Tanaka
        丸井商店,100,8,-2,50,40000,9000,2026-11-20,Tanaka
        鈴木商店,80,6,-3,45,35000,8000,2026-11-25,Tanaka
        Harbor Grill,9500,950,4,42,95000,21000,2026-11-10,Suzuki
        Tokyo Bay Dining,8500,850,7,3,4000,600,2026-09-15,Suzuki
        やまびこ食堂,50,5,-5,2,1500,200,2026-09-03,Suzuki
        株式会社ひまわり給食,7300,520,3,0,0,0,,Ito
        田中酒店,60,4,-2,3,2000,300,2026-10-20,Ito
        Ocean Cafe,300,30,1,20,20000,4000,2026-11-12,Ito
        """

    private func session(_ lines: [String]) throws -> BinaryRunner.Result {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("book.csv")
        try (Self.book + "\n").write(to: file, atomically: true, encoding: .utf8)
        return try BinaryRunner.run(["--ephemeral", "--file", file.path], input: lines.joined(separator: "\n") + "\n")
    }

    @Test("'add X to it' after a plan adds the customer to that plan and checks it; a name the book lacks creates nothing")
    func addToThePlan() throws {
        let result = try session([
            "I'm Tanaka", "plan 3 visits next week", "add Marui Shoten to it, the owner is an old friend",
            "is it ok now?", "add Foo Bar Trading to the plan", "rep all", "list",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Planned 1 visit to 丸井商店 (C) in the week of 2026-12-07"), "\(result.stdout)")
        #expect(result.stdout.contains("no customer was created"), "\(result.stdout)")
        #expect(!result.stdout.contains("I can't answer that"), "'is it ok now?' after the change checks the plan: \(result.stdout)")
        #expect(!result.stdout.contains("Added"), "\(result.stdout)")
        #expect(result.stdout.contains("10 of 10 customers"), "the book keeps its ten customers: \(result.stdout)")
    }

    @Test("'drop those two again' takes the customers just added back out of the plan")
    func dropAgain() throws {
        let result = try session([
            "I'm Tanaka", "plan my week", "add 丸井商店 and 鈴木商店 to the plan", "ok drop those two again", "planned list",
        ])
        #expect(result.stdout.contains("Removed the planned visits to 丸井商店"), "\(result.stdout)")
        #expect(result.stdout.contains("Removed the planned visits to 鈴木商店"), "\(result.stdout)")
    }

    @Test("'is it ok?' and 'and the rest?' right after a plan for next week are about next week's plan")
    func nextWeeksPlan() throws {
        let result = try session(["plan next week", "is it ok?", "and the rest?"])
        #expect(result.stdout.contains("Nothing is entered as planned for the week of 2026-12-07"), "\(result.stdout)")
        #expect(result.stdout.contains("Not in the plan for the week of 2026-12-07"), "\(result.stdout)")
    }

    @Test("a rep the file spells 'Suzuki' is found as 鈴木, and 鈴木商店 stays a customer")
    func kanjiRep() throws {
        let result = try session(["鈴木です", "私の担当でBの顧客は？", "rep all", "compare Suzuki and Ito"])
        #expect(result.stdout.contains("Suzukiさんの担当先3社"), "\(result.stdout)")
        #expect(result.stdout.contains("Tokyo Bay Dining"), "\(result.stdout)")
        #expect(result.stdout.contains("Suzuki and Ito, side by side"), "\(result.stdout)")
        #expect(!result.stdout.contains("taken as 鈴木商店"), "\(result.stdout)")
    }

    @Test("a question about the whole team is answered on the whole list while working on one rep's customers")
    func wholeTeam() throws {
        let result = try session(["I'm Tanaka", "does anyone on the team have a customer with no orders at all?", "how many customers do I have?"])
        #expect(result.stdout.contains("(the whole team's list)"), "\(result.stdout)")
        #expect(result.stdout.contains("株式会社ひまわり給食"), "\(result.stdout)")
        // The scope stays for the next question.
        #expect(result.stdout.contains("4 customers") || result.stdout.contains("of your 4"), "\(result.stdout)")
    }

    @Test("two customers visited together are both logged")
    func twoVisits() throws {
        let result = try session(["I visited Harbor Grill and Tokyo Bay Dining today", "visits"])
        #expect(result.stdout.contains("Logged a visit to Harbor Grill"), "\(result.stdout)")
        #expect(result.stdout.contains("Logged a visit to Tokyo Bay Dining"), "\(result.stdout)")
    }

    @Test("a total asked for gives the amount, and the team's by rep")
    func totals() throws {
        let result = try session(["what's our total sales across the team?"])
        #expect(result.stdout.contains("290,500 in total"), "\(result.stdout)")
        #expect(result.stdout.contains("By rep: Tanaka 168,000 (4 customers) · Suzuki 100,500 (3 customers) · Ito 22,000 (3 customers)"), "\(result.stdout)")
    }
}
