import Testing

@testable import SalesCoachCore

/// A fresh trial on a Niigata and Nagano auto-parts distributor: places and
/// trade loanwords in romaji, a pace per day with a half day or "until
/// friday", a conditional 「何が変わったら」, a rep the file spells in romaji
/// asked about in kanji, and two visits told on two days.
@Suite struct TrialTwentyEightTests {
    typealias T = AssistantAnswerTests

    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        塩尻ギヤ製作所,20000,1500,6.0,50,40000,8000,2026-11-02,David Park
        妙高マシナリー株式会社,18000,1300,5.0,5,3000,500,2026-09-01,Suzuki Aya
        茅野センサー株式会社,15000,1000,4.5,4,2500,400,2026-08-11,Suzuki Aya
        千曲ブレーキ㈱,1200,80,1.0,40,30000,5000,2026-04-20,Suzuki Aya
        魚沼スプリング株式会社,900,60,0.5,30,20000,3000,2026-10-01,Suzuki Aya
        信州ダイカスト株式会社,16000,1100,5.5,6,3500,600,2026-10-15,Suzuki Aya
        Echigo Motor Supply,25000,1800,7.0,60,50000,9000,2026-11-20,Suzuki Aya
        小川工業株式会社,800,50,0.3,3,1000,100,2026-06-01,David Park
        見附オイルシール,700,40,0.2,35,25000,4000,2026-10-10,小川健太
        """

    static let shinshu: AssistantData = {
        let customers = try! CustomerImporter.importCustomers(
            from: Array(book.utf8), source: "shinshu.csv", options: ImportOptions()).customers
        return AssistantData(
            classifications: Classifier().classify(customers), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)
    }()

    @Test("Niigata and Nagano places and trade loanwords typed in romaji find their customers", arguments: [
        ("why is shiojiri gear an A?", "塩尻ギヤ製作所"), ("how about chino sensor", "茅野センサー株式会社"),
        ("myoko machinery", "妙高マシナリー株式会社"), ("shinshu diecast", "信州ダイカスト株式会社"),
        ("mitsuke oil seal", "見附オイルシール"),
    ])
    func placesInRomaji(line: String, customer: String) {
        #expect(T.ask(line, data: Self.shinshu).interpretation.customers == [customer], "\(line)")
    }

    @Test("a pace per day with a half day plans the days left at that pace, the half day at half: 3 a day, Thursday half → 8 from Wednesday")
    func halfDay() {
        #expect(PlanDays.halfDays("3 visits a day, thursday only half day") == [4])
        #expect(PlanDays.halfDays("木曜は半日なので1日3件で") == [4])
        #expect(PlanDays.read("3 visits a day, thursday only half day") == nil)
        let answer = T.ask("ok make me a plan, 3 visits a day, thursday only half day", data: Self.shinshu)
        #expect(answer.interpretation.number == 8 && answer.interpretation.onlyDays == nil, "\(answer.interpretation)")
    }

    @Test("「1日2件で金曜まで」 and '2 a day until friday' plan the days left up to Friday at that pace")
    func untilFriday() {
        #expect(PlanDays.until("1日2件で金曜まで組んで") == 5)
        #expect(PlanDays.until("月曜から金曜まで") == nil)
        for line in ["1日2件で金曜まで組んで", "plan 2 a day until friday"] {
            let reading = T.ask(line, data: Self.shinshu).interpretation
            #expect(reading.onlyDays == [3, 4, 5] && reading.visitsPerDay == 2, "\(line): \(reading)")
        }
    }

    @Test("「何が変わったらBになる？」 after a customer is what it would take, not the moves that happened")
    func conditionalIsNoMove() {
        #expect(ProgressQuestion.isConditional(QuestionText("何が変わったらBになる？")))
        #expect(!ProgressQuestion.isConditional(QuestionText("先月から何か変わった？")))
        let answer = T.ask(["千曲ブレーキはなんでC？", "何が変わったらBになる？"], data: Self.shinshu)!
        #expect(answer.interpretation.intent.kind == .whatWouldItTake && answer.interpretation.customers == ["千曲ブレーキ㈱"])
    }

    @Test("a rep the file spells in romaji named in kanji is no company the book lacks: 「鈴木さんの担当一覧」")
    func kanjiForARomajiRep() {
        #expect(T.ask("鈴木さんの担当一覧", data: Self.shinshu).interpretation.unknownName == nil)
    }

    @Test("two visits told on two days, 'yesterday' and 'this morning', are each logged on its own day, never both on one")
    func twoVisitsTwoDays() {
        let statement = VisitStatement.read(
            "visited Echigo Motor yesterday and shinshu diecast this morning", matcher: Self.shinshu.interpreter.matcher, today: T.today)
        guard case .logDays(let visits, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(visits.map(\.date) == [T.today.adding(days: -1), T.today])
        #expect(visits.count == 2 && visits[0].customer != visits[1].customer)
        #expect(throws: Never.self) { try DaySpec.parse("this morning", today: T.today) == T.today }
    }

}

/// A fresh trial on a Shizuoka and Hamamatsu distributor: a name with its
/// branch after a space, two visits told with one name in romaji, a plan
/// typed after the question with 「／」 between days, a swap told as
/// 「Xの代わりにYを入れて」 and a rep the file spells in Latin letters named in katakana.
@Suite struct TrialTwentyNineTests {
    typealias T = AssistantAnswerTests

    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        東海ベアリング㈱ 浜松工場,30000,2000,6.0,55,45000,9000,2026-11-10,Emma Wilson
        Coastline Cycle Works,2000,120,1.0,40,30000,5000,2026-10-01,Emma Wilson
        中田島ツール,18000,1100,5.0,5,3000,500,2026-09-01,Emma Wilson
        有限会社杉山鉄工所,900,60,0.5,35,25000,4000,2026-12-01,Watanabe Yui
        焼津フォージ,800,50,0.2,30,20000,3000,2026-10-14,Watanabe Yui
        引佐モールド,300,20,0.1,3,1000,100,2026-05-01,Watanabe Yui
        ㈱テクノ浜名湖,35000,2500,7.0,60,50000,9500,2026-08-28,Watanabe Yui
        天竜化成株式会社,20000,1300,5.5,4,2500,400,2025-12-15,Watanabe Yui
        株式会社ミカワ精機,15000,900,4.0,6,3000,500,2026-10-20,杉山 翔
        富士宮ギア,400,30,0.2,2,800,90,2026-06-01,杉山 翔
        """

    static let shizuoka: AssistantData = {
        let customers = try! CustomerImporter.importCustomers(
            from: Array(book.utf8), source: "shizuoka.csv", options: ImportOptions()).customers
        return AssistantData(
            classifications: Classifier().classify(customers), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)
    }()

    @Test("a name with a branch after a space is found by the company before it: 'tokai bearing', 「東海ベアリングは？」")
    func companyBeforeItsBranch() {
        for line in ["how is tokai bearing", "東海ベアリングは？"] {
            #expect(T.ask(line, data: Self.shizuoka).interpretation.customers == ["東海ベアリング㈱ 浜松工場"], "\(line)")
        }
        let matcher = Self.shizuoka.interpreter.matcher
        guard case .log(let customer, _, _) = VisitStatement.read("also saw Tokai Bearing on monday", matcher: matcher, today: T.today) else {
            Issue.record("a visit to the company before its branch is logged")
            return
        }
        #expect(customer == "東海ベアリング㈱ 浜松工場")
    }

    @Test("two visits told with one name in romaji log both: 'visited coastline and nakatajima yesterday'")
    func twoVisitsOneInRomaji() {
        let statement = VisitStatement.read(
            "visited coastline and nakatajima yesterday", matcher: Self.shizuoka.interpreter.matcher, today: T.today)
        guard case .logEach(let customers, let date, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(customers == ["Coastline Cycle Works", "中田島ツール"] && date == T.today.adding(days: -1))
    }

    @Test("a plan typed after 「…どう？」 with 「／」 between days is checked, and 「じゃあどこ変えればいい？」 names the changes")
    func planTypedAfterTheQuestion() {
        let answer = T.ask([
            "来週これで行こうと思うんだけどどう？ 月 杉山鉄工所、焼津フォージ／火 引佐モールド／金 富士宮ギア", "じゃあどこ変えればいい？",
        ], data: Self.shizuoka)!
        #expect(answer.interpretation.asksChanges, "\(answer.lines)")
        #expect(answer.lines.contains { $0.contains("外す：") && $0.contains("引佐モールド（D）") }, "\(answer.lines)")
    }

    @Test("「Xの代わりにYを入れて」 after a plan takes X out and puts Y in; 'Y instead of X' the same")
    func swapToldWithInsteadOf() {
        let japanese = T.ask(["今週の計画", "ミカワの代わりに富士宮ギア入れて"], data: Self.shizuoka)!
        #expect(japanese.interpretation.swap?.out == "株式会社ミカワ精機" && japanese.interpretation.swap?.in == "富士宮ギア")
        #expect(PlanEditStatement.read(
            "ミカワの代わりに富士宮ギア入れて", matcher: Self.shizuoka.interpreter.matcher, afterPlan: true, recent: []) == nil)
        let english = T.ask(["plan my week", "put fujinomiya gear in instead of mikawa"], data: Self.shizuoka)!
        #expect(english.interpretation.swap?.out == "株式会社ミカワ精機" && english.interpretation.swap?.in == "富士宮ギア")
    }

    @Test("a rep the file spells in Latin letters, named in katakana with さん: 「エマさんのA客」 is Emma Wilson")
    func latinRepInKatakana() {
        let reps = ["Emma Wilson", "Watanabe Yui", "杉山 翔"]
        #expect(RepName.named(in: "エマさんのA客、ちゃんと回れてる？", reps: reps) == "Emma Wilson")
        #expect(RepName.allNamed(in: "渡辺さんとエマさん、どっちがBちゃんと攻めてる？", reps: reps).count == 2)
    }
}
