/// The guided lesson for new hires: six steps through the two axes, the four
/// segments and the C trap, each on a real customer of the rep's own book.
/// What the steps say is in knowledge/prose/lesson.prose.
public enum Lesson {
    /// Builds the steps from a classified book. A step whose segment has no
    /// customer is left out, so a small book gives a shorter lesson.
    public static func steps(for classifications: [Classification]) -> [LessonStep] {
        let classified = classifications.filter { $0.segment != nil }
        var used = Set<String>()
        func unused(_ c: Classification) -> Bool { !used.contains(c.name) }
        func clearest(_ segment: Segment) -> Classification? {
            // The customer furthest from both cuts teaches the segment best.
            let pick = classified.filter { $0.segment == segment && unused($0) }.max { distance($0) < distance($1) }
            if let pick { used.insert(pick.name) }
            return pick
        }
        var steps: [LessonStep] = []
        if let a = clearest(.a) {
            steps.append(LessonStep(
                introduction: texts(.lessonAIntroduction), customer: a, answer: .a, knowledgeIDs: ["method-overview", "segment-a"],
                takeaway: texts(.lessonATakeaway)))
        }
        if let b = clearest(.b) {
            let standing = BookStanding(b, in: classifications)
            steps.append(LessonStep(
                introduction: texts(.lessonBIntroduction) { ["objective": standing.objectivePhrase(in: $0)] }, customer: b, answer: .b, knowledgeIDs: ["segment-b", "why-focus-b"],
                takeaway: texts(.lessonBTakeaway)))
        }
        if let c = clearest(.c) {
            let standing = BookStanding(c, in: classifications)
            steps.append(LessonStep(
                introduction: texts(.lessonCIntroduction) { ["objective": standing.objectivePhrase(in: $0)] }, customer: c, answer: .c, knowledgeIDs: ["segment-c", "c-trap"],
                takeaway: texts(.lessonCTakeaway)))
        }
        if let d = clearest(.d) {
            steps.append(LessonStep(
                introduction: texts(.lessonDIntroduction), customer: d, answer: .d, knowledgeIDs: ["segment-d"],
                takeaway: texts(.lessonDTakeaway)))
        }
        if let borderline = classified.filter({ $0.isBorderline && unused($0) }).min(by: { distance($0) < distance($1) }) {
            used.insert(borderline.name)
            steps.append(LessonStep(
                introduction: texts(.lessonBorderlineIntroduction), customer: borderline, answer: borderline.segment ?? .d, knowledgeIDs: ["borderline"],
                takeaway: texts(.lessonBorderlineTakeaway) { _ in ["segment": borderline.segment?.rawValue ?? "D"] }))
        }
        if let trap = classified.filter({ $0.segment == .c && unused($0) }).max(by: { recordWeight($0) < recordWeight($1) }) {
            steps.append(LessonStep(
                introduction: texts(.lessonTrapIntroduction), customer: trap, answer: .c, knowledgeIDs: ["c-trap", "why-focus-b"],
                takeaway: texts(.lessonTrapTakeaway)))
        }
        return steps
    }

    /// A step's text from knowledge/prose/ in every language, with the values
    /// its placeholders take in each.
    static func texts(_ key: ProseKey, values: (Language) -> [String: String] = { _ in [:] }) -> [Language: String] {
        Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, key.text(in: $0, values($0))) })
    }

    static func distance(_ c: Classification) -> Double {
        guard let o = c.objective?.value, let r = c.record?.value else { return 0 }
        return min(abs(o - 50), abs(r - 50))
    }

    static func recordWeight(_ c: Classification) -> Double { c.record?.value ?? 0 }
}
