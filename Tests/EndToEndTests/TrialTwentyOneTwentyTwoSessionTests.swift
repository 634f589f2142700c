import Foundation
import Testing

/// Sessions from two fresh trials on a Sapporo food wholesaler: a second
/// visit told as "and minato on monday", a customer the plan must hold named
/// in hiragana, the whole book asked for while working on one rep's, and
/// another rep's customer named as it sounds. (Today is Wednesday 2026-12-09.)
@Suite struct TrialTwentyOneTwentyTwoSessionTests {
    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        株式会社丸山ホテル,7000,500,2.0,30,4000,900,2026-11-25,佐藤 健
        スーパーみなと,6500,450,1.5,8,1800,300,,佐藤 健
        札幌グランドホテル,9800,820,2.0,40,3100,900,2026-09-30,佐藤 健
        株式会社北海フーズ,,,,10,900,200,2026-11-01,佐藤 健
        ホテルエミシア,5600,430,2.5,15,3300,760,2026-11-02,高橋美咲
        プリンスパン工場,5000,300,1.0,20,2500,600,2026-11-09,高橋美咲
        パン工房こむぎ,90,9,0.5,4,300,50,2026-10-01,高橋美咲
        マルハチ食品株式会社,8000,500,4.0,5,900,150,2026-10-20,高橋美咲
        和食 いろは,150,14,0.8,30,2600,700,2026-11-11,高橋美咲
        """

    private func session(_ lines: [String], language: String = "en") throws -> String {
        let result = try BinaryRunner.session(book: Self.book, lines, language: language)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("'and minato on monday' right after a logged visit logs スーパーみなと on Monday, and the log shows both")
    func continuedVisit() throws {
        let output = try session(["visited maruyama hotel yesterday", "and minato on monday", "visits"])
        #expect(output.contains("Logged a visit to 株式会社丸山ホテル (A) on 2026-12-08"), "\(output)")
        #expect(output.contains("Logged a visit to スーパーみなと"), "\(output)")
        #expect(output.contains("on 2026-12-07"), "\(output)")
        #expect(!output.contains("Visit plan for the week"), "\(output)")
    }

    @Test("「えみしあは必ず入れて」 after a plan is about ホテルエミシア and that plan, never 'why?'")
    func mustIncludeInHiragana() throws {
        let output = try session(["高橋です。今週の訪問計画つくって", "えみしあは必ず入れて"], language: "ja")
        let reply = output.components(separatedBy: "えみしあ").last ?? output
        #expect(output.contains("ホテルエミシア はすでに") || output.contains("ホテルエミシア（A）への訪問を"), "\(output)")
        #expect(!reply.contains("この計画の理由"), "\(output)")
    }

    @Test("'how many per segment in the whole book' while working on one rep's answers for everyone; the rep's split counts the unclassified")
    func wholeBookWhileScoped() throws {
        let output = try session(["im sato", "how many customers per segment in the whole book"])
        #expect(output.contains("unclassified 1)"), "\(output)")
        #expect(output.contains("Your 9 customers by segment"), "\(output)")
    }

    @Test("「じゃあ高橋さんは？」 right after 「佐藤さんのC顧客は？」 asks the same of 高橋美咲's book")
    func sameQuestionOtherRep() throws {
        let output = try session(["佐藤さんのC顧客は？", "じゃあ高橋さんは？"], language: "ja")
        let second = output.components(separatedBy: "高橋美咲さんの担当先").last ?? ""
        #expect(output.contains("（高橋美咲さんの担当先"), "\(output)")
        #expect(second.contains("Cの顧客") && second.contains("和食 いろは"), "\(output)")
    }

    @Test("another rep's customer named as it sounds (「さっぽろグランドホテル」) is answered from the whole list, saying whose it is")
    func otherRepsCustomerAsItSounds() throws {
        let output = try session(["高橋です", "さっぽろグランドホテルの最終訪問はいつ"], language: "ja")
        #expect(output.contains("札幌グランドホテルは佐藤 健さんの担当先です"), "\(output)")
        #expect(output.contains("2026-09-30"), "\(output)")
        #expect(!output.contains("ホテルエミシアとして回答します"), "\(output)")
    }
}
