import Testing

@testable import SalesCoachCore

/// Two fresh trials on a Sapporo food wholesaler and an Osaka components
/// distributor: katakana names typed as they sound in Latin letters or in
/// hiragana, a plan typed day by day and asked "why?", a visit told as
/// "and X on monday", a company the book lacks asked about by who handles
/// it, and a ranking recounted in Japanese.
@Suite struct TrialTwentyOneTwentyTwoTests {
    typealias T = AssistantAnswerTests

    static let today = LocalDate(year: 2026, month: 12, day: 9)!

    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        ニセコリゾートホテル,12000,600,3.0,30,5200,1200,2026-11-20,佐藤 健
        株式会社ホテルポールスター,,,,12,2000,430,2026-11-03,佐藤 健
        ホテルノースゲート,5200,400,6.0,3,700,120,2026-08-20,佐藤 健
        ホテルエミシア,5600,430,2.5,15,3300,760,2026-11-02,高橋美咲
        トマトの木,70,7,1.0,3,250,60,2026-04-18,高橋美咲
        スーパーみなと,6500,450,1.5,8,1800,300,,佐藤 健
        すし処 まつ田,120,12,1.0,36,2100,620,2026-12-01,佐藤 健
        パン工房こむぎ,90,9,0.5,4,300,50,2026-10-01,高橋美咲
        和食 いろは,150,14,0.8,30,2600,700,2026-11-11,佐藤 健
        札幌グランドホテル,9800,820,2.0,40,3100,900,2026-09-30,佐藤 健
        Sun Foods,400,30,1.0,10,800,150,2026-11-15,Mike Johnson
        マルハチ食品株式会社,8000,500,4.0,5,900,150,2026-10-20,高橋美咲
        """

    static let sapporo: AssistantData = {
        let customers = try! CustomerImporter.importCustomers(
            from: Array(book.utf8), source: "sapporo.csv", options: ImportOptions()).customers
        return AssistantData(classifications: Classifier().classify(customers), guidance: StubGuidance(), today: today)
    }()

    static let matcher = CustomerMatcher(names: sapporo.classifications.map(\.name))

    @Test("a katakana name typed as it sounds is taken, saying so: 'hotel polestar', 'niseko resort hotel', 'northgate', 'tomatonoki'", arguments: [
        ("whats up with hotel polestar, no segment?", "株式会社ホテルポールスター"), ("niseko resort hotel", "ニセコリゾートホテル"),
        ("is niseko resort doing ok", "ニセコリゾートホテル"), ("why is northgate a B", "ホテルノースゲート"),
        ("should i bother with tomatonoki", "トマトの木"), ("what about matsuda", "すし処 まつ田"),
    ])
    func typedAsItSounds(question: String, customer: String) {
        let found = Self.matcher.match(in: question)
        // Found by its sound, or (リゾート now being read "resort") by its reading.
        #expect(found.names + found.likely == [customer], "\(found)")
        let answer = T.ask(question, data: Self.sapporo)
        #expect(answer.interpretation.customers == [customer], "\(answer.lines)")
        #expect(answer.lines.first?.contains(customer) == true, "\(answer.lines)")
    }

    @Test("ordinary words that happen to share a name's consonants name nobody: 'the hotel people', 'plan my week please'", arguments: [
        "whats up with the hotel people", "plan my week please", "show me everything", "how many customers do we have",
    ])
    func noChanceMatch(question: String) {
        let found = Self.matcher.match(in: question)
        #expect(found.names.isEmpty && found.likely.isEmpty, "\(found)")
    }

    @Test("a hiragana run that is part of one name finds it: 「えみしあ」 ホテルエミシア, 「こむぎ」 パン工房こむぎ, 「みなと」 スーパーみなと", arguments: [
        ("えみしあのランクは？", "ホテルエミシア"), ("こむぎは？", "パン工房こむぎ"), ("みなとも月曜に行った", "スーパーみなと"),
    ])
    func hiraganaPart(question: String, customer: String) {
        let found = Self.matcher.match(in: question)
        #expect(found.likely == [customer], "\(found)")
    }

    @Test("「さっぽろグランドホテル」 is not ホテルエミシア: a katakana word inside a longer one starts no name")
    func noStartInsideWord() {
        let matcher = CustomerMatcher(names: ["ホテルエミシア", "トマトの木"])
        let found = matcher.match(in: "さっぽろグランドホテルの最終訪問はいつ")
        #expect(found.names.isEmpty && found.likely.isEmpty && found.suggestions.isEmpty, "\(found)")
        // The same start after a day word still is one.
        #expect(matcher.match(in: "昨日ホテルエミシ行った").likely == ["ホテルエミシア"])
    }

    @Test("a plan typed day by day is checked without the days: 'mon minato, tue northgate, …', 「月 梅寿司」; 'Sun Foods' keeps its name")
    func typedPlanDays() throws {
        let typed = try #require(TypedPlan.read(
            "check this plan: mon minato, tue northgate, thu matsuda, fri iroha and komugi, sun foods", matcher: Self.matcher))
        #expect(typed.unknown.isEmpty, "\(typed)")
        #expect(Set(typed.visits.map(\.customerName)) == [
            "スーパーみなと", "ホテルノースゲート", "すし処 まつ田", "和食 いろは", "パン工房こむぎ", "Sun Foods",
        ])
        let japanese = try #require(TypedPlan.read("この計画チェックして：月 和食 いろは、水曜 パン工房こむぎ、（金）マルハチ", matcher: Self.matcher))
        #expect(japanese.unknown.isEmpty && japanese.visits.count == 3, "\(japanese)")
    }

    @Test("'why?' and 「なんで？」 after a typed plan's check explain that plan's verdict, not another plan's", arguments: [
        ("check this plan: iroha, matsuda, komugi", "why?", "Why that verdict"),
        ("この計画チェックして：和食 いろは、すし処 まつ田、パン工房こむぎ", "なんで？", "この判定の理由"),
    ])
    func whyAfterTypedCheck(check: String, why: String, lead: String) throws {
        let answer = try #require(T.ask([check, why], data: Self.sapporo))
        #expect(answer.lines.first?.hasPrefix(lead) == true, "\(answer.lines)")
        // The same three visits, C over its share: the typed plan, not a proposal.
        #expect(answer.lines.contains { $0.contains("3 visits") || $0.contains("3件") }, "\(answer.lines)")
        #expect(!answer.lines.joined().contains("propose") && !answer.lines.joined().contains("提案する計画"), "\(answer.lines)")
    }

    @Test("'and minato on monday', 「あとこむぎも昨日」 go on a visit report; questions do not", arguments: [
        ("and minato on monday", "visited minato on monday"), ("also komugi", "visited komugi"),
        ("あとこむぎも昨日", "こむぎも昨日行った"), ("and the B ones?", nil), ("and why is it B", nil), ("あと何社？", nil),
    ] as [(String, String?)])
    func continuedReport(line: String, report: String?) {
        #expect(VisitStatement.continued(line) == report)
    }

    @Test("the continued report logs the customer on the day told")
    func continuedReportLogs() throws {
        let report = try #require(VisitStatement.continued("and minato on monday"))
        let statement = try #require(VisitStatement.read(report, matcher: Self.matcher, today: Self.today))
        guard case .log(let name, let date, _) = statement else {
            Issue.record("\(statement)")
            return
        }
        #expect(name == "スーパーみなと" && date == LocalDate(year: 2026, month: 12, day: 7))
    }

    @Test("「彼のAで最後に訪問したのが古い順に」 asks for a list; it is no visit report")
    func listByLastVisitIsNoReport() {
        #expect(VisitStatement.read("彼のAで最後に訪問したのが古い順に", matcher: Self.matcher, today: Self.today) == nil)
    }

    @Test("「セイコーマートの担当は誰ですか」 says the company is not in the list, rather than asking which segment")
    func whoHandlesUnknownCompany() {
        let answer = T.ask("セイコーマートの担当は誰ですか", data: Self.sapporo)
        #expect(answer.lines.first?.contains("「セイコーマート」は顧客リストにありません") == true, "\(answer.lines)")
    }

    @Test("ノルディック for Nordic Controls: katakana writes the r before a consonant as ル, and the name is still found")
    func katakanaWithRu() {
        let matcher = CustomerMatcher(names: ["Nordic Controls", "北摂電子工業", "Apex Motors"])
        #expect(matcher.match(in: "ノルディックはなんでBなの").likely == ["Nordic Controls"])
    }

    @Test("'does Acme Corp buy from us', 'whats the deal with Kyoto Seiki' are about companies the book lacks: said to be missing, not declined", arguments: [
        ("does Acme Corp buy from us", "Acme Corp"), ("whats the deal with Kyoto Seiki", "Kyoto Seiki"),
    ])
    func buysFromUs(question: String, company: String) {
        let answer = T.ask(question, data: Self.sapporo)
        #expect(answer.interpretation.unknownName == company, "\(answer.interpretation)")
        #expect(answer.lines.first?.contains("is not in your customer list") == true, "\(answer.lines)")
    }

    @Test("kanji names typed in romaji the place tables now read: 'izumi kogyo' 和泉工業, 'hirakata' 枚方電機, 'moriguchi' 守口電機", arguments: [
        ("why is izumi kogyo in B", "和泉工業"), ("what about hirakata? why", "枚方電機"), ("moriguchi denki last visit", "守口電機"),
    ])
    func placesInRomaji(question: String, customer: String) {
        let matcher = CustomerMatcher(names: ["和泉工業", "枚方電機", "守口電機", "北摂電子工業", "堺金属製作所"])
        let found = matcher.match(in: question)
        #expect(found.names + found.likely == [customer], "\(found)")
    }

    @Test("「そのプランでCの割合は？」 right after a plan is that plan's split, not the book's share of C")
    func planShare() throws {
        let answer = try #require(T.ask(["今週の訪問計画作って。Cは1件まで", "そのプランでCの割合は？"], data: Self.sapporo))
        #expect(answer.interpretation.intent == .planCheck, "\(answer.interpretation)")
        #expect(answer.lines.contains { $0.hasPrefix("  C：") && $0.contains("方針") }, "\(answer.lines)")
    }

    @Test("'i'm out on thursday', 'away on friday' take the day out of the week", arguments: [
        ("plan my week, i'm out on thursday", 4), ("plan my week, away on friday", 5), ("plan my week, off on monday", 1),
    ])
    func outOnDay(line: String, day: Int) {
        #expect(PlanDays.dropped(line) == [day])
    }

    @Test("'max 1 C visit' right after a plan is a limit on that plan, not the C article")
    func capAfterPlan() throws {
        let answer = try #require(T.ask(["plan my week", "max 1 C visit"], data: Self.sapporo))
        #expect(answer.interpretation.intent == .weeklyPlan, "\(answer.interpretation)")
        #expect(answer.interpretation.segmentCaps[.c] == 1, "\(answer.interpretation)")
    }

    @Test("a plan typed day by day with the question after it (「… この予定どう？」, '…, is this ok?') is checked as typed", arguments: [
        "月 和食 いろは、火 スーパーみなと、水 パン工房こむぎ、木 すし処 まつ田　この予定どう？",
        "mon iroha, tue minato, wed komugi, thu matsuda - is this ok?",
        "iroha, minato, komugi, matsuda. is this ok?",
    ])
    func typedPlanWithQuestionAfter(line: String) {
        let answer = T.ask(line, data: Self.sapporo)
        #expect(answer.interpretation.intent == .planCheck, "\(answer.interpretation)")
        #expect(answer.interpretation.typedPlan?.visits.count == 4, "\(answer.interpretation)")
    }

    @Test("'mizuho seimitsu wa?' is Japanese typed in romaji: answered in Japanese", arguments: [
        ("mizuho seimitsu wa?", Language.ja), ("tanaka shoji desu ka", .ja), ("what is segment A", .en), ("how is acme", .en),
    ])
    func romajiParticle(line: String, language: Language) {
        #expect(LanguageDetector.language(of: line) == language)
    }

    @Test("'whose A follow-ups are late' names the rep beside each late customer; a rep's own list does not")
    func whoseFollowUps() throws {
        let answer = T.ask("whose A follow-ups are late", data: Self.sapporo)
        #expect(answer.lines.contains { $0.contains("札幌グランドホテル (佐藤 健)") }, "\(answer.lines)")
        let own = T.ask("which A customers are overdue", data: Self.sapporo)
        #expect(!own.lines.contains { $0.contains("(佐藤 健)") }, "\(own.lines)")
    }

    @Test("a rep whose name the file spells in katakana, typed in Latin letters: 'michael brown', 'michael's B customers'", arguments: [
        ("tell me about michael brown", "マイケル・ブラウン"), ("show me michael's B customers", "マイケル・ブラウン"),
        ("how is brown san doing", "マイケル・ブラウン"), ("what about sakura english school", nil),
    ] as [(String, String?)])
    func katakanaRepInLatin(question: String, rep: String?) {
        let reps = ["マイケル・ブラウン", "山田 太郎", "Emily Clark"]
        #expect(RepName.named(in: question, reps: reps, customerNames: ["Sakura English School", "大須ベーカリー"]) == rep)
    }

    @Test("'total sales' by segment names the unclassified customers' part, so the parts add up to the total")
    func totalsAddUp() {
        let answer = T.ask("total sales", data: Self.sapporo)
        let split = answer.lines.first { $0.hasPrefix("  By segment: ") }
        #expect(split?.contains("unclassified 2,000 (") == true, "\(answer.lines)")
    }

    @Test("「じゃあ高橋さんは？」, 'and emily?' only name a rep; 「高橋さんのC顧客は？」 asks something of its own", arguments: [
        ("じゃあ高橋さんは？", "高橋美咲", true), ("and emily?", "Emily Clark", true), ("what about yamamoto", "山本 拓也", true),
        ("高橋さんのC顧客は？", "高橋美咲", false), ("and emily's B customers?", "Emily Clark", false),
    ])
    func onlyRepName(question: String, rep: String, only: Bool) {
        #expect(RepName.isOnlyName(of: rep, in: question) == only)
    }

    @Test("「5件にして」 after a ranking shows that ranking, five long")
    func recountInJapanese() throws {
        let answer = try #require(T.ask(["売上の大きい順トップ3", "5件にして"], data: Self.sapporo))
        #expect(answer.interpretation.customerList == .top(.sales), "\(answer.interpretation)")
        #expect(answer.interpretation.number == 5)
        let ranked = answer.lines.filter { $0.hasPrefix("  ") && $0.contains(" — ") }
        #expect(ranked.count == 5, "\(answer.lines.joined(separator: " / "))")
    }
}
