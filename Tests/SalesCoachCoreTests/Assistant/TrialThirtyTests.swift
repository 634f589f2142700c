import Testing

@testable import SalesCoachCore

/// A fresh trial on a Fukuoka and Kitakyushu distributor: two visits told
/// each with its own day, a plan typed with 「月:…,… 火:…」 day labels, a
/// move naming no customer, a segment letter in the plural ("D's"), reps
/// ranked by who drifts to C and by who needs help, and a hiragana place
/// typed straight after 「今朝」.
@Suite struct TrialThirtyTests {
    typealias T = AssistantAnswerTests

    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        戸畑化学工業株式会社,30000,2000,6.0,55,45000,9000,2026-06-10,中村 大輔
        中村鉄工株式会社,20000,1500,5.0,50,40000,8000,2026-12-01,中村 大輔
        門司港ロジテック株式会社,18000,1100,5.0,5,3000,500,2026-08-01,中村 大輔
        八幡製作所㈱,900,60,0.5,35,25000,4000,2026-12-03,中村 大輔
        若松造船㈱,300,20,0.1,3,1000,100,2026-05-01,中村 大輔
        糸島ファーム株式会社,25000,1800,7.0,60,50000,9500,2026-08-28,Kato Haruka
        宗像食品株式会社,15000,900,4.0,6,3000,500,2026-12-07,Kato Haruka
        株式会社福岡空調,800,50,0.2,30,20000,3000,2026-12-02,Kato Haruka
        株式会社春日クリーン,700,40,0.3,28,18000,2800,2026-11-25,Kato Haruka
        玄海エンジニアリング㈱,16000,1000,5.5,4,2500,400,2026-11-05,Michael Brown
        Harbor Foods Japan,400,30,0.2,2,800,90,2026-10-22,Michael Brown
        株式会社筑後プラスチック,22000,1600,6.5,45,35000,7000,2026-08-20,Michael Brown
        御前崎マリン工業,19000,1200,6.1,5,2000,300,,Michael Brown
        Kyushu Robotics Inc.,350,25,0.1,1,500,50,2025-11-20,Michael Brown
        株式会社ヤマダ工業,250,15,0.1,2,600,60,2026-04-01,Michael Brown
        """

    static let fukuoka: AssistantData = {
        let customers = try! CustomerImporter.importCustomers(
            from: Array(book.utf8), source: "fukuoka.csv", options: ImportOptions()).customers
        return AssistantData(
            classifications: Classifier().classify(customers), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)
    }()

    /// The same book with Kato Haruka's last weeks logged: five visits, four of them to C.
    static let logged: AssistantData = {
        let day = { (d: Int) in LocalDate(year: 2026, month: 12, day: d)! }
        let log = [
            VisitRecord(customerName: "株式会社福岡空調", date: day(1)), VisitRecord(customerName: "株式会社春日クリーン", date: day(2)),
            VisitRecord(customerName: "株式会社福岡空調", date: day(4)), VisitRecord(customerName: "株式会社春日クリーン", date: day(8)),
            VisitRecord(customerName: "宗像食品株式会社", date: day(7)),
            VisitRecord(customerName: "中村鉄工株式会社", date: day(3)), VisitRecord(customerName: "門司港ロジテック株式会社", date: day(4)),
            VisitRecord(customerName: "八幡製作所㈱", date: day(7)), VisitRecord(customerName: "戸畑化学工業株式会社", date: day(8)),
        ]
        return AssistantData(
            classifications: fukuoka.classifications, guidance: StubGuidance(), visitLog: log, today: LocalDate(year: 2026, month: 12, day: 9)!)
    }()

    static var matcher: CustomerMatcher { fukuoka.interpreter.matcher }

    @Test("two visits each told with its day are logged each on that day", arguments: [
        ("visited chikugo plastic yesterday and harbor foods this morning", ["株式会社筑後プラスチック", "Harbor Foods Japan"], [-1, 0]),
        ("おととい門司港ロジテック行った。今日は宗像食品にも行ってきた", ["門司港ロジテック株式会社", "宗像食品株式会社"], [-2, 0]),
        ("昨日糸島ファーム、今日は福岡空調に行った", ["糸島ファーム株式会社", "株式会社福岡空調"], [-1, 0]),
        ("saw Kyushu Robotics Inc. on friday and harbor foods today", ["Kyushu Robotics Inc.", "Harbor Foods Japan"], [-3, 0]),
        ("昨日、糸島ファーム行った。今日は福岡空調にも行ってきた", ["糸島ファーム株式会社", "株式会社福岡空調"], [-1, 0]),
    ])
    func eachVisitOnItsDay(line: String, customers: [String], days: [Int]) {
        guard case .logDays(let visits, _) = VisitStatement.read(line, matcher: Self.matcher, today: T.today) else {
            Issue.record("\(line): \(String(describing: VisitStatement.read(line, matcher: Self.matcher, today: T.today)))")
            return
        }
        #expect(visits.map(\.customer) == customers, "\(line)")
        #expect(visits.map(\.date) == days.map { T.today.adding(days: $0) }, "\(line)")
    }

    @Test("a second day that is a plan, not a visit, logs nothing: 「昨日糸島ファーム行った。明日は宗像食品に行く予定」")
    func planInTheSecondClauseIsNoVisit() {
        let statement = VisitStatement.read("昨日糸島ファーム行った。明日は宗像食品に行く予定", matcher: Self.matcher, today: T.today)
        if case .logDays = statement { Issue.record("a plan for tomorrow was logged: \(String(describing: statement))") }
        if case .logEach = statement { Issue.record("a plan for tomorrow was logged: \(String(describing: statement))") }
    }

    @Test("a place in hiragana typed straight after a day word is found: 「今朝おまえざきマリン行ってきた」")
    func hiraganaAfterADayWord() {
        for line in ["今朝おまえざきマリン行ってきた、新任の課長に会えた", "昨日おまえざきマリンに行った"] {
            guard case .log(let customer, _, let note) = VisitStatement.read(line, matcher: Self.matcher, today: T.today) else {
                Issue.record("\(line): \(String(describing: VisitStatement.read(line, matcher: Self.matcher, today: T.today)))")
                continue
            }
            #expect(customer == "御前崎マリン工業", "\(line)")
            if line.contains("課長") { #expect(note == "新任の課長に会えた") }
        }
    }

    @Test("a plan typed with day labels after spaces reads every visit: 「月:福岡空調,春日クリーン 火:八幡製作所 水:宗像食品」")
    func dayLabelledPlan() {
        let typed = TypedPlan.read("来週これでどう？ 月:福岡空調,春日クリーン 火:八幡製作所 水:宗像食品", matcher: Self.matcher)
        #expect(typed?.visits.map(\.customerName) == ["株式会社福岡空調", "株式会社春日クリーン", "八幡製作所㈱", "宗像食品株式会社"])
        #expect(typed?.unknown == [])
    }

    @Test("a move naming no customer is said, not read as a plan for that day alone")
    func moveOfAnUnknownName() {
        let unknown = MoveStatement.unknown("move zenkoo to monday", matcher: Self.matcher, afterPlan: true)
        #expect(unknown?.typed == "zenkoo")
        #expect(MoveStatement.unknown("move it to friday", matcher: Self.matcher, afterPlan: true)?.typed == "")
        #expect(MoveStatement.unknown("move genkai to monday", matcher: Self.matcher, afterPlan: true) == nil)
        #expect(MoveStatement.read("move genkai to monday", matcher: Self.matcher, afterPlan: true)?.customer == "玄海エンジニアリング㈱")
    }

    @Test("which rep has the most of a segment ranks the reps, the letter in the plural included", arguments: [
        "which rep has the most D's", "which rep has the most Ds", "Bが一番多い担当は？",
    ])
    func repsBySegment(line: String) {
        let answer = T.ask(line, data: Self.fukuoka)
        #expect(answer.interpretation.customerList == .repsBySegment, "\(line)")
        #expect(answer.interpretation.unknownName == nil, "\(line)")
    }

    @Test("who visits C too much names the rep with the largest C share first", arguments: ["Cに通いすぎてるのは誰？", "who spends the most time on C?"])
    func comfortNamesTheRep(line: String) {
        let answer = T.ask(line, data: Self.logged)
        #expect(answer.interpretation.customerList == .comfort, "\(line)")
        // Kato Haruka: 4 of her 6 recent visits are C, more than anyone's share.
        #expect(answer.lines.contains { $0.contains("Most on C: Kato Haruka") || $0.contains("Cに最も偏っているのはKato Harukaさん") },
                "\(answer.lines)")
    }

    @Test("who needs help names a rep with the reasons: overdue A, idle B, drift to C", arguments: [
        "who needs help the most", "一番サポートが必要な担当は？",
    ])
    func needsHelp(line: String) {
        let answer = T.ask(line, data: Self.fukuoka)
        #expect(answer.interpretation.asksHelp, "\(line)")
        let first = answer.lines.first ?? ""
        // 中村 大輔 and Michael Brown each leave one A and one B unseen; Brown's
        // B (御前崎マリン) has never been visited, the longest wait of all.
        #expect(first.contains("Michael Brown"), "\(first)")
        #expect(first.contains("株式会社筑後プラスチック") && first.contains("御前崎マリン工業"), "\(first)")
        // Every rep is listed after, with their own reasons.
        #expect(answer.lines.contains { $0.contains("中村 大輔") && $0.contains("戸畑化学工業株式会社") && $0.contains("門司港ロジテック株式会社") })
    }

    @Test("a rep's A customers asked with 「回れてる？」 list them with their last visits")
    func coveringTheirAList() {
        for line in ["中村さんのA客、ちゃんと回れてる？", "is nakamura keeping up with his A accounts?"] {
            let answer = T.ask(line, data: Self.fukuoka)
            #expect(answer.interpretation.asksLastVisit, "\(line): \(answer.interpretation.intent)")
        }
    }

    @Test("A customers unseen for a while, by rep: 「A先でしばらく行けてないところ、担当別に出して」 is the overdue list")
    func overdueByRep() {
        let answer = T.ask("A先でしばらく行けてないところ、担当別に出して", data: Self.fukuoka)
        #expect(answer.interpretation.customerList == .overdue)
        #expect(answer.lines.contains { $0.contains("戸畑化学工業株式会社") && $0.contains("中村 大輔") })
    }
}
