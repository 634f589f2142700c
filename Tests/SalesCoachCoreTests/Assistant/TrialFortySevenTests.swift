import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Kōchi and Tokushima distributor of marine, paper, LED
/// and farm supplies: the hours of one visit said with the week's, "is that
/// realistic?" after what would move a customer, a total in hiragana, the
/// borderline on one axis, the reps ordered by the figure asked, and the last
/// visit before today's.
@Suite struct TrialFortySevenTests {
    static let book = AssistantData.trialBook(TrialBooks.kochiTokushima, source: "kochi.csv")

    static func ask(_ lines: [String]) -> Answer { book.answerToLast(of: lines) }

    @Test("'12 hours this week, 2 hours per visit' plans 6 visits, said at the length given", arguments: [
        ("I only have 12 hours this week, 2 hours per visit. plan it", "12 hours at 2 hours a visit: 6 visits."),
        ("今週は12時間、1件2時間で計画して", "12時間、1件2時間で6件です。"),
        ("I have 9 hours this week", "9 hours at 1.5 hours a visit (plan.hours_per_visit): 6 visits."),
    ])
    func hoursPerVisit(question: String, expected: String) {
        let answer = Self.ask([question])
        #expect(answer.lines.first == expected, "\(answer.text)")
    }

    @Test("「それって現実的？」 after what would move a customer says whether it is within reach")
    func reachAfterMove() {
        let answer = Self.ask(["徳島LEDテクノはなんでBなの？", "じゃあAになるには何が必要？", "それって現実的？"])
        #expect(answer.interpretation.asksReach, "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("一度には届きません：") == true, "\(answer.text)")
        #expect(answer.text.contains("徳島LEDテクノ株式会社をBからAに移すには："), "\(answer.text)")
    }

    @Test("a C customer with no single move to A is said to depend on the company's own growth")
    func cToANeedsTheCompanysGrowth() {
        let answer = Self.ask(["why is 株式会社土佐フィッシング a C?", "what would move it to A?"])
        #expect(answer.text.contains("The objective evaluation is the company's own revenue, size and growth: visits do not move it"), "\(answer.text)")
    }

    @Test("「Bの売上ごうけいは？」 is the B customers' total sales")
    func totalInHiragana() {
        let answer = Self.ask(["Bの売上ごうけいは？"])
        #expect(answer.interpretation.customerList?.isTotal == true, "\(answer.text)")
        #expect(answer.lines.first?.contains("6,030万") == true || answer.lines.first?.contains("60,300,000") == true, "\(answer.text)")
    }

    @Test("'borderline on the transaction record' keeps to that axis")
    func borderlineOnOneAxis() {
        let answer = Self.ask(["which customers are borderline on the transaction record?"])
        #expect(answer.lines.first?.hasPrefix("Borderline customers — the transaction record within 5 points of the cut (50): 5 of 45") == true, "\(answer.text)")
        let rows = answer.lines.dropFirst().filter { $0.hasPrefix("  ") }
        #expect(rows.allSatisfy { $0.contains("record ") }, "\(answer.text)")
    }

    @Test("「担当者ごとの売上」 orders the reps by sales, each rep's figure told apart from the others")
    func repsBySales() {
        let answer = Self.ask(["担当者ごとの売上を教えてください"])
        #expect(answer.lines.first == "担当者ごとの領域別の顧客数（リスト全体での分類）、当社売上の多い順：", "\(answer.text)")
        let rows = answer.lines.dropFirst().prefix(3)
        #expect(rows.first?.contains("Yamaoka Takeshiさん") == true, "\(answer.text)")
        // 257M and 265M are 2.57億 and 2.65億 (they once both read 2.6億).
        let figures = rows.map { $0.components(separatedBy: "当社売上").last ?? "" }
        #expect(Set(figures).count == figures.count && !figures.contains(""), "\(answer.text)")
    }
}
