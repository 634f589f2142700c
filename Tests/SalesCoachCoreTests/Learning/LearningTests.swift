import Testing

@testable import SalesCoachCore

@Suite struct LearningTests {
    /// Two customers in each segment and one more at the top, so that every
    /// low value ranks clearly below the cut.
    static let book: [Classification] = {
        let rows: [(String, Double, Double)] = [
            ("Alpha", 900, 900), ("Apex", 800, 800), ("Bigco", 950, 10), ("Bravo", 850, 20),
            ("Cozy", 10, 950), ("Comfy", 20, 850), ("Dot", 5, 5), ("Dim", 15, 15), ("Zenith", 990, 990),
        ]
        return Classifier().classify(rows.map { customer($0.0, [.employees: $0.1, .sales: $0.2]) })
    }()

    @Test("the lesson walks A, B, C, D and the C trap on the book's own customers, never twice the same")
    func lessonUsesTheBook() {
        let steps = Lesson.steps(for: Self.book)
        #expect(steps.map(\.answer) == [.a, .b, .c, .d, .c])
        #expect(Set(steps.map(\.customer.name)).count == steps.count)
        #expect(steps.last?.knowledgeIDs.contains("c-trap") == true)
        #expect(steps.allSatisfy { $0.customer.segment == $0.answer })
    }

    @Test("each step's feedback states the method's answer in both languages, and the C trap sends the spare visits to B")
    func takeaways() {
        let steps = Lesson.steps(for: Self.book)
        for step in steps {
            for language in [Language.en, .ja] {
                #expect(step.takeaway(in: language).contains(step.answer.rawValue), "\(step.customer.name) in \(language)")
            }
        }
        let trap = steps.last
        #expect(trap?.takeaway(in: .en).contains("go to B customers") == true)
        #expect(trap?.takeaway(in: .ja).contains("B顧客へ") == true)
        #expect(steps.first { $0.answer == .b }?.takeaway(in: .en).contains("Most of your visits belong here") == true)
    }

    @Test("lesson answers are graded by letter, and anything else is not an answer")
    func lessonGrading() throws {
        let step = try #require(Lesson.steps(for: Self.book).first)
        #expect(step.grade("a") == true)
        #expect(step.grade("Ａ") == true)
        #expect(step.grade("C") == false)
        #expect(step.grade("maybe") == nil)
    }

    @Test("the same seed draws the same quiz, another seed another one")
    func quizIsRepeatable() {
        let one = Quiz.questions(from: Self.book, count: 6, seed: 7)
        let again = Quiz.questions(from: Self.book, count: 6, seed: 7)
        let other = Quiz.questions(from: Self.book, count: 6, seed: 8)
        #expect(one.count == 6)
        #expect(one == again)
        #expect(one != other)
    }

    @Test("the lesson speaks of a customer's size against the book, never as a large or small company outright")
    func lessonSizeIsRelative() throws {
        let steps = Lesson.steps(for: Self.book)
        let b = try #require(steps.first { $0.answer == .b })
        let c = try #require(steps.first { $0.answer == .c })
        #expect(b.introduction(in: .en).contains("larger than most companies in your book"))
        #expect(b.introduction(in: .ja).contains("このリストの中では規模が大きい方"))
        #expect(c.introduction(in: .en).contains("smaller than most companies in your book"))
        #expect(c.introduction(in: .ja).contains("このリストの中では規模が小さい方"))
        for step in steps {
            let text = [step.introduction(in: .en), step.takeaway(in: .en)].joined()
            for phrase in ["a large", "a small company", "is small.", "is small,", "itself is small"] {
                #expect(!text.contains(phrase), "\(phrase) in \(text)")
            }
            let japanese = [step.introduction(in: .ja), step.takeaway(in: .ja)].joined()
            #expect(!japanese.contains("大きな会社") && !japanese.contains("会社自体は小さ"), "\(japanese)")
        }
    }

    @Test("a lesson answer that names no segment is met with what to type, in the session's language")
    func lessonExpectedAnswer() throws {
        let step = try #require(Lesson.steps(for: Self.book).first)
        #expect(step.expectedAnswer(in: .en).contains("A, B, C or D"))
        #expect(step.expectedAnswer(in: .ja).contains("A・B・C・D"))
    }
}
