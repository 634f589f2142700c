/// How a rep's weekly visits should be shared across the segments.
///
/// The defaults follow the method: B gets the largest share, A steady
/// follow-up so competitors never get in, C and D little and only when long
/// overdue.
public struct PlanPolicy: Sendable, Hashable {
    /// Visits per week when `plan` is given no number.
    public var capacity: Int
    /// Hours one visit takes, for plans and checks counted in hours.
    public var hoursPerVisit: Rational
    /// Target share of visits per segment, in percent; they add up to 100.
    public var shares: [Segment: Rational]
    /// A check warns when C gets more than this share, in percent.
    public var maxShareC: Rational
    /// Every A customer should be seen at least this often.
    public var followUpWeeksA: Int
    /// C and D customers come into the plan only after this many weeks without a visit.
    public var overdueWeeksC: Int
    public var overdueWeeksD: Int
    /// The window, in weeks, over which drifting to comfortable accounts is measured.
    public var comfortWindowWeeks: Int
    /// For one rep's customers ranked with the team's list: the A customers of
    /// the team's busiest rep, so the rep's plans and answers keep the team's
    /// one A cadence rather than one of their own (set by the session for that
    /// scope, never saved). Nil for a whole book.
    public var teamCustomersA: Int? = nil
    /// That busiest rep, named when a plan says why the cadence is stretched.
    public var teamBusiestRep: String? = nil

    public init(
        capacity: Int = 10,
        hoursPerVisit: Rational = Rational(3, 2),
        shares: [Segment: Rational] = [
            .a: Rational(35), .b: Rational(50), .c: Rational(10), .d: Rational(5),
        ],
        maxShareC: Rational = Rational(20),
        followUpWeeksA: Int = 2,
        overdueWeeksC: Int = 6,
        overdueWeeksD: Int = 8,
        comfortWindowWeeks: Int = 4
    ) {
        self.capacity = capacity
        self.hoursPerVisit = hoursPerVisit
        self.shares = shares
        self.maxShareC = maxShareC
        self.followUpWeeksA = followUpWeeksA
        self.overdueWeeksC = overdueWeeksC
        self.overdueWeeksD = overdueWeeksD
        self.comfortWindowWeeks = comfortWindowWeeks
    }

    public static let standard = PlanPolicy()

    public func share(of segment: Segment) -> Rational { shares[segment] ?? .zero }

    /// The follow-up cadence, in weeks, that A's share of the usual week
    /// (`capacity` visits) can keep for `customersA` A customers: the one
    /// rhythm every plan, check and answer states for the book.
    ///
    /// It rests on the usual week, not on the week being planned, so that a
    /// short week ("plan 4 visits") leaves due follow-ups for next week
    /// instead of quietly calling them not due: a cadence that changed with
    /// each plan read as the method contradicting itself.
    public func followUpWeeks(customersA: Int) -> Int {
        followUpWeeks(customersA: max(customersA, teamCustomersA ?? 0), capacity: capacity)
    }

    /// The policy's cadence when A's share holds it; otherwise the shortest
    /// cadence it does hold (`customersA` ÷ (capacity × A's share), rounded
    /// up), so that "due" never asks for more A visits than the week has and
    /// the A customers rotate, longest unseen first. With no room for A at
    /// all (a share of 0 or no capacity) no A customer falls due.
    func followUpWeeks(customersA: Int, capacity: Int) -> Int {
        let perWeek = Rational(Int128(max(capacity, 0))) * share(of: .a) / Rational(100)
        guard customersA > 0 else { return followUpWeeksA }
        guard Rational.zero < perWeek else { return PlanPolicy.neverDue }
        let weeks = Rational(Int128(customersA)) / perWeek
        let whole = Int((weeks.numerator + weeks.denominator - 1) / weeks.denominator)
        return min(max(followUpWeeksA, whole), PlanPolicy.neverDue)
    }

    /// A's visits a week that seeing `customersA` A customers every
    /// `followUpWeeksA` weeks takes (rounded up).
    public func visitsForFollowUp(customersA: Int) -> Int {
        let weeks = max(followUpWeeksA, 1)
        return (customersA + weeks - 1) / weeks
    }

    /// The weekly capacity at which A's share holds the policy's cadence for `customersA`.
    public func capacityForFollowUp(customersA: Int) -> Int? {
        let a = share(of: .a)
        guard Rational.zero < a else { return nil }
        let needed = Rational(Int128(visitsForFollowUp(customersA: customersA))) * Rational(100) / a
        return Int((needed.numerator + needed.denominator - 1) / needed.denominator)
    }

    /// Whether the planner's candidates read the same of both policies (the
    /// cadences, the overdue weeks, and the usual week's capacity, A's share
    /// and the team's A customers that stretch the A cadence): a plan capped
    /// per segment moves shares between the others and keeps the candidates.
    func candidatesAlike(_ other: PlanPolicy) -> Bool {
        capacity == other.capacity && share(of: .a) == other.share(of: .a) && teamCustomersA == other.teamCustomersA
            && followUpWeeksA == other.followUpWeeksA && overdueWeeksC == other.overdueWeeksC
            && overdueWeeksD == other.overdueWeeksD
    }

    /// A cadence longer than any plan looks ahead: ten years.
    static let neverDue = 520

    /// The policy with at most `caps` visits to the segments named ("max 2 C
    /// visits", 「Cは1件まで」) in a week of `visits`: each capped segment's
    /// share is cut to its cap, and what it gives up goes to B, the method's
    /// main target, unless B is capped itself.
    public func capped(_ caps: [Segment: Int], visits: Int) -> PlanPolicy {
        var policy = self
        var freed = Rational.zero
        for (segment, cap) in caps where visits > 0 {
            // Shares are percentages: a cap of 1 in 8 visits is 12.5.
            let most = Rational(Int128(max(cap, 0)) * 100, Int128(visits))
            let share = policy.share(of: segment)
            if share > most {
                policy.shares[segment] = most
                freed = freed + (share - most)
            }
        }
        if caps[.b] == nil { policy.shares[.b] = policy.share(of: .b) + freed }
        return policy
    }
}
