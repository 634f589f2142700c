/// "quiz me", 「クイズ出して」: a new hire asking to be tested starts the quiz on
/// their own customers, as `quiz` does, rather than reading about it.
public enum QuizRequest {
    /// Whether `line` asks for a quiz now (short, no customer or question about the quiz itself).
    public static func asks(_ line: String) -> Bool {
        let text = QuestionText(line)
        guard text.chars.count <= 40 else { return false }
        let lookup = PhraseLookup(text)
        return lookup.has(english: words.english, japanese: words.japanese)
            && !lookup.has(english: ["how does", "what is", "what's", "whats"], japanese: ["とは", "って何", "ってなに", "どうやって"])
    }

    private static let words = (
        english: ["quiz me", "give me a quiz", "start a quiz", "a quick quiz", "test me", "quiz please", "can i take the quiz", "let's do a quiz", "lets do a quiz"],
        japanese: ["クイズ出して", "クイズだして", "クイズを出して", "クイズして", "クイズやりたい", "クイズをやりたい", "クイズお願い", "クイズおねがい", "問題出して", "問題を出して", "テストして"]
    )
}
