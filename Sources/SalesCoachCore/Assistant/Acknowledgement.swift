/// "ok and next week?", "thanks, now plan 6 visits", 「了解、じゃあ来週は？」: a
/// word that only acknowledges the last answer says nothing about what is
/// asked next. Left in, "ok" reads as "is the plan ok?" and turns a request
/// for next week's plan into a check of it.
public enum Acknowledgement {
    /// `line` without a leading acknowledgement, or `line` itself when it is
    /// nothing but one ("ok?") or when the word starts a customer's name ("OK Foods").
    public static func stripped(_ line: String, customerNames: @autoclosure () -> [String]) -> String {
        let trimmed = line.trimmingWhitespace
        let lowered = trimmed.lowercased()
        for word in words {
            guard lowered.hasPrefix(word) else { continue }
            let rest = trimmed.dropFirst(word.count)
            guard let next = rest.first, separators.contains(next) || (next.isWhitespace && word.first?.isASCII == true) else { continue }
            let after = rest.drop { separators.contains($0) || $0.isWhitespace }
            guard after.count >= 2, after.contains(where: { $0.isLetter }) else { return line }
            // "thanks a lot!", "ok then": still only the acknowledgement.
            let tail = after.lowercased()
            if thanksTails.contains(where: { tail == $0 || tail.hasPrefix($0 + " ") || tail.hasPrefix($0 + "!") || tail.hasPrefix($0 + ".") }) {
                return line
            }
            if word.first?.isASCII == true, customerNames().contains(where: { startsWith(word, $0) }) { return line }
            return String(after)
        }
        return line
    }

    private static func startsWith(_ word: String, _ name: String) -> Bool {
        let first = name.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "." }).first.map(String.init) ?? ""
        return first == word || name.lowercased().hasPrefix(word + " ")
    }

    private static let thanksTails = [
        "a lot", "so much", "very much", "again", "for", "a bunch", "heaps", "mate", "man", "then", "thanks", "thank you", "cool", "great",
    ]

    private static let separators: Set<Character> = [",", "、", "，", "。", ".", "!", "！", "…"]

    /// Longest first, so "okay" is taken whole rather than as "ok" and "ay".
    private static let words = [
        "thank you", "all right", "got it", "alright", "thanks", "perfect", "great", "okay", "cool", "ok",
        "ありがとうございます", "わかりました", "分かりました", "ありがとう", "オッケー", "りょうかい", "了解です", "了解", "なるほど",
        // 「それで、Kageyamaの期限切れのAは？」: a "so" that opens the line, whose それ is no "it".
        "それでは", "それから", "それで", "それと",
    ]
}
