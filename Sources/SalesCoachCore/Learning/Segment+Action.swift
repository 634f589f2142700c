/// What the method tells the rep to do with a customer of each segment, as
/// the options of the quiz's "what should you do with X?" question. Each is
/// right for exactly one segment, so the other three are honest wrong answers.
/// The words are in knowledge/prose/quiz.prose.
extension Segment {
    public func action(in language: Language) -> String {
        let key: ProseKey
        switch self {
        case .a: key = .actionA
        case .b: key = .actionB
        case .c: key = .actionC
        case .d: key = .actionD
        }
        return key.text(in: language)
    }
}
