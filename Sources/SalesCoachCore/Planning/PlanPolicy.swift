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
}
