/// Folds English word forms together so that cue tables need one form:
/// plurals ("customers" → "customer"), a few verb forms ("planned" → "plan"),
/// contractions without their apostrophe ("what's" → "what").
enum Stemmer {
    static func stem(_ word: String) -> String {
        if let lemma = lemmas[word] { return lemma }
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }

    private static let lemmas: [String: String] = [
        "visiting": "visit", "visited": "visit", "planning": "plan", "planned": "plan", "scored": "score",
        "scoring": "score", "calculation": "calculated", "calculate": "calculated", "handling": "handle",
        "handled": "handle", "classified": "classify", "classification": "classify", "checking": "check",
        "checked": "check", "spending": "spend", "spent": "spend", "moving": "move", "moved": "move",
        "ranked": "rank", "ranking": "rank", "compared": "compare", "comparing": "compare", "comparison": "compare",
        "explained": "explain", "explaining": "explain", "focusing": "focus", "focused": "focus", "dealing": "deal",
        "becoming": "become", "became": "become", "going": "go", "went": "go", "whom": "whom", "news": "news",
        "meant": "mean", "meaning": "meaning", "reaching": "reach", "reached": "reach", "growing": "grow",
        "grown": "grow", "treating": "treat", "managing": "manage", "prioritise": "prioritize",
        "categorised": "classify", "categorized": "classify", "vs.": "vs", "ok": "ok", "balanced": "balanced",
        "scheduling": "schedule", "scheduled": "schedule", "seeing": "see", "meeting": "meet", "working": "work",
        "recipes": "recipe", "jokes": "joke", "emails": "email", "mails": "mail",
    ]
}
