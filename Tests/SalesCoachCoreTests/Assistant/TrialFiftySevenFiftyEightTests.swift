import TestSupport
import Testing

@testable import SalesCoachCore

/// A fresh trial on a Hokuriku book, asked by a new hire: a customer's score
/// asked with 「それ」, whether one customer is overdue, a plan with a day
/// taken by training, a rep with a one-kanji family name, the smallest B,
/// a long overdue list that hid one name, a quiz asked for in words.
@Suite struct TrialFiftySevenTests {
    static let book = AssistantData.trialBook(TrialBooks.hokuriku, source: "hokuriku.csv")

    static func ask(_ lines: [String]) -> Answer { book.answerToLast(of: lines) }

    @Test("「じゃあそれの客観的評価のスコアは？」 after a customer is that customer's scores, not how scores are made")
    func scoreOfTheCustomerJustDiscussed() {
        let answer = Self.ask(["What would move 株式会社サバエ・オプティカル to A?", "じゃあそれの客観的評価のスコアは？"])
        #expect(answer.interpretation.intent == .explainCustomer, "\(answer.text)")
        #expect(answer.interpretation.customers == ["株式会社サバエ・オプティカル"], "\(answer.text)")
        #expect(answer.text.contains("客観的評価：51.6"), "\(answer.text)")
    }

    @Test("'Is 立山ホテル overdue?' answers yes or no first, whatever follows the question")
    func oneCustomerOverdue() {
        for question in ["Is 立山ホテル overdue?", "Is 立山ホテル overdue? We have no visit date for it."] {
            let answer = Self.ask([question])
            #expect(answer.interpretation.asksOverdue, "\(answer.text)")
            #expect(answer.lines.first?.hasPrefix("Yes, in effect: B has no set cadence, but 有限会社立山ホテル") == true, "\(answer.text)")
        }
    }

    @Test("「計画を作ってください。水曜は研修で無理です。」 is a plan without Wednesday, not a question about training")
    func dayTakenByTraining() {
        let answer = Self.ask(["計画を作ってください。水曜は研修で無理です。"])
        #expect(answer.interpretation.intent == .weeklyPlan, "\(answer.text)")
        #expect(answer.interpretation.droppedDays == [3], "\(answer.text)")
        #expect(PlanDays.dropped("金曜は出張なので無理") == [5])
        #expect(PlanDays.dropped("水曜は大丈夫") == [])
    }

    @Test("「今週なにに集中すればいい？」 is where the time goes, not a plan of the whole team")
    func focusThisWeekInJapanese() {
        #expect(Self.ask(["今週なにに集中すればいい？"]).interpretation.customerList == .focus)
    }

    @Test("a one-kanji family name with a book after it names the rep; inside a longer name it does not")
    func oneKanjiRep() {
        let reps = ["林 修", "Yoshida Kenta", "Emily Carter"]
        let names = ["株式会社林製作所", "小林工業"]
        #expect(RepName.named(in: "林の顧客を見せて", reps: reps, customerNames: names) == "林 修")
        #expect(RepName.named(in: "ボーダーラインの客先おしえてください。林担当分だけで", reps: reps, customerNames: names) == "林 修")
        #expect(RepName.named(in: "小林の顧客を見せて", reps: reps, customerNames: names) == nil)
    }

    @Test("「B先で売上がいちばん小さいのは？」 is the B customers by sales, smallest first")
    func smallestB() {
        let answer = Self.ask(["B先で売上がいちばん小さいのは？"])
        #expect(answer.lines.contains { $0.hasPrefix("  1. 有限会社福井フレーム — 101万") }, "\(answer.text)")
    }

    @Test("a list one name longer than it shows names that one too, never '… and 1 more'")
    func noneHiddenForOneMore() {
        let answer = Self.ask(["Which A customers are overdue for a follow-up?"])
        #expect(!answer.text.contains("and 1 more"), "\(answer.text)")
        #expect(answer.text.contains("小松工機㈱"), "\(answer.text)")
    }

    @Test("asking for a quiz in words is the quiz, asking about it is not", arguments: [
        ("クイズ出して", true), ("quiz me", true), ("テストして", true), ("クイズってどうやって使うの？", false), ("what is the quiz?", false),
    ])
    func quizAskedFor(line: String, asks: Bool) {
        #expect(QuizRequest.asks(line) == asks)
    }
}

/// A fresh trial on a southern Kyūshū book, from a manager typing fast in
/// English: a rep's kanji name typed in romaji beside a customer holding it,
/// a rep's name mistyped, a company in kanji and katakana that starts like a
/// customer spelt in Latin letters, a customer named by its katakana word.
@Suite struct TrialFiftyEightTests {
    static let book = AssistantData.trialBook(TrialBooks.southKyushu, source: "kyushu.csv")

    static func ask(_ lines: [String]) -> Answer { book.answerToLast(of: lines) }
    static let reps = ["緒方 大輔", "Kawano Shota", "Emily Carter"]
    static var names: [String] { book.classifications.map(\.name) }

    @Test("'ogata' is the rep 緒方 大輔 when told something, and asked about when it could be 緒方食品 too")
    func kanjiRepInRomaji() throws {
        #expect(RepName.named(in: "what should i tell ogata this week", reps: Self.reps, customerNames: Self.names) == "緒方 大輔")
        #expect(RepName.named(in: "how many customers does ogata have", reps: Self.reps, customerNames: Self.names) == "緒方 大輔")
        let shared = try #require(RepName.sharedWithCustomers(in: "How is ogata doing?", reps: Self.reps, customerNames: Self.names))
        #expect(shared.rep == "緒方 大輔" && shared.customers == ["緒方食品株式会社"])
    }

    @Test("'kawno's overdue A's': a rep's name one letter short, with a possessive, is that rep")
    func mistypedRep() {
        #expect(RepName.named(in: "kawno's overdue A's", reps: Self.reps, customerNames: Self.names) == "Kawano Shota")
        #expect(RepName.named(in: "kawno overdue", reps: Self.reps, customerNames: Self.names) == nil)
    }

    @Test("「鹿児島トヨタってどのセグメント？」 is not Kagoshima Tech Devices: said to be missing, that customer only offered")
    func katakanaThatIsAnotherCompany() {
        let answer = Self.ask(["鹿児島トヨタってどのセグメント？"])
        #expect(answer.interpretation.customers.isEmpty, "\(answer.text)")
        #expect(answer.text.hasPrefix("「鹿児島トヨタ」は顧客リストにありません。"), "\(answer.text)")
    }

    @Test("「マクセル」 is the one customer whose name ends in that katakana word")
    func customerByItsKatakanaWord() {
        let found = Self.book.interpreter.matcher.match(in: "マクセルはどのセグメント？")
        #expect(found.likely == ["株式会社 九州日立マクセル"])
        // A trade word is no company's own: ホテル names none of the hotels.
        #expect(Self.book.interpreter.matcher.match(in: "ホテルは何社？").likely.isEmpty)
    }

    @Test("「霧島で始まる会社ぜんぶ見せて」 lists every name holding it, all of them")
    func everyNameStartingWith() {
        let answer = Self.ask(["霧島で始まる会社ぜんぶ見せて"])
        let rows = answer.lines.filter { $0.hasPrefix("  ") }
        #expect(rows.count == 5, "\(answer.text)")
        #expect(rows.contains { $0.hasPrefix("  霧島食肉加工株式会社") }, "\(answer.text)")
    }

    @Test("'which rep needs the most help getting into B accounts?' weighs the reps by their idle B alone")
    func helpWithB() {
        let answer = Self.ask(["which rep needs the most help getting into B accounts?"])
        #expect(answer.interpretation.asksHelp, "\(answer.text)")
        #expect(answer.lines.first?.contains("needs the most help with B:") == true, "\(answer.text)")
        #expect(answer.lines.contains("Each rep, most in need with B first:"), "\(answer.text)")
        #expect(!answer.text.contains("A past the"), "\(answer.text)")
    }

    @Test("'logged: visited X on monday, went well' is a visit to log")
    func visitWithALeadIn() throws {
        let statement = try #require(VisitStatement.read(
            "logged: visited 京セラ鹿児島川内 on monday, went well", matcher: Self.book.interpreter.matcher, today: Self.book.today))
        guard case .log(let name, let date, _) = statement else {
            Issue.record("not logged: \(statement)")
            return
        }
        #expect(name == "京セラ鹿児島川内工場㈱")
        #expect(date == LocalDate(year: 2026, month: 12, day: 7)!)
    }
}

/// "is X in it?" right after a plan: yes or no first.
@Suite struct WhetherInPlanTests {
    static let book = AssistantData.trialBook(TrialBooks.chibaIbaraki, source: "chiba.csv")

    @Test("'is X in it?' and 「Xは入ってる？」 after a plan answer yes or no before the day or the reason")
    func yesOrNoFirst() throws {
        var context = ConversationContext()
        let plan = Assistant.answer("plan my week", context: &context, data: Self.book)
        let shown: VisitPlan? = plan.data.lazy.compactMap { item -> VisitPlan? in if case .plan(let plan) = item { plan } else { nil } }.first
        let picked: String = try #require(shown?.picks.first?.customer)
        var inside = context
        let yes = Assistant.answer("is \(picked) in it?", context: &inside, data: Self.book)
        #expect(yes.interpretation.asksWhetherInPlan, "\(yes.text)")
        #expect(yes.lines.first?.hasPrefix("Yes: \(picked) is in the plan (") == true, "\(yes.text)")
        var outside = context
        let no = Assistant.answer("Kashima Resin Worksは計画に入ってる？", context: &outside, data: Self.book)
        #expect(no.lines.first?.hasPrefix("いいえ。Kashima Resin Worksは") == true, "\(no.text)")
    }
}

/// Fresh trials on a Gunma and Tochigi book and an Ehime and Kagawa book:
/// a manager saying who they are after the question, "it" after a visit told
/// and a list, the first to visit after a plan, a figure's share on one rep's
/// customers, borderline typed in hiragana.
@Suite struct TrialFiftyNineSixtyTests {
    static let gunma = AssistantData.trialBook(TrialBooks.gunmaTochigi, source: "gunma.csv")
    static let ehime = AssistantData.trialBook(TrialBooks.ehimeKagawa, source: "ehime.csv")

    @Test("a sentence that only says who is asking is left out of the question, unless it is all there is",
          arguments: [
            ("How is Emily Carter doing? I'm her manager.", "How is Emily Carter doing?"),
            ("I'm his manager. How is Hoshino doing?", "How is Hoshino doing?"),
            ("藤井さんの状況は？私は上司です。", "藤井さんの状況は？"),
            ("I'm her manager.", "I'm her manager."),
            ("Is the manager review in the guide?", "Is the manager review in the guide?"),
          ])
    func asideLeftOut(line: String, expected: String) {
        #expect(Aside.removed(from: line) == expected)
    }

    @Test("'why is it in C?' after a visit told and a list of several is the one in C")
    func itIsTheOneInTheSegmentNamed() {
        var context = ConversationContext()
        context.loggedVisit(to: "丸亀化成株式会社", language: .en)
        let others = Self.ehime.classifications.filter { $0.segment == .a }.prefix(3).map(\.name)
        context.discussed(.weeklyPlan, customers: Array(others), language: .en)
        let answer = Assistant.answer("why is it in C?", context: &context, data: Self.ehime)
        #expect(answer.interpretation.customers == ["丸亀化成株式会社"], "\(answer.text)")
        let next = Assistant.answer("what would move it to A?", context: &context, data: Self.ehime)
        #expect(next.interpretation.intent.kind == .whatWouldItTake, "\(next.text)")
        #expect(next.interpretation.customers == ["丸亀化成株式会社"], "\(next.text)")
    }

    @Test("「じゃあ一番優先すべきなのはどこ？」 after a plan is its customers in the order to visit them, not by sales")
    func firstToVisitAfterAPlan() {
        let answer = Self.ehime.answerToLast(of: ["plan my week", "じゃあ一番優先すべきなのはどこ?"])
        #expect(answer.interpretation.intent == .compare, "\(answer.text)")
        #expect(!answer.text.contains("当社売上の大きい順"), "\(answer.text)")
    }

    @Test("a total on one rep's customers gives its share of that rep's book, said as such")
    func shareOfTheRepsBook() {
        let rows = TrialBooks.gunmaTochigi.split(separator: "\n").filter { $0.hasPrefix("name,") || $0.contains(",茂木 浩,") }
        var data = AssistantData.trialBook(rows.joined(separator: "\n"), source: "mogi.csv")
        data.namedRep = "茂木 浩"
        let answer = data.answerToLast(of: ["list my C customers with sales"])
        #expect(answer.lines.contains { $0.hasPrefix("  Total: ") && $0.contains("of 茂木 浩's customers' total)") }, "\(answer.text)")
        #expect(!answer.text.contains("of the whole book's"), "\(answer.text)")
    }

    @Test("「丸亀のとこってどのセグメント？」 with three 丸亀… asks which, each with its segment, not for a 'yes'")
    func severalStartingTheSame() {
        let answer = Self.ehime.answerToLast(of: ["丸亀のとこってどのセグメント?"])
        let first = answer.lines.first ?? ""
        #expect(first.hasPrefix("どれのことですか？"), "\(answer.text)")
        for name in ["丸亀うどん工房合同会社", "丸亀化成株式会社", "丸亀総合病院"] {
            #expect(first.contains(name + "（"), "\(answer.text)")
        }
        #expect(!answer.text.contains("「はい」と答える"), "\(answer.text)")
    }

    @Test("「じゃあ何があればAになる？」 after why a customer is in B is what would move it, not the A list")
    func whatItWouldTakeAfterWhy() {
        let answer = Self.gunma.answerToLast(of: ["カネコ種苗はなんでB？", "じゃあ何があればAになる？"])
        #expect(answer.interpretation.intent.kind == .whatWouldItTake, "\(answer.text)")
        #expect(answer.interpretation.customers == ["カネコ種苗株式会社"], "\(answer.text)")
    }

    @Test("'mogi' is the rep 茂木 浩; 「ぼーだーらいん」 is the borderline list")
    func mogiAndBorderlineInKana() {
        let reps = ["茂木 浩", "Hoshino Takeshi", "Emily Carter"]
        #expect(RepName.named(in: "mogi's C customers", reps: reps, customerNames: Self.gunma.classifications.map(\.name)) == "茂木 浩")
        // A week is planned for a person: 「古賀」 beside a customer 古賀運輸 is the rep.
        #expect(RepName.named(in: "plan the week for 古賀", reps: ["古賀 誠", "Emily Carter"], customerNames: ["古賀運輸株式会社"]) == "古賀 誠")
        #expect(Self.gunma.answerToLast(of: ["ぼーだーらいんの顧客おしえて"]).interpretation.customerList == .borderline)
    }
}

/// Fresh trials on an eastern Aichi book and a southern Hokkaidō and Aomori
/// book: a comparison naming a rep beside one who could be a customer, a rep's
/// share of a plan asked with 「の分」, a visit's note that only asks to log it
/// or tells what the customer did, a limit asked as "over the limit", two
/// names compared where the first ends before "and".
@Suite struct TrialSixtyOneSixtyTwoTests {
    static let reps = ["工藤 誠", "Emily Carter", "Sasaki Haruto"]
    static let names = ["工藤りんご園有限会社", "函館海産株式会社", "Blue Harbor Hotels Co., Ltd.", "Aomori Cider Company", "豊橋精密工業株式会社"]
    static let matcher = CustomerMatcher(names: names)

    @Test("'compare emily and kudo' compares the reps; 「工藤の分で」 is the rep's plan")
    func repsBesideACustomerOfTheName() {
        #expect(RepName.sharedWithCustomers(in: "compare emily and kudo", reps: Self.reps, customerNames: Self.names) == nil)
        #expect(RepName.allNamed(in: "compare emily and kudo", reps: Self.reps, customerNames: Self.names).count == 2)
        #expect(RepName.named(in: "今週の訪問計画を立てて。工藤の分で", reps: Self.reps, customerNames: Self.names) == "工藤 誠")
    }

    @Test("a visit's note keeps what the customer did and drops a request to log it")
    func notes() throws {
        let today = LocalDate(year: 2026, month: 12, day: 9)!
        let asked = try #require(VisitStatement.read("今日、函館海産株式会社に行ってきました。記録して", matcher: Self.matcher, today: today))
        guard case .log("函館海産株式会社", _, let none) = asked else {
            Issue.record("not logged: \(asked)")
            return
        }
        #expect(none == nil)
        let told = try #require(VisitStatement.read("I visited 豊橋精密工業 today and they placed a big order", matcher: Self.matcher, today: today))
        guard case .log("豊橋精密工業株式会社", _, let note) = told else {
            Issue.record("not logged: \(told)")
            return
        }
        #expect(note == "they placed a big order")
    }

    @Test("two Latin names compared, the first ending before 'and', are both found")
    func twoNamesCompared() {
        let found = Self.matcher.match(in: "compare Blue Harbor Hotels and Aomori Cider Company")
        #expect(Set(found.names + found.likely) == ["Blue Harbor Hotels Co., Ltd.", "Aomori Cider Company"], "\(found)")
    }

    @Test("'why shouldn't I spend my week on C customers?' is the C trap, not the C list",
          arguments: ["why shouldn't I spend my week on C customers?", "why shouldn't I just visit my C customers, they like me"])
    func whyNotC(question: String) {
        let book = AssistantData.trialBook(TrialBooks.ehimeKagawa, source: "ehime.csv")
        #expect(book.answerToLast(of: [question]).interpretation.intent == .method(topic: "c-trap"))
    }

    @Test("'is his C share over the limit?' asks for the verdict; 「金曜は休みなので4日で組み直して」 is a plan")
    func limitAndRebuild() {
        let book = AssistantData.trialBook(TrialBooks.ehimeKagawa, source: "ehime.csv")
        #expect(book.answerToLast(of: ["is the C share over the limit?"]).interpretation.asksTooMuch)
        #expect(book.answerToLast(of: ["金曜は休みなので4日で組み直してください"]).interpretation.intent == .weeklyPlan)
    }
}
