import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Kinki and Mie distributor of medical consumables: a
/// rep whose family name is also a customer's (辻本 聡, 辻本歯科医院), a place
/// left out by its kanji alone, a name in hiragana straight before the verb,
/// "with the reps too", "is X the same as Y", and "what would move it".
@Suite struct TrialFortyFourTests {
    static let kinki = AssistantData.trialBook(TrialBooks.kinkiMedical, source: "kinki.csv")
    static let today = LocalDate(year: 2026, month: 12, day: 9)!
    static let reps = ["辻本 聡", "Nishida Ami", "Paul Hayes"]

    static func ask(_ lines: [String]) -> Answer { kinki.answerToLast(of: lines) }

    @Test("'compare tsujimoto and nishida' names both reps beside the customer 辻本歯科医院")
    func compareRepsBesideCustomer() {
        let names = Self.kinki.classifications.map(\.customer.name)
        #expect(RepName.allNamed(in: "compare tsujimoto and nishida", reps: Self.reps, customerNames: names) == ["辻本 聡", "Nishida Ami"])
        #expect(RepName.allNamed(in: "why is tsujimoto shika in A?", reps: Self.reps, customerNames: names).isEmpty)
    }

    @Test("'tsujimoto's total profit' is the rep's, the romaji with its possessive taken out of what is asked")
    func possessiveRomaji() {
        let question = "whats tsujimoto's total profit and how many C does he have"
        #expect(RepName.namedWithHonorific("辻本 聡", in: question))
        #expect(!RepName.removing("辻本 聡", from: question).lowercased().contains("tsujimoto"))
    }

    @Test("'leave out 白子' leaves out 白子ヘルスサポート, the one customer whose name starts so")
    func leaveOutByPlace() {
        let split = PlanEditStatement.keptAndLeftOut(
            "plan next week, 3 a day max, tuesday off, leave out 白子", matcher: Self.kinki.interpreter.matcher)
        #expect(split?.leftOut == ["白子ヘルスサポート㈱"])
    }

    @Test("「昨日きのかわ会行ってきた」 logs 医療法人 紀の川会 for yesterday")
    func hiraganaNameBeforeVerb() {
        let statement = VisitStatement.read("昨日きのかわ会行ってきた", matcher: Self.kinki.interpreter.matcher, today: Self.today)
        guard case .log(let customer, let date, _) = statement else {
            Issue.record("\(String(describing: statement))")
            return
        }
        #expect(customer == "医療法人 紀の川会")
        #expect(date.day == 8)
    }

    @Test("a list asked 'with the reps too' gives each row its rep; one customer's is asked as before", arguments: [
        ("Aで訪問空いてるとこは？担当者も", "  有限会社 田辺医材 — 訪問の記録なし・担当：辻本 聡さん"),
        ("overdue A accounts, with their reps", "  有限会社 田辺医材 — no visit on record · rep: 辻本 聡"),
    ])
    func listWithReps(question: String, row: String) {
        let answer = Self.ask([question])
        #expect(answer.lines.contains(row), "\(answer.text)")
    }

    @Test("'is 奈良検査 the same as 奈良メディカル?' sets the two side by side")
    func sameAs() {
        let answer = Self.ask(["is 奈良検査 the same as 奈良メディカル? whats their segment"])
        #expect(answer.text.contains("奈良検査センター㈱ and 奈良メディカル株式会社 side by side"), "\(answer.text)")
        #expect(answer.text.contains("segment: C · D"), "\(answer.text)")
    }

    @Test("「何が変われば動く？」 right after a customer is what would move it")
    func whatWouldMoveIt() {
        let answer = Self.ask(["why is mie meditech a B?", "何が変われば動く？"])
        #expect(answer.interpretation.intent == .whatWouldItTake(target: nil), "\(answer.text)")
        #expect(answer.interpretation.customers == ["三重メディテック株式会社"])
    }

    @Test("'check: mon …, tue …, thu … - what should i change?' is the plan typed, all five visits")
    func bareCheckWithQuestionAfter() throws {
        let answer = Self.ask(["check: mon ミナミ精工, mon 近江ヘルスケア, tue 琵琶湖メディカル, wed Kansai BioLabs, thu 湖南ダイアグ - what should i change?"])
        let typed = try #require(answer.interpretation.typedPlan)
        #expect(typed.visits.count == 5, "\(typed)")
    }
}
