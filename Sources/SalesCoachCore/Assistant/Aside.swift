/// A sentence beside a question that says only who is asking ("I'm her
/// manager.", 「私は上司です。」). Kept apart from acknowledgements: those are
/// dropped from the start of a line, asides from anywhere in it.
public enum Aside {
    /// "How is Emily Carter doing? I'm her manager.": a sentence that only says
    /// who is asking is no part of the question (read in, "manager" turned a
    /// rep's numbers into the method's page for managers). Left as it is when
    /// it is all the line says.
    public static func removed(from line: String) -> String {
        // Sentences with their ends: "How is Emily doing?" · " I'm her manager."
        var sentences: [String] = []
        var current = ""
        for c in line {
            current.append(c)
            if ".?!。？！".contains(c) {
                sentences.append(current)
                current = ""
            }
        }
        if !current.isEmpty { sentences.append(current) }
        guard sentences.count >= 2 else { return line }
        let kept = sentences.filter { sentence in
            let plain = sentence.trimmingWhitespace
            return plain.wholeMatch(of: asideEnglish) == nil && plain.wholeMatch(of: asideJapanese) == nil
        }
        guard !kept.isEmpty, kept.count < sentences.count else { return line }
        return kept.joined().trimmingWhitespace
    }

    nonisolated(unsafe) private static let asideEnglish =
        #/(?i)(?:i'?m|i am)\s+(?:her|his|their|the|a|your|its)?\s*(?:sales\s+)?(?:manager|boss|team lead|team leader|supervisor)\s*[.!]?/#
    nonisolated(unsafe) private static let asideJapanese =
        #/(?:私は|僕は|わたしは)?(?:彼女|彼|その人)?の?(?:上司|マネージャー|課長|部長)(?:です|だよ|なんですが|ですが)[。！]?/#
}
