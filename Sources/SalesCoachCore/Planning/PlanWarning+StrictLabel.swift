/// What `--strict` names in a Japanese session: each rule and rule class in
/// words, with the stable code beside it, since scripts and the README use
/// the code and a person reads the words.
extension PlanWarning.Code {
    /// The rule in `language`: its code in English, `Cへの偏り（c-overweight）` in Japanese.
    public func label(in language: Language) -> String {
        guard language == .ja else { return rawValue }
        let words: String
        switch self {
        case .cOverweight: words = "Cへの偏り"
        case .bUnderShare: words = "Bが割合未満"
        case .aNeglected: words = "A顧客の訪問漏れ"
        case .dOverShare: words = "Dが割合超過"
        case .notInBook: words = "顧客リストにない顧客"
        case .otherRep: words = "別の担当者の顧客"
        case .unknownRep: words = "顧客リストにない担当者"
        case .unclassified: words = "分類できない顧客"
        case .emptyPlan: words = "空の計画"
        case .comfortDrift: words = "Cへの傾き"
        }
        return "\(words)（\(rawValue)）"
    }
}

extension PlanWarning.StrictClass {
    /// The rule class in `language`: its name in English, words and name in Japanese.
    public func label(in language: Language) -> String {
        guard language == .ja else { return name }
        let words: String
        switch self {
        case .cOverweight: words = "Cへの偏り"
        case .share: words = "B・Dの割合"
        case .followUp: words = "Aのフォロー"
        case .planData: words = "計画のデータ"
        }
        return "\(words)（\(name)）"
    }
}
