/// Visits planned for the week before that were not logged by the time the
/// next week began: they are carried into it, visibly, rather than dropped.
public struct CarriedVisit: Sendable, Hashable {
    public let customerName: String
    /// Planned visits still not logged.
    public let visits: Int
    /// The week they were planned for.
    public let from: PlanWeek
    /// The customer's segment, when the customer is in the book and classified.
    public let segment: Segment?

    public init(customerName: String, visits: Int, from: PlanWeek, segment: Segment?) {
        self.customerName = customerName
        self.visits = visits
        self.from = from
        self.segment = segment
    }

    /// Why the visit is in this week's plan, for lists and exports.
    public func reason(in language: Language) -> String {
        language == .en
            ? "carried over from the week of \(from.start) (planned, not logged)"
            : "\(from.start) の週から繰り越し（予定したが訪問の記録なし）"
    }
}

extension [CarriedVisit] {
    /// All the visits carried over.
    public var total: Int { reduce(0) { $0 + $1.visits } }

    /// "Carried over from the week of 2026-11-23 (planned, not logged): Acme ×1, 田中商事 ×2".
    public func summary(in language: Language) -> String? {
        guard let from = first?.from else { return nil }
        let names = map { "\($0.customerName) ×\($0.visits)" }.joined(separator: language == .en ? ", " : "、")
        return language == .en
            ? "Carried over from the week of \(from.start) (planned, not logged): \(names)"
            : "\(from.start) の週から繰り越し（予定したが訪問の記録なし）：\(names)"
    }
}
