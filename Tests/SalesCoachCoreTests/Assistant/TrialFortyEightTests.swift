import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Yamagata and Akita book: a ranking asked again by
/// another figure in two words, and whether a rep keeps up with the A follow-ups.
@Suite struct TrialFortyEightTests {
    static let book = AssistantData.trialBook(TrialBooks.yamagataAkita, source: "yamagata.csv")

    static func ask(_ lines: [String]) -> Answer { book.answerToLast(of: lines) }

    @Test("「粗利だと？」 after 「売上トップ5は？」 ranks the same five by profit")
    func rankingByAnotherFigure() {
        let answer = Self.ask(["売上トップ5は？", "粗利だと？"])
        #expect(answer.interpretation.customerList == .top(.profit), "\(answer.text)")
        let rows = answer.lines.filter { $0.hasPrefix("  ") && $0.contains(". ") }
        #expect(rows.count == 5, "\(answer.text)")
        #expect(rows.first == "  1. ㈱米沢精密 — 1,180万（A）", "\(answer.text)")
        #expect(Self.ask(["top 5 by sales", "and by profit?"]).interpretation.customerList == .top(.profit))
    }

    @Test("「A顧客、ちゃんとフォローできてる？」 lists the A customers past their follow-up")
    func keepingUpWithFollowUps() {
        let answer = Self.ask(["A顧客、ちゃんとフォローできてる？"])
        #expect(answer.interpretation.customerList == .overdue, "\(answer.text)")
        #expect(answer.lines.first?.contains("フォローを過ぎたA顧客") == true, "\(answer.text)")
    }

    @Test("two visits told where one name is no customer's log neither and say which was not found")
    func secondNameNotInTheBook() {
        let today = LocalDate(year: 2026, month: 12, day: 9)!
        let statement = VisitStatement.read(
            "I visited Sakata Microtech on Monday and Zao Ski Resort yesterday, please log both.",
            matcher: Self.book.interpreter.matcher, today: today)
        #expect(statement == .unsure(customers: [], day: "yesterday", reason: .noSuchCustomer("Sakata Microtech")), "\(String(describing: statement))")
        // A note after the report with capitals in it is no second name.
        let one = VisitStatement.read(
            "I visited Zao Ski Resort yesterday, great Meeting With Their Manager", matcher: Self.book.interpreter.matcher, today: today)
        guard case .log(let customer, _, _) = one else {
            Issue.record("\(String(describing: one))")
            return
        }
        #expect(customer == "Zao Ski Resort Co., Ltd.")
    }

    @Test("one rep's customers ranked with the team keep the team's A cadence, the busiest rep named")
    func teamCadenceInOneRepsBook() {
        var policy = PlanPolicy()
        #expect(policy.followUpWeeks(customersA: 3) == 2)
        policy.teamCustomersA = 8
        #expect(policy.followUpWeeks(customersA: 3) == 3)
        #expect(policy.followUpWeeks(customersA: 12) == 4)
    }
}
