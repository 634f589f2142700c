/// "does anyone on the team have a customer with zero orders?", 「チーム全体の売上合計は？」:
/// a question about the whole team, asked while the session works on one
/// rep's customers. The session answers it on the whole list, saying so,
/// rather than answering "none" from one rep's book.
public enum TeamQuestion {
    public static func asksWholeTeam(_ line: String) -> Bool {
        PhraseLookup(QuestionText(line)).has(english: lists.english, japanese: lists.japanese) || asksWhichRep(line)
    }

    /// "who has the most B customers?", 「Aの顧客が一番多いのは誰？」: a person asked for by
    /// a count of customers — a rep, whoever asks. Not "who has the most orders?" (a customer).
    static func asksWhichRep(_ line: String) -> Bool {
        let text = QuestionText(line)
        let words = Set(text.asciiWords.map(\.text))
        let segment = line.firstMatch(of: /(?:^|[^A-Za-z])[ABCDＡＢＣＤ](?:'?s)?(?:[^A-Za-z]|$)/) != nil
        if words.contains("who") || words.contains("whos") {
            return !words.isDisjoint(with: ["most", "fewest", "least", "more"])
                && (!words.isDisjoint(with: ["customers", "accounts", "clients"]) || segment)
        }
        let compact = String(text.chars)
        return (compact.contains("誰") || compact.contains("だれ"))
            && ["一番", "いちばん", "最も", "多い", "少ない"].contains { compact.contains($0) }
            && (["顧客", "客", "社"].contains { compact.contains($0) } || segment)
    }

    /// 「ゴルフ場の売上合計は？」, 「宇都宮の客ってどれ？」 asked while working on one rep's customers,
    /// when none of them carry that trade or place in their names but others in the list do:
    /// the whole list answers, rather than "none" from one rep's book.
    public static func asksByNameOnlyOthersHold(_ line: String, scoped: [String], whole: [String]) -> Bool {
        let text = QuestionText(line)
        let lookup = PhraseLookup(text)
        // 「木曜は病院なので半日にして」: a plan's day, not the hospitals.
        guard !lookup.has(
            english: ["plan", "schedule", "week", "visit", "appointment"],
            japanese: ["計画", "予定", "プラン", "半日", "休み", "今週", "来週", "訪問", "行って", "行った"]),
            PlaceList.asksList(text)
                || lookup.has(
                    english: ["total", "sum", "how many", "list", "show", "which", "average", "sales", "profit"],
                    japanese: ["合計", "何社", "一覧", "見せて", "どれ", "どこ", "平均", "売上", "粗利", "は？", "は?"])
        else { return false }
        if let trade = PlaceList.trade(in: line) {
            return PlaceList.customers(ofTrade: trade.parts, in: scoped).isEmpty
                && !PlaceList.customers(ofTrade: trade.parts, in: whole).isEmpty
        }
        if let place = PlaceList.place(in: line), PlaceList.asksList(QuestionText(line)) {
            return PlaceList.customers(at: place, in: scoped).isEmpty && !PlaceList.customers(at: place, in: whole).isEmpty
        }
        return false
    }

    // `[phrases team-wide-en]` and `[phrases team-wide-ja]` under knowledge/understanding/.
    private static let lists = (
        english: Understanding.standard.phrases("team-wide-en"), japanese: Understanding.standard.phrases("team-wide-ja"))
}
