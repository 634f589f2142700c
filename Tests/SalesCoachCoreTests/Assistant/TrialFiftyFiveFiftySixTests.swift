import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Chiba and Ibaraki book, kept open all week by one rep:
/// a day dropped from a plan already cut to two days, "ok and next week?",
/// the hours a plan takes, a company typed in English that starts like a
/// customer, where to put the effort this month, how a new hire learns.
@Suite struct TrialFiftyFiveTests {
    static let book = AssistantData.trialBook(TrialBooks.chibaIbaraki, source: "chiba.csv")

    static func ask(_ lines: [String]) -> Answer { book.answerToLast(of: lines) }

    @Test("'drop thursday too' after 10 visits on the two days left keeps their pace on the one day left, and says so")
    func dayDroppedKeepsThePace() throws {
        var data = Self.book
        data.shownPlan = ShownPlan(visits: 10, onlyDays: [1, 2, 3, 4], perDay: nil)
        var context = ConversationContext()
        _ = Assistant.answer("Plan my week, 10 visits, I'm off on Friday", context: &context, data: Self.book)
        let answer = Assistant.answer("drop thursday too", context: &context, data: data)
        let plan = try #require(answer.data.lazy.compactMap { if case .plan(let plan) = $0 { plan } else { nil } }.first)
        #expect(plan.capacity == 5, "\(answer.text)")
        #expect(plan.picks.allSatisfy { $0.day == LocalDate(year: 2026, month: 12, day: 9)! }, "\(answer.text)")
        #expect(answer.lines.contains { $0.hasPrefix("Without that day, 1 day is left this week (Wed 12-09): 5 of the 10 visits") }, "\(answer.text)")
        // Three visits fit the two days left at the usual two a day: still three, nothing said.
        data.shownPlan = ShownPlan(visits: 3, onlyDays: nil, perDay: nil)
        _ = Assistant.answer("plan 3 visits", context: &context, data: Self.book)
        let small = Assistant.answer("drop thursday", context: &context, data: data)
        let three = try #require(small.data.lazy.compactMap { if case .plan(let plan) = $0 { plan } else { nil } }.first)
        #expect(three.capacity == 3, "\(small.text)")
        #expect(!small.text.contains("Without that day"), "\(small.text)")
    }

    @Test("'ok and next week?' after a plan asks for next week's plan, not whether the plan is ok")
    func acknowledgementIsNoCheck() {
        let answer = Self.ask(["plan my week", "ok and next week?"])
        #expect(answer.interpretation.intent == .weeklyPlan, "\(answer.text)")
        #expect(!answer.text.contains("The plan is sound"), "\(answer.text)")
    }

    @Test("an acknowledgement at the front is dropped, unless it is all there is or starts a customer's name",
          arguments: [
            ("ok and next week?", "and next week?"),
            ("Okay, plan 6 visits", "plan 6 visits"),
            ("thanks! now the C customers", "now the C customers"),
            ("了解、じゃあ来週は？", "じゃあ来週は？"),
            ("ok?", "ok?"),
            ("okamoto's plan", "okamoto's plan"),
          ])
    func acknowledgementStripped(line: String, expected: String) {
        #expect(Acknowledgement.stripped(line, customerNames: ["株式会社常総ロジテック"]) == expected)
        // With a customer "OK Foods", "ok" may be its name.
        #expect(Acknowledgement.stripped("OK Foods sales?", customerNames: ["OK Foods"]) == "OK Foods sales?")
        #expect(Acknowledgement.stripped("ok and next week?", customerNames: ["OK Foods"]) == "ok and next week?")
    }

    @Test("how long a plan takes is read with the visit's length said in either language")
    func planHoursRead() {
        #expect(PlanHoursQuestion.asks("1件1時間半として全部で何時間かかる？"))
        #expect(PlanHoursQuestion.visitLength(in: "1件1時間半として全部で何時間かかる？") == 1.5)
        #expect(PlanHoursQuestion.asks("それ何時間くらい？"))
        #expect(PlanHoursQuestion.visitLength(in: "それ何時間くらい？") == nil)
        #expect(PlanHoursQuestion.asks("how many hours is that at 90 minutes a visit?"))
        #expect(PlanHoursQuestion.visitLength(in: "how many hours is that at 90 minutes a visit?") == 1.5)
        #expect(PlanHoursQuestion.visitLength(in: "2 hours per visit, how long in total?") == 2)
        // The week's hours given are a plan to make, not a question about one.
        #expect(!PlanHoursQuestion.asks("I have 9 hours this week, how many hours should go to B?"))
        #expect(!PlanHoursQuestion.asks("why is it in the plan?"))
    }

    @Test("the hours a plan takes: the total, then each day")
    func planHoursAnswer() {
        let wednesday = LocalDate(year: 2026, month: 12, day: 9)!
        let picks = [
            PlanPick(customer: "水戸薬品株式会社", segment: .a, reason: .upside(rank: 1, of: 1), day: wednesday),
            PlanPick(customer: "株式会社飯田製作所", segment: .b, reason: .upside(rank: 1, of: 1), day: wednesday),
            PlanPick(customer: "船橋港運株式会社", segment: .b, reason: .upside(rank: 1, of: 1), day: wednesday.adding(days: 1)),
        ]
        #expect(PlanHoursQuestion.lines(picks: picks, hoursPerVisit: 1.5, given: true, language: .ja) == [
            "先ほどの計画は3件 × 1件1.5時間 = 訪問だけで計4.5時間です（移動時間は含みません）。",
            "  12/9(水)  2件、3時間",
            "  12/10(木)  1件、1.5時間",
        ])
        let english = PlanHoursQuestion.lines(picks: picks, hoursPerVisit: 1.5, given: false, language: .en)
        #expect(english.first == "The plan just shown: 3 visits × 1.5 hours (plan.hours_per_visit) = 4.5 hours of visits, travel between them not counted.")
    }

    @Test("'Chiba Steel Corporation' is not in the list, and ちば農業協同組合 is only offered")
    func companyTypedInEnglishThatStartsLikeACustomer() {
        let answer = Self.ask(["What segment is Chiba Steel Corporation?"])
        #expect(answer.text.hasPrefix("“Chiba Steel Corporation” is not in your customer list."), "\(answer.text)")
        #expect(!answer.text.contains("is in B"), "\(answer.text)")
        // The customer's own name, legal form and all, is still that customer.
        let own = Self.ask(["why is narita logistics partners co. in C?"])
        #expect(own.interpretation.customers == ["Narita Logistics Partners"], "\(own.text)")
    }

    @Test("「今月どこに力いれればいい？」 and 'what should I focus on this week?' are where the time goes, not a segment or a plan")
    func focusAskedPlainly() {
        #expect(Self.ask(["今月どこに力いれればいい？"]).interpretation.customerList == .focus)
        let week = Self.ask(["What should I focus on this week?"])
        #expect(week.interpretation.customerList == .focus, "\(week.text)")
        #expect(Self.ask(["plan my week, focus on B"]).interpretation.intent == .weeklyPlan)
    }

    @Test("「新人なんですけど、この方法の勉強ってどうやればいいですか？」 is the method's page with the lesson")
    func newHireAsksHowToLearn() {
        let answer = Self.ask(["新人なんですけど、この方法の勉強ってどうやればいいですか？"])
        #expect(answer.interpretation.intent.kind == .method, "\(answer.text)")
        #expect(answer.interpretation.asksLesson, "\(answer.text)")
        #expect(Self.ask(["how do I learn the method?"]).interpretation.asksLesson)
    }
}

/// A fresh trial on a Hiroshima and Okayama book, mostly a manager's weekly
/// review in Japanese: each rep's C share against the policy, who needs
/// help and a word for each rep, a breakdown asked after a lead-in, a
/// follow-up on what would make a customer an A, and an unknown company typed
/// with a space before its particle.
@Suite struct TrialFiftySixTests {
    static let book = AssistantData.trialBook(TrialBooks.hiroshimaOkayama, source: "hiroshima.csv")

    static func ask(_ lines: [String]) -> Answer { book.answerToLast(of: lines) }

    @Test("「じゃあ何をすればAになる？」 after why a customer is in B is what would take that customer to A")
    func whatMakesItAnA() {
        let answer = Self.ask(["中国精密機械はなんでB？", "じゃあ何をすればAになる？"])
        #expect(answer.interpretation.intent.kind == .whatWouldItTake, "\(answer.text)")
        #expect(answer.interpretation.customers == ["中国精密機械株式会社"], "\(answer.text)")
    }

    @Test("「C比率はポリシー内？」 asks for the verdict against the policy")
    func shareAgainstThePolicy() {
        let answer = Self.ask(["C比率はポリシー内？"])
        #expect(answer.interpretation.asksTooMuch, "\(answer.text)")
    }

    @Test("「誰を一番サポートすべき？」 and 「各担当に一言ずつ伝えることは？」 are each rep by need, with what to work on",
          arguments: ["誰を一番サポートすべき？何を？", "各担当に一言ずつ伝えることは？", "what should I tell each rep?"])
    func whoNeedsHelp(question: String) {
        let answer = Self.ask([question])
        #expect(answer.interpretation.customerList == .repBreakdown, "\(answer.text)")
        #expect(answer.interpretation.asksHelp, "\(answer.text)")
        #expect(answer.text.contains("藤井 誠"), "\(answer.text)")
    }

    @Test("a lead-in about the meeting being prepared is no company: the breakdown per rep is answered")
    func breakdownAfterALeadIn() {
        let answer = Self.ask(["週次レビューの準備をしてます。担当者ごとの顧客数とセグメント内訳を出して"])
        #expect(answer.interpretation.customerList == .repBreakdown, "\(answer.text)")
        #expect(answer.text.contains("Okamoto Yukiさん — A 4 · B 3 · C 3 · D 5（計16社、うち未分類1社）、当社売上1.55億"), "\(answer.text)")
    }

    @Test("「広島ガス株式会社 はどのセグメント？」 with a space before は is a company not in the list")
    func unknownCompanyWithASpace() {
        let answer = Self.ask(["広島ガス株式会社 はどのセグメント？"])
        #expect(answer.text.hasPrefix("「広島ガス株式会社」は顧客リストにありません。"), "\(answer.text)")
    }

    @Test("a rep's family name alone that a customer's name holds too is neither, until the line settles it")
    func repOrCustomer() throws {
        let reps = ["藤井 誠", "Okamoto Yuki", "Emily Carter"]
        let names = ["藤井製作所株式会社", "中国精密機械株式会社"]
        let shared = try #require(RepName.sharedWithCustomers(in: "how is 藤井 doing?", reps: reps, customerNames: names))
        #expect(shared.rep == "藤井 誠" && shared.word == "藤井" && shared.customers == ["藤井製作所株式会社"])
        // With an honorific it is the rep; with no customer holding it, too.
        #expect(RepName.sharedWithCustomers(in: "藤井さんの計画", reps: reps, customerNames: names) == nil)
        #expect(RepName.sharedWithCustomers(in: "how is okamoto doing?", reps: reps, customerNames: names) == nil)
    }
}
