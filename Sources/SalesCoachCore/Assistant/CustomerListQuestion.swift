/// Questions whose honest answer is a list of the user's own customers, not
/// an article about the method: where to focus, who is borderline, who has
/// not been seen for a while.
///
/// "what should I focus on?" is the method's central question and is answered
/// from the book (the B customers with the most upside, the A customers due
/// for follow-up); "any borderline customers?" names them; "who haven't I
/// seen in a while?" reads `last_visit` and the visit log. A question about
/// the idea itself ("what does borderline mean?", 「境界線ギリギリの顧客はどう扱う？」)
/// still gets the knowledge entry: only a request for customers is read here.
public enum CustomerListQuestion: Sendable, Hashable {
    /// Where the rep's time should go.
    case focus
    /// Customers with an axis score within the borderline margin of the cut.
    case borderline
    /// Customers by time since their last visit, longest first.
    case notSeenLately

    /// The list a question asks for, if it asks for one.
    static func detect(_ text: QuestionText) -> CustomerListQuestion? {
        let compact = String(text.chars)
        let words = text.words(joiningApostrophes: true).map(\.text)
        let joined = " " + words.joined(separator: " ") + " "
        func has(_ phrases: [String]) -> Bool { phrases.contains { joined.contains(" \($0) ") } }
        func hasJapanese(_ phrases: [String]) -> Bool { phrases.contains { compact.contains($0) } }

        // Asking what something means, or how to treat it, is a method question.
        if has(english.aboutTheIdea) || hasJapanese(japanese.aboutTheIdea) { return nil }
        if has(english.focus) || hasJapanese(japanese.focus) { return .focus }
        let asksForCustomers = has(english.asksForCustomers) || hasJapanese(japanese.asksForCustomers)
            || compact.hasSuffix("?") || compact.hasSuffix("？")
        guard asksForCustomers else { return nil }
        if has(english.borderline) || hasJapanese(japanese.borderline) { return .borderline }
        if has(english.notSeen) || hasJapanese(japanese.notSeen) || notSeenRecently(joined, compact) { return .notSeenLately }
        return nil
    }

    /// "haven't been visited lately", "not seen recently", 「最近会ってない」: a
    /// negation with a word for recent (alone, "who did I visit recently?" asks for the log).
    private static func notSeenRecently(_ joined: String, _ compact: String) -> Bool {
        let negated = ["havent", "haven't", "hasnt", "hasn't", "not", "no", "never", "without"].contains { joined.contains(" \($0) ") }
        let recent = ["lately", "recently", "recent", "for a while", "for ages", "for long"].contains { joined.contains(" \($0) ") }
        let japanese = compact.contains("最近") && ["ない", "ていない", "てない", "無沙汰"].contains { compact.contains($0) }
        return (negated && recent) || japanese
    }

    /// Whether the question speaks of being borderline at all ("is it borderline?", 「それってギリギリ？」).
    static func asksAboutBorderline(_ text: QuestionText) -> Bool {
        let compact = String(text.chars)
        let joined = " " + text.words(joiningApostrophes: true).map(\.text).joined(separator: " ") + " "
        return english.borderline.contains { joined.contains(" \($0) ") } || japanese.borderline.contains { compact.contains($0) }
    }

    /// Whether the question asks about several customers ("any borderline
    /// customers?", "who is close to switching?", 「ギリギリの顧客は？」): a list,
    /// never a follow-up about the one customer just discussed.
    static func asksForSeveral(_ text: QuestionText) -> Bool {
        let compact = String(text.chars)
        let joined = " " + text.words(joiningApostrophes: true).map(\.text).joined(separator: " ") + " "
        let english = ["customers", "accounts", "clients", "companies", "who", "which", "anyone", "anybody", "any", "list"]
        let japanese = ["顧客", "お客", "取引先", "会社は", "誰", "だれ", "どこ", "どの", "一覧", "いますか"]
        return english.contains { joined.contains(" \($0) ") } || japanese.contains { compact.contains($0) }
    }

    /// Whether the question asks when a customer was last visited
    /// ("when did I last visit X?", 「Xは最後にいつ訪問した？」): the explanation carries it.
    static func asksLastVisit(_ text: QuestionText) -> Bool {
        let compact = String(text.chars)
        let joined = " " + text.words(joiningApostrophes: true).map(\.text).joined(separator: " ") + " "
        let english = ["last visit", "last visited", "last saw", "last seen", "last went", "how long since", "when did i last", "when did we last"]
        let japanese = ["最後にいつ", "いつ訪問", "いつ行った", "最後の訪問", "前回の訪問", "前回いつ", "最後に会った", "最後に行った"]
        return english.contains { joined.contains(" \($0) ") } || japanese.contains { compact.contains($0) }
    }

    /// Phrases, matched as whole words of the folded question.
    private static let english = (
        aboutTheIdea: [
            "what does", "what do", "what is", "whats", "what happens", "how do i treat", "how should i treat",
            "how do i handle", "how should i handle", "mean", "meaning", "explain", "why",
        ],
        focus: [
            "focus on", "focus", "prioritize", "prioritise", "priorities", "prioritize first", "most of my time",
            "spend most", "spend my time", "concentrate on", "put my effort", "put most effort", "top priority",
            "most important customers", "most important accounts",
        ],
        asksForCustomers: [
            "which", "who", "whom", "any", "list", "show me", "give me", "name", "are there", "is there", "find",
        ],
        borderline: [
            "borderline", "on the border", "near the cut", "close to the cut", "close to switching", "about to switch",
            "close to moving", "about to move", "switching segments", "change segment", "on the edge", "on the fence",
            "could flip", "might flip", "tipping",
        ],
        notSeen: [
            "haven't seen", "havent seen", "haven't visited", "havent visited", "not seen", "not visited",
            "haven't had a visit", "havent had a visit", "in a while", "in a long time", "longest", "overdue",
            "neglected", "no visit", "behind on", "gone quiet", "not been to", "haven't been to", "havent been to",
        ]
    )

    /// Every Japanese phrase above: a word such as ギリギリ is a cue, never an unknown company's name.
    static var japanesePhrases: [String] {
        japanese.aboutTheIdea + japanese.focus + japanese.asksForCustomers + japanese.borderline + japanese.notSeen
    }

    /// Phrases, matched inside the folded question.
    private static let japanese = (
        aboutTheIdea: ["とは", "意味", "どう扱", "どう考え", "どうすれば", "どうしたら", "ってなに", "って何"],
        focus: ["集中すべき", "集中したら", "力を入れるべき", "力を入れたら", "注力すべき", "注力したら", "優先順位", "優先すべき顧客", "優先度の高い", "一番大事な顧客", "時間を使うべき", "時間をかけるべき"],
        asksForCustomers: ["いますか", "いる？", "いる?", "はどこ", "どこ", "どの", "誰", "だれ", "一覧", "教えて", "挙げて", "顧客は", "先は", "ありますか", "ところは"],
        borderline: ["ボーダー", "ギリギリ", "ぎりぎり", "境界", "当落", "入れ替わりそう", "変わりそう", "移りそう"],
        notSeen: ["訪問してない", "訪問していない", "行ってない", "行っていない", "会ってない", "会っていない", "ご無沙汰", "しばらく", "遅れて", "久しく", "長い間", "間が空いて"]
    )
}
