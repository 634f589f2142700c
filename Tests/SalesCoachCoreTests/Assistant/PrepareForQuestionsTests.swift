import Testing

@testable import SalesCoachCore

/// Making the shared tables ready ahead of the first question changes no
/// answer: only when they are made.
@Suite struct PrepareForQuestionsTests {
    typealias T = AssistantAnswerTests

    static let questions = [
        "who should I visit this week?", "今週はどこを訪問すべき？", "why is 山田工業 in A?", "山田工業はなぜこの区分？", "how many A customers?",
        "check this plan: mon 山田工業, tue Acme", "I visited 山田工業 today",
    ]

    @Test("answers after preparing, on the demo book, an empty book and a few of its customers, are those before")
    func answersStayTheSame() {
        let before = Self.questions.map { T.ask($0) }
        Assistant.prepareForQuestions(customers: [], today: T.today)
        Assistant.prepareForQuestions(customers: Array(DemoBook.classifications.prefix(5).map(\.customer)), today: T.today)
        #expect(Self.questions.map { T.ask($0) } == before)
    }
}
