import Testing

@testable import SalesCoachCore

/// A rep saying who they are, alone or with a question, in English or Japanese.
@Suite struct SelfIntroductionTests {
    let reps = ["Daniel Brooks", "Priya Raman", "中村 直美"]

    @Test("an introduction names a rep of the book by full, given or family name, and keeps the rest of the line as the question",
          arguments: [
            ("I'm Daniel Brooks", "Daniel Brooks", nil),
            ("hi, I'm Daniel. what should I do this week?", "Daniel Brooks", "what should I do this week?"),
            ("this is priya, anything overdue?", "Priya Raman", "anything overdue?"),
            ("Hello! My name is Priya Raman.", "Priya Raman", nil),
            ("Priya here. what's on my plan this week", "Priya Raman", "what's on my plan this week"),
            ("中村です", "中村 直美", nil),
            ("直美です。今週何件訪問すればいい？", "中村 直美", "今週何件訪問すればいい？"),
            ("今週の予定を立てたい。中村です", "中村 直美", "今週の予定を立てたい"),
            ("お疲れ様です、中村直美と申します", "中村 直美", nil),
          ] as [(String, String, String?)])
    func introductions(line: String, rep: String, rest: String?) throws {
        let read = try #require(SelfIntroduction.read(line, reps: reps))
        #expect(read.rep == rep)
        #expect(read.rest == rest)
    }

    @Test("a line that names no rep of the book as the speaker is no introduction",
          arguments: [
            "I'm the sales manager. show me Daniel's book", "新人です。ABCD分析ってなに？", "this is too much C?",
            "is Daniel spending too much on C?", "田中商事はなぜCですか", "I'm Kenji", "who is here", "it's fine", "佐藤です",
          ])
    func notIntroductions(line: String) {
        #expect(SelfIntroduction.read(line, reps: reps) == nil)
    }

    @Test("with no reps in the book nothing is an introduction")
    func noReps() {
        #expect(SelfIntroduction.read("I'm Daniel Brooks", reps: []) == nil)
    }
}
