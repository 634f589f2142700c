import Testing

@testable import SalesCoachCore

/// Visit counts as reps write them, and the plan follow-ups that change or question a plan.
@Suite struct InterpreterCountTests {
    static let interpreter = Interpreter(names: DemoBook.classifications.map(\.customer.name))

    @Test(
        "a count in digits, words or kanji before what is counted",
        arguments: [
            ("plan 12 visits", 12), ("give me five", 5), ("six customers before Friday", 6), ("two visits max", 2),
            ("build a 5-visit plan", 5), ("a dozen visits please", 12), ("今週は五件くらい回りたい", 5),
            ("十件分の訪問スケジュール", 10), ("十二社だけ", 12), ("二十件", 20), ("７件にして", 7),
            ("１週間で１０件回る計画", 10), ("2 weeks, 6 visits", 6),
        ])
    func counts(question: String, number: Int) {
        #expect(Self.interpreter.interpret(question).number == number)
    }

    @Test(
        "numbers that count nothing are no count",
        arguments: ["which one should I visit first", "the four-quadrant thing", "over the next two weeks", "2026-11-30",
                    "一番大事な顧客は", "three of them are in C", "we are 8% behind budget", "1日の半分はC先", "plan for 2 weeks"])
    func notCounts(question: String) {
        #expect(Self.interpreter.interpret(question).number == nil)
    }

    static func afterPlan(_ question: String) -> Interpretation {
        var context = ConversationContext()
        _ = Assistant.answer("plan my week", context: &context, data: InterpreterAccuracyTests.data)
        return InterpreterAccuracyTests.data.interpreter.interpret(question, context: context)
    }

    @Test("after a plan, a new count alone asks for the plan again with that count", arguments: [
        ("make it 3", 3), ("じゃあ７件にして", 7), ("can you do eight visits instead", 8), ("what about six instead", 6),
    ])
    func newCount(question: String, number: Int) {
        let reading = Self.afterPlan(question)
        #expect(reading.intent == .weeklyPlan)
        #expect(reading.number == number)
    }

    @Test(
        "after a plan, asking why it holds what it holds asks for its reasons",
        arguments: ["how did you pick those", "why is Helios at the top?", "この計画の根拠は？", "なんでこの顔ぶれなの？",
                    "I usually see Kimura Print every week, why did you drop them?"])
    func reasons(question: String) {
        #expect(Self.afterPlan(question).intent == .planReasons)
    }

    @Test("after a plan, why a customer is in a segment is still about the customer")
    func segmentQuestionAfterPlan() {
        let reading = Self.afterPlan("why is Helios Energy in A?")
        #expect(reading.intent == .explainCustomer)
        #expect(reading.customers == ["Helios Energy"])
    }

    @Test("two customers to compare are compared, even right after an explanation")
    func compareAfterExplanation() {
        var context = ConversationContext()
        _ = Assistant.answer("why is Acme Industrial in A?", context: &context, data: InterpreterAccuracyTests.data)
        let reading = InterpreterAccuracyTests.data.interpreter.interpret("globex or northwind first?", context: context)
        #expect(reading.intent == .compare)
        #expect(reading.customers == ["Globex Manufacturing", "Northwind Trading"])
    }
}
