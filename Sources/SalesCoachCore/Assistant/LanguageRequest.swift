/// 「日本語で説明してもらえますか」, "in English please", "can you say that in
/// Japanese?": a line that asks for nothing but another language. The answer
/// is the last question's again, in that language; read as a question of its
/// own it once pulled up the glossary of Japanese and English terms.
enum LanguageRequest {
    /// The language asked for, when the line asks for nothing else.
    static func read(_ line: String) -> Language? {
        let folded = NameKey.normalize(line).lowercased()
        let asked: Language
        if ["日本語で", "in japanese", "japanese please", "nihongo de"].contains(where: folded.contains) {
            asked = .ja
        } else if ["英語で", "in english", "english please"].contains(where: folded.contains) {
            asked = .en
        } else {
            return nil
        }
        // What is left once the request's own words are gone must be nothing.
        var rest = folded
        for phrase in japaneseFiller { rest = rest.replacingOccurrences(of: phrase, with: " ") }
        let words = rest.split { !$0.isLetter && !$0.isNumber }
        return words.allSatisfy { englishFiller.contains(String($0)) } ? asked : nil
    }

    /// Longest first, so 「説明してもらえますか」 goes whole before 「して」 would split it.
    private static let japaneseFiller = [
        "日本語で", "英語で", "説明してもらえますか", "説明してもらえる", "説明していただけますか", "説明してください", "説明して",
        "お願いできますか", "お願いします", "お願い", "もう一度", "もういちど", "言ってもらえますか", "言ってください", "言って",
        "答えてください", "答えて", "ください", "もらえますか", "いただけますか", "頂けますか", "ほしい", "欲しい", "くれる", "くれますか",
        "さっきの", "今の", "いまの", "それを", "それ", "も", "は", "を", "か", "ね", "よ", "です", "ます",
    ].sorted { $0.count > $1.count }

    private static let englishFiller: Set<String> = [
        "in", "japanese", "english", "please", "pls", "plz", "can", "could", "would", "you", "say", "that", "this", "it", "explain",
        "again", "answer", "reply", "the", "same", "do", "tell", "me", "write", "now", "ok", "okay", "and", "nihongo", "de", "same",
    ]
}
