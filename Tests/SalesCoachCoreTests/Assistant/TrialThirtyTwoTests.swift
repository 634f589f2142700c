import Testing

@testable import SalesCoachCore

/// A fresh trial on an Osaka printing-supplies distributor with three reps:
/// a manager's 「誰がサポート必要？」 and 「訪問が空いてる」, the A rhythm asked per
/// rep, reps level on C over the comfort window, a company in kanji inside
/// an English line, four customers to put in order, and the sums by segment.
@Suite struct TrialThirtyTwoTests {
    typealias T = AssistantAnswerTests

    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        難波印刷株式会社,1850,120,4.5,48,9600,1920,2026-11-27,山本 翔太
        ㈱泉北印刷 堺営業所,2600,210,6.8,9,1300,210,2026-06-02,山本 翔太
        梅田グラフィック㈱,1320,95,5.5,35,7200,1350,2026-08-20,山本 翔太
        Osaka Print Solutions Ltd.,3400,260,9.2,11,1600,240,2026-03-10,山本 翔太
        鶴橋食品㈱,270,22,0.4,8,800,110,,山本 翔太
        ミナミプリント,90,6,-5.0,28,2600,500,2026-11-05,山本 翔太
        有限会社上本町製本,150,14,-3.5,40,4200,760,2026-12-01,山本 翔太
        京都文具センター㈱,1500,110,3.0,44,8800,1700,2026-10-28,Kobayashi Aya
        山科病院,1250,300,1.5,19,2800,510,,Kobayashi Aya
        高槻電子工業㈱,1700,140,5.0,37,6800,1250,2026-09-30,Kobayashi Aya
        伏見酒造株式会社,2900,190,7.5,7,900,150,2026-02-16,Kobayashi Aya
        丸太町印刷所,60,5,-4.2,25,2300,420,2026-11-25,Kobayashi Aya
        有限会社西陣プリント,120,11,-2.0,33,3500,700,2026-12-03,Kobayashi Aya
        株式会社六甲製薬,2000,160,7.0,46,9900,2100,2026-07-01,James Miller
        姫路鉄工所㈱,1400,200,-0.5,24,2900,530,2026-06-25,James Miller
        尼崎化成株式会社,1600,130,1.2,34,5900,1050,2026-10-06,James Miller
        神戸港湾サービス㈱,3100,280,3.8,42,9100,1800,2026-12-02,James Miller
        有限会社灘酒販,180,15,-2.8,30,3300,640,2026-11-16,James Miller
        株式会社須磨印刷,210,16,-2.5,36,3800,730,2026-10-20,James Miller
        有限会社垂水ベーカリー,80,9,-0.2,39,4000,800,2026-11-19,James Miller
        """

    static let kansai: AssistantData = {
        let customers = try! CustomerImporter.importCustomers(
            from: Array(book.utf8), source: "kansai.csv", options: ImportOptions()).customers
        return AssistantData(
            classifications: Classifier().classify(customers), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)
    }()

    @Test("「誰がサポート必要？」 and 「サポート必要なのは誰」 name the rep who needs help, with the reasons")
    func whoNeedsSupport() {
        for line in ["誰がサポート必要？", "サポート必要なのは誰"] {
            let text = T.ask(line, data: Self.kansai).text
            #expect(text.hasPrefix("一番支援が必要なのは"), "\(line): \(text)")
            #expect(text.contains("担当者ごと（支援が必要な順）"), "\(text)")
        }
    }

    @Test("「キーアカウントで訪問が空いてるのは？」 lists the A customers past their follow-up, longest unseen first")
    func keyAccountsGoneQuiet() {
        let answer = T.ask("キーアカウントで訪問が空いてるのは？", data: Self.kansai)
        #expect(answer.interpretation.customerList == .notSeenLately, "\(answer.text)")
        let lines = answer.text.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("フォローを過ぎたA顧客") == true, "\(answer.text)")
        #expect(lines.dropFirst().first?.contains("株式会社六甲製薬") == true, "the longest unseen first: \(answer.text)")
    }

    @Test("the A rhythm in a team's list is each rep's own: every rep's A count, and the cadence the busiest rep can keep")
    func cadencePerRep() {
        let text = T.ask("A客先は各担当どのくらいの頻度で回るべき？", data: Self.kansai).text
        #expect(text.contains("James Millerさん3社"), "\(text)")
        #expect(text.contains("どの担当者もA顧客を2週間ごとにフォローできます"), "\(text)")
        // The team's count squeezed into one rep's week would stretch it.
        #expect(!text.contains("約4週間ごと"), "\(text)")
    }

    /// Two reps with 2 C visits of 4 in the last four weeks; over eight, Ito
    /// has two more C visits and Sato two visits elsewhere.
    static let level = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        Alpha,5000,500,5,50,9000,1800,2026-11-30,Ito
        Bravo,5000,500,5,2,200,20,2026-12-01,Ito
        Cedar,100,10,0,50,9000,1800,2026-11-20,Ito
        Cobalt,100,10,0,50,9000,1800,2026-11-25,Ito
        Coral,100,10,0,50,9000,1800,2026-10-20,Ito
        Crest,100,10,0,50,9000,1800,2026-10-25,Ito
        Amber,5000,500,5,50,9000,1800,2026-11-30,Sato
        Aspen,5000,500,5,50,9000,1800,2026-10-25,Sato
        Birch,5000,500,5,2,200,20,2026-12-01,Sato
        Brook,5000,500,5,2,200,20,2026-10-20,Sato
        Cliff,100,10,0,50,9000,1800,2026-11-20,Sato
        Cove,100,10,0,50,9000,1800,2026-11-25,Sato
        """

    @Test("reps level on C over the comfort window are told apart by twice its length, and that is said")
    func comfortTie() throws {
        let customers = try CustomerImporter.importCustomers(from: Array(Self.level.utf8), source: "level.csv", options: ImportOptions()).customers
        let data = AssistantData(
            classifications: Classifier().classify(customers), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)
        for line in ["who visits C too much?", "Cに行きすぎてるのは誰？"] {
            let text = T.ask(line, data: data).text
            #expect(text.contains("Most on C: Ito, 2 of 4 recent visits (50%). Level with Sato over 4 weeks; over the last 8: 4 of 6 visits to C (67%).")
                || text.contains("Cに最も偏っているのはItoさんです（直近の訪問4件中2件、50%）。4週ではSatoさんと同じですが、直近8週ではCへの訪問が6件中4件（67%）です。"),
                "\(line): \(text)")
        }
    }

    @Test("a company in kanji inside an English line is said not to be in the list", arguments: ["is 堺化学工業 in my list?", "do we have 堺化学工業?"])
    func kanjiCompanyInEnglish(line: String) {
        let answer = T.ask(line, data: Self.kansai)
        #expect(answer.interpretation.unknownName == "堺化学工業", "\(answer.text)")
        #expect(answer.text.contains("“堺化学工業” is not in your customer list"), "\(answer.text)")
    }

    @Test("four customers to put in order are all ranked, a name only one fits included")
    func fourInOrder() {
        let text = T.ask("which matters most: osaka print, 鶴橋食品, minami print, rokko", data: Self.kansai).text
        let ranked = text.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isNumber == true }
        #expect(ranked.count == 4, "\(text)")
        #expect(ranked.first?.contains("株式会社六甲製薬") == true, "the overdue A first: \(text)")
        #expect(ranked.last?.contains("ミナミプリント") == true || ranked.last?.contains("鶴橋食品㈱") == true, "\(text)")
    }

    @Test("totals by segment give our sales in money beside the share")
    func totalsBySegment() {
        let text = T.ask("totals by segment pls", data: Self.kansai).text
        let sales = Self.kansai.summary.row(.a).sales
        #expect(text.contains("A: "), "\(text)")
        #expect(text.contains(Formatting.value(sales, of: .sales) + " of our sales ("), "\(text)")
    }

    @Test("'which of those matters most?' and 「その中で一番大事なのは？」 after a list put those customers in the order to visit them")
    func thoseInVisitOrder() throws {
        for (list, ask) in [("who are my B customers?", "which of those matters most?"), ("Bの顧客は？", "その中で一番大事なのは？")] {
            let listed = try #require(T.ask([list], data: Self.kansai))
            let answer = try #require(T.ask([list, ask], data: Self.kansai))
            #expect(answer.interpretation.intent == .compare, "\(answer.text)")
            #expect(Set(answer.followUpContext.customers) == Set(listed.followUpContext.listed), "\(answer.text)")
            // The biggest upside first, as the planner takes B, not the largest sales.
            let b = Self.kansai.members(of: .b)
            let history = VisitHistory(customers: b.map(\.customer), visitLog: [], today: Self.kansai.today)
            let first = b.map { Self.kansai.visitPriority($0, history: history) }.sorted { $0 < $1 }.first?.name
            #expect(answer.lines.dropFirst().first?.contains("1. \(first ?? "?"):") == true, "\(answer.text)")
            #expect(!answer.text.contains("Both are B") && !answer.text.contains("どちらもB"), "\(answer.text)")
        }
    }
}
