import Testing

@testable import SalesCoachCore

/// Two fresh trials on a Kobe tools distributor and a Yokohama printer:
/// visits told with a Japanese weekday or a written date, names after a
/// space or typed in hiragana, plans changed and checked in words, and a
/// manager moving between reps.
@Suite struct TrialNineteenTwentyTests {
    typealias T = AssistantAnswerTests

    static let today = LocalDate(year: 2026, month: 12, day: 9)!
    static let names = ["ハマの寿司", "横浜中央病院", "関内ホテル", "野毛ラーメン", "三菱造船協力会社 明石ドック", "六甲クレーン", "摩耶ドック", "加古川製作所"]
    static let matcher = CustomerMatcher(names: names)

    @Test("「月曜にハマの寿司行った」 and 「12/3 横浜中央病院 訪問」 are logged on that day, not today", arguments: [
        ("月曜にハマの寿司行った", "ハマの寿司", 7), ("12/3 横浜中央病院 訪問", "横浜中央病院", 3),
        ("12月4日に関内ホテルに行きました", "関内ホテル", 4), ("木曜日に野毛ラーメンに行きました", "野毛ラーメン", 3),
        ("visited 関内ホテル on 12/2", "関内ホテル", 2),
    ])
    func visitDay(line: String, name: String, day: Int) throws {
        let statement = try #require(VisitStatement.read(line, matcher: Self.matcher, today: Self.today))
        guard case .log(let logged, let date, _) = statement else {
            Issue.record("\(statement)")
            return
        }
        #expect(logged == name && date == LocalDate(year: 2026, month: 12, day: day))
    }
}

extension TrialNineteenTwentyTests {
    /// A small Kobe book: names after a space, place names in kanji, kana names.
    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        三菱造船協力会社 明石ドック,30000,900,4.0,3,2000,400,2026-09-16,田中 一郎
        株式会社明石ボルト,1500,60,1.0,20,15000,3000,2026-12-01,田中 一郎
        六甲クレーン株式会社,28000,800,3.0,25,14000,2800,2026-10-28,Sato Kenji
        Rokko Steel Works,40000,1200,2.0,30,30000,6000,2026-12-01,Sato Kenji
        株式会社摩耶ドック,10000,280,2.0,6,4000,800,2026-11-01,Sato Kenji
        加古川製作所株式会社,9000,260,1.5,5,3500,700,2026-11-10,Sato Kenji
        株式会社東灘製缶,7000,200,2.5,16,24000,4800,2026-12-04,Emily Clark
        株式会社芦屋エンジニアリング,2200,65,1.1,12,17000,3300,2026-11-16,Emily Clark
        野毛ラーメン,800,20,1.0,14,9000,1900,2026-07-20,Emily Clark
        みなとみらい学園,20000,500,2.0,18,16000,3000,2026-11-20,Emily Clark
        Harbor Logistics Japan,25000,700,5.0,22,23000,4000,2026-11-25,Emily Clark
        ながた工業株式会社,900,30,0.5,2,500,90,2026-08-01,Emily Clark
        """

    static let kobe: AssistantData = {
        let customers = try! CustomerImporter.importCustomers(
            from: Array(book.utf8), source: "kobe.csv", options: ImportOptions()).customers
        return AssistantData(classifications: Classifier().classify(customers), guidance: StubGuidance(), today: today)
    }()

    static func ask(_ questions: [String]) -> Answer? { T.ask(questions, data: kobe) }

    @Test("a name after a space is the name reps say: 'akashi dock', 「明石ドックはなぜB」, never 明石ボルト", arguments: [
        "why is akashi dock a B", "akashi dockの点数は", "明石ドックはなぜB",
    ])
    func nameAfterSpace(question: String) {
        #expect(Self.ask([question])?.interpretation.customers == ["三菱造船協力会社 明石ドック"])
    }

    @Test("Kobe places and trade loanwords read in romaji: 'rokko crane', 'maya dock or kakogawa', 'higashinada', 'ashiya engineering'")
    func placesAndLoanwords() {
        #expect(Self.ask(["compare rokko steel and rokko crane"])?.interpretation.customers == ["Rokko Steel Works", "六甲クレーン株式会社"])
        #expect(Set(Self.ask(["whos bigger, maya dock or kakogawa"])?.interpretation.customers ?? []) == ["株式会社摩耶ドック", "加古川製作所株式会社"])
        #expect(Self.ask(["why is higashinada in C"])?.interpretation.customers == ["株式会社東灘製缶"])
        #expect(Self.ask(["why is ashiya engineering in C"])?.interpretation.customers == ["株式会社芦屋エンジニアリング"])
    }

    @Test("a name spelt with other kana or kanji that reads the same is taken, saying so: 「野毛らーめん」, 「みなと未来学園」", arguments: [
        ("野毛らーめんの売上は", "野毛ラーメン"), ("みなと未来学園の区分", "みなとみらい学園"), ("さいたま梱包はなぜB", "サイタマ梱包サービス"),
    ])
    func samSound(question: String, name: String) throws {
        var customers = Self.kobe.classifications.map(\.customer)
        customers.append(Customer(name: "サイタマ梱包サービス", metrics: Self.kobe.classifications[0].customer.metrics))
        let data = AssistantData(classifications: Classifier().classify(customers), guidance: StubGuidance(), today: Self.today)
        let answer = try #require(T.ask([question], data: data))
        #expect(answer.interpretation.customers == [name])
        #expect(answer.lines.first?.contains(name) == true)
    }

    @Test("companies the book lacks, in lower case or asked where they sit, are said to be missing", arguments: [
        ("do we have osaka gas as a customer", "Osaka Gas"), ("大阪造船所さんはどこに入ってますか", "大阪造船所"),
    ])
    func missingCompanies(question: String, name: String) {
        #expect(Self.ask([question])?.interpretation.unknownName == name)
    }

    @Test("「ヤマダ電機港北店 昨日訪問しました」 names a company the book lacks: nothing is logged, and the name is said")
    func unknownVisit() throws {
        let statement = try #require(VisitStatement.read("ヤマダ電機港北店 昨日訪問しました", matcher: Self.matcher, today: Self.today))
        guard case .unsure(_, _, .noSuchCustomer(let name)) = statement else {
            Issue.record("\(statement)")
            return
        }
        #expect(name == "ヤマダ電機港北店")
    }

    @Test("'check plan: X, Y, Z' checks the visits typed, names what is not in the list, and counts 'x2'")
    func typedPlan() throws {
        let answer = try #require(Self.ask(["check plan: higashinada, ashiya engineering x2, 野毛ラーメン, osaka gas"]))
        let typed = try #require(answer.interpretation.typedPlan)
        #expect(typed.visits == [
            PlannedVisit(customerName: "株式会社東灘製缶", visits: 1), PlannedVisit(customerName: "株式会社芦屋エンジニアリング", visits: 2),
            PlannedVisit(customerName: "野毛ラーメン", visits: 1),
        ])
        #expect(typed.unknown == ["osaka gas"])
        guard case .check(let report)? = answer.data.first(where: { if case .check = $0 { true } else { false } }) else {
            Issue.record("no check: \(answer.lines)")
            return
        }
        #expect(report.total == 4)
        #expect(answer.lines.contains { $0.contains("osaka gas") })
        let one = try #require(Self.ask(["is this plan ok: 野毛ラーメン x2, nobody inc"]))
        #expect(one.interpretation.typedPlan?.visits == [PlannedVisit(customerName: "野毛ラーメン", visits: 2)])
        #expect(one.interpretation.typedPlan?.unknown == ["nobody inc"])
        let ja = try #require(Self.ask(["この計画チェックして：明石ドック、野毛ラーメン、東灘製缶"]))
        #expect(ja.interpretation.typedPlan?.visits.count == 3 && ja.language == .ja)
    }

    @Test("'monday is a holiday', 'holiday on friday', 「月曜は祝日」 take the day away; another day named before a holiday stays")
    func holidays() {
        #expect(PlanDays.dropped("plan next week, monday is a holiday") == [1])
        #expect(PlanDays.dropped("holiday on friday so plan around it") == [5])
        #expect(PlanDays.dropped("来週の計画、月曜は祝日") == [1])
        #expect(PlanDays.dropped("plan monday to wednesday, holiday on thursday") == [4])
    }

    @Test("「Cは入れないで」 right after a plan plans again without C; 'make it 3' after a top 5 ranking is the top 3")
    func followUps() throws {
        let noC = try #require(Self.ask(["今週の訪問計画つくって", "Cは入れないで"]))
        #expect(noC.interpretation.intent == .weeklyPlan && noC.interpretation.segmentCaps == [.c: 0])
        let top = try #require(Self.ask(["top 5 by sales", "make it 3"]))
        #expect(top.interpretation.intent == .segmentMembers && top.interpretation.number == 3)
        #expect(top.interpretation.customerList?.isRanking == true)
    }

    @Test("a segment capped at none gives its share to B; B capped keeps the rest as it was")
    func cappedPolicy() {
        let policy = PlanPolicy()
        let noC = policy.capped([.c: 0], visits: 10)
        #expect(noC.share(of: .c) == .zero && noC.share(of: .b) == policy.share(of: .b) + policy.share(of: .c))
        #expect(policy.capped([:], visits: 10) == policy)
        // "max 2 a day" is a pace, not a limit on A.
        #expect(PlanDays.segmentCaps("plan my week, max 2 a day, no C") == [.c: 0])
        #expect(PlanDays.segmentCaps("max 2 A visits") == [.a: 2])
    }

    @Test("'total sales in A vs C?' gives each segment's figure; 'why?' after the borderline list explains borderline; 「Bのお客さんってなんで一番大事なんですか」 is why B")
    func totalsAndWhy() throws {
        let totals = try #require(Self.ask(["total sales in A vs C?"]))
        #expect(totals.interpretation.customerList == .total(.sales, average: false))
        #expect(Set(totals.interpretation.segments) == [.a, .c])
        #expect(totals.lines.contains { $0.contains("By segment") }, "\(totals.lines)")
        let why = try #require(Self.ask(["which ones are borderline", "why?"]))
        #expect(why.interpretation.intent == .method(topic: "borderline"))
        let b = try #require(Self.ask(["入社したばかりです。Bのお客さんってなんで一番大事なんですか"]))
        #expect(b.interpretation.intent == .method(topic: "why-focus-b"), "\(b.interpretation)")
    }

    @Test("'now takahasi' is 高橋美咲 typed one letter off; a word no rep is near names nobody")
    func repTypo() {
        let reps = ["高橋美咲", "佐藤健", "Tom Baker"]
        #expect(RepName.named(in: "now takahasi. split pls", reps: reps, customerNames: ["かもめ食堂"]) == "高橋美咲")
        #expect(RepName.named(in: "now takeshita. split pls", reps: reps, customerNames: ["かもめ食堂"]) == nil)
    }

    @Test("each rep's counts come with their sales and a line for the whole team; a rep's whole list ends with the unclassified")
    func teamAndUnclassified() throws {
        let team = try #require(Self.ask(["担当別の売上は"]))
        #expect(team.lines.contains { $0.hasPrefix("  チーム全体 — ") && $0.contains("計12社") }, "\(team.lines)")
        #expect(team.lines.contains { $0.hasPrefix("  Emily Clarkさん") && $0.contains("当社売上") }, "\(team.lines)")
        let unclassified = Customer(name: "株式会社須磨塗装", metrics: MetricValues())
        var customers = Self.kobe.classifications.map(\.customer)
        customers.append(unclassified)
        let data = AssistantData(classifications: Classifier().classify(customers), guidance: StubGuidance(), today: Self.today)
        let list = try #require(T.ask(["show me all my customers"], data: data))
        #expect(list.lines.last { !$0.hasPrefix("See") }?.contains("株式会社須磨塗装") == true, "\(list.lines)")
    }

    @Test("two reps compared on one segment show that segment's customers and sales for each")
    func repsOnASegment() throws {
        let answer = try #require(Self.ask(["compare Sato Kenji and Emily Clark on their A accounts"]))
        #expect(answer.interpretation.reps.count == 2, "\(answer.interpretation)")
        let segmentLines = answer.lines.filter { $0.hasPrefix("    A: ") }
        #expect(segmentLines.count == 2, "\(answer.lines)")
        #expect(segmentLines.contains { $0.contains("Rokko Steel Works") } && segmentLines.contains { $0.contains("Harbor Logistics Japan") }, "\(answer.lines)")
    }

    @Test("「大阪電子工業のセグメントは？」 beside 北摂電子工業 is another company: offered as 'did you mean', never answered about")
    func otherPlaceSameTrade() {
        let matcher = CustomerMatcher(names: ["北摂電子工業", "池田製作所"])
        let found = matcher.match(in: "大阪電子工業のセグメントは？")
        #expect(found.names.isEmpty && found.likely.isEmpty, "\(found)")
        #expect(found.suggestions == ["北摂電子工業"], "\(found)")
        #expect(CustomerMatcher(names: ["小林包装"]).match(in: "小林包送ってなんでC？").likely == ["小林包装"])
    }
}
