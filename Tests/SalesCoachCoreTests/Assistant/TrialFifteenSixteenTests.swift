import Testing

@testable import SalesCoachCore

/// Two more fresh trials: reps introducing themselves as they would, names
/// with kana or typed in romaji, a company the book lacks written with its
/// legal form or with kana, a day with nothing on it, and a manager's
/// question about a rep's time on C in Japanese.
@Suite struct TrialFifteenSixteenTests {
    @Test("a rep is found by the given name first and the family name read from kanji, and by the family name at the front of a name with no space")
    func repsAsTheyIntroduceThemselves() {
        let reps = ["加藤 美穂", "山本健太", "Daniel Brooks"]
        #expect(RepName.match("miho kato", in: reps) == .found("加藤 美穂"))
        #expect(RepName.match("山本", in: reps) == .found("山本健太"))
        #expect(SelfIntroduction.read("hi, im miho kato. what should I focus on this week?", reps: reps)?.rep == "加藤 美穂")
        #expect(SelfIntroduction.read("山本です。今週どこ回ればいい？", reps: reps)?.rep == "山本健太")
        // A family name two reps share at the front is no one of them.
        #expect(RepName.match("山本", in: ["山本健太", "山本花子"]) != .found("山本健太"))
    }

    static let names = ["株式会社アオバ製薬", "株式会社北杜ラボ", "東北学院大学", "東北化成工業株式会社", "東北工業大学"]
    static let book: [Customer] = names.enumerated().map { i, name in
        Customer(
            name: name,
            metrics: MetricValues([.companyRevenue: Double(100 * (i + 1)), .employees: Double(50 * (5 - i)), .orders: Double(i + 2), .sales: Double(900 - 100 * i)]))
    }
    static let data = AssistantData(classifications: Classifier().classify(book), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)

    static func conversation(_ questions: [String]) -> [Answer] {
        var context = ConversationContext()
        return questions.map { Assistant.answer($0, context: &context, data: data) }
    }

    @Test("a company named with kana and a trade word is not the customer last discussed: it is said to be missing")
    func kanaNameIsNotTheLastCustomer() {
        let answers = Self.conversation(["アオバ製薬について教えて", "いずみ化学について教えて"])
        #expect(answers[0].interpretation.customers == ["株式会社アオバ製薬"])
        #expect(answers[1].interpretation.customers.isEmpty && answers[1].interpretation.unknownName == "いずみ化学", "\(answers[1].lines)")
        let glass = Self.conversation(["株式会社仙台ガラスの最終訪問日は"])[0]
        #expect(glass.interpretation.unknownName == "株式会社仙台ガラス", "\(glass.lines)")
    }

    @Test("names read from the words a rep types: 'hokuto lab' (北杜ラボ), 'tohoku gakuin' (東北学院大学, not another 東北)")
    func namesTyped() {
        let matcher = CustomerMatcher(names: Self.names)
        #expect(matcher.match(in: "Hokuto lab last visit?").names == ["株式会社北杜ラボ"])
        #expect(matcher.match(in: "is tohoku gakuin really a C??").names == ["東北学院大学"])
    }

    @Test("'nothing on friday' takes the day away; 「森さんはC顧客に時間をかけすぎていませんか」 asks about the time on C")
    func dayAndComfort() {
        #expect(PlanDays.dropped("plan my week, max 3 visits a day, nothing on friday") == [5])
        #expect(CustomerListQuestion.asksComfort(QuestionText("森さんはC顧客に時間をかけすぎていませんか？")))
    }

    @Test("'sales per segment?' is the total split by segment; 「3人の担当者を比べてください」 is the reps side by side; a company asked to be a rep's is said to be missing")
    func managerQuestions() {
        let perSegment = Self.conversation(["sales per segment?"])[0].interpretation
        #expect(perSegment.customerList == .total(.sales, average: false), "\(perSegment)")
        let japanese = Self.conversation(["セグメント別の売上合計おしえて"])[0].interpretation
        #expect(japanese.customerList == .total(.sales, average: false) && japanese.unknownName == nil, "\(japanese)")
        #expect(Self.conversation(["3人の担当者を比べてください"])[0].interpretation.customerList == .repBreakdown)
        let brother = Self.conversation(["ブラザー工業は加藤さんの担当ですか"])[0].interpretation
        #expect(brother.unknownName == "ブラザー工業", "\(brother)")
    }

    @Test("'max 2 C visits', 「Cは1件まで」 limit C in a week of the usual size, not a week of two visits", arguments: [
        ("plan my week. max 2 C visits pls", 2), ("今週の訪問計画たてて。Cは1件まで", 1), ("plan my week, no more than 0 C", 0),
    ])
    func segmentCap(question: String, cap: Int) throws {
        let answer = T.ask(question)
        #expect(answer.interpretation.segmentCaps == [.c: cap] && answer.interpretation.number == nil, "\(answer.lines)")
        guard case .plan(let plan)? = answer.data.first(where: { if case .plan = $0 { true } else { false } }) else {
            Issue.record("no plan in \(answer.lines)")
            return
        }
        #expect(plan.capacity == T.data.config.plan.capacity)
        #expect(plan.allocation(.c).planned <= cap)
    }

    typealias T = AssistantAnswerTests
}
