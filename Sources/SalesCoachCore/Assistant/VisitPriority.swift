/// Which of two customers deserves the next visit: their places in the
/// planner's own order (`PlanPriority`), with the words for why.
struct VisitPriority: Sendable, Comparable {
    typealias Rank = PlanPriority.Group

    let rank: Rank
    /// The place in the planner's order (0 = first).
    let position: Int
    let daysSinceLastVisit: Int?
    /// Our sales, which orders two A customers level on their last visit.
    let sales: Double?
    let name: String
    /// The A follow-up cadence in force for the book (see `PlanPolicy.followUpWeeks`).
    let cadenceWeeksA: Int
    /// B: the place in the book's upside order (1 = biggest) and how many B customers there are.
    let upsideRank: (rank: Int, of: Int)?
    /// Seen since the start of last week: a B customer then waits behind the
    /// other B customers, whatever its upside (the planner rotates them).
    let seenLately: Bool

    static func == (x: VisitPriority, y: VisitPriority) -> Bool { x.position == y.position && x.name == y.name }

    /// - Parameters:
    ///   - priority: the planner's order over the book.
    ///   - upsideRank: for a B customer, its place among the book's B customers by upside.
    init(_ classification: Classification, history: VisitHistory, priority: PlanPriority, today: LocalDate,
         upsideRank: (rank: Int, of: Int)? = nil) {
        name = classification.name
        sales = classification.customer[.sales]
        let place = priority.place(of: classification.name) ?? (.unclassified, Int.max)
        rank = place.group
        position = place.position
        cadenceWeeksA = priority.cadenceWeeksA
        let last = history.lastVisit(classification.name)
        daysSinceLastVisit = last.map { $0.days(until: today) }
        seenLately = last.map { $0 >= PlanWeek(containing: today).start.adding(days: -7) } ?? false
        self.upsideRank = upsideRank
    }

    /// `x < y` when x should be visited first: the planner's order.
    static func < (x: VisitPriority, y: VisitPriority) -> Bool {
        x.position != y.position ? x.position < y.position : x.name < y.name
    }

    /// Why this customer stands where it does, in a few words.
    func reason(in language: Language, policy: PlanPolicy) -> String {
        let since = PlanReason.sinceLastVisit(daysSinceLastVisit, language)
        switch rank {
        case .aOverdue:
            return language.pick(
                "A, past its \(cadenceWeeksA)-week follow-up (\(since)): a key account left alone is where competitors get in",
                "A：\(cadenceWeeksA)週間ごとのフォローを過ぎています（\(since)）。放っておくと競合に入り込まれます")
        case .b where seenLately:
            let upside = upsideRank.map { language.pick(" (upside #\($0.rank) of \($0.of))", "（伸びしろは\($0.of)社中\($0.rank)位）") } ?? ""
            return language.pick(
                "B\(upside), seen lately (\(since)): it waits behind the B customers not seen since last week",
                "B\(upside)、最近訪問済み（\(since)）：先週から訪問していないB顧客の後に回します")
        case .b:
            guard let upsideRank, upsideRank.rank > 1 else {
                return language.pick(
                    "B: larger than most in your book, buys little from us yet, the biggest upside in your book",
                    "B：このリストの中では規模が大きい方なのに取り引きがまだ少なく、伸びしろは担当先の中で最大")
            }
            return language.pick(
                "B: larger than most in your book, buys little from us yet, upside #\(upsideRank.rank) of \(upsideRank.of) in your book",
                "B：このリストの中では規模が大きい方なのに取り引きがまだ少なく、伸びしろは担当先\(upsideRank.of)社中\(upsideRank.rank)位")
        case .aDue:
            return language.pick("A, follow-up due this week (\(since))", "A：今週がフォローの時期（\(since)）")
        case .aLater:
            return language.pick("A, followed up recently (\(since))", "A：最近フォロー済み（\(since)）")
        case .cOverdue:
            return language.pick(
                "C, not seen for a while (\(since)): a short visit keeps the relationship",
                "C：しばらく訪問していません（\(since)）。短い訪問で関係を保てば十分です")
        case .dOverdue:
            return language.pick(
                "D, not seen for a while (\(since)): a brief check-in is enough",
                "D：しばらく訪問していません（\(since)）。手短な確認で十分です")
        case .c:
            return language.pick(
                "C: loyal and pleasant to visit, but smaller than most in your book: little room to grow (\(since))",
                "C：付き合いは良好で訪問しやすいが、このリストの中では規模が小さい方で伸びしろは小さい（\(since)）")
        case .d:
            return language.pick("D: low on both axes in your book, keep contact light", "D：どちらの軸も低く、接触は最小限でよい")
        case .unclassified:
            return language.pick("not classified: an axis has no data", "未分類：どちらかの軸のデータがありません")
        }
    }
}
