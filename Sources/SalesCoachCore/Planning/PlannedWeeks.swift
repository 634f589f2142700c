/// The workspace's planned visits seen week by week, with what rolls over.
///
/// A planned visit belongs to the week starting on its `week` Monday; one
/// without a week (an older plan, or a file without a week column) belongs
/// to the current plan, whatever week that is.
public struct PlannedWeeks: Sendable {
    public let planned: [PlannedVisit]
    public let today: LocalDate

    public init(planned: [PlannedVisit], today: LocalDate) {
        self.planned = planned
        self.today = today
    }

    /// The week a plan made today is for: this week, or the next one at the weekend.
    public var current: PlanWeek { PlanWeek(containing: today) }

    /// The visits planned for `week` (the undated ones too when it is the current week).
    public func visits(in week: PlanWeek) -> [PlannedVisit] {
        planned.filter { visit in visit.week.map { $0 == week.start } ?? (week == current) }
    }

    /// The weeks that have planned visits, earliest first, the undated plan last.
    public var weeks: [LocalDate?] {
        let dated = Set(planned.compactMap(\.week)).sorted().map { Optional($0) }
        return dated + (planned.contains { $0.week == nil } ? [nil] : [])
    }

    /// The weeks in which `name` has planned visits, as `weeks` orders them.
    public func weeks(of name: String) -> [LocalDate?] {
        let key = Book.key(name)
        return weeks.filter { week in planned.contains { $0.week == week && Book.key($0.customerName) == key } }
    }

    /// Visits planned for the week before `week` and not logged since it began,
    /// once `week` has begun. Customers already planned in `week` or a later
    /// one are left out: they are not planned twice, and a visit moved ahead
    /// stays where the rep put it.
    ///
    /// - Parameters:
    ///   - week: the week the visits would be carried into.
    ///   - visitLog: logged visits; each one to the customer from the earlier week's Monday on counts.
    ///   - segment: the segment of a customer, by name, for the list.
    public func carriedOver(
        into week: PlanWeek, visitLog: [VisitRecord], segment: (String) -> Segment? = { _ in nil }
    ) -> [CarriedVisit] {
        guard today >= week.start else { return [] }
        let earlier = PlanWeek(start: week.start.adding(days: -7))
        let alreadyPlanned = Set(
            (visits(in: week) + planned.filter { $0.week.map { $0 > week.start } ?? false }).map { Book.key($0.customerName) })
        var logged: [String: Int] = [:]
        for record in visitLog where record.date >= earlier.start && record.date <= today {
            logged[Book.key(record.customerName), default: 0] += 1
        }
        var carried: [CarriedVisit] = []
        var seen: Set<String> = []
        for visit in planned where visit.week == earlier.start {
            let key = Book.key(visit.customerName)
            guard !alreadyPlanned.contains(key), seen.insert(key).inserted else { continue }
            let total = planned.filter { $0.week == earlier.start && Book.key($0.customerName) == key }
                .reduce(0) { $0 + $1.visits }
            let outstanding = total - (logged[key] ?? 0)
            guard outstanding > 0 else { continue }
            carried.append(
                CarriedVisit(
                    customerName: visit.customerName, visits: outstanding, from: earlier,
                    segment: segment(visit.customerName)))
        }
        return carried
    }
}
