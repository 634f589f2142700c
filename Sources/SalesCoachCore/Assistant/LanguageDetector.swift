/// Decides whether a question is English or Japanese, so the answer comes
/// back in the same language.
///
/// Customer names do not count: "why is 田中商事 in C?" is an English
/// question about a Japanese name. Japanese characters count half a word each
/// against English words of two or more letters, so "what does 取り引き実績
/// mean in English?" stays English and "Pythonでプログラムを書いて" is Japanese.
public enum LanguageDetector {
    /// The language of `question`, ignoring the customer names in `names`.
    ///
    /// When nothing but names and punctuation is left, or a single Latin
    /// word, `fallback` (the conversation's language so far) decides, else
    /// the names' script or that word.
    public static func language(of question: String, ignoring names: NameMatches = NameMatches(), fallback: Language? = nil)
        -> Language
    {
        let text = QuestionText(question)
        return language(of: text.masking(names.spans), original: text, fallback: fallback)
    }

    static func language(of masked: QuestionText, original: QuestionText, fallback: Language?) -> Language {
        let japanese = masked.chars.filter(\.isJapanese).count
        let english = masked.asciiWords.filter { $0.text.count >= 2 && $0.text.contains(where: \.isLetter) }.count
        if japanese == 0 && english == 0 {
            if let fallback { return fallback }
            return original.chars.contains(where: \.isJapanese) ? .ja : .en
        }
        // One Latin word and nothing else ("sql", "yes", "zzz") says too little
        // to switch a Japanese conversation to English.
        // A question's own word ("… segment?", "… overdue?") is enough all the same.
        if japanese == 0, english == 1, masked.asciiWords.count == 1, let fallback,
            !switchWords.contains(masked.asciiWords[0].text.lowercased())
        {
            return fallback
        }
        // "mizuho seimitsu wa?", "tanaka shoji desu ka": Japanese typed in romaji, told by its particle at the end;
        // "konshu no plan onegai": by the request that closes it.
        let words = masked.asciiWords.map(\.text)
        if japanese == 0, let last = words.last,
            ["wa", "desuka", "desu", "kana", "deshou", "dayo", "dane", "onegai", "onegaishimasu", "kudasai", "oshiete", "misete",
             "tanomu", "yoroshiku"].contains(last)
                || (last == "ka" && words.count >= 2 && ["desu", "masu", "deshita", "mashita"].contains(words[words.count - 2])),
            !masked.asciiWords.contains(where: { ["what", "is", "are", "the", "how", "why", "about"].contains($0.text) })
        {
            return .ja
        }
        // "tell me about 帯広ビール株式会社" (a name the book lacks): kanji and katakana
        // with not one kana of grammar are a name or a term, the sentence around it English.
        if english >= 2, !masked.chars.contains(where: { ("\u{3041}"..."\u{309F}").contains($0) }) { return .en }
        return Double(japanese) / 2 >= Double(english) ? .ja : .en
    }

    static let switchWords = Understanding.standard.words("language-switch-en")
}
