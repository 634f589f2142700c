/// One rep's customers as the whole list ranks them, said beside an answer
/// that ranked them as the rep's own book: the two lenses give different
/// counts ("B 3" in Emily's own book, "B 5" in the team's), and a manager
/// should see both rather than wonder which is wrong.
extension SegmentSummary {
    /// "As ranked in the whole list, Emily Carter has A 2 · B 5 · C 0 · D 4 (1 not classified)."
    public func wholeListLine(rep: String, language: Language) -> String {
        let counts = rows.map { "\($0.segment.rawValue) \($0.count)" }.joined(separator: " · ")
        let rest = unclassified == 0 ? "" : language.pick(" (\(unclassified) not classified)", "（分類不可\(unclassified)社）")
        return language.pick(
            "As ranked in the whole list, \(rep) has \(counts)\(rest).",
            "リスト全体での分類では、\(rep)さんの担当先は \(counts)\(rest)です。")
    }
}
