/// How much visiting a week holds: a number of visits, or hours at the
/// policy's duration per visit.
public enum PlanCapacity: Sendable, Hashable {
    case visits(Int)
    case hours(Double)

    /// Whole visits: hours are divided by the hours per visit and rounded down
    /// (half a visit is no visit). Negative, infinite or absurd values become 0
    /// or are capped, never a crash.
    public func visits(hoursPerVisit: Rational) -> Int {
        switch self {
        case .visits(let count):
            return min(max(count, 0), PlanCapacity.maximum)
        case .hours(let hours):
            guard hours.isFinite, hours > 0, Rational.zero < hoursPerVisit else { return 0 }
            // A hair of tolerance so that 4.5 h at 1.5 h a visit is 3 visits, not 2.999….
            let count = (hours / hoursPerVisit.doubleValue + 1e-9).rounded(.down)
            return count >= Double(PlanCapacity.maximum) ? PlanCapacity.maximum : Int(count)
        }
    }

    /// More visits than any week holds; keeps arithmetic on hostile input finite.
    public static let maximum = 100_000
}
