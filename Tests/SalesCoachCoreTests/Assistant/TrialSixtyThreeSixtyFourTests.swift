import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Mie and Nara book, asked by a new hire: a plan with a
/// customer left out, a C whose move is the company's own, every borderline
/// customer, a figure given as the objection to a segment, a place's names
/// narrowed to one segment, a segment explained and then the rep's own.
@Suite struct TrialSixtyThreeTests {
    static let book = AssistantData.trialBook(TrialBooks.mieNara, source: "mie-nara.csv")

    static func ask(_ lines: [String]) -> Answer { book.answerToLast(of: lines) }

    @Test("「今週のプラン、三輪素麺は外して」 is this week's plan without it, not the customer's card")
    func planWithOneLeftOut() {
        for question in ["今週のプラン、三輪素麺は外して", "Emilyさんの今週のプラン、三輪素麺は外して", "this week's plan, leave out 三輪素麺"] {
            let answer = Self.ask([question])
            #expect(answer.interpretation.intent == .weeklyPlan, "\(question): \(answer.text)")
            #expect(answer.interpretation.excludedCustomers == ["三輪素麺㈱"], "\(question): \(answer.text)")
            #expect(!answer.lines.contains { $0.contains("三輪素麺㈱ —") }, "\(answer.text)")
        }
        // Asked, not told: nothing is left out on the rep's behalf.
        #expect(Self.ask(["今週の計画から三輪素麺を外すべき？"]).interpretation.excludedCustomers.isEmpty)
    }

    @Test("a C whose only move is the company's own growth is not told that more orders will do it")
    func companySideMoveIsNotTheRepsLever() {
        let answer = Self.ask(["湯の山温泉旅館はなんでCなの？", "それをAにするには何が必要？"])
        #expect(answer.interpretation.customers == ["湯の山温泉旅館㈱"], "\(answer.text)")
        #expect(answer.text.contains("会社自体の数字です。当社の受注では動きません"), "\(answer.text)")
        #expect(!answer.text.contains("受注を重ねて"), "\(answer.text)")
    }

    @Test("'which customers are borderline?' shows all nineteen, not twelve and a pointer to `list`")
    func everyBorderlineCustomer() {
        let answer = Self.ask(["Which customers are borderline?"])
        #expect(answer.lines.first?.contains(": 19 of 45") == true, "\(answer.text)")
        #expect(answer.lines.filter { $0.hasPrefix("  ") && !$0.hasPrefix("  …") }.count == 19, "\(answer.text)")
        #expect(!answer.text.contains("more: `list`"), "\(answer.text)")
    }

    @Test("'why is X a C when its sales are so high?' says which axis the sales count on and which axis decided")
    func figureAsTheObjection() {
        let english = Self.ask(["Why is 月ヶ瀬茶農業協同組合 a C when its sales are so high?"])
        #expect(english.lines.first == "Our sales (30.4M): part of the transaction record (its business with us), which is high at 91.1. The segment also takes the objective evaluation (the company's own size and growth), and that is low at 47.2: so C.", "\(english.text)")
        #expect(!english.text.contains("our sales: 30,400,000"), "\(english.text)")
        let japanese = Self.ask(["売上が高いのになんで月ヶ瀬茶農業協同組合はCなの？"])
        #expect(japanese.lines.first?.hasPrefix("当社売上（3,040万）は取り引き実績（当社との取り引き）に入り、こちらは91.1で高です。") == true, "\(japanese.text)")
        // The figure asked for, without a why, is still the figure.
        #expect(Self.ask(["what are 月ヶ瀬茶農業協同組合 sales?"]).lines.first == "月ヶ瀬茶農業協同組合 — our sales: 30,400,000 (30.4M).")
    }

    @Test("'What about 鈴鹿? which one is the B?' names the one B among the 鈴鹿 names, not 'which one?' and every B")
    func placeNarrowedToOneSegment() {
        let answer = Self.ask(["What about 鈴鹿? which one is the B?"])
        #expect(answer.lines.first?.hasPrefix("B customers with Suzuka (鈴鹿) in their name: 1 of 45") == true, "\(answer.text)")
        #expect(answer.lines.contains { $0.hasPrefix("  鈴鹿ファーム農業協同組合 — B") }, "\(answer.text)")
        #expect(!answer.text.contains("Which one do you mean?"), "\(answer.text)")
    }

    @Test("「Bってどういう意味？」 then 「自分の客だとどれ？」 lists the B customers; 自分 is no company")
    func segmentExplainedThenOwnCustomers() {
        let answer = Self.ask(["新人です。Bってどういう意味ですか？", "自分の客だとどれ？"])
        #expect(answer.interpretation.intent == .segmentMembers && answer.interpretation.segments == [.b], "\(answer.text)")
        #expect(answer.interpretation.unknownName == nil)
        #expect(answer.lines.first?.hasPrefix("Bの顧客") == true, "\(answer.text)")
        // In one line, with whose book it is after the questions: both answered.
        let both = Self.ask(["新人です。Bってどういう意味ですか？自分の客だとどれ？（Emily Carter担当）"])
        #expect(both.text.contains("segment-bの見出し") && both.text.contains("Bの顧客（最重点"), "\(both.text)")
    }
}

/// A fresh trial on a Fukushima book, typed carelessly: a half day in a plan,
/// overdue asked as a deadline passed, a name half in English, an order
/// count asked after a customer, a hospital's name shortened, a typo beside a
/// name's first part, an English question in a Japanese conversation, the
/// length of a visit given in passing, a premise that is no question.
@Suite struct TrialSixtyFourTests {
    static let book = AssistantData.trialBook(TrialBooks.fukushima, source: "fukushima.csv")

    static func ask(_ lines: [String]) -> Answer { book.answerToLast(of: lines) }

    @Test("「来週の予定、1日3件まで、水曜は午後会議なんで午前だけ」 is a plan with a half day, said back, not a refusal")
    func halfDayTakenByAMeeting() {
        let answer = Self.ask(["来週の予定、1日3件まで、水曜は午後会議なんで午前だけ"])
        #expect(answer.interpretation.intent == .weeklyPlan, "\(answer.text)")
        #expect(answer.interpretation.halfDays == [3], "\(answer.text)")
        // Next week has five days: four at three a day and a half day at two.
        #expect(answer.interpretation.number == 14, "\(answer.text)")
        #expect(Answerer.daysLine(dropped: [5], half: [3], language: .en) == "Days as you said: no visits on Friday; Wednesday counted as half a day.")
        #expect(Answerer.daysLine(dropped: [5], half: [], language: .ja) == "ご指定の日程：金曜は訪問なし。")
        #expect(Answerer.daysLine(dropped: [], half: [], language: .en) == nil)
    }

    @Test("「フォロー期限過ぎてるA顧客は？」 is the A customers past their follow-up, not every A")
    func followUpDeadlinePassed() {
        let answer = Self.ask(["フォロー期限過ぎてるA顧客は？"])
        #expect(answer.interpretation.customerList == .overdue, "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("2週間ごとのフォローを過ぎたA顧客：12社中12社") == true, "\(answer.text)")
    }

    @Test("'why is Higashiyama Onsen Hotel a B?' is 東山温泉ホテル株式会社: 温泉 reads onsen")
    func onsenInRomaji() {
        let answer = Self.ask(["why is Higashiyama Onsen Hotel a B?"])
        #expect(answer.interpretation.customers == ["東山温泉ホテル株式会社"], "\(answer.text)")
        #expect(answer.lines.first == "東山温泉ホテル株式会社 is in B (main target: most of your time).")
    }

    @Test("「Aにするには受注あと何件いる？」 after a customer is what would move that one, not a list of A")
    func ordersNeededAfterACustomer() {
        let answer = Self.ask(["東山温泉ホテルはなぜB？", "Aにするには受注あと何件いる？"])
        #expect(answer.interpretation.customers == ["東山温泉ホテル株式会社"], "\(answer.text)")
        #expect(answer.text.contains("受注件数 あと33件"), "\(answer.text)")
    }

    @Test("「星病院 今週行くべき？」 offers 星総合病院 (a word left out), not the week's plan")
    func shortenedHospitalName() {
        let answer = Self.ask(["星病院 今週行くべき？"])
        #expect(answer.interpretation.didYouMean == ["星総合病院"], "\(answer.text)")
        #expect(answer.lines.first == "もしかして星総合病院のことですか？「はい」と答えるか、リストにある名前で聞き直してください。")
        // "where should I go this week?" stays the plan.
        #expect(Self.ask(["今週どこ行くべき？"]).interpretation.intent == .weeklyPlan)
    }

    @Test("「猪苗代ケミカクの区分は？」 is ㈱猪苗代ケミカル: a typo is read whole though its first part is a short form")
    func typoBesideShortForm() {
        let answer = Self.ask(["猪苗代ケミカクの区分は？"])
        #expect(answer.interpretation.customers == ["㈱猪苗代ケミカル"], "\(answer.text)")
    }

    @Test("an English question with one question word after Japanese ones is answered in English")
    func englishAfterJapanese() {
        let answer = Self.ask(["喜多型ラーメン食品いつ行った？", "Minami Tohoku Medcal segment?"])
        #expect(answer.language == .en, "\(answer.text)")
        #expect(answer.lines.first == "株式会社南東北メディカル is in A (key account: keep up the follow-up).")
        // A bare "ok" or "yes" still keeps the conversation's language.
        #expect(LanguageDetector.language(of: "ok", fallback: .ja) == .ja)
    }

    @Test("'12 hours for visits (about 2h each)' plans six visits at two hours, not eight at the default")
    func visitLengthInPassing() {
        let answer = Self.ask(["plan this week, I only have 12 hours for visits (about 2h each)"])
        #expect(answer.lines.first == "12 hours at 2 hours a visit: 6 visits.", "\(answer.text)")
        #expect(Interpreter.hoursPerVisit(in: QuestionText("each visit takes about 1.5 hours")) == 1.5)
        #expect(Interpreter.hoursPerVisit(in: QuestionText("I have 12 hours")) == nil)
    }

    @Test("「白河ラボ 受注ゼロだけどどうすれば」 is what to do, without the figure said back or a stray yes")
    func premiseIsNoQuestion() {
        let answer = Self.ask(["白河ラボ 受注ゼロだけどどうすれば"])
        #expect(answer.lines.first == "株式会社白河ラボへの対応（B）：訪問の大半をここに充て、取り引きを広げにいく。", "\(answer.text)")
        #expect(!answer.text.contains("受注件数：0。") && !answer.text.contains("はい："), "\(answer.text)")
    }
}
