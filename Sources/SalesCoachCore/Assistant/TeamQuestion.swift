/// "does anyone on the team have a customer with zero orders?", 「チーム全体の売上合計は？」:
/// a question about the whole team, asked while the session works on one
/// rep's customers. The session answers it on the whole list, saying so,
/// rather than answering "none" from one rep's book.
public enum TeamQuestion {
    public static func asksWholeTeam(_ line: String) -> Bool {
        PhraseLookup(QuestionText(line)).has(english: lists.english, japanese: lists.japanese)
    }

    // `[phrases team-wide-en]` and `[phrases team-wide-ja]` under knowledge/understanding/.
    private static let lists = (
        english: Understanding.standard.phrases("team-wide-en"), japanese: Understanding.standard.phrases("team-wide-ja"))
}
