/// What the method tells the rep to do with a customer of each segment, as
/// the options of the quiz's "what should you do with X?" question. Each is
/// right for exactly one segment, so the other three are honest wrong answers.
extension Segment {
    public func action(in language: Language) -> String {
        switch (self, language) {
        case (.a, .en): "Keep up the after-sales follow-up on a steady rhythm, so no competitor finds a way in."
        case (.a, .ja): "アフターフォローを途切れさせず、競合に付け入る隙を与えない。"
        case (.b, .en): "Spend most of your visits here, to win more of its business."
        case (.b, .ja): "訪問の大半をここに充て、取り引きを広げにいく。"
        case (.c, .en): "Keep the contact warm, but add no visits beyond what the business needs."
        case (.c, .ja): "関係は大事にしつつ、取り引きに必要な分より訪問は増やさない。"
        case (.d, .en): "Keep contact light: a call or an email now and then."
        case (.d, .ja): "接触は軽めに。ときどき電話かメールを入れる程度でよい。"
        }
    }
}
