import ArgumentParser

/// `quiz [N] [--seed S]`
struct QuizCommand: ReplCommand, ReplRunnable {
    static let configuration = CommandConfiguration(
        commandName: "quiz", abstract: "Test yourself with questions drawn from the book", usage: "quiz [N] [--seed S]")
    static let entry = ReplEntry(group: .learning, purposeJapanese: "顧客リストから出題されるクイズ", example: "quiz 5 --seed 7")

    @Argument(help: "How many questions, 1–50.", transform: { try BoundedNumber.whole($0, in: 1...50) }) var count: Int?
    @Option(help: "The same seed asks the same questions.", transform: BoundedNumber.seed) var seed: UInt64?

    func run(in session: Session, reader: inout some LineReader) throws -> Session.Outcome {
        try session.quiz(count: count ?? 5, seed: seed, reader: &reader)
        return .proceed
    }
}
