import Testing

@testable import SalesCoachCore

/// Pronouns and omitted subjects refer to what was last discussed, a command
/// counts as discussed, and hours given in a question plan in time.
@Suite struct ConversationFollowUpTests {
    typealias T = AssistantAnswerTests

    @Test(
        "a follow-up without a name is about the customer just discussed",
        arguments: [
            (["why is Vertex Automotive in B?", "what would it take to get it into A?"], "Vertex Automotive", Intent.Kind.whatWouldItTake),
            (["田中商事はどのランク？", "じゃあAになるには？"], "田中商事", .whatWouldItTake),
            (["田中商事はどのランク？", "それってギリギリ？"], "田中商事", .explainCustomer),
            (["is Helios Energy borderline?", "and what would it take to reach A?"], "Helios Energy", .whatWouldItTake),
        ])
    func pronounsFollowTheThread(questions: [String], customer: String, kind: Intent.Kind) throws {
        let answer = try #require(T.ask(questions))
        #expect(answer.interpretation.intent.kind == kind, "\(questions)")
        #expect(answer.interpretation.customers == [customer], "\(questions)")
        #expect(answer.lines.prefix(2).contains { $0.contains(customer) }, "\(answer.lines)")
    }

    @Test("a question about several borderline customers lists them even right after one customer was discussed", arguments: [
        ["why is 山田工業 in B?", "any borderline customers?"],
        ["山田工業はなぜB？", "ボーダーラインの顧客はいますか？"],
        ["is Helios Energy borderline?", "who else is close to switching?"],
        ["ギリギリの顧客は？"],
        ["ギリギリの顧客はいる？"],
    ])
    func severalAreAList(questions: [String]) throws {
        let answer = try #require(T.ask(questions))
        #expect(answer.interpretation.customerList == .borderline, "\(questions)")
        #expect(answer.interpretation.customers.isEmpty, "\(questions)")
    }

    @Test("after the plan command, “why?” explains that plan and “make it 3” re-plans")
    func commandsStartAThread() {
        var context = ConversationContext()
        context.discussed(.weeklyPlan, customers: ["Vertex Automotive"], number: 6, language: .en)
        let why = Assistant.answer("why?", context: &context, data: T.data)
        #expect(why.interpretation.intent == .planReasons)
        #expect(why.lines.first?.hasPrefix("Why this plan") == true)
        let three = Assistant.answer("make it 3", context: &context, data: T.data)
        #expect(three.interpretation.intent == .weeklyPlan)
        #expect(three.lines.first == "Visits for the week of 2026-11-30: 3 of 3.")
    }

    @Test("hours given in a question plan in time: 9 hours at 1.5 hours a visit are 6 visits", arguments: [
        ("I have 9 hours this week", "9 hours at 1.5 hours a visit (plan.hours_per_visit): 6 visits."),
        ("plan my week, I've got 7.5h", "7.5 hours at 1.5 hours a visit (plan.hours_per_visit): 5 visits."),
        ("今週は9時間しかない。計画して", "9時間、1件1.5時間（plan.hours_per_visit）で6件です。"),
    ])
    func hours(question: String, expected: String) {
        let answer = T.ask(question)
        #expect(answer.interpretation.intent == .weeklyPlan, "\(question)")
        #expect(answer.lines.first == expected, "\(answer.lines)")
    }

    @Test("a length of time is still not a count of visits or hours to plan in")
    func weeksAreNotHours() {
        #expect(T.ask("plan 4 visits for the next 2 weeks").interpretation.hours == nil)
        #expect(T.ask("１週間で１０件の計画を").interpretation.hours == nil)
    }
}

/// Comparing two customers: the planner's order, the book's own ranks, and
/// the two side by side when the question asks how they differ.
@Suite struct CompareAnswerTests {
    typealias T = AssistantAnswerTests

    @Test("two B customers are named by their own upside rank, never both 'the biggest'")
    func upsideRanks() {
        let b = T.data.members(of: .b)
        let (third, fifth) = (b[2], b[4])
        let answer = T.ask("\(fifth.name) or \(third.name), which first?")
        #expect(answer.lines.first == "Visit \(third.name) first.")
        #expect(answer.lines.contains("  \(third.name): B: larger than most in your book, buys little from us yet, upside #3 of \(b.count) in your book"))
        #expect(answer.lines.contains("  \(fifth.name): B: larger than most in your book, buys little from us yet, upside #5 of \(b.count) in your book"))
    }

    @Test("a question about the difference shows both customers' segments, scores and metrics", arguments: [
        "what is the difference between Vertex Automotive and 田中商事?", "Vertex Automotiveと田中商事の違いは？",
    ])
    func difference(question: String) throws {
        let answer = T.ask(question)
        #expect(answer.interpretation.asksDifference)
        let vertex = try #require(T.data.classification(named: "Vertex Automotive"))
        let tanaka = try #require(T.data.classification(named: "田中商事"))
        let label = answer.language == .en ? "  objective evaluation: " : "  客観的評価："
        let line = try #require(answer.lines.first { $0.hasPrefix(label) })
        #expect(line.contains(Formatting.score(vertex.objective!.score)) && line.contains(Formatting.score(tanaka.objective!.score)))
        #expect(answer.lines.contains { $0.hasPrefix(answer.language == .en ? "  segment: B · C" : "  領域：B · C") })
    }
}

/// Moves a rep can act on: the transaction record leads, the company's own
/// growth is labelled as such, and a change beyond double is out of reach.
@Suite struct MoveReachTests {
    @Test("a change within double of today is a step; beyond it, or from nothing, is out of reach", arguments: [
        (Metric.orders, 2.0, 3.0, true), (.orders, 2.0, 5.0, false), (.sales, 200_000.0, 16_900_000.0, false),
        (.orders, 0.0, 64.0, false), (.profit, 1_000.0, 1_900.0, true), (.growth, -3.3, 4.0, true), (.growth, -3.3, 12.0, false),
    ])
    func reach(metric: Metric, now: Double, target: Double, within: Bool) {
        let move = Move(metric: metric, current: now, target: .reach(target), from: .b, to: .a)
        #expect(move.isWithinReach == within)
        #expect(move.sentenceWithReach(in: .en).contains("out of reach") == !within)
    }

    @Test("the explanation leads with the rep's own lever and labels the company's growth")
    func explanationOrder() throws {
        let vertex = try #require(DemoBook.classification("Vertex Automotive"))
        let lines = vertex.explanationLines(in: .en)
        let yours = try #require(lines.firstIndex { $0.hasPrefix("  Your move: ") })
        #expect(lines[yours].hasSuffix("; out of reach as one step (85× today's)."))
        let tanaka = try #require(DemoBook.classification("田中商事"))
        #expect(tanaka.explanationLines(in: .ja).contains { $0.hasPrefix("  会社自体が成長すれば：成長率が4%を上回れば") })
    }
}
