import Foundation
import Testing

/// A team book whose reps the file spells in kanji, used as reps and managers
/// type: a rep saying who they are in romaji, next week's plan changed in a
/// follow-up, the plan shown saved for that rep alone, a visit told with the
/// romaji of a kanji name, a rep's book asked for with a possessive beside a
/// customer of the same family name. (Today is Monday 2026-11-30.)
@Suite struct KanjiRepSessionTests {
    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        株式会社大阪精機,42000,1850,4.2,86,48500000,9200000,2026-11-24,山本 拓也
        神戸ベアリング工業株式会社,128000,3200,6.5,12,6800000,1150000,2026-08-19,山本 拓也
        Osaka Precision Gears,900,60,1.0,60,14000000,2500000,2026-11-16,山本 拓也
        有限会社藤井鉄工所,380,22,1.0,44,8900000,1600000,2026-11-27,山本 拓也
        姫路製鋼株式会社,90000,2600,2.0,95,62000000,9800000,2026-10-20,西村 真理子
        株式会社ミナミ梱包,1500,90,-1.0,80,30000000,5000000,2026-10-01,西村 真理子
        近畿コンベヤ株式会社,60000,1900,3.5,4,1500000,200000,,西村 真理子
        株式会社タカラ包材,2900,180,-6.5,66,19900000,3300000,2026-11-20,西村 真理子
        Meridian Motors Kansai,150000,4100,1.2,55,41000000,6300000,2026-11-16,藤井 健太
        Northstar Machinery,72000,2300,0.8,1,400000,60000,,藤井 健太
        株式会社宝塚シール,520,30,0.0,28,6100000,1000000,2026-11-30,藤井 健太
        """

    private func session(_ lines: [String], workspace: URL? = nil, extra: [String] = []) throws -> BinaryRunner.Result {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("book.csv")
        try (Self.book + "\n").write(to: file, atomically: true, encoding: .utf8)
        let place = workspace.map { ["--workspace", $0.path] } ?? ["--ephemeral"]
        return try BinaryRunner.run(place + ["--file", file.path] + extra, input: lines.joined(separator: "\n") + "\n")
    }

    @Test("'hi, I'm Yamamoto' finds the rep the file spells 山本 拓也, and a greeting does not decide whose book the next session opens")
    func introductionInRomajiStaysInTheSession() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let workspace = directory.appendingPathComponent("team.sqlite")
        let first = try session(["hi, I'm Yamamoto", "how many A customers do I have?", "お疲れ様です、西村です"], workspace: workspace)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Working on 山本 拓也's customers: 4"), "\(first.stdout)")
        #expect(first.stdout.contains("西村 真理子さんの担当先4社"), "\(first.stdout)")
        // The next session on the same workspace starts on the whole team.
        let second = try BinaryRunner.run(["--workspace", workspace.path], input: "rep\n")
        #expect(second.stdout.contains("Working on the whole list"), "\(second.stdout)")
        #expect(!second.stdout.contains("西村 真理子's customers ("), "\(second.stdout)")
    }

    @Test("'make it 2' and 「1日2件まで」 right after next week's plan change next week's plan, not this week's")
    func followUpKeepsTheWeekAhead() throws {
        let english = try session(["plan next week", "make it 2"])
        #expect(english.stdout.components(separatedBy: "Visit plan for the week of 2026-12-07").count == 3, "\(english.stdout)")
        #expect(english.stdout.contains("— 2 of 2 visits"), "\(english.stdout)")
        let japanese = try session(["来週の訪問計画を立てて", "1日2件まで"], extra: ["--lang", "ja"])
        #expect(japanese.stdout.components(separatedBy: "2026-12-07 の週（2026-W50）の訪問計画 — 10件中").count == 3, "\(japanese.stdout)")
        #expect(!japanese.stdout.contains("2026-11-30の週の訪問計画"), "\(japanese.stdout)")
    }

    @Test("a change in words saves the rep's own plan just shown even when another rep's plan is saved for that week, and 「確定して」 after it keeps it")
    func planEditInARepsScope() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let workspace = directory.appendingPathComponent("team.sqlite")
        let yamamoto = try session(["I'm Yamamoto", "plan next week", "add Osaka Precision to it"], workspace: workspace)
        #expect(yamamoto.stdout.contains("Saved as your planned visits for the week of 2026-12-07"), "\(yamamoto.stdout)")
        let nishimura = try session(
            ["西村です", "来週の訪問計画を立てて", "タカラ包材も入れて", "その計画で確定して", "planned list"], workspace: workspace,
            extra: ["--lang", "ja"])
        #expect(nishimura.stdout.contains("2026-12-07 の週の訪問予定として保存しました"), "\(nishimura.stdout)")
        #expect(nishimura.stdout.contains("すでに保存されています"), "\(nishimura.stdout)")
        #expect(!nishimura.stdout.contains("Osaka Precision Gears」は"), "another rep's visit is not counted in hers: \(nishimura.stdout)")
        #expect(!nishimura.stdout.contains("2026-11-30の週の訪問計画"), "\(nishimura.stdout)")
    }

    @Test("a visit told with the romaji of a kanji name is logged; 'Fujii's book' is the rep's; a katakana English name is found")
    func namesAsTyped() throws {
        let result = try session([
            "I visited Kobe Bearing yesterday, they want a quote", "visits", "show me Fujii's book", "メリディアンモーターズの担当者は？",
        ])
        #expect(result.stdout.contains("Logged a visit to 神戸ベアリング工業株式会社 (B) on 2026-11-29"), "\(result.stdout)")
        #expect(result.stdout.contains("(藤井 健太's customers"), "\(result.stdout)")
        #expect(!result.stdout.contains("taken as 有限会社藤井鉄工所"), "\(result.stdout)")
        #expect(result.stdout.contains("Meridian Motors Kansaiの担当：藤井 健太さん"), "\(result.stdout)")
    }
}

extension KanjiRepSessionTests {
    @Test("'compare him with nishimura' right after Fujii's book compares the two reps, not a customer")
    func compareWithPronoun() throws {
        let result = try session(["show me Fujii's book", "compare him with nishimura"])
        #expect(result.stdout.contains("藤井 健太 and 西村 真理子, side by side"), "\(result.stdout)")
    }

    @Test("'plan next Monday' and a weekday already past this week plan the coming week's day")
    func weekdayAhead() throws {
        // Today is Monday 2026-11-30: "next Monday" is 2026-12-07.
        let result = try session(["plan next Monday"])
        #expect(result.stdout.contains("Visit plan for the week of 2026-12-07"), "\(result.stdout)")
        #expect(!result.stdout.contains("Mon 11-30"), "\(result.stdout)")
    }
}

extension KanjiRepSessionTests {
    @Test("'swap X for Y' right after a plan makes the swap and checks it; 'is it ok?' after 'make it 2' checks the two-visit plan")
    func swapAndCheck() throws {
        let swap = try session(["I'm Yamamoto", "plan my week", "swap Kobe Bearing for Osaka Precision Gears", "planned list"])
        #expect(swap.stdout.contains("Removed the planned visits to 神戸ベアリング工業株式会社"), "\(swap.stdout)")
        #expect(swap.stdout.contains("Planned 1 visit to Osaka Precision Gears (C)"), "\(swap.stdout)")
        #expect(swap.stdout.contains("C overweight"), "\(swap.stdout)")
        let check = try session(["who should I visit this week?", "make it 2", "is it ok?"])
        #expect(check.stdout.contains("Visits for the week of 2026-11-30: 2 of 2."), "\(check.stdout)")
        #expect(check.stdout.contains("The proposed plan: 2 visits for classified customers."), "\(check.stdout)")
    }
}

extension KanjiRepSessionTests {
    @Test("a bare 'why' after a plan asks why of it; 'take X out again' makes the proposal again without it, saving nothing")
    func bareWhyAndTakeOut() throws {
        let result = try session(["plan my week", "why", "ok take Northstar out again", "planned list"])
        #expect(result.stdout.contains("Why this plan"), "\(result.stdout)")
        #expect(!result.stderr.contains("needs a customer name"), "\(result.stderr)")
        #expect(result.stdout.contains("Left out: Northstar Machinery."), "\(result.stdout)")
        #expect(!result.stdout.contains("Saved as your planned visits"), "\(result.stdout)")
    }
}
