import TestSupport
import Testing

@testable import SalesCoachCore

/// Misses of trials 71–74 (Shizuoka, Okayama, Hokkaido, Miyagi): yes-or-no
/// questions that check what was just said, a word several names share, and
/// an English phrase heard as a Japanese name.
@Suite struct TrialSeventyOneSeventyFourTests {
    static let shizuoka = AssistantData.trialBook(TrialBooks.shizuoka, source: "shizuoka.csv")
    static let okayama = AssistantData.trialBook(TrialBooks.okayama, source: "okayama.csv")
    static let tokachi = AssistantData.trialBook(TrialBooks.tokachi, source: "hokkaido.csv")
    static let miyagi = AssistantData.trialBook(TrialBooks.miyagi, source: "miyagi.csv")

    @Test("'for the whole book' is no customer, though its consonants sound like 藤原 (fujiwara)")
    func joiningWordsNameNoOne() {
        let answer = Self.okayama.answerToLast(of: ["Total sales by segment for the whole book?"])
        #expect(answer.interpretation.takenAs == nil, "\(answer.text)")
        #expect(!answer.text.contains("藤原製麺"), "\(answer.text)")
        #expect(answer.text.contains("By segment"), "\(answer.text)")
    }

    @Test("「焼津ってどう？」 answers 焼津漁業協同組合 and names the two other 焼津 customers first")
    func placeThatIsOneNameNamesTheOthers() {
        let answer = Self.shizuoka.answerToLast(of: ["焼津ってどう？"])
        #expect(answer.interpretation.customers == ["焼津漁業協同組合"], "\(answer.text)")
        let first = answer.lines.first ?? ""
        #expect(first.contains("焼津水産株式会社（A）") && first.contains("焼津かつお節㈱（C）"), "\(answer.text)")
    }

    @Test("「気仙沼 の顧客は？」 right after comparing two 気仙沼 customers lists all three, not a comparison")
    func placeListAfterAComparison() {
        let answer = Self.miyagi.answerToLast(of: ["気仙沼冷凍と気仙沼かき水産、どっちを先に訪問すべき？", "気仙沼 の顧客は？"])
        #expect(answer.interpretation.intent != .compare, "\(answer.text)")
        #expect(answer.followUpContext.listed.count == 3, "\(answer.text)")
    }

    @Test("「十勝 の客」: four names hold 十勝, which the places table lacks; they are listed, not refused")
    func wordSeveralNamesShare() {
        let answer = Self.tokachi.answerToLast(of: ["十勝 の客"])
        #expect(Set(answer.followUpContext.listed) == ["株式会社よつば乳業十勝", "十勝チーズ工房合同会社", "十勝ビート農業協同組合", "十勝ホテル株式会社"], "\(answer.text)")
        // A legal form in half the names is no place.
        let forms = Self.tokachi.answerToLast(of: ["株式会社の客は？"])
        #expect(forms.followUpContext.listed.count != 24, "\(forms.text)")
    }

    @Test("「それは問題ですか？」 after who leans on C opens with yes and the rep most on C")
    func problemAfterTheCTrapCheck() {
        let answer = Self.miyagi.answerToLast(of: ["誰が一番Cの比率高い？", "それは問題ですか？"])
        #expect(answer.interpretation.customerList == .comfort, "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("はい、問題です") == true, "\(answer.text)")
        #expect(answer.lines.first?.contains("Chiba Takuya") == true, "\(answer.text)")
        #expect(answer.lines.first?.contains("8件中5件") == true, "\(answer.text)")
    }

    @Test("「それって問題ある？」 right after a plan checks that plan")
    func problemAfterAPlan() {
        let answer = Self.miyagi.answerToLast(of: ["今週のプラン作って。金曜は休みで", "それって問題ある？"])
        #expect(answer.interpretation.intent == .planCheck, "\(answer.text)")
    }

    @Test("a rep whose book has no C customers: no, with the reason, not 'too few to tell'")
    func noCCustomersIsANo() {
        // Her customers as a session scoped to her holds them: ranked in the whole list.
        var data = AssistantData(
            classifications: Self.miyagi.classifications.filter { $0.customer.rep == "Emily Carter" }, guidance: StubGuidance(),
            today: Self.miyagi.today)
        data.namedRep = "Emily Carter"
        let answer = data.answerToLast(of: ["Does Emily spend too much time on C customers?"])
        #expect(answer.lines.first?.hasPrefix("No: there are no C customers") == true, "\(answer.text)")
        #expect(!answer.text.contains("too few to tell"), "\(answer.text)")
    }

    @Test("「じゃあBってことでいいの？」 after a customer exactly on the cut: yes, B, with the exact 50 said")
    func confirmsTheSegment() {
        let answer = Self.miyagi.answerToLast(of: ["ミヤギ包装資材はどの区分？", "じゃあBってことでいいの？"])
        #expect(answer.interpretation.intent == .explainCustomer, "\(answer.text)")
        #expect(answer.lines.first?.hasPrefix("はい、ミヤギ包装資材㈱はBです。") == true, "\(answer.text)")
        #expect(answer.lines.first?.contains("ちょうど50.0") == true, "\(answer.text)")
        let no = Self.miyagi.answerToLast(of: ["ミヤギ包装資材はどの区分？", "so it's an A?"])
        #expect(no.lines.first?.hasPrefix("No: ミヤギ包装資材㈱ is in B, not A.") == true, "\(no.text)")
    }

    @Test("「それ、スコアちょうど50ってこと？」: yes for the axis exactly at 50, no with the scores otherwise")
    func confirmsAScore() {
        let yes = Self.miyagi.answerToLast(of: ["ミヤギ包装資材はどの区分？", "それ、スコアちょうど50ってこと？"])
        #expect(yes.lines.first?.hasPrefix("はい、客観的評価はちょうど50です") == true, "\(yes.text)")
        let no = Self.miyagi.answerToLast(of: ["気仙沼冷凍はなぜA？", "それ、スコアちょうど50ってこと？"])
        #expect(no.lines.first?.hasPrefix("いいえ、ちょうど50ではありません") == true, "\(no.text)")
        let named = Self.miyagi.answerToLast(of: ["ミヤギ包装資材の客観的評価スコアは？ちょうど50？"])
        #expect(named.lines.first?.hasPrefix("はい、客観的評価はちょうど50です") == true, "\(named.text)")
    }

    @Test("「じゃあCはいかなくていいってこと？」: no, not none, with when a C visit is due; D mostly yes")
    func skippingASegment() {
        let c = Self.shizuoka.answerToLast(of: ["なんでBに一番時間使うの？", "じゃあCはいかなくていいってこと？"])
        #expect(c.lines.first?.hasPrefix("いいえ、ゼロにはしません") == true, "\(c.text)")
        #expect(c.lines.first?.contains("6週間") == true, "\(c.text)")
        let d = Self.shizuoka.answerToLast(of: ["so I can skip D?"])
        #expect(d.lines.first?.hasPrefix("Mostly, yes") == true, "\(d.text)")
        // Asking which ones is a list, not the verdict.
        let which = Self.shizuoka.answerToLast(of: ["which C customers can I skip?"])
        #expect(which.lines.first?.hasPrefix("No, not none") != true, "\(which.text)")
    }

    @Test("'which customers are slipping' is the customers not seen lately, not the whole book")
    func slippingIsNotSeenLately() {
        let answer = Self.tokachi.answerToLast(of: ["which customers are slipping"])
        #expect(answer.interpretation.customerList == .notSeenLately, "\(answer.text)")
    }

    @Test("'konshu no plan onegai' is Japanese typed in romaji, answered in Japanese")
    func romajiRequestIsJapanese() {
        #expect(LanguageDetector.language(of: "konshu no plan onegai") == .ja)
        #expect(LanguageDetector.language(of: "sendai sasakama misete") == .ja)
        #expect(LanguageDetector.language(of: "show me the plan please") == .en)
    }

    @Test("「きょう ﾆｾｺﾘｿﾞｰﾄ行った 発注の話」: a space after the Japanese verb starts the note; English keeps its words")
    func noteAfterASpace() {
        #expect(VisitStatement.note(in: "きょう ﾆｾｺﾘｿﾞｰﾄ行った 発注の話") == "発注の話")
        #expect(VisitStatement.note(in: "visited rusutsu resort on monday") == nil)
    }

    @Test("a D past its check waits while key accounts are past their follow-up: not this week, with how many wait")
    func overdueDWaitsForA() {
        let answer = Self.tokachi.answerToLast(of: ["旭川家具 今週行くべき?"])
        #expect(answer.lines.first?.hasPrefix("A顧客が先です") == true, "\(answer.text)")
        #expect(answer.lines.first?.contains("A顧客が12社") == true, "\(answer.text)")
    }

    @Test("'borderline B only' is the borderline list within B, not the article")
    func borderlineWithinASegment() {
        let answer = Self.tokachi.answerToLast(of: ["borderline B only"])
        #expect(answer.interpretation.customerList == .borderline, "\(answer.text)")
        #expect(answer.interpretation.segments == [.b], "\(answer.text)")
    }

    @Test("the yes-or-no readings leave a plan with a segment skipped and a figure checked alone")
    func yesNoGuards() {
        let skip = Self.miyagi.answerToLast(of: ["plan my week, skip C"])
        #expect(skip.interpretation.intent == .weeklyPlan, "\(skip.text)")
        let figure = Self.miyagi.answerToLast(of: ["ミヤギ包装資材はどの区分？", "受注は12件だよね？"])
        #expect(figure.interpretation.confirmsScore == nil, "\(figure.text)")
    }
}
