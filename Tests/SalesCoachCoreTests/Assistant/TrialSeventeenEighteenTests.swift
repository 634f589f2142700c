import Testing

@testable import SalesCoachCore

/// A last pair of fresh trials: a greeting run into an introduction, clinic
/// names typed in romaji, "is it on the list?" in Japanese, a count of the
/// borderline, a plan in a number of days or without a segment, and a visit
/// told with a short name and no particle.
@Suite struct TrialSeventeenEighteenTests {
    typealias T = AssistantAnswerTests

    @Test("'hi im mike brown. how does my book look' introduces the rep, greeting and all")
    func greetingThenName() {
        let introduction = SelfIntroduction.read("hi im mike brown. how does my book look", reps: ["Mike Brown", "田中 太郎"])
        #expect(introduction?.rep == "Mike Brown" && introduction?.rest == "how does my book look")
    }

    static let names = ["もりた眼科", "所沢ロジスティクス", "株式会社桶川メタル", "ひろしま歯科クリニック"]
    static let matcher = CustomerMatcher(names: names)

    @Test("clinic and place names read as typed: 'morita ganka', 'okegawa metal'; 「所沢ロジ行ってきた」 with no particle")
    func namesRead() throws {
        #expect(Self.matcher.match(in: "morita ganka?").names == ["もりた眼科"])
        #expect(Self.matcher.match(in: "why is okegawa metal a C").names == ["株式会社桶川メタル"])
        let today = LocalDate(year: 2026, month: 12, day: 9)!
        let statement = try #require(VisitStatement.read("昨日 所沢ロジ行ってきた", matcher: Self.matcher, today: today))
        guard case .log(let name, let date, _) = statement else {
            Issue.record("\(statement)")
            return
        }
        #expect(name == "所沢ロジスティクス" && date == today.adding(days: -1))
    }

    @Test("「広島ガスはリストにある？」 and 「マツダ商事ってある？」 say the company is not in the list", arguments: [
        ("広島ガスはリストにある？", "広島ガス"), ("マツダ商事ってある？", "マツダ商事"), ("Is Tokyo Box Co one of mine", "Tokyo Box Co"),
    ])
    func onTheList(question: String, name: String) {
        #expect(T.ask(question).interpretation.unknownName == name)
    }

    @Test("'how many are borderline' is the borderline list, whose first line counts them")
    func borderlineCount() {
        #expect(T.ask("how many are borderline").interpretation.customerList == .borderline)
    }

    @Test("'only 2 days, not friday' and 「2日で」 plan two days; 'no C customers' plans no C visit", arguments: [
        "plan my visits for this week, only 2 days, not friday", "今週の訪問計画を作って、2日で",
    ])
    func twoDays(question: String) throws {
        let answer = T.ask(question)
        #expect(answer.interpretation.dayCount == 2)
        guard case .plan(let plan)? = answer.data.first(where: { if case .plan = $0 { true } else { false } }) else {
            Issue.record("no plan: \(answer.lines)")
            return
        }
        #expect(Set(plan.picks.map(\.day)).count <= 2 && !plan.picks.contains { $0.day.weekday == 5 && question.contains("friday") })
        #expect(PlanDays.segmentCaps("no C customers pls") == [.c: 0])
        #expect(PlanDays.segmentCaps("Cなしで") == [.c: 0])
    }
}
