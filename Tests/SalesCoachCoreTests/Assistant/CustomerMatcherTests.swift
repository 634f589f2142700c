import Testing

@testable import SalesCoachCore

@Suite struct CustomerMatcherTests {
    static let matcher = CustomerMatcher(names: [
        "株式会社森田精工", "Tiny Gears Ltd.", "Greenleaf Garden Co.", "(株)東邦電機", "Acme Industrial", "山田工業", "山田",
        "Northwind Trading", "田中商事", "Blue River Cafe Supply", "有限会社佐藤電材",
    ])

    @Test("names are found whatever the case, width or legal form", arguments: [
        ("森田精工について教えて", ["株式会社森田精工"]),
        ("why is tiny gears unclassified?", ["Tiny Gears Ltd."]),
        ("explain GREENLEAF GARDEN CO., LTD", ["Greenleaf Garden Co."]),
        ("㈱東邦電機は？", ["(株)東邦電機"]),
        ("株式会社東邦電機の分類", ["(株)東邦電機"]),
        ("ＡＣＭＥ　ＩＮＤＵＳＴＲＩＡＬはなぜA？", ["Acme Industrial"]),
        ("what about acme's numbers?", ["Acme Industrial"]),
        ("有限会社佐藤電材はなぜC", ["有限会社佐藤電材"]),
    ])
    func normalisation(question: String, expected: [String]) {
        #expect(Self.matcher.match(in: question).names == expected)
    }

    @Test("the longest name wins, and two customers come back in the order they were typed")
    func longestAndOrder() {
        #expect(Self.matcher.match(in: "山田工業はなぜB？").names == ["山田工業"])
        #expect(Self.matcher.match(in: "山田はなぜB？").names == ["山田"])
        #expect(Self.matcher.match(in: "田中商事と山田工業、どちらを先に訪問？").names == ["田中商事", "山田工業"])
        #expect(Self.matcher.match(in: "Northwind Trading or Acme Industrial first?").names == ["Northwind Trading", "Acme Industrial"])
    }

    @Test("a distinctive first word stands for the name; an everyday one does not")
    func firstWord() {
        #expect(Self.matcher.match(in: "and Northwind?").names == ["Northwind Trading"])
        #expect(Self.matcher.match(in: "explain Acme").names == ["Acme Industrial"])
        #expect(Self.matcher.match(in: "why is the blue line low?").names == [])
        #expect(Self.matcher.match(in: "plan a visit to a tiny company").names == [])
    }

    @Test("small typos in a long name are forgiven; a doubtful one only suggests", arguments: [
        ("why is Nortwind Trading in D?", ["Northwind Trading"], [String]()),
        ("explain Acme Industral", ["Acme Industrial"], []),
        ("田中商時はなぜC？", [], ["田中商事"]),
        ("what about Northwnd?", [], ["Northwind Trading"]),
    ])
    func typos(question: String, names: [String], suggestions: [String]) {
        let found = Self.matcher.match(in: question)
        #expect(found.names == names)
        #expect(found.suggestions == suggestions)
    }

    @Test("two names equally close are both suggested, neither taken")
    func ambiguity() {
        let matcher = CustomerMatcher(names: ["Acme Industrial", "Acme Foods"])
        let found = matcher.match(in: "explain Acme")
        #expect(found.names == [])
        #expect(found.suggestions == ["Acme Industrial", "Acme Foods"])
        #expect(matcher.match(in: "explain Acme Foods").names == ["Acme Foods"])
    }

    @Test("questions that name nobody find nobody", arguments: [
        "who should I visit this week?", "今週の訪問計画を作って", "how many A customers do I have?", "what's the weather?",
        "Cに時間をかけすぎ？", "a customer asked for a discount",
    ])
    func nobody(question: String) {
        let found = Self.matcher.match(in: question)
        #expect(found.names == [])
        #expect(found.suggestions == [])
    }

    @Test("a 10,000-name book still finds the one named, exactly or with a typo")
    func largeBook() {
        var random = SeededRandom(seed: 42)
        let syllables = ["ka", "to", "mi", "ra", "ne", "so", "yu", "ri", "ha", "no", "ta", "ke"]
        let kanji = Array("山田中村川本井上木林森高橋石原松小大野佐藤伊東西北南")
        var names: [String] = []
        for i in 0..<10_000 {
            if i % 2 == 0 {
                let word = (0..<3).map { _ in syllables[Int(random.next() % UInt64(syllables.count))] }.joined()
                names.append(word.capitalized + " \(["Trading", "Foods", "Works", "Systems"][i % 4]) \(i)")
            } else {
                names.append(String((0..<4).map { _ in kanji[Int(random.next() % UInt64(kanji.count))] }) + "商事\(i)")
            }
        }
        let matcher = CustomerMatcher(names: names)
        #expect(matcher.index.count == 10_000)
        #expect(matcher.match(in: "why is \(names[4242]) in C?").names == [names[4242]])
        #expect(matcher.match(in: "\(names[777])はなぜC？").names == [names[777]])
    }
}

@Suite struct SegmentRecognizerTests {
    static func segments(_ question: String) -> [Segment] {
        let text = QuestionText(question)
        let interpreter = Interpreter(names: [])
        return SegmentRecognizer.segments(in: text, prepared: interpreter.prepare(text))
    }

    @Test("letters are segments where a rep means one, and the article is not", arguments: [
        ("a customer asked me about prices", [Segment]()),
        ("plan a visit", []),
        ("how many A customers do I have?", [.a]),
        ("is it an A customer?", [.a]),
        ("list segment A", [.a]),
        ("what would move it to A?", [.a]),
        ("A or B first?", [.a, .b]),
        ("who are my b customers", [.b]),
        ("Aランクは何社？", [.a]),
        ("Ａ顧客の一覧", [.a]),
        ("Aの顧客は？", [.a]),
        ("Cに時間をかけすぎ？", [.c]),
        ("show my key accounts", [.a]),
        ("最重点の顧客を見せて", [.b]),
        ("write a function in C++", []),
        ("C# code please", []),
        ("how many Bs do I have", [.b]),
    ])
    func letters(question: String, expected: [Segment]) {
        #expect(Self.segments(question) == expected)
    }
}

@Suite struct LanguageDetectorTests {
    @Test("the question's own words decide the language, not the names in it", arguments: [
        ("why is 田中商事 in C?", ["田中商事"], Language.en),
        ("田中商事はなぜC？", ["田中商事"], .ja),
        ("what does 取り引き実績 mean in English?", [], .en),
        ("Pythonでプログラムを書いて", [], .ja),
        ("ＰＬＡＮ MY WEEK", [], .en),
        ("Acme Industrialについて", ["Acme Industrial"], .ja),
    ])
    func language(question: String, names: [String], expected: Language) {
        let matches = CustomerMatcher(names: names).match(in: question)
        #expect(LanguageDetector.language(of: question, ignoring: matches) == expected)
    }

    @Test("a bare name takes the conversation's language, else its own script")
    func bareName() {
        let matches = CustomerMatcher(names: ["田中商事"]).match(in: "田中商事?")
        #expect(LanguageDetector.language(of: "田中商事?", ignoring: matches, fallback: .en) == .en)
        #expect(LanguageDetector.language(of: "田中商事?", ignoring: matches) == .ja)
    }

    @Test("a single Latin word keeps the conversation's language; two words decide for themselves")
    func singleWord() {
        #expect(LanguageDetector.language(of: "sql", fallback: .ja) == .ja)
        #expect(LanguageDetector.language(of: "zzz?", fallback: .ja) == .ja)
        #expect(LanguageDetector.language(of: "sql", fallback: nil) == .en)
        #expect(LanguageDetector.language(of: "compare reps", fallback: .ja) == .en)
    }
}

extension CustomerMatcherTests {
    @Test("the start of one Japanese name, ending where the word ends, is that customer, taken and said so")
    func leadingPartOfAJapaneseName() {
        let matcher = CustomerMatcher(names: DemoBook.names)
        let report = matcher.match(QuestionText("昨日大和ロジに行ってきた"))
        #expect(report.names.isEmpty)
        #expect(report.likely == ["大和ロジスティクス"])
        #expect(matcher.resolve("関西") == .taken("関西建設"))
        // The kanji go on: another word, not the start of this name.
        #expect(matcher.match(QuestionText("関西方面の顧客は？")).likely.isEmpty)
        let answer = AssistantAnswerTests.ask("関西はなぜA？")
        #expect(answer.interpretation.takenAs == "関西建設")
    }
}
