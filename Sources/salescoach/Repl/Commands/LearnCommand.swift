import ArgumentParser

/// `learn`
struct LearnCommand: ReplCommand, ReplRunnable {
    static let configuration = CommandConfiguration(
        commandName: "learn", abstract: "A short guided lesson on the method, with your own customers", usage: "learn",
        aliases: ["lesson"])
    static let entry = ReplEntry(group: .learning, purposeJapanese: "自分の顧客を使って手法を学ぶ短いレッスン", example: "learn")

    func run(in session: Session, reader: inout some LineReader) throws -> Session.Outcome {
        session.learn(reader: &reader)
        return .proceed
    }
}
