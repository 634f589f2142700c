import Foundation
import Testing

/// `quiz` through piped stdin: what a new hire sees when the book is small
/// and when an answer is not one of the forms the question takes.
@Suite struct QuizSessionTests {
    /// Three customers: one B, one C, one A.
    func tinyBook() throws -> String {
        let file = try BinaryRunner.temporaryDirectory().appendingPathComponent("tiny.csv")
        try "name,employees,sales\nBig,900,10\nSmall,10,900\nMid,100,100\n".write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test("a quiz longer than a tiny book allows asks fewer questions and says so, in English and Japanese")
    func tinyBookNote() throws {
        let book = try tinyBook()
        let english = try BinaryRunner.run(["--ephemeral", "--lang", "en", "--file", book], input: "quiz 10 --seed 1\n")
        #expect(english.stdout.contains("Your book has enough customers for 3 questions; asking 3."), "\(english.stdout)")
        #expect(english.stdout.contains("Question 1 of 3"))
        #expect(!english.stdout.contains("of 10"))
        let japanese = try BinaryRunner.run(["--ephemeral", "--lang", "ja", "--file", book], input: "quiz 10 --seed 1\n")
        #expect(japanese.stdout.contains("このリストの顧客数で出せるのは3問までです"), "\(japanese.stdout)")
        #expect(japanese.stdout.contains("第1問 / 3問"))
    }

    @Test("an answer in no expected form is told what to type and asked again, not marked wrong")
    func unexpectedAnswer() throws {
        let result = try BinaryRunner.run(
            ["--ephemeral", "--lang", "en", "--file", try tinyBook()], input: "quiz 10 --seed 1\nperhaps\nstop\n")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains { $0.hasPrefix("Answer with") && $0.contains("'stop'") }, "\(result.stdout)")
        #expect(!result.stdout.contains("Not this time"))
        #expect(result.stdout.contains("Stopped."))
    }
}
