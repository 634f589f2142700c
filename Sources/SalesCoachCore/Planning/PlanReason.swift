/// Why the planner put a customer in this week's plan, as data, so that the
/// REPL, the exports and the assistant word it the same way.
public enum PlanReason: Sendable, Hashable {
    /// A B customer, ranked `rank` of `of` by upside (objective score minus record score).
    case upside(rank: Int, of: Int)
    /// An A customer due for its follow-up.
    ///
    /// `daysSinceLastVisit` is nil when no visit is on record; `sales` is our
    /// sales to it (what a competitor would take); `pastCadence` is true when
    /// the follow-up deadline has already passed.
    case followUp(daysSinceLastVisit: Int?, sales: Double?, cadenceWeeks: Int, pastCadence: Bool)
    /// A C or D customer not seen for longer than the policy allows.
    case overdue(segment: Segment, daysSinceLastVisit: Int?, thresholdWeeks: Int)
    /// A C or D customer the rep logged a reason for (see `LoggedReasons`).
    case logged(segment: Segment, reason: String)
    /// A customer the rep asked to have in the plan ("osu bakery has to be
    /// in it"), whatever the rules would have given it.
    case asked(segment: Segment, daysSinceLastVisit: Int?)

    /// The segment the reason speaks for.
    public var segment: Segment {
        switch self {
        case .upside: .b
        case .followUp: .a
        case .overdue(let segment, _, _), .logged(let segment, _), .asked(let segment, _): segment
        }
    }

    /// One line a rep understands, e.g.
    /// "B: larger than most in your book, buys little from us: the biggest upside in your book" or
    /// "A: 3 weeks since the last visit, 12M of sales at stake".
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.upside(let rank, _), .en) where rank == 1:
            return "B: larger than most in your book, buys little from us: the biggest upside in your book"
        case (.upside(let rank, let count), .en):
            return "B: larger than most in your book, buys little from us: upside #\(rank) of \(count) in your book"
        case (.upside(let rank, _), .ja) where rank == 1:
            return "B：このリストの中では規模が大きい方なのに、当社との取引はまだ少ない。担当先の中で伸びしろが最大です"
        case (.upside(let rank, let count), .ja):
            return "B：このリストの中では規模が大きい方なのに、当社との取引はまだ少ない。伸びしろは担当先\(count)社中\(rank)位です"

        case (.followUp(let days, let sales, let cadence, let past), .en):
            var text = "A: " + PlanReason.sinceLastVisit(days, .en)
            if let sales { text += ", \(Formatting.amount(sales, in: .en)) of sales at stake" }
            if past { text += "; past its \(cadence)-week follow-up" }
            return text
        case (.followUp(let days, let sales, let cadence, let past), .ja):
            var text = "A：" + PlanReason.sinceLastVisit(days, .ja)
            if let sales { text += "。当社売上\(Formatting.amount(sales, in: .ja))がかかっています" }
            if past { text += "（\(cadence)週間ごとのフォローを過ぎています）" }
            return text

        case (.overdue(let segment, let days, let weeks), .en):
            let advice =
                segment == .c
                ? "a short visit keeps the relationship" : "a brief check-in is enough"
            return
                "\(segment.rawValue): \(PlanReason.sinceLastVisit(days, .en)) (past the \(weeks)-week limit): \(advice)"
        case (.overdue(let segment, let days, let weeks), .ja):
            let advice = segment == .c ? "短い訪問で関係を保ちましょう" : "手短な確認で十分です"
            return
                "\(segment.rawValue)：\(PlanReason.sinceLastVisit(days, .ja))（基準の\(weeks)週間を超過）。\(advice)"

        case (.logged(let segment, let reason), .en):
            return "\(segment.rawValue): the reason you logged: “\(reason)”"
        case (.logged(let segment, let reason), .ja):
            return "\(segment.rawValue)：記録された理由「\(reason)」"

        case (.asked(let segment, let days), .en):
            return "\(segment.rawValue): in the plan because you asked for it (\(PlanReason.sinceLastVisit(days, .en)))"
        case (.asked(let segment, let days), .ja):
            return "\(segment.rawValue)：ご指定により計画に入れています（\(PlanReason.sinceLastVisit(days, .ja))）"
        }
    }

    /// "3 weeks since the last visit", "5 days since …", "no visit on record".
    static func sinceLastVisit(_ days: Int?, _ language: Language) -> String {
        guard let days else { return language == .en ? "no visit on record" : "訪問の記録なし" }
        switch language {
        case .en:
            if days < 7 {
                return days == 1
                    ? "1 day since the last visit" : "\(days) days since the last visit"
            }
            let weeks = days / 7
            return weeks == 1
                ? "1 week since the last visit" : "\(weeks) weeks since the last visit"
        case .ja:
            return days < 7 ? "前回の訪問から\(days)日" : "前回の訪問から\(days / 7)週間"
        }
    }
}
