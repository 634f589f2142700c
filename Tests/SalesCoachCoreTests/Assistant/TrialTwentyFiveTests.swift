import Testing

@testable import SalesCoachCore

/// Two fresh trials, on a Fukuoka welding-supplies distributor and a Tokyo
/// kitchen-equipment dealer: a plan asked about before its list, a name in
/// hiragana after a full stop inside a plan request, companies the book
/// lacks that end in a word one of its names starts with, and a rep written
/// in katakana beside another rep.
@Suite struct TrialTwentyFiveTests {
    typealias T = AssistantAnswerTests

    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        博多精工,22218,1610,16.2,73,289900,59730,2026-10-12,古賀 直樹
        博多精機,900,60,1.0,80,300000,60000,2026-06-28,中村美咲
        日明溶接センター,800,50,0.5,70,250000,50000,2026-10-01,中村美咲
        飯塚金属,700,40,0.2,60,240000,48000,2026-09-01,中村美咲
        戸畑ドック,9000,700,4.0,3,20000,3000,2026-10-20,中村美咲
        春日溶断,600,30,0.1,50,200000,40000,2026-09-15,Tom Baker
        曽根精密,8000,600,3.0,4,30000,5000,2026-11-01,Tom Baker
        """

    static let fukuoka: AssistantData = {
        let customers = try! CustomerImporter.importCustomers(
            from: Array(book.utf8), source: "fukuoka.csv", options: ImportOptions()).customers
        return AssistantData(classifications: Classifier().classify(customers), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)
    }()

    @Test("「この計画どうですか？ A、B、C」: a plan asked about before its list is that list checked")
    func questionBeforeTheList() {
        let answer = T.ask("この計画どうですか？ 日明溶接センター、飯塚金属、戸畑ドック", data: Self.fukuoka)
        #expect(answer.interpretation.intent == .planCheck)
        #expect(answer.interpretation.typedPlan?.visits.map(\.customerName) == ["日明溶接センター", "飯塚金属", "戸畑ドック"])
    }

    @Test("a plan request naming a customer in hiragana after a full stop plans the week with it: 「…Cは1件まで。はかたせいき必ず入れて」")
    func hiraganaNameInAPlanRequest() {
        let answer = T.ask("今週は5件、Cは1件まで。はかたせいき必ず入れて", data: Self.fukuoka)
        #expect(answer.interpretation.intent == .weeklyPlan, "\(answer.lines)")
        #expect(answer.interpretation.customers == ["博多精機"] && answer.interpretation.includesCustomers)
        let plan = answer.data.compactMap { if case .plan(let plan) = $0 { plan } else { nil } }.first
        #expect(plan?.picks.contains { $0.customer == "博多精機" } == true, "\(answer.lines)")
    }

    @Test("short names in a typed plan are found: 'kasuga', 'sone' for 春日溶断 and 曽根精密")
    func shortNamesInATypedPlan() {
        let answer = T.ask("check this plan: kasuga, sone, tobata dock", data: Self.fukuoka)
        #expect(answer.interpretation.typedPlan?.visits.map(\.customerName) == ["春日溶断", "曽根精密", "戸畑ドック"], "\(answer.lines)")
    }

    @Test("a company the book lacks, named with hardly anything else, is 'not in your list': 'whats Sunrise Welding'")
    func bareUnknownCompany() {
        let answer = T.ask("whats Sunrise Welding", data: Self.fukuoka)
        #expect(answer.interpretation.unknownName == "Sunrise Welding")
        #expect(answer.lines.first?.contains("is not in your customer list") == true, "\(answer.lines)")
        #expect(T.ask("whats the weather in Tokyo", data: Self.fukuoka).interpretation.intent == .outOfScope)
    }

    @Test("a rep written in katakana beside another rep is named too: 「中村さんとトムを比べて」")
    func katakanaRepBesideAnother() {
        let reps = ["古賀 直樹", "中村美咲", "Tom Baker"]
        #expect(Set(RepName.allNamed(in: "中村さんとトムを比べて", reps: reps, customerNames: Self.fukuoka.classifications.map(\.name)))
            == ["中村美咲", "Tom Baker"])
        // A katakana word that is part of a customer's name is not a rep.
        #expect(RepName.allNamed(in: "トムを比べて", reps: reps, customerNames: ["トムソン工業"]).isEmpty)
    }

    static let tokyo: AssistantData = {
        let book = """
            name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
            キッチンパートナーズ,9000,500,3.0,40,30000,6000,2026-11-20,佐藤 健一
            佐倉ホスピタル,8000,600,2.0,10,12818,2000,2026-10-01,佐藤 健一
            さくら給食センター,500,40,1.0,45,20000,4000,2026-09-01,Ito Haruka
            木更津漁港食堂,7000,300,1.5,20,9000,1500,2026-10-10,Ito Haruka
            """
        let customers = try! CustomerImporter.importCustomers(
            from: Array(book.utf8), source: "tokyo.csv", options: ImportOptions()).customers
        return AssistantData(classifications: Classifier().classify(customers), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)
    }()

    @Test("a company the book lacks ending in a word one name starts with is not that customer: 「大阪キッチン」, 'silver fork kitchen'")
    func anotherCompanyEndingInATradeWord() {
        let osaka = T.ask("大阪キッチンのセグメントは？", data: Self.tokyo)
        #expect(osaka.interpretation.customers.isEmpty && osaka.interpretation.unknownName == "大阪キッチン", "\(osaka.lines)")
        let fork = T.ask("silver fork kitchen", data: Self.tokyo)
        #expect(fork.interpretation.customers.isEmpty && fork.interpretation.takenAs == nil, "\(fork.lines)")
        // The name itself, or its distinctive start, still finds it.
        #expect(T.ask("キッチンパートナーズについて", data: Self.tokyo).interpretation.customers == ["キッチンパートナーズ"])
    }

    @Test("'sakura hospital' is 佐倉ホスピタル beside さくら給食センター; 'kisarazu' is 木更津漁港食堂")
    func placesOfChiba() {
        let matcher = CustomerMatcher(names: Self.tokyo.classifications.map(\.name))
        #expect(matcher.match(in: "also saw sakura hospital today").names == ["佐倉ホスピタル"])
        let kisarazu = matcher.match(in: "what segment is kisarazu")
        #expect(kisarazu.names + kisarazu.likely == ["木更津漁港食堂"])
    }

    @Test("「水曜休み」 takes Wednesday out of the plan, not into it")
    func dayOffWithoutParticle() {
        #expect(PlanDays.dropped("来週は水曜休みなので4件で") == [3])
    }

    @Test("a visit told with its day first, right after another: 「昨日は飯塚金属」, 'yesterday kasuga'")
    func dayFirstVisit() {
        #expect(VisitStatement.continued("昨日は飯塚金属") == "昨日、飯塚金属に行った")
        #expect(VisitStatement.continued("yesterday kasuga") == "visited kasuga yesterday")
        #expect(VisitStatement.continued("昨日は何した？") == nil)
        #expect(VisitStatement.continued("yesterday what did i do") == nil)
    }
}
