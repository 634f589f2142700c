/// "give me a one-page view of Tanaka Misaki", 「マイケルさんの担当を1ページでまとめて」:
/// what a manager looks at before a one-on-one, in one answer.
extension Answerer {
    /// The book at a glance, then the method's three checks on it: where the
    /// time should go (B's upside, A due), which key accounts are overdue,
    /// and whether the visits drift to C. Each part is the answer its own
    /// question gets, so the overview never says anything those do not.
    public func overview(language: Language, data: AssistantData) -> Answer {
        var parts: [Interpretation] = [Interpretation(intent: .countAndShare, language: language)]
        for list in [CustomerListQuestion.focus, .overdue, .comfort] {
            var reading = Interpretation(intent: .segmentMembers, language: language)
            reading.customerList = list
            parts.append(reading)
        }
        var whole = answer(parts[0], data: data)
        for reading in parts.dropFirst() {
            let part = answer(reading, data: data)
            whole.lines.append("")
            whole.lines += part.lines.filter { !$0.hasPrefix("See: ") && !$0.hasPrefix("参考: ") }
            whole.citations += part.citations.filter { !whole.citations.contains($0) }
            whole.data += part.data
        }
        // The book's total stays the subject of a follow-up ("and in B?").
        return whole
    }

    /// Whether a line asks for a summary of a book rather than one fact of it:
    /// `[phrases overview-en]`, `[phrases overview-ja]` under knowledge/understanding/.
    public static func asksOverview(_ line: String) -> Bool {
        PhraseLookup(QuestionText(line)).has(english: overviewWords.english, japanese: overviewWords.japanese)
    }

    /// "how is Emily doing?", 「佐藤さんの調子は？」: how a rep is doing, in any words.
    public static func asksHowDoing(_ line: String) -> Bool {
        PhraseLookup(QuestionText(line)).has(english: howDoingWords.english, japanese: howDoingWords.japanese)
    }

    private static let howDoingWords = (
        english: Understanding.standard.phrases("how-doing-en"), japanese: Understanding.standard.phrases("how-doing-ja"))

    private static let overviewWords = (
        english: Understanding.standard.phrases("overview-en"), japanese: Understanding.standard.phrases("overview-ja"))
}
