import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a San'in book, asked by a manager: a particle read as a
/// customer's name, a C asked to become B, a customer remembered by what it
/// does, which rep leans most on C, a rep's name typed in hiragana, 「右の中で」.
@Suite struct TrialSixtyFiveTests {
    static let book = AssistantData.trialBook(TrialBooks.sanin, source: "sanin.csv")

    static func ask(_ lines: [String]) -> Answer { book.answerToLast(of: lines) }

    @Test("「期限切れのAはまだある？」 names no customer: 「Aはまだ」 is no 浜田; a leading それで is no 'it'")
    func particleIsNoName() {
        for question in ["期限切れのAはまだある？", "それで、期限切れのAはまだある？"] {
            let answer = Self.ask(["今日、境港冷凍に行ってきました。", question])
            #expect(answer.interpretation.customers.isEmpty, "\(question): \(answer.text)")
            #expect(answer.interpretation.customerList == .overdue, "\(question): \(answer.text)")
        }
    }

    @Test("「じゃあBになるには何が必要？」 of a C says why B is no goal for it and what its own growth would do")
    func cToBIsNoGoal() {
        let answer = Self.ask(["なんで出雲醤油はCなの？", "じゃあBになるには何が必要？"])
        #expect(answer.lines.first?.hasPrefix("出雲醤油株式会社はCです。") == true, "\(answer.text)")
        #expect(answer.text.contains("目指すものではありません。会社自体が成長すればAになります"), "\(answer.text)")
        #expect(answer.lines.contains("  • 成長率が2.2%を上回れば（現在 -3.6%）客観的評価が「高」になり、Aに移ります。"), "\(answer.text)")
        #expect(!answer.text.contains("CからBに移すには"), "\(answer.text)")
    }

    @Test("「松葉ガニの会社ってどこだっけ？」 finds the customer whose notes say so")
    func customerByItsNotes() {
        let answer = Self.ask(["松葉ガニの会社ってどこだっけ？"])
        #expect(answer.lines.first == "「松葉ガニ」は株式会社境港水産のメモにあります。", "\(answer.text)")
        #expect(answer.interpretation.customers == ["株式会社境港水産"])
        #expect(NotesSearch.terms(of: "どの会社が一番売上大きい？").isEmpty)
    }

    @Test("'Which rep has the largest C share in sales?' ranks the reps by C's share of their sales")
    func repWithTheLargestCShare() {
        let answer = Self.ask(["Which rep has the largest C share in sales?"])
        #expect(answer.interpretation.customerList == .repBreakdown, "\(answer.text)")
        #expect(answer.lines.contains("C's share of our sales, rep by rep, largest first: 足立 誠 57% (66.4M of 116M) · Kageyama Yui 43% (80.3M of 185M) · Michael Brown 38% (47.3M of 124M)."), "\(answer.text)")
    }

    @Test("a rep spelt in Latin letters and typed in hiragana with さん or の is that rep")
    func repInHiragana() {
        let reps = ["足立 誠", "Kageyama Yui", "Michael Brown"]
        #expect(RepName.named(in: "かげやまさんのB顧客いちらん", reps: reps) == "Kageyama Yui")
        #expect(RepName.named(in: "カゲヤマの担当", reps: reps) == "Kageyama Yui")
        #expect(RepName.named(in: "かげやまだいすき", reps: reps) == nil)
    }

    @Test("「みぎのなかで一番売上大きいのは？」 after a list ranks those customers, not the book")
    func amongThoseListed() {
        let answer = Self.ask(["Bの顧客は？", "みぎのなかで一番売上大きいのは？"])
        #expect(answer.lines.first?.hasPrefix("先ほどの12社を当社売上の大きい順に") == true, "\(answer.text)")
    }
}

/// A fresh trial on a Gifu and Owari book, asked by a rep through the week:
/// a typo of a Latin name beside a reading of its first word, a hospital
/// named in English with a figure missing, customers exactly on the cut.
@Suite struct TrialSixtySixTests {
    static let book = AssistantData.trialBook(TrialBooks.gifuOwari, source: "gifu-owari.csv")

    static func ask(_ lines: [String]) -> Answer { book.answerToLast(of: lines) }

    @Test("'Gifu Presicion segment?' is Gifu Precision Inc., not ぎふ農業協同組合 (read 'gifu')")
    func typoOfTheWholeName() {
        #expect(Self.ask(["Gifu Presicion segment?"]).interpretation.customers == ["Gifu Precision Inc."])
        #expect(Self.ask(["gifu nokyo?"]).interpretation.customers == ["ぎふ農業協同組合"])
    }

    @Test("'Ichinomiya city hospital has no growth figure — how do you handle that?' is 一宮市立市民病院, the empty cell explained")
    func cityHospitalWithAnEmptyCell() {
        let answer = Self.ask(["Ichinomiya city hospital has no growth figure — how do you handle that?"])
        #expect(answer.interpretation.customers == ["一宮市立市民病院"], "\(answer.text)")
        #expect(answer.lines.first?.contains("it is left out, not read as zero, and the objective evaluation is the mean of the metrics it has") == true, "\(answer.text)")
    }

    @Test("'which customers have an axis score of exactly 50?' names the one on the cut")
    func exactlyOnTheCut() {
        let english = Self.ask(["Which customers have an axis score of exactly 50?"])
        #expect(english.lines.first == "On the cut exactly (50, which counts as high): 1 customer:", "\(english.text)")
        #expect(english.lines.contains("  岐阜製紙株式会社 — A: transaction record exactly 50; the least fall makes it low"), "\(english.text)")
        let japanese = Self.ask(["ちょうど50の顧客はいる？"])
        #expect(japanese.lines.contains("  岐阜製紙株式会社 — A：取り引き実績がちょうど50。少しでも下がると「低」になります"), "\(japanese.text)")
    }

    @Test("the totals by rep say how many customers each holds")
    func countsBesideTotals() {
        let answer = Self.ask(["How many customers does each rep have, and what's each one's sales total?"])
        #expect(answer.lines.contains("  By rep: 加藤 722M (16 customers) · Mori Takashi 520M (15 customers) · Emily Carter 494M (14 customers)"), "\(answer.text)")
    }
}
