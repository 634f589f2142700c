/// Stable codes and fields for scripts: what `--format json` carries and what
/// `--strict` fails on. Codes never change once published; a new rule gets a new code.
extension PlanWarning {
    /// The warning's stable code, e.g. `c-overweight`.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        case cOverweight = "c-overweight"
        case bUnderShare = "b-under-share"
        case aNeglected = "a-neglected"
        case dOverShare = "d-over-share"
        case notInBook = "not-in-book"
        case otherRep = "other-rep"
        case unknownRep = "unknown-rep"
        case unclassified = "unclassified"
        case emptyPlan = "empty-plan"
        case comfortDrift = "comfort-drift"

        /// The rule class `--strict` reports and exits with.
        public var strictClass: StrictClass {
            switch self {
            case .cOverweight, .comfortDrift: .cOverweight
            case .bUnderShare, .dOverShare: .share
            case .aNeglected: .followUp
            case .notInBook, .otherRep, .unknownRep, .unclassified, .emptyPlan: .planData
            }
        }
    }

    /// Classes of rules, each with the exit status `--strict` uses when one
    /// of its rules fired; when several did, the lowest status wins (the
    /// order below is the order of urgency).
    public enum StrictClass: Int32, Sendable, Hashable, CaseIterable, Comparable {
        /// C overweight (or drifting to C): time goes to comfortable accounts.
        case cOverweight = 3
        /// B under its share, D over its share.
        case share = 4
        /// An A customer due for follow-up has no visit.
        case followUp = 5
        /// The plan names customers or reps the customer file does not
        /// have as such, or a customer that cannot be classified, or nothing.
        case planData = 6

        public var name: String {
            switch self {
            case .cOverweight: "c-overweight"
            case .share: "share"
            case .followUp: "follow-up"
            case .planData: "plan-data"
            }
        }

        public static func < (a: StrictClass, b: StrictClass) -> Bool { a.rawValue < b.rawValue }
    }

    public var code: Code {
        switch self {
        case .cOverweight: .cOverweight
        case .bUnderShare: .bUnderShare
        case .aNeglected: .aNeglected
        case .dOverShare: .dOverShare
        case .notInBook: .notInBook
        case .otherRep: .otherRep
        case .unknownRep: .unknownRep
        case .unclassified: .unclassified
        case .emptyPlan: .emptyPlan
        case .comfortDrift: .comfortDrift
        }
    }

    /// The segment the warning is about, when it is about one.
    public var segment: Segment? {
        switch self {
        case .cOverweight, .comfortDrift: .c
        case .bUnderShare: .b
        case .aNeglected: .a
        case .dOverShare: .d
        default: nil
        }
    }

    /// The warning as JSON: `code`, `rep` (the rep whose plan it is, null
    /// for plan rows without one), `segment`, `share` (0–1), `limit` (the
    /// policy's share, 0–1), `amount` (to move, add or free, in the plan's
    /// unit), `customers` (every name, never shortened), and `text` in
    /// `language`; `owner` and `suggestions` where they apply. Keys that do
    /// not apply are `null` (or `[]`), so every warning has the same core keys.
    public func json(in language: Language, rep: String?) -> JSONValue {
        var share: Double? = nil
        var limit: Double? = nil
        var customers: [String] = []
        var amount: Double? = nil
        switch self {
        case .cOverweight(let c, _, let total, let max, let move, let names, _):
            (share, limit, customers, amount) = (PlanWarning.fraction(c, total), max.doubleValue / 100, names, move)
        case .bUnderShare(let b, let total, let target, let short, let names, _):
            (share, limit, customers, amount) = (PlanWarning.fraction(b, total), target.doubleValue / 100, names, short)
        case .aNeglected(let accounts, _, let alsoDue):
            customers = accounts.map(\.name) + alsoDue
        case .dOverShare(let d, let total, let target, let over, _):
            (share, limit, amount) = (PlanWarning.fraction(d, total), target.doubleValue / 100, over)
        case .notInBook(let name, _), .otherRep(let name, _), .unclassified(let name, _):
            customers = [name]
        case .unknownRep(_, let visits, _, _):
            amount = visits
        case .emptyPlan:
            break
        case .comfortDrift(let c, let visits, _, _):
            share = PlanWarning.fraction(Double(c), Double(visits))
        }
        var fields: [(String, JSONValue)] = [
            ("code", .string(code.rawValue)),
            ("rep", rep.map(JSONValue.string) ?? .null),
            ("segment", segment.map { .string($0.rawValue) } ?? .null),
            ("share", share.map { .number(PlanWarning.rounded($0)) } ?? .null),
            ("limit", limit.map { .number(PlanWarning.rounded($0)) } ?? .null),
            ("amount", amount.map(JSONValue.number) ?? .null),
            ("customers", .array(customers.map(JSONValue.string))),
        ]
        switch self {
        case .otherRep(_, let owner): fields.append(("owner", .string(owner)))
        case .unknownRep(_, _, _, let suggestions), .notInBook(_, let suggestions):
            fields.append(("suggestions", .array(suggestions.map(JSONValue.string))))
        default: break
        }
        fields.append(("text", .string(text(in: language))))
        return .object(fields)
    }

    static func fraction(_ part: Double, _ total: Double) -> Double { total > 0 ? part / total : 0 }

    /// A share to four decimals, `0.3333`.
    static func rounded(_ share: Double) -> Double { (share * 10_000).rounded() / 10_000 }
}
