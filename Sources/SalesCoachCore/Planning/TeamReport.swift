/// The manager's view: each rep's plan checked against that rep's own book,
/// one row per rep and a team total, worst first.
///
/// Each rep's customers (the customer file's `rep` column) are classified as
/// a book of their own (`Classifier.classifyPerRep`), so a rep with small
/// accounts is judged on how they share their time, not on the size of
/// their territory. A rep named in the plan who owns no customer in the file,
/// and plan rows without a rep, are checked against the whole book instead
/// (`Row.againstWholeBook` says so). Reps are matched ignoring case and width.
/// When any plan row gives hours, the whole report is in hours.
public struct TeamReport: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        /// The rep as the plan spells it; nil for plan rows without a rep.
        public let rep: String?
        public let check: PlanCheckReport
        /// True when the rep owns no customer in the file and was checked against the whole book.
        public let againstWholeBook: Bool

        public init(rep: String?, check: PlanCheckReport, againstWholeBook: Bool) {
            self.rep = rep
            self.check = check
            self.againstWholeBook = againstWholeBook
        }

        public var warningCount: Int { check.warnings.count }
        public var isCOverweight: Bool { check.isCOverweight }

        /// The rep's name, or "(no rep)" / "（担当者なし）".
        public func label(in language: Language) -> String {
            rep ?? (language == .en ? "(no rep)" : "（担当者なし）")
        }
    }

    /// The team as a whole: each rep's visits counted in that rep's segments.
    public struct Total: Sendable, Hashable {
        public let amounts: [Segment: Double]
        public let total: Double
        public let warningCount: Int
        /// C above the maximum share or above B, for the team's visits taken together.
        public let isCOverweight: Bool

        public func amount(_ segment: Segment) -> Double { amounts[segment] ?? 0 }
        public func share(_ segment: Segment) -> Double { total > 0 ? amount(segment) / total : 0 }
    }

    public let unit: PlanUnit
    /// Worst first: C-overweight reps, then more warnings, then a larger C share, then by name.
    public let rows: [Row]
    public let total: Total

    /// True when any rep's plan is C-overweight (for `check --strict`).
    public var anyCOverweight: Bool { rows.contains { $0.isCOverweight } }

    public init(
        planned: [PlannedVisit], customers: [Customer], classifier: Classifier = Classifier(),
        policy: PlanPolicy,
        visitLog: [VisitRecord] = [], today: LocalDate
    ) {
        let unit: PlanUnit = planned.contains { $0.hours != nil } ? .hours : .visits
        let hoursPerVisit = policy.hoursPerVisit.doubleValue
        var books: [String: [Classification]] = [:]
        for group in classifier.classifyPerRep(customers) {
            guard let rep = group.rep else { continue }
            books[Book.key(rep)] = group.results
        }
        var wholeBook: [Classification]? = nil

        var order: [String?] = []
        var entries: [String?: [PlannedVisit]] = [:]
        var spelling: [String?: String] = [:]
        for var entry in planned {
            let rep = entry.rep.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
            let key = rep.map(Book.key)
            if entries[key] == nil {
                order.append(key)
                spelling[key] = rep
            }
            if unit == .hours, entry.hours == nil {
                entry.hours = Double(entry.visits) * hoursPerVisit
            }
            entries[key, default: []].append(entry)
        }

        var rows: [Row] = []
        for key in order {
            let own = key.flatMap { books[$0] }
            let book: [Classification]
            if let own {
                book = own
            } else {
                if wholeBook == nil { wholeBook = classifier.classify(customers) }
                book = wholeBook ?? []
            }
            let check = PlanCheck.check(
                planned: entries[key] ?? [], classifications: book, policy: policy,
                visitLog: visitLog, today: today)
            rows.append(Row(rep: spelling[key] ?? nil, check: check, againstWholeBook: own == nil))
        }
        rows.sort(by: TeamReport.worseFirst)

        var amounts: [Segment: Double] = [:]
        for row in rows {
            for segmentRow in row.check.rows {
                amounts[segmentRow.segment, default: 0] += segmentRow.amount
            }
        }
        let total = amounts.values.reduce(0, +)
        let c = amounts[.c] ?? 0
        self.unit = unit
        self.rows = rows
        self.total = Total(
            amounts: amounts, total: total, warningCount: rows.reduce(0) { $0 + $1.warningCount },
            isCOverweight: total > 0
                && (c * 100 > policy.maxShareC.doubleValue * total || c > (amounts[.b] ?? 0)))
    }

    static func worseFirst(_ x: Row, _ y: Row) -> Bool {
        if x.isCOverweight != y.isCOverweight { return x.isCOverweight }
        if x.warningCount != y.warningCount { return x.warningCount > y.warningCount }
        let (cx, cy) = (x.check.row(.c).share, y.check.row(.c).share)
        if cx != cy { return cx > cy }
        switch (x.rep, y.rep) {
        case (let a?, let b?): return a < b
        case (.some, nil): return true
        default: return false
        }
    }
}
