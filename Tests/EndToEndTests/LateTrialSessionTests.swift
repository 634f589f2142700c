import Foundation
import Testing

/// Sessions from three fresh trials (23–25) on a Nagoya reseller, an Osaka
/// supplier and a Fukuoka distributor: a limit set on a plan that already
/// holds a customer the rep insisted on, a plan for next week with a customer
/// that must be in it, a swap whose customer is already in, a visit moved to
/// a day, a customer taken out that stays out, a rep's book summed up on one
/// page, and a visit told as 「昨日は…」. (Today is Wednesday 2026-12-09.)
@Suite struct LateTrialSessionTests {
    static let book = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
        株式会社アイチ電子,9000,600,4.0,40,3350,900,,Emily Clark
        名古屋中央クリニック,8000,500,3.0,35,2490,700,2026-11-17,Emily Clark
        豊田部品センター,12000,800,5.0,5,300,60,2026-10-01,Emily Clark
        岡崎鋳造株式会社,10000,700,4.5,6,350,70,2026-10-05,Emily Clark
        北区運送,7000,400,2.0,4,200,40,2026-09-20,Emily Clark
        大須ベーカリー,300,20,1.0,30,2600,600,2026-09-30,Emily Clark
        今池眼科クリニック,200,15,0.5,32,2800,650,2026-09-28,Emily Clark
        春日井ガラス,150,10,0.2,3,100,20,2026-08-01,Emily Clark
        六甲ホテル株式会社,9500,650,3.5,38,3000,800,2026-11-18,Sato Kenji
        有限会社いずみ食材,11000,750,5.5,4,250,50,2026-08-20,Sato Kenji
        芦屋レジデンス株式会社,10500,720,4.0,5,280,60,2026-09-20,Sato Kenji
        Osaka Grand Hotel,250,18,0.5,31,2700,640,2026-09-03,Sato Kenji
        """

    private func session(_ lines: [String], language: String = "en") throws -> String {
        let result = try BinaryRunner.session(book: Self.book, lines, language: language)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("'max 1 C visit' after 'must include osu bakery' keeps 大須ベーカリー as the one C, and 'accept it' saves that plan")
    func limitKeepsTheCustomerAskedFor() throws {
        let output = try session([
            "im emily clark", "plan my week", "must include osu bakery", "max 1 C visit", "accept it", "planned list",
        ])
        let replanned = try #require(output.components(separatedBy: "As asked: C ≤ 1").last)
        #expect(replanned.contains("Kept in, as you asked: 大須ベーカリー."), "\(output)")
        let plan = replanned.components(separatedBy: "Saved as your planned visits").first ?? ""
        #expect(plan.contains("大須ベーカリー") && !plan.contains("今池眼科クリニック"), "\(output)")
        // "must include" reshaped the proposal without saving it: nothing saved differs.
        #expect(!output.contains("Your saved plan for this week is still the earlier one"), "\(output)")
        let saved = try #require(output.components(separatedBy: "Saved as your planned visits").last)
        #expect(saved.contains("大須ベーカリー") && !saved.contains("今池眼科クリニック"), "\(output)")
    }

    @Test("「来週の予定組んで。金曜は休み、4件だけ、大須ベーカリーは必ず入れて」 plans next week with it, four visits, none on Friday")
    func nextWeekWithACustomerThatMustBeIn() throws {
        let output = try session(["エミリーです。今週のプランを立ててください", "来週の予定組んで。金曜は休み、4件だけ、大須ベーカリーは必ず入れて"], language: "ja")
        let plan = try #require(output.components(separatedBy: "2026-12-14 の週（2026-W51）の訪問計画 — 4件中 4件").last)
        #expect(plan.contains("大須ベーカリー — C：ご指定により計画に入れています") || plan.contains("大須ベーカリー — C："), "\(output)")
        #expect(!plan.contains("(金)"), "\(output)")
        #expect(!plan.contains("この提案に入っていません"), "\(output)")
    }

    @Test("'swap ashiya residence for izumi' when いずみ食材 is already in the plan swaps nothing and says so")
    func swapWithTheOtherAlreadyIn() throws {
        let output = try session(["im sato kenji, plan my week", "swap ashiya residence for izumi"])
        #expect(output.contains("有限会社いずみ食材 is already in the plan, so nothing was swapped; 芦屋レジデンス株式会社 stays."), "\(output)")
        #expect(!output.contains("Removed the planned visits"), "\(output)")
    }

    @Test("'move rokko hotel to friday' after next week's plan puts 六甲ホテル on that Friday")
    func moveToADay() throws {
        let output = try session(["im sato kenji, plan next week", "move rokko hotel to friday"])
        #expect(output.contains("六甲ホテル株式会社 is on 2026-12-18 (Fri)"), "\(output)")
        let plan = try #require(output.components(separatedBy: "Visit plan for the week of 2026-12-14").last)
        #expect(plan.contains("Fri 六甲ホテル株式会社"), "\(output)")
    }

    @Test("'make it 5' after 'take X out' plans five without X; 「スターライトは金曜にして」-style moves keep the plan's size")
    func takenOutStaysOut() throws {
        let output = try session(["im sato kenji, plan my week", "take osaka grand hotel out", "make it 3"])
        let replanned = try #require(output.components(separatedBy: "Visits for the week of 2026-12-07: ").last)
        #expect(replanned.hasPrefix("3 of 3") || replanned.hasPrefix("2 of 3") || replanned.hasPrefix("1 of 3"), "\(output)")
        #expect(replanned.contains("Left out, as you asked: Osaka Grand Hotel."), "\(output)")
        #expect(!replanned.contains("  Wed 12-09  Osaka Grand Hotel") && !replanned.contains("Fri 12-11  Osaka Grand Hotel"), "\(output)")
    }

    @Test("「昨日は大須ベーカリー」 right after a logged visit logs that one on yesterday; 「今週なにした？」 lists both")
    func dayFirstThenCustomer() throws {
        let output = try session(["今日今池眼科クリニックに行ってきた", "昨日は大須ベーカリー", "今週なにした？"], language: "ja")
        #expect(output.contains("大須ベーカリー（C）への訪問を 2026-12-08 に記録しました"), "\(output)")
        #expect(output.contains("今週（2026-12-07〜2026-12-09）訪問：2件"), "\(output)")
    }

    @Test("'give me a one-page view of Emily Clark' sums up her book: segments, where the time goes, who is overdue, the C trap")
    func onePageView() throws {
        let output = try session(["give me a one-page view of Emily Clark"])
        #expect(output.contains("Emily Clark's 8 customers by segment"), "\(output)")
        #expect(output.contains("The B customers with the most upside"), "\(output)")
        #expect(output.contains("Overdue by each segment's cadence"), "\(output)")
        #expect(output.contains("against the C trap"), "\(output)")
        #expect(!output.contains("I can't answer that"), "\(output)")
    }

    @Test("「やっぱ3件にして」 then 「月曜は休みになった」 on next week's plan keeps three visits, none on Monday")
    func dayOffKeepsTheCountAsked() throws {
        let output = try session(["エミリーです", "来週5件で計画して", "やっぱ3件にして", "月曜は休みになった"], language: "ja")
        let last = try #require(output.components(separatedBy: "2026-12-14 の週（2026-W51）の訪問計画 — ").last)
        #expect(last.hasPrefix("3件中"), "\(output)")
        #expect(!last.contains("(月)"), "\(output)")
    }

    @Test("'swap one of them for X' after next week's plan puts X in, keeps the size, and 'is this plan ok?' checks that plan")
    func swapAnyOneThenCheck() throws {
        let output = try session(["im emily clark", "plan 4 visits for me next week", "swap one of them for osu bakery", "is this plan ok?"])
        let swapped = try #require(output.components(separatedBy: "Visit plan for the week of 2026-12-14 (2026-W51) — ").last)
        #expect(swapped.hasPrefix("4 of 4") && swapped.contains("大須ベーカリー"), "\(output)")
        let check = try #require(output.components(separatedBy: "The proposed plan: ").last)
        #expect(check.contains("C: 1 visit"), "\(output)")
    }

    @Test("'list sato kenji customers' is that rep's book, not an error about the list command")
    func listCommandNamingARep() throws {
        let output = try session(["list sato kenji customers"])
        #expect(output.contains("Sato Kenji's customers"), "\(output)")
        #expect(!output.contains("expected A, B, C, D"), "\(output)")
    }

    @Test("a plan change after a plan for a rep a question named saves that rep's plan, never the whole team's")
    func namedRepPlanEditStaysOnHerBook() throws {
        let output = try session(["hi its sato kenji. who should i see this week?", "make it 2", "osaka grand hotel has to be in it", "planned list"])
        let saved = try #require(output.components(separatedBy: "The week of 2026-12-07").last)
        #expect(!saved.contains("Emily Clark"), "\(output)")
        #expect(saved.contains("Osaka Grand Hotel"), "\(output)")
    }
}
