import Testing

@testable import SalesCoachCore

/// The quiz's question kinds on real classifications: the demo book, a small
/// hand-made book and random books, under the default rule and others.
@Suite struct QuizTests {
    static let demo = DemoBook.classifications

    /// Sixteen customers with every size and record figure, spread so that
    /// each segment has several members and records sit close to each other.
    static let mixed: [Classification] = {
        let rows: [(String, Double, Double, Double, Double)] = [
            // name, employees, company revenue, orders, our sales
            ("Atlas", 5000, 90000, 40, 9_000_000), ("Aurora", 4200, 70000, 35, 8_000_000),
            ("Argent", 3900, 65000, 30, 7_500_000), ("Beacon", 4800, 85000, 8, 2_000_000),
            ("Boreal", 4500, 80000, 10, 2_600_000), ("Brisk", 3600, 60000, 12, 3_000_000),
            ("Bastion", 4100, 75000, 6, 3_400_000), ("Cedar", 120, 900, 45, 8_500_000),
            ("Clover", 150, 1200, 38, 7_000_000), ("Cove", 90, 700, 33, 5_200_000),
            ("Dune", 60, 500, 9, 1_800_000), ("Dell", 80, 600, 11, 2_500_000),
            ("Drift", 100, 800, 7, 1_500_000), ("Dusk", 110, 650, 13, 3_200_000),
            ("Cinder", 130, 1000, 36, 5_000_000), ("Ardent", 3800, 62000, 32, 5_400_000),
        ]
        return Classifier().classify(
            rows.map { customer($0.0, [.employees: $0.1, .companyRevenue: $0.2, .orders: $0.3, .sales: $0.4]) })
    }()

    /// Classified random books, some under a random rule, some absolute.
    static func randomBooks(_ seeds: Range<UInt64>) -> [(classifications: [Classification], mode: ClassifierConfig.Mode)] {
        seeds.map { seed in
            var random = RandomBook(seed: seed)
            let customers = random.customers(count: random.int(3...40))
            let config =
                seed % 3 == 0 ? ClassifierConfig.standard : random.config(mode: seed % 3 == 1 ? .relative : .absolute)
            return (Classifier(config: config).classify(customers), config.mode)
        }
    }

    @Test("every kind of question appears in a quiz of eight or more on a mixed book", arguments: [8, 12])
    func everyKindAppears(count: Int) {
        for book in [Self.demo, Self.mixed] {
            for seed in UInt64(0)..<20 {
                let topics = Set(Quiz.questions(from: book, count: count, seed: seed).map(\.topic))
                #expect(topics == Set(QuizTopic.allCases), "seed \(seed): \(topics)")
            }
        }
    }

    @Test("no customer is named twice within one quiz, over many seeds and books")
    func noRepeats() {
        var checked = 0
        let books = [(Self.demo, ClassifierConfig.Mode.relative), (Self.mixed, .relative)] + Self.randomBooks(0..<60)
        for (book, mode) in books {
            for seed in UInt64(0)..<25 {
                let questions = Quiz.questions(from: book, count: 50, seed: seed, scoring: mode)
                let names = questions.flatMap(\.customers)
                #expect(names.count == Set(names).count, "seed \(seed): \(names)")
                checked += names.count
            }
        }
        #expect(checked > 1000, "the books named customers at all")
    }

    @Test("a long quiz on a small book stops when its customers run out, and not before")
    func capacity() {
        let questions = Quiz.questions(from: Self.mixed, count: 50, seed: 4)
        let named = Set(questions.flatMap(\.customers))
        #expect(questions.count < 50)
        // Stopping early means no customer was left for a question naming one.
        let left = Self.mixed.filter { $0.segment != nil && !named.contains($0.name) }
        #expect(left.isEmpty, "\(left.map(\.name)) were never asked about")
        #expect(Quiz.questions(from: Self.demo, count: 50, seed: 4).count == 50, "46 customers are enough for 50 questions")
    }

    @Test("the within-reach answer raises the transaction record to at most double today's value, and is one of the customer's own moves")
    func withinReachIsTheRepsStep() {
        var seen = 0
        let books = [(Self.demo, ClassifierConfig.Mode.relative), (Self.mixed, .relative)] + Self.randomBooks(0..<80)
        for (book, mode) in books {
            for seed in UInt64(0)..<10 {
                for question in Quiz.questions(from: book, count: 12, seed: seed, scoring: mode) {
                    guard case .withinReach(let c, let options, let answer) = question.kind else { continue }
                    seen += 1
                    guard case .move(let move) = options[answer] else {
                        Issue.record("the right answer is no move")
                        continue
                    }
                    #expect(c.moves.contains(move), "a move of \(c.name)'s own classification")
                    #expect([Metric.orders, .sales, .profit].contains(move.metric))
                    #expect(move.target.isRaise)
                    #expect(move.current > 0 && move.target.value <= 2 * move.current, "\(move)")
                    #expect(c.segment == .b || c.segment == .d, "only a low record has a rise to make")
                    for (i, option) in options.enumerated() where i != answer {
                        if case .move(let other) = option {
                            #expect(c.moves.contains(other))
                            let oneStep = other.axis == .record && other.target.isRaise && other.target.value <= 2 * other.current
                                && other.current > 0
                            #expect(!oneStep, "a second right answer: \(other)")
                        }
                    }
                    #expect(options.count >= 2 && options.count <= 4)
                    // After the answer, each option says whose lever it is and how far.
                    let verdicts = Array(question.explanation(in: .en).dropFirst())
                    #expect(verdicts.count == options.count)
                    for (i, option) in options.enumerated() where i < verdicts.count {
                        if i == answer { #expect(verdicts[i].contains("Yours to make")) }
                        if case .move(let other) = option, other.axis == .objective {
                            #expect(verdicts[i].contains("not yours to change"))
                        }
                    }
                }
            }
        }
        #expect(seen > 50, "the question was asked often enough to mean something")
    }

    @Test("the what-to-do answer is the action for the customer's segment, a different one for each segment")
    func whatToDoFollowsSegment() {
        var rightBySegment: [Segment: Set<String>] = [:]
        for seed in UInt64(0)..<40 {
            for question in Quiz.questions(from: Self.mixed, count: 12, seed: seed) {
                guard case .whatToDo(let c, let options, let answer) = question.kind, let segment = c.classification.segment
                else { continue }
                #expect(options[answer] == segment)
                #expect(Set(options) == Set(Segment.allCases))
                rightBySegment[segment, default: []].insert(question.optionTexts(in: .en)[answer])
                #expect(question.explanation(in: .en).joined().contains(segment.action(in: .en)))
            }
        }
        #expect(Set(rightBySegment.keys) == Set(Segment.allCases), "every segment was asked about")
        #expect(rightBySegment.values.allSatisfy { $0.count == 1 }, "one action per segment")
        #expect(Set(rightBySegment.values.compactMap(\.first)).count == 4, "four segments, four actions")
        #expect(rightBySegment[.a]?.first?.contains("follow-up") == true)
        #expect(rightBySegment[.b]?.first?.contains("most of your visits") == true)
        #expect(Set(Segment.allCases.map { $0.action(in: .ja) }).count == 4)
    }

    @Test("the plan question shows each of its three mistakes, and exactly one option is true of the plan's numbers")
    func planMistakesVary() {
        var rightByMistake: [PlanMistake: Set<PlanOption>] = [:]
        for seed in UInt64(0)..<40 {
            for question in Quiz.questions(from: Self.demo, count: 18, seed: seed) {
                guard case .planShares(let mistake, let shares, let options, let answer) = question.kind else { continue }
                #expect(Segment.allCases.reduce(0) { $0 + (shares[$1] ?? 0) } == 100)
                #expect(Segment.allCases.allSatisfy { (shares[$0] ?? -1) >= 0 })
                #expect(options.filter { $0.holds(for: shares) } == [options[answer]], "\(shares) \(options)")
                #expect(Set(options).count == options.count)
                rightByMistake[mistake, default: []].insert(options[answer])
                switch mistake {
                case .tooMuchC: #expect((shares[.c] ?? 0) > (shares[.b] ?? 0))
                case .tooLittleB: #expect((shares[.c] ?? 0) < (shares[.b] ?? 0) && (shares[.b] ?? 0) < (shares[.d] ?? 0))
                case .aFollowUpDropped: #expect(shares[.a] == 0 && (shares[.b] ?? 0) > 50)
                }
            }
        }
        #expect(rightByMistake == [.tooMuchC: [.tooMuchC], .tooLittleB: [.tooLittleB], .aFollowUpDropped: [.aFollowUpDropped]])
    }

    @Test("a firm of thousands ranks low among giants and a small firm high among small ones, and the quiz says why")
    func relativeRankBothWays() throws {
        // A book of giants: Mid has 3,000 employees, and every other company more.
        let giants = Classifier().classify([
            customer("Mid", [.employees: 3000, .sales: 900]), customer("Huge1", [.employees: 40000, .sales: 100]),
            customer("Huge2", [.employees: 52000, .sales: 800]), customer("Huge3", [.employees: 61000, .sales: 50]),
            customer("Huge4", [.employees: 75000, .sales: 700]),
        ])
        let low = try #require(
            RelativeRank.cases(in: giants).first { $0.customer.name == "Mid" }, "Mid ranks low in a book of giants")
        #expect(!low.ranksHigh)
        #expect(low.explanation(in: .en).contains("4 have more than Mid"))
        #expect(low.explanation(in: .en).contains("smaller than most companies in your book"))
        #expect(low.explanation(in: .ja).contains("このリストの中では規模が小さい方"))
        // A book of small shops: Shop has 40 employees, and every other company fewer.
        let shops = Classifier().classify([
            customer("Shop", [.employees: 40, .sales: 10]), customer("Tiny1", [.employees: 3, .sales: 900]),
            customer("Tiny2", [.employees: 5, .sales: 800]), customer("Tiny3", [.employees: 8, .sales: 700]),
            customer("Tiny4", [.employees: 12, .sales: 600]),
        ])
        let high = try #require(RelativeRank.cases(in: shops).first { $0.customer.name == "Shop" })
        #expect(high.ranksHigh)
        #expect(high.explanation(in: .en).contains("larger than most companies in your book"))
        #expect(high.explanation(in: .ja).contains("このリストの中では規模が大きい方"))
        // In the quiz, the book's own rank is the right answer.
        let question = try #require(
            Quiz.questions(from: shops, count: 5, seed: 1).first { $0.topic == .relativeRank })
        guard case .relativeRank(let asked, let options, let answer) = question.kind else { return }
        #expect(options[answer] == .rankedInBook)
        #expect(RelativeRank.cases(in: shops).contains(asked))
    }

    @Test("relative-rank questions pick customers whose book explains them, and none under absolute scoring")
    func relativeRankIsTrue() {
        for (book, mode) in [(Self.demo, ClassifierConfig.Mode.relative), (Self.mixed, .relative)] + Self.randomBooks(0..<60) {
            for seed in UInt64(0)..<5 {
                for question in Quiz.questions(from: book, count: 12, seed: seed, scoring: mode) {
                    guard case .relativeRank(let asked, _, _) = question.kind else { continue }
                    #expect(mode == .relative)
                    let figures = book.compactMap { $0.customer[asked.metric] }.filter(\.isFinite)
                    let value = asked.customer.customer[asked.metric] ?? .nan
                    let beyond = figures.filter { asked.ranksHigh ? $0 < value : $0 > value }.count
                    #expect(beyond * 2 > figures.count, "most of the book is on the other side of \(asked.customer.name)")
                    #expect(asked.customer.objective?.isHigh == asked.ranksHigh)
                }
            }
        }
        let absolute = Self.randomBooks(0..<30).filter { $0.mode == .absolute }
        for (book, _) in absolute {
            #expect(!Quiz.questions(from: book, count: 30, seed: 2, scoring: .absolute).contains { $0.topic == .relativeRank })
        }
    }

    @Test("each kind grades its right answer true, a wrong one false, and an answer in no expected form nil")
    func grading() {
        var kinds = Set<QuizTopic>()
        for seed in UInt64(0)..<6 {
            for question in Quiz.questions(from: Self.mixed, count: 12, seed: seed) {
                kinds.insert(question.topic)
                #expect(question.grade("no idea at all") == nil, "\(question.topic)")
                #expect(question.grade("") == nil)
                switch question.kind {
                case .segmentOf(let c):
                    #expect(question.grade(c.segment?.rawValue ?? "") == true)
                    #expect(question.grade((c.segment?.rawValue ?? "").lowercased()) == true)
                    #expect(question.grade(c.segment == .a ? "D" : "A") == false)
                case .whichFirst(let first, let second, let answer):
                    #expect(question.grade(String(answer)) == true)
                    #expect(question.grade(String(3 - answer)) == false)
                    #expect(question.grade((answer == 1 ? first : second).name.uppercased()) == true)
                    #expect(question.explanation(in: .en).joined().contains("(B) comes first"))
                default:
                    let answer = question.answerIndex ?? -1
                    let wrong = answer == 0 ? 1 : 0
                    let letters = ["a", "b", "c", "d"]
                    #expect(question.grade(letters[answer]) == true)
                    #expect(question.grade(letters[answer].uppercased() + ")") == true)
                    #expect(question.grade(String(answer + 1)) == true)
                    #expect(question.grade(["１", "２", "３", "４"][answer]) == true, "full-width number")
                    #expect(question.grade(letters[wrong]) == false)
                    #expect(question.grade(String(wrong + 1)) == false)
                    #expect(question.grade(question.optionTexts(in: .en)[answer]) == true)
                    #expect(question.grade(question.optionTexts(in: .ja)[answer]) == true)
                    #expect(question.grade(question.optionTexts(in: .en)[wrong].uppercased()) == false)
                    #expect(question.grade("e") == nil && question.grade("9") == nil)
                    #expect(question.expectedAnswer(in: .en).contains("1–\(question.optionTexts(in: .en).count)"))
                }
                #expect(!question.expectedAnswer(in: .en).isEmpty && !question.expectedAnswer(in: .ja).isEmpty)
            }
        }
        #expect(kinds == Set(QuizTopic.allCases))
    }

    @Test("every question reads in both languages, and no customer is called a large or small company outright")
    func bothLanguages() {
        let absolute = ["a large company", "a big company", "a small company", "大きな会社", "小さな会社", "会社の規模が大き", "大企業"]
        for book in [Self.demo, Self.mixed] {
            for seed in UInt64(0)..<15 {
                for question in Quiz.questions(from: book, count: 12, seed: seed) {
                    let en = (question.prompt(in: .en) + question.explanation(in: .en)).joined(separator: "\n")
                    let ja = (question.prompt(in: .ja) + question.explanation(in: .ja)).joined(separator: "\n")
                    #expect(!en.isEmpty && !ja.isEmpty)
                    #expect(en != ja)
                    #expect(ja.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) }, "kana in \(question.topic)")
                    let names = Set(question.customers)
                    let foreign = en.unicodeScalars.filter { $0.value >= 0x3040 }.count
                    #expect(foreign == 0 || names.contains { $0.unicodeScalars.contains { $0.value >= 0x3040 } }, "\(en)")
                    for phrase in absolute {
                        #expect(!en.contains(phrase) && !ja.contains(phrase), "\(phrase) in \(question.topic)")
                    }
                    #expect(question.optionTexts(in: .en).count == question.optionTexts(in: .ja).count)
                }
            }
        }
    }

    @Test("what the quiz says of a customer's size is what counting the book shows")
    func standingIsTrue() {
        for c in Self.demo where c.segment != nil {
            let standing = BookStanding(c, in: Self.demo)
            let phrase = standing.objectivePhrase(in: .en)
            for metric in [Metric.employees, .companyRevenue] {
                guard let value = c.customer[metric], c.objective?.metrics.contains(where: { $0.metric == metric }) == true
                else { continue }
                let figures = Self.demo.compactMap { $0.customer[metric] }.filter(\.isFinite)
                if phrase.hasPrefix("larger than most") {
                    #expect(figures.filter { $0 < value }.count * 2 > figures.count, "\(c.name) \(metric)")
                }
                if phrase.hasPrefix("smaller than most") {
                    #expect(figures.filter { $0 > value }.count * 2 > figures.count, "\(c.name) \(metric)")
                }
            }
        }
        #expect(Self.demo.contains { BookStanding($0, in: Self.demo).size == .larger })
        #expect(Self.demo.contains { BookStanding($0, in: Self.demo).size == .smaller })
    }

    @Test("a quiz on a 20,000-customer book draws every question asked for, each customer once")
    func largeBook() {
        var random = RandomBook(seed: 99)
        let book = Classifier().classify(random.customers(count: 20_000))
        let questions = Quiz.questions(from: book, count: 50, seed: 3)
        #expect(questions.count == 50)
        #expect(questions.flatMap(\.customers).count == Set(questions.flatMap(\.customers)).count)
    }

    @Test("a tiny book gives fewer questions than asked, each customer once, and says so in both languages")
    func tinyBook() throws {
        let tiny = Classifier().classify([
            customer("Big", [.employees: 900, .sales: 10]), customer("Small", [.employees: 10, .sales: 900]),
            customer("Mid", [.employees: 100, .sales: 100]),
        ])
        let questions = Quiz.questions(from: tiny, count: 10, seed: 1)
        #expect(questions.count < 10)
        #expect(questions.flatMap(\.customers).count == Set(questions.flatMap(\.customers)).count)
        #expect(Set(questions.flatMap(\.customers)) == ["Big", "Small", "Mid"])
        let en = try #require(Quiz.shortfallNote(asked: questions.count, requested: 10, in: .en))
        #expect(en == "Your book has enough customers for \(questions.count) questions; asking \(questions.count).")
        let ja = try #require(Quiz.shortfallNote(asked: questions.count, requested: 10, in: .ja))
        #expect(ja.contains("\(questions.count)問"))
        #expect(Quiz.shortfallNote(asked: 1, requested: 3, in: .en) == "Your book has enough customers for 1 question; asking 1.")
        #expect(Quiz.shortfallNote(asked: 5, requested: 5, in: .en) == nil)
        #expect(Quiz.questions(from: Self.demo, count: 10, seed: 1).count == 10, "a full book is not cut short")
    }
}
