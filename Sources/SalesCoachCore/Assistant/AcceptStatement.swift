/// "ok, accept that plan", 「その計画で確定して」: a request to save the plan
/// just shown as the week's planned visits, carried out as `plan accept`.
///
/// Taken only as a whole request (no customer named, not a question) and
/// only right after a plan; the session says what it saved and how to undo it.
public enum AcceptStatement {
    /// `planEdited`: the plan was just changed in words ("add X to it"), so
    /// its check, the last answer, is still about the plan to accept.
    /// `proposalPending`: a plan shown this session is not saved yet, so "accept that plan"
    /// a question or two later (a check of C, a why) still saves it, when it says "plan".
    public static func read(
        _ line: String, after context: ConversationContext, planEdited: Bool = false, proposalPending: Bool = false
    ) -> Bool {
        let text = QuestionText(line)
        let compact = String(text.chars)
        guard !compact.hasSuffix("?"), !compact.hasSuffix("？"),
            PhraseLookup(text).has(english: phrases.english, japanese: phrases.japanese)
        else { return false }
        if let last = context.lastIntent?.kind, [.weeklyPlan, .planReasons].contains(last) || (planEdited && last == .planCheck) {
            return true
        }
        return proposalPending && PhraseLookup(text).has(english: ["plan"], japanese: ["計画", "予定"])
    }

    /// `[phrases accept-plan-en]` and `[phrases accept-plan-ja]` under knowledge/understanding/.
    private static let phrases = (
        english: Understanding.standard.phrases("accept-plan-en"), japanese: Understanding.standard.phrases("accept-plan-ja")
    )
}
