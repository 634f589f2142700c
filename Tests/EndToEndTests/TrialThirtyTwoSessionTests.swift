import Foundation
import Testing

/// Sessions from a fresh trial (32) on an Osaka printing-supplies
/// distributor: a plan typed in the team's book that is one rep's week,
/// two customers of a plan trading days, and "move it to friday",
/// 「それ木曜に移して」 right after a question about one customer.
/// (Today is Wednesday 2026-12-09.)
@Suite struct TrialThirtyTwoSessionTests {
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
        Kobe Marine Logistics Inc.,2800,240,2.6,13,1550,220,,James Miller
        伊丹エアロパーツ㈱,2400,170,8.5,12,1450,230,2026-03-27,James Miller
        西宮スポーツ㈱,650,55,3.6,2,250,20,2025-08-19,James Miller
        住之江物流株式会社,2100,340,-0.8,4,450,40,2025-04-22,山本 翔太
        阿倍野学園,760,150,0.0,15,1700,260,2026-10-02,山本 翔太
        """

    private func session(_ lines: [String], language: String = "en") throws -> String {
        let result = try BinaryRunner.session(book: Self.book, lines, language: language)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The lines of each plan shown, as (weekday label, customer).
    private func plans(_ output: String) -> [[(day: String, customer: String)]] {
        var plans: [[(day: String, customer: String)]] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Visit plan for") || line.contains("の訪問計画 —") { plans.append([]) }
            guard let match = line.firstMatch(of: #/^ +\d+\. (\S+) (.+?) — /#), !plans.isEmpty else { continue }
            plans[plans.count - 1].append((String(match.1), String(match.2)))
        }
        return plans
    }

    @Test("a plan typed in the team's book whose customers are all one rep's is checked, changed and rebuilt on that rep's book")
    func typedPlanIsOneRepsWeek() throws {
        let output = try session([
            "check this plan: mon rokko, suma insatsu; tue 灘酒販, tarumi bakery; wed kobe marine", "what should i change", "ok rebuild it",
        ])
        #expect(output.contains("(James Miller's customers, as ranked in the whole list)"), "\(output)")
        let miller = Set(Self.book.split(separator: "\n").filter { $0.hasSuffix(",James Miller") }
            .map { String($0.trimmingCharacters(in: .whitespaces).split(separator: ",")[0]) })
        let rebuilt = try #require(plans(output).last)
        #expect(rebuilt.count == 5, "\(output)")
        #expect(rebuilt.allSatisfy { miller.contains($0.customer) }, "only his customers: \(rebuilt)")
        for other in ["山科病院", "伏見酒造株式会社", "Osaka Print Solutions Ltd.", "梅田グラフィック㈱"] {
            #expect(!output.contains(other), "\(other) is another rep's: \(output)")
        }
    }

    @Test("「泉北と梅田の日を入れ替えて」 after a plan with both: the two trade days and nothing else moves")
    func swapDays() throws {
        let output = try session(["山本です", "来週のプラン作って。金曜は休み、1日3件まで", "泉北と梅田の日を入れ替えて"], language: "ja")
        let shown = plans(output)
        try #require(shown.count == 2, "\(output)")
        func day(_ name: String, _ plan: [(day: String, customer: String)]) -> String? { plan.first { $0.customer == name }?.day }
        let (before, after) = (shown[0], shown[1])
        #expect(day("㈱泉北印刷 堺営業所", after) == day("梅田グラフィック㈱", before), "\(output)")
        #expect(day("梅田グラフィック㈱", after) == day("㈱泉北印刷 堺営業所", before), "\(output)")
        #expect(Set(after.map(\.customer)) == Set(before.map(\.customer)), "\(output)")
        #expect(output.contains("㈱泉北印刷 堺営業所 は 2026-12-"), "\(output)")
    }

    @Test("'move it to friday' and 「それ木曜に移して」 right after a question about one customer move that customer in the plan shown")
    func moveItAfterAQuestion() throws {
        let english = try session(["hi im aya kobayashi", "plan next week, max 2 visits a day, wednesday off", "tell me about fushimi", "move it to friday"])
        #expect(english.contains("伏見酒造株式会社 is on 2026-12-18 (Fri); 'plan accept' saves this plan."), "\(english)")
        #expect(!english.contains("Nothing was moved"), "\(english)")
        let moved = try #require(plans(english).last)
        let aya = Set(Self.book.split(separator: "\n").filter { $0.hasSuffix(",Kobayashi Aya") }
            .map { String($0.trimmingCharacters(in: .whitespaces).split(separator: ",")[0]) })
        #expect(moved.allSatisfy { aya.contains($0.customer) }, "still her plan: \(moved)")
        let japanese = try session(["山本です", "来週のプラン作って。金曜は休み、1日3件まで", "泉北ってなんでB？", "それ木曜に移して"], language: "ja")
        #expect(japanese.contains("㈱泉北印刷 堺営業所 は 2026-12-17(木) にしました。"), "\(japanese)")
        // The plan keeps its size: four days at three a day.
        #expect(japanese.components(separatedBy: "12件中").count == 3, "\(japanese)")
    }

    @Test("from trial 33: 'give me a one page overview' and 'hows kobayashi doing' sum the book up, never 'which segment?'")
    func overviewInPlainWords() throws {
        let output = try session(["give me a one page overview", "hows kobayashi doing"])
        #expect(!output.contains("Which segment"), "\(output)")
        #expect(output.components(separatedBy: "Overdue by each segment's cadence").count == 3, "\(output)")
        #expect(output.contains("(Kobayashi Aya's customers, as ranked in the whole list)"), "\(output)")
    }

    @Test("from trial 33: a rep who says who they are in English before a plan of kanji names is answered in English")
    func introductionLanguage() throws {
        let output = try session(["james miller here. check this plan: mon 六甲製薬, 須磨印刷 / tue 灘酒販, 垂水ベーカリー"], language: "ja")
        #expect(output.contains("Working on James Miller's customers"), "\(output)")
        #expect(output.contains("The plan as you typed it"), "\(output)")
    }
}
