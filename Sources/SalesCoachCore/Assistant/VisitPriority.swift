/// Which of two customers deserves the next visit, the way the planner
/// orders its week: an A customer past its follow-up first (a key account
/// left alone is where competitors get in), then B (the upside), then A
/// customers due this week, the rest of A, then C and D that are overdue,
/// then other C and D.
struct VisitPriority: Sendable, Comparable {
    enum Rank: Int, Sendable, Comparable {
        case aOverdue, b, aDue, aLater, cOverdue, dOverdue, c, d, unclassified

        static func < (x: Rank, y: Rank) -> Bool { x.rawValue < y.rawValue }
    }

    let rank: Rank
    /// Within a rank, higher goes first: B upside, A sales at stake, C/D days since the last visit.
    let weight: Double
    let daysSinceLastVisit: Int?
    let name: String
    /// The A follow-up cadence in force for the book (see `PlanPolicy.followUpWeeks`).
    let cadenceWeeksA: Int
    /// B: the place in the book's upside order (1 = biggest) and how many B customers there are.
    let upsideRank: (rank: Int, of: Int)?

    static func == (x: VisitPriority, y: VisitPriority) -> Bool {
        x.rank == y.rank && x.weight == y.weight && x.name == y.name
    }

    /// - Parameters:
    ///   - cadenceWeeksA: the A cadence the week's capacity holds for the book.
    ///   - upsideRank: for a B customer, its place among the book's B customers by upside.
    init(
        _ classification: Classification, history: VisitHistory, policy: PlanPolicy, today: LocalDate,
        cadenceWeeksA: Int, upsideRank: (rank: Int, of: Int)? = nil
    ) {
        name = classification.name
        self.cadenceWeeksA = cadenceWeeksA
        self.upsideRank = upsideRank
        let last = history.lastVisit(classification.name)
        let days = last.map { $0.days(until: today) }
        daysSinceLastVisit = days
        let sinceWeight = days.map(Double.init) ?? Double(Int32.max)
        switch classification.segment {
        case .a?:
            let deadline = last?.adding(days: 7 * cadenceWeeksA)
            let weekEnd = PlanWeek(containing: today).end
            if deadline.map({ $0 < today }) ?? true {
                rank = .aOverdue
            } else if deadline.map({ $0 <= weekEnd }) ?? true {
                rank = .aDue
            } else {
                rank = .aLater
            }
            let sales = classification.customer[.sales] ?? 0
            weight = sales.isFinite ? sales : 0
        case .b?:
            rank = .b
            weight = (classification.objective?.value ?? 0) - (classification.record?.value ?? 0)
        case .c?:
            rank = days.map { $0 > 7 * policy.overdueWeeksC } ?? true ? .cOverdue : .c
            weight = sinceWeight
        case .d?:
            rank = days.map { $0 > 7 * policy.overdueWeeksD } ?? true ? .dOverdue : .d
            weight = sinceWeight
        case nil:
            rank = .unclassified
            weight = 0
        }
    }

    /// `x < y` when x should be visited first.
    static func < (x: VisitPriority, y: VisitPriority) -> Bool {
        if x.rank != y.rank { return x.rank < y.rank }
        if x.weight != y.weight { return x.weight > y.weight }
        return x.name < y.name
    }

    /// Why this customer stands where it does, in a few words.
    func reason(in language: Language, policy: PlanPolicy) -> String {
        let since = PlanReason.sinceLastVisit(daysSinceLastVisit, language)
        switch rank {
        case .aOverdue:
            return language.pick(
                "A, past its \(cadenceWeeksA)-week follow-up (\(since)): a key account left alone is where competitors get in",
                "A：\(cadenceWeeksA)週間ごとのフォローを過ぎています（\(since)）。放っておくと競合に入り込まれます")
        case .b:
            guard let upsideRank, upsideRank.rank > 1 else {
                return language.pick(
                    "B: a large company that buys little from us yet, the biggest upside in your book",
                    "B：大きな会社なのに取り引きがまだ少なく、伸びしろは担当先の中で最大")
            }
            return language.pick(
                "B: a large company that buys little from us yet, upside #\(upsideRank.rank) of \(upsideRank.of) in your book",
                "B：大きな会社なのに取り引きがまだ少なく、伸びしろは担当先\(upsideRank.of)社中\(upsideRank.rank)位")
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
                "C: loyal and pleasant to visit, but small: little room to grow (\(since))",
                "C：付き合いは良好で訪問しやすいが、規模が小さく伸びしろは小さい（\(since)）")
        case .d:
            return language.pick("D: small on both axes, keep contact light", "D：どちらの軸も低く、接触は最小限でよい")
        case .unclassified:
            return language.pick("not classified: an axis has no data", "未分類：どちらかの軸のデータがありません")
        }
    }
}
