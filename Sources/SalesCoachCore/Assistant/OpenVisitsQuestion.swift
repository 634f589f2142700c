/// "What's still open this week?", 「まだ行けてないのは？」: a rep part-way
/// through the week asks what is left of the plan, not for a plan made again
/// (which would fill the week anew and forget the visits already made).
public enum OpenVisitsQuestion {
    /// Whether `line` asks for the visits of this week's plan not yet made.
    public static func asks(_ line: String) -> Bool {
        let lookup = PhraseLookup(QuestionText(line))
        return lookup.has(english: words.english, japanese: words.japanese)
            && !lookup.has(english: ["next week", "why"], japanese: ["来週", "なぜ", "なんで"])
    }

    private static let words = (
        english: [
            "still open", "left to do", "left this week", "what's left", "whats left", "still to visit", "still to see",
            "not visited yet", "haven't visited yet", "havent visited yet", "remaining visits", "visits remaining", "still to go",
            "who's left", "whos left", "who is left", "what remains", "what's remaining", "whats remaining", "anything left",
            "what is left",
        ],
        japanese: [
            "まだ行けてない", "まだ行ってない", "まだ訪問して", "残りはどこ", "残りの訪問", "残ってる訪問", "残っている訪問", "未訪問",
            "あと何件", "残りは誰", "残りはだれ", "残りは", "のこりは", "残ってるのは", "残っているのは", "残りの予定", "あと残り",
            "あとどこ",
        ]
    )
}
