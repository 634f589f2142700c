/// Something the planner wants the rep to know about the plan as a whole:
/// a share it could not use, A customers it had to drop, visits it left free.
public enum PlanNote: Sendable, Hashable {
    /// Why a segment could not use its share.
    public enum Shortfall: Sendable, Hashable {
        /// The book has no customer in the segment.
        case noCustomers
        /// Only `eligible` of the segment's `customers` may be visited this week.
        case fewEligible(eligible: Int, customers: Int)
    }

    /// `visits` of the segment's share found no customer to go to.
    case unusedShare(segment: Segment, visits: Int, shortfall: Shortfall)
    /// Unused visits moved to B and A (never to C or D).
    case redistributed(toB: Int, toA: Int)
    /// A's share of the week cannot see every A customer on the policy's
    /// cadence, so the plan uses the longer one it can hold.
    case cadenceStretched(
        customers: Int, policyWeeks: Int, weeks: Int, visitsNeeded: Int, visitsForA: Rational, capacityNeeded: Int?,
        rep: String? = nil)
    /// C's and D's visits went to A customers due for follow-up.
    case followUpBeforeComfort(visits: Int)
    /// More A customers are due than the A visits can cover: these were left out, lowest priority first out.
    case followUpsDropped(due: Int, visits: Int, cadenceWeeks: Int, dropped: [DroppedFollowUp])
    /// More C or D customers qualify than the segment's share holds; they wait for a later week.
    case waiting(segment: Segment, count: Int, visits: Int)
    /// The book needs fewer visits than the capacity; the rest stay free instead of padding with C and D.
    case capacityExceedsNeeds(capacity: Int, needed: Int)
    /// Customers without a segment, never planned.
    case unclassified(names: [String])

    /// The note as a sentence or two.
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.unusedShare(let segment, let visits, .noCustomers), .en):
            return
                "\(segment.rawValue)'s share (\(PlanNote.visits(visits, .en))) is unused: your book has no \(segment.rawValue) customers."
        case (.unusedShare(let segment, let visits, .noCustomers), .ja):
            return "\(segment.rawValue)の枠（\(visits)件）は使われません：担当先に\(segment.rawValue)の顧客がいません。"
        case (.unusedShare(let segment, let visits, .fewEligible(let eligible, let customers)), .en):
            let which: String
            switch segment {
            case .a: which = "are due for their follow-up"
            case .b: which = "can be visited"
            case .c, .d: which = "are overdue or have a logged reason"
            }
            // "only 3 of 3" and "only 0 of 14" say less than "all 3" and "none of the 14".
            let count =
                eligible == customers ? (customers == 1 ? "the one \(segment.rawValue) customer is already in" : "all \(customers) \(segment.rawValue) customers are already in")
                : eligible == 0 ? "none of the \(customers) \(segment.rawValue) customers \(which)"
                : "only \(eligible) of \(customers) \(segment.rawValue) customers \(which)"
            return "\(segment.rawValue)'s share has \(PlanNote.visits(visits, .en)) unused: \(count)."
        case (.unusedShare(let segment, let visits, .fewEligible(let eligible, let customers)), .ja):
            let which: String
            switch segment {
            case .a: which = "フォローの時期を迎えているのは"
            case .b: which = "訪問できるのは"
            case .c, .d: which = "訪問が途絶えているか理由が記録されているのは"
            }
            let count =
                eligible == customers ? "\(segment.rawValue)の顧客\(customers)社はすべて計画に入っています"
                : eligible == 0 ? "\(segment.rawValue)の顧客\(customers)社のうち\(which)1社もありません"
                : "\(segment.rawValue)の顧客\(customers)社のうち\(which)\(eligible)社だけです"
            return "\(segment.rawValue)の枠のうち\(visits)件が余ります：\(count)。"

        case (.redistributed(let toB, let toA), .en):
            let parts = [toB > 0 ? "B (+\(toB))" : nil, toA > 0 ? "A (+\(toA))" : nil].compactMap {
                $0
            }
            return "The unused visits went to \(parts.joined(separator: " and ")), never to C or D."
        case (.redistributed(let toB, let toA), .ja):
            let parts = [toB > 0 ? "B（+\(toB)）" : nil, toA > 0 ? "A（+\(toA)）" : nil].compactMap {
                $0
            }
            return "余った枠は\(parts.joined(separator: "と"))に回しました。CとDには回しません。"

        case (.cadenceStretched(let customers, let policyWeeks, let weeks, let needed, let forA, let capacity, let rep), .en):
            let share = Formatting.trimmed(forA.doubleValue, decimals: 1)
            let whose = rep.map { "\($0)'s \(customers) A customers (the most of any rep)" } ?? "your \(customers) A customers"
            var text =
                "A follow-up: seeing \(whose) every \(policyWeeks) weeks takes \(PlanNote.visits(needed, .en)) a week, "
                + "and A's share of a usual week holds \(share). Each A customer comes round about every \(weeks) weeks instead, the longest unseen first."
            if let capacity {
                text += " To keep the \(policyWeeks)-week cadence, plan \(capacity) visits a week (config set plan.capacity=\(capacity)) or give A a larger share."
            }
            return text
        case (.cadenceStretched(let customers, let policyWeeks, let weeks, let needed, let forA, let capacity, let rep), .ja):
            let share = Formatting.trimmed(forA.doubleValue, decimals: 1)
            let whose = rep.map { "\($0)さんのA顧客\(customers)社（担当者で最多）" } ?? "A顧客\(customers)社"
            var text =
                "Aのフォロー：\(whose)を\(policyWeeks)週間ごとに訪問するには週\(needed)件必要ですが、通常の1週間でAに回る枠は\(share)件です。"
                + "そのため各A顧客は約\(weeks)週間ごとの訪問になり、最も間が空いた顧客から順に回ります。"
            if let capacity {
                text += "\(policyWeeks)週間ごとを守るには週\(capacity)件にする（config set plan.capacity=\(capacity)）か、Aの割合を上げてください。"
            }
            return text
        case (.followUpBeforeComfort(let visits), .en):
            return "C and D wait in this plan: \(visits == 1 ? "their visit went" : "their \(visits) visits went") to A customers due for follow-up."
        case (.followUpBeforeComfort(let visits), .ja):
            return "この計画ではCとDを後回しにし、その枠\(visits)件をフォロー時期のA顧客に回しました。"

        case (.followUpsDropped(let due, let visits, let cadence, let dropped), .en):
            let names = dropped.map { "\($0.name) (\($0.summary(in: .en)))" }.joined(
                separator: ", ")
            return
                "Capacity is short of the A follow-up: \(due) A customers are due and A has \(PlanNote.visits(visits, .en)). "
                + "Not in this plan: \(names). With \(dropped.count) more A \(dropped.count == 1 ? "visit" : "visits"), "
                + "every A customer would stay on its \(cadence)-week follow-up; the ones left out come first the week after."
        case (.followUpsDropped(let due, let visits, let cadence, let dropped), .ja):
            let names = dropped.map { "\($0.name)（\($0.summary(in: .ja))）" }.joined(separator: "、")
            return "Aのフォローに枠が足りません：フォロー時期のA顧客が\(due)社、Aの枠は\(visits)件です。"
                + "この計画から外したのは\(names)です。あと\(dropped.count)件あれば全A顧客を\(cadence)週間ごとにフォローできます。外した顧客は次の週に優先されます。"

        case (.waiting(let segment, let count, let visits), .en):
            let more =
                count == 1
                ? "1 more \(segment.rawValue) customer qualifies"
                : "\(count) more \(segment.rawValue) customers qualify"
            return
                "\(more) but \(segment.rawValue)'s share holds \(PlanNote.visits(visits, .en)); they wait for a later week."
        case (.waiting(let segment, let count, let visits), .ja):
            return
                "対象の\(segment.rawValue)顧客があと\(count)社ありますが、\(segment.rawValue)の枠は\(visits)件です。翌週以降に回します。"

        case (.capacityExceedsNeeds(let capacity, let needed), .en):
            return
                "The plan fills \(needed) of \(PlanNote.visits(capacity, .en)): every B customer and every A customer due is in it. "
                + "The other \(capacity - needed) stay free rather than padding the plan with C and D; "
                + "use them to prepare proposals for B or to open new accounts."
        case (.capacityExceedsNeeds(let capacity, let needed), .ja):
            return "訪問枠\(capacity)件のうち計画に入るのは\(needed)件です（Bの全顧客とフォロー時期のA顧客はすべて入っています）。"
                + "残り\(capacity - needed)件をCやDで埋めることはしません。Bへの提案準備や新規開拓に使いましょう。"

        case (.unclassified(let names), .en):
            return
                "\(names.count == 1 ? "1 customer is" : "\(names.count) customers are") not classified and never planned "
                + "(an axis has no data): \(PlanNote.list(names, .en))."
        case (.unclassified(let names), .ja):
            return
                "分類できない顧客\(names.count)社は計画に入れていません（どちらかの軸のデータがありません）：\(PlanNote.list(names, .ja))。"
        }
    }

    static func visits(_ count: Int, _ language: Language) -> String {
        switch language {
        case .en: count == 1 ? "1 visit" : "\(count) visits"
        case .ja: "\(count)件"
        }
    }

    /// Up to five names, then how many more.
    static func list(_ names: [String], _ language: Language) -> String {
        let shown = names.prefix(5)
        let rest = names.count - shown.count
        switch language {
        case .en: return shown.joined(separator: ", ") + (rest > 0 ? " and \(rest) more" : "")
        case .ja: return shown.joined(separator: "、") + (rest > 0 ? " ほか\(rest)社" : "")
        }
    }
}

/// An A customer due for follow-up that a short capacity left out.
public struct DroppedFollowUp: Sendable, Hashable {
    public let name: String
    public let daysSinceLastVisit: Int?
    public let sales: Double?

    public init(name: String, daysSinceLastVisit: Int?, sales: Double?) {
        self.name = name
        self.daysSinceLastVisit = daysSinceLastVisit
        self.sales = sales
    }

    /// "2 weeks since the last visit, 3M of sales".
    func summary(in language: Language) -> String {
        let since = PlanReason.sinceLastVisit(daysSinceLastVisit, language)
        guard let sales else { return since }
        return language == .en
            ? "\(since), \(Formatting.amount(sales, in: .en)) of sales"
            : "\(since)、当社売上\(Formatting.amount(sales, in: .ja))"
    }
}
