/// Reads the answer to a question with lettered options, leniently: the
/// letter ("b", "Ｂ", "b)"), the option's number ("2", "２"), or the option's
/// own words in either language all count. Anything else is no answer, and
/// the learner is told what is expected instead of being marked wrong.
enum ChoiceAnswer {
    static let letters = ["a", "b", "c", "d", "e", "f"]

    /// The index of the option the typed text names, or nil.
    /// `options` holds each option's text in every language it may be typed in.
    static func index(of typed: String, options: [[String]]) -> Int? {
        let word = NameKey.normalize(typed.trimmingWhitespace)
        let bare = stripped(word)
        if let letter = letters.prefix(options.count).firstIndex(of: bare) { return letter }
        if let number = Int(bare), (1...options.count).contains(number) { return number - 1 }
        guard !bare.isEmpty else { return nil }
        return options.firstIndex { texts in texts.contains { stripped(NameKey.normalize($0)) == bare } }
    }

    /// What to type, for the message after an answer that names no option.
    static func expected(count: Int, in language: Language) -> String {
        let last = letters[max(0, min(count, letters.count) - 1)]
        return language == .en
            ? "Answer with a letter a–\(last), its number 1–\(count), or the option's words (or 'stop')."
            : "a〜\(last)の記号、1〜\(count)の番号、または選択肢の文で答えてください（やめるときは 'stop'）。"
    }

    /// The text without the closing punctuation a learner may leave off or add.
    private static func stripped(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, ".。)）:：".contains(last) { text = text.dropLast() }
        return String(text).trimmingWhitespace
    }
}
