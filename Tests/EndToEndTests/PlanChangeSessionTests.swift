import Foundation
import Testing

/// A rep with two free days changing the plan in words, as a fresh trial did
/// it: the days and the pace per day the first request set are kept by each
/// change that does not name them, a day taken away goes, a day already past
/// is said to be past, and adding a customer the plan holds adds nothing.
/// (Today is Wednesday 2026-12-09.)
@Suite struct PlanChangeSessionTests {
    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        Harbor View Hotel,9000,450,5.0,14,6000,1500,2026-11-25,Emily
        ラーメン一蘭堂,2000,100,5.0,12,3400,820,2026-09-18,Emily
        久留米給食株式会社,4100,200,1.0,35,14000,2600,2026-10-20,Emily
        ザ・ロイヤル中洲,7200,350,4.0,10,3000,700,2026-10-30,Emily
        キャナル・ダイニング,2200,110,9.0,4,1100,260,2026-08-12,Emily
        ホテルサンライズ小倉,3500,180,4.5,7,2000,480,,Emily
        百道浜ブライダルホール,2600,130,-2.0,3,900,210,2026-08-25,Emily
        Fukuoka Curry House,500,26,6.5,5,1200,280,2026-10-10,Emily
        やきとり鳥よし,250,15,2.0,28,4800,1350,2026-12-07,Emily
        居酒屋はなまる,600,30,3.0,11,2600,650,2026-11-02,Emily
        糸島オーガニックキッチン,380,16,15.0,2,400,90,2026-09-03,Emily
        香椎浜カフェテリア,320,14,1.0,13,2700,640,,Emily
        """

    private func session(_ lines: [String], language: String = "en") throws -> String {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("book.csv")
        try (Self.book + "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(
            ["--ephemeral", "--file", file.path, "--lang", language], input: lines.joined(separator: "\n") + "\n",
            environment: ["SALESCOACH_TODAY": "2026-12-09"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The weekdays of each plan the assistant showed, in order ("Thu", "Fri", …).
    private func planDays(_ output: String) -> [[String]] {
        output.components(separatedBy: "Visits for the week of").dropFirst().map { block in
            block.split(separator: "\n").prefix { !$0.hasPrefix("Ask ") }
                .compactMap { line in ["Mon", "Tue", "Wed", "Thu", "Fri"].first { line.hasPrefix("  \($0) ") } }
        }
    }

    @Test("'make it 2 a day' keeps the two free days, 'drop friday, just thursday' keeps 2 a day on Thursday, and '6 hours tomorrow' stays on tomorrow")
    func englishChanges() throws {
        let output = try session([
            "only got thu and fri free this week, max 3 visits a day. plan it", "make it 2 a day",
            "actually drop friday, just thursday", "i have 6 hours tomorrow who should i see",
        ])
        let plans = planDays(output)
        #expect(plans.count == 4, "\(output)")
        guard plans.count == 4 else { return }
        #expect(plans[0] == ["Thu", "Thu", "Thu", "Fri", "Fri", "Fri"], "\(output)")
        #expect(plans[1] == ["Thu", "Thu", "Fri", "Fri"], "\(output)")
        #expect(plans[2] == ["Thu", "Thu"], "\(output)")
        #expect(plans[3] == ["Thu", "Thu", "Thu", "Thu"], "\(output)")
    }

    @Test("「2件にして」 after 「1日3件まで」 is 2 a day; 「金曜じゃなくて月曜」 keeps Thursday and says Monday is past; adding a customer the plan holds adds no second visit")
    func japaneseChanges() throws {
        let output = try session(
            ["今週は木曜と金曜しか空いてない。1日3件まで。計画作って", "2件にして", "金曜じゃなくて月曜にして", "ラーメン一蘭堂を入れて"],
            language: "ja")
        #expect(output.contains("2026-12-07の週の訪問計画：6件中6件"), "\(output)")
        #expect(output.contains("2026-12-07の週の訪問計画：4件中4件"), "\(output)")
        #expect(output.contains("12/7(月)はもう過ぎたので今週の計画には入れていません"), "\(output)")
        #expect(output.contains("2026-12-07の週の訪問計画：2件中2件"), "\(output)")
        let last = try #require(output.components(separatedBy: "2026-12-07の週の訪問計画：2件中2件").last)
        #expect(!last.contains("12/11(金)") && last.contains("12/10(木)"), "\(output)")
        #expect(output.contains("ラーメン一蘭堂 はすでに"), "\(output)")
    }
}
