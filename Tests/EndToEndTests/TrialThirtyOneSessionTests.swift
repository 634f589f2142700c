import Foundation
import Testing

/// Sessions from two fresh trials (30, 31) on Fukuoka and Sendai
/// distributors: a line that both keeps one customer in the plan and takes
/// another out, a move said after a question about the customer, a rep
/// introduced in kanji whose file spells them in romaji with a visit in the
/// same line, a plan typed after "check this:" then "rebuild it", and a day
/// given to one customer that must not crowd a day past its pace.
/// (Today is Wednesday 2026-12-09.)
@Suite struct TrialThirtyOneSessionTests {
    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        Blue Harbor Foods,30000,2000,6.0,34,8440,1500,2026-05-20,Olivia Grant
        大河原製茶,300,20,0.5,30,2600,600,2026-11-30,Olivia Grant
        Sendai Craft Brewing,12000,800,12.5,6,300,60,2026-10-01,Olivia Grant
        蔵王乳業㈱,10000,700,4.5,5,350,70,2026-10-05,Olivia Grant
        加美ジェラート,150,10,0.2,28,2200,500,2026-04-01,Olivia Grant
        石巻食品㈱,3165,117,5.3,4,650,110,2026-06-15,Takahashi Ryo
        ヤマニ水産,612,47,3.6,31,7240,1470,2026-12-01,Takahashi Ryo
        塩竈蒲鉾㈱,500,40,1.0,29,6000,1200,2026-12-04,Takahashi Ryo
        富谷ファーム食品,20000,1500,5.0,40,9980,2000,2026-10-20,Takahashi Ryo
        女川水産加工,15000,900,6.0,5,400,80,2026-09-01,Takahashi Ryo
        丸森しいたけ,100,8,0.1,2,100,20,2026-07-01,Takahashi Ryo
        株式会社石巻水産,10035,311,7.6,51,15830,2800,2026-11-20,佐藤 恵
        涌谷チーズ工房,11000,750,5.5,4,250,50,2026-08-20,佐藤 恵
        東北ハム㈱ 仙台工場,25000,1800,7.0,60,24430,5000,2026-08-05,佐藤 恵
        """

    private func session(_ lines: [String], language: String = "en") throws -> String {
        let result = try BinaryRunner.session(book: Self.book, lines, language: language)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("'blue harbor must be in it. and drop oogawara seicha' keeps Blue Harbor and takes 大河原製茶 out; 'accept it' saves that")
    func keepOneDropAnother() throws {
        let output = try session([
            "im olivia", "plan next week", "blue harbor must be in it. and drop oogawara seicha", "accept it", "planned list --week next",
        ])
        #expect(!output.contains("Removed the planned visits to Blue Harbor Foods"), "\(output)")
        #expect(output.contains("Blue Harbor Foods is already in the plan"), "\(output)")
        let saved = try #require(output.components(separatedBy: "The week of 2026-12-14 (2026-W51, next week):").last)
        #expect(!saved.contains("大河原製茶") && saved.contains("Blue Harbor Foods"), "\(output)")
    }

    @Test("'move sendai craft to thursday' after a question about that customer moves its visit, not its segment")
    func moveAfterAQuestionAboutTheCustomer() throws {
        let output = try session(["im olivia", "plan next week", "why is blue harbor an A?", "move sendai craft to thursday"])
        #expect(output.contains("Sendai Craft Brewing is on 2026-12-17 (Thu)"), "\(output)")
        #expect(!output.contains("The smallest changes that would move Sendai Craft Brewing"), "\(output)")
    }

    @Test("「高橋です。金曜に石巻行ってきた」 works on Takahashi Ryo's book and logs his 石巻 customer, and 「あと火曜日にやまに」 the next")
    func introductionInKanjiWithAVisit() throws {
        let output = try session(["高橋です。金曜に石巻行ってきた", "あと火曜日にやまに", "visits"], language: "ja")
        #expect(output.contains("Takahashi Ryoさんの担当先"), "\(output)")
        #expect(output.contains("石巻食品㈱（D）への訪問を 2026-12-04 に記録しました"), "\(output)")
        #expect(output.contains("ヤマニ水産（C）への訪問を 2026-12-08 に記録しました"), "\(output)")
    }

    @Test("'takahashi. check this: mon shiogama, …' checks the typed plan, and 'ok do that, rebuild it' plans his week at that size")
    func typedPlanThenRebuild() throws {
        let output = try session([
            "takahashi. check this: mon shiogama, mon yamani, tue tomiya farm, wed marumori, thu onagawa", "what should i change",
            "ok do that, rebuild it",
        ])
        #expect(output.contains("The plan as you typed it: 5 visits"), "\(output)")
        #expect(output.contains("Take out:"), "\(output)")
        let rebuilt = try #require(output.components(separatedBy: "ok do that").last ?? output.components(separatedBy: "Visit plan for the week").last)
        #expect(output.contains("Visit plan for the week of 2026-12-07 (2026-W50) — 2 of 5 visits"), "\(output)")
        #expect(!rebuilt.contains("株式会社石巻水産") && !rebuilt.contains("Blue Harbor Foods"), "\(output)")
    }
}
