import Testing

@testable import SalesCoachCore

/// A fresh trial on a Sendai food-machinery distributor: Miyagi places and
/// food trades in romaji, two visits in romaji on two days, reps ranked by
/// "who's got the most", how high and low are decided, and a day given to
/// one customer in a plan that keeps its pace.
@Suite struct TrialThirtyOneTests {
    typealias T = AssistantAnswerTests

    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        多賀城パッケージ,20000,1500,6.0,50,40000,8000,2026-11-02,Olivia Grant
        おかしのまるやま,700,40,0.2,35,25000,4000,2026-10-10,Olivia Grant
        塩竈蒲鉾㈱,500,40,1.0,29,6000,1200,2026-12-04,Takahashi Ryo
        加美ジェラート,150,10,0.2,28,2200,500,2026-04-01,Olivia Grant
        大河原製茶,300,20,0.5,3,260,60,2026-11-30,Olivia Grant
        女川水産加工,15000,900,6.0,5,400,80,2026-09-01,Takahashi Ryo
        丸森しいたけ,100,8,0.1,2,100,20,2026-07-01,Takahashi Ryo
        涌谷チーズ工房,11000,750,5.5,4,250,50,2026-08-20,佐藤 恵
        """

    static let miyagi: AssistantData = {
        let customers = try! CustomerImporter.importCustomers(
            from: Array(book.utf8), source: "miyagi.csv", options: ImportOptions()).customers
        return AssistantData(
            classifications: Classifier().classify(customers), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)
    }()

    @Test("Miyagi places and food trades typed in romaji find their customers", arguments: [
        ("why is shiogama kamaboko in C?", "塩竈蒲鉾㈱"), ("and kami gelato?", "加美ジェラート"), ("oogawara seicha", "大河原製茶"),
        ("how about onagawa", "女川水産加工"), ("marumori shiitake", "丸森しいたけ"), ("wakuya cheese", "涌谷チーズ工房"),
    ])
    func placesInRomaji(line: String, customer: String) {
        #expect(T.ask(line, data: Self.miyagi).interpretation.customers == [customer], "\(line)")
    }

    @Test("two Japanese names typed in romaji, each with its own day, are logged each on that day")
    func twoRomajiNamesTwoDays() {
        let line = "btw visited tagajo packaging yesterday and okashi no maruyama on monday"
        let statement = VisitStatement.read(line, matcher: Self.miyagi.interpreter.matcher, today: LocalDate(year: 2026, month: 12, day: 9)!)
        guard case .logDays(let visits, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(visits.map(\.customer) == ["多賀城パッケージ", "おかしのまるやま"])
        #expect(visits.map(\.date) == [LocalDate(year: 2026, month: 12, day: 8)!, LocalDate(year: 2026, month: 12, day: 7)!])
    }

    @Test("a line that keeps one customer in and drops another is two changes, one per clause")
    func keepAndDropInOneLine() {
        let edits = PlanEditStatement.readAll(
            "okashi no maruyama must be in it. and drop oogawara seicha", matcher: Self.miyagi.interpreter.matcher, afterPlan: true, recent: [])
        #expect(edits.map(\.action) == [.add, .remove])
        #expect(edits.map(\.customers) == [["おかしのまるやま"], ["大河原製茶"]])
        let japanese = PlanEditStatement.readAll(
            "涌谷チーズは絶対入れて。丸森しいたけはいらない", matcher: Self.miyagi.interpreter.matcher, afterPlan: true, recent: [])
        #expect(japanese.map(\.action) == [.add, .remove])
        #expect(japanese.map(\.customers) == [["涌谷チーズ工房"], ["丸森しいたけ"]])
    }

    @Test("who's got the most of a segment, 「3人比べると」 and how high and low are decided read as asked", arguments: [
        ("who's got the most D's", "repsBySegment"), ("3人比べるとどう？", "repBreakdown"),
        ("高い低いってどうやって決めてるの？", "scoring"), ("セグメントって何で決まるんですか", "scoring"),
    ])
    func managerAndNewHireQuestions(line: String, expected: String) {
        let reading = T.ask(line, data: Self.miyagi).interpretation
        switch expected {
        case "repsBySegment": #expect(reading.customerList == .repsBySegment, "\(line)")
        case "repBreakdown": #expect(reading.customerList == .repBreakdown, "\(line)")
        default: #expect(reading.intent == .method(topic: expected), "\(line): \(reading.intent)")
        }
    }

    @Test("a plan typed after 'check this:' is read as the plan to check, weekday prefixes dropped")
    func checkThisList() {
        let line = "check this: mon shiogama, tue onagawa, wed marumori"
        #expect(TypedPlan.namesPlan(line))
        #expect(TypedPlan.read(line, matcher: Self.miyagi.interpreter.matcher)?.visits.map(\.customerName) == ["塩竈蒲鉾㈱", "女川水産加工", "丸森しいたけ"])
    }
}
