import Foundation
import Testing

/// Sessions from two fresh trials: a manager whose "his" still means the rep
/// after a question about one of the rep's customers, a rep asking for next
/// week's plan with a customer in it (this week's plan is neither changed
/// nor saved), a pace raised with "make it 3", and visits told with a
/// Japanese weekday or a written date. (Today is Wednesday 2026-12-09.)
@Suite struct TrialNineteenTwentySessionTests {
    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        横浜中央病院,30000,900,2.0,30,4800,1000,2026-11-20,佐藤健
        戸部ハウジング,900,60,1.0,20,3000,600,2026-10-01,佐藤健
        ヨコハマ書店,800,40,0.5,5,700,150,2026-09-01,佐藤健
        関内ホテル,20000,600,3.0,4,1000,200,2026-11-02,佐藤健
        ハマの寿司,5000,200,2.0,25,3900,800,2026-11-25,佐藤健
        Harbor Light Hotel,26000,800,4.0,22,5000,1000,2026-11-18,高橋美咲
        かもめ食堂,700,25,1.0,18,2600,500,2026-10-15,高橋美咲
        鶴見総合病院,24000,1000,2.0,2,400,80,,高橋美咲
        Green Leaf Market,15000,400,6.0,3,900,180,2026-06-30,高橋美咲
        野毛ラーメン,600,20,1.5,15,1900,400,2026-07-20,高橋美咲
        """

    private func session(_ lines: [String], language: String = "en") throws -> (output: String, workspace: URL) {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("book.csv")
        try (Self.book + "\n").write(to: file, atomically: true, encoding: .utf8)
        let workspace = directory.appendingPathComponent("ws.sqlite")
        let result = try BinaryRunner.run(
            ["--workspace", workspace.path, "--file", file.path, "--lang", language], input: lines.joined(separator: "\n") + "\n",
            environment: ["SALESCOACH_TODAY": "2026-12-09"])
        #expect(result.status == 0, "\(result.stderr)")
        return (result.stdout, workspace)
    }

    @Test("'show me his borderline ones' after 'why is tobe housing C' lists 佐藤健's borderline customers, not that one customer's card")
    func repThroughCustomer() throws {
        let output = try session(["how does sato's book split", "why is tobe housing C", "show me his borderline ones"]).output
        let last = output.components(separatedBy: "Borderline customers").last ?? ""
        #expect(output.contains("Borderline customers"), "\(output)")
        #expect(last.contains("of 5"), "\(output)")
    }

    @Test("「来週の計画、ハマの寿司は必ず入れて」 after this week's plan plans next week and saves nothing")
    func nextWeekWithCustomer() throws {
        let run = try session(["今週の訪問計画つくって", "来週の計画、ハマの寿司は必ず入れて", "planned list"], language: "ja")
        #expect(run.output.contains("2026-12-14 の週"), "\(run.output)")
        #expect(!run.output.contains("訪問予定として保存しました"), "\(run.output)")
    }

    @Test("「月曜にハマの寿司行った」 and 「12/3 横浜中央病院 訪問」 are logged on Monday and on 12-03")
    func visitDays() throws {
        let output = try session(["月曜にハマの寿司行った", "12/3 横浜中央病院 訪問", "visits"], language: "ja").output
        #expect(output.contains("ハマの寿司（A）への訪問を 2026-12-07 に記録しました") || output.contains("2026-12-07 に記録"), "\(output)")
        #expect(output.contains("2026-12-03 に記録"), "\(output)")
        #expect(!output.contains("2026-12-09 に記録"), "\(output)")
    }

    @Test("'make it 3' after 'max 2 visits a day, friday off' is 3 a day on the same days")
    func paceRaised() throws {
        let output = try session(["plan my week, max 2 visits a day, friday off", "make it 3"]).output
        let plans = output.components(separatedBy: "Visits for the week of").dropFirst().map { block in
            block.split(separator: "\n").filter { line in ["  Wed ", "  Thu ", "  Fri "].contains { line.hasPrefix($0) } }.count
        }
        #expect(plans.count == 2, "\(output)")
        guard plans.count == 2 else { return }
        #expect(plans[0] <= 4 && plans[1] > plans[0], "\(output)")
        #expect(!output.contains("  Fri "), "\(output)")
    }
}
