/// The verdict on a plan the rep made: where the time goes per segment
/// against the policy, and what is wrong with it.
public struct PlanCheckReport: Sendable, Hashable {
    /// One segment's part of the plan.
    public struct Row: Sendable, Hashable {
        public let segment: Segment
        /// Visits or hours planned for the segment's customers.
        public let amount: Double
        /// Share of the classified total, 0–1.
        public let share: Double
        /// The policy's share, in percent.
        public let targetPercent: Rational
        /// Distinct customers of the segment in the plan.
        public let customers: Int

        public init(
            segment: Segment, amount: Double, share: Double, targetPercent: Rational, customers: Int
        ) {
            self.segment = segment
            self.amount = amount
            self.share = share
            self.targetPercent = targetPercent
            self.customers = customers
        }
    }

    public let unit: PlanUnit
    /// The week checked (for the A follow-up).
    public let week: PlanWeek
    /// A, B, C, D.
    public let rows: [Row]
    /// Everything planned for classified customers; shares are of this.
    public let total: Double
    /// Planned for names not in the book, or for unclassified customers (not in `total`).
    public let uncounted: Double
    /// In the order a rep should act on them: C overweight first.
    public let warnings: [PlanWarning]

    public init(
        unit: PlanUnit, week: PlanWeek, rows: [Row], total: Double, uncounted: Double,
        warnings: [PlanWarning]
    ) {
        self.unit = unit
        self.week = week
        self.rows = rows
        self.total = total
        self.uncounted = uncounted
        self.warnings = warnings
    }

    public func row(_ segment: Segment) -> Row {
        rows.first { $0.segment == segment }
            ?? Row(segment: segment, amount: 0, share: 0, targetPercent: .zero, customers: 0)
    }

    /// True when nothing is wrong with the plan.
    public var isSound: Bool { warnings.isEmpty }

    public var isCOverweight: Bool { warnings.contains { $0.isCOverweight } }

    /// A closing line: that the plan is sound, with its shares, or how many warnings it has.
    public func statement(in language: Language) -> String {
        let shares = rows.map { "\($0.segment.rawValue) \(Formatting.percent($0.share))" }
        // C or D above the policy's share without a warning (a D the rep pinned, C under
        // its limit): allowed, but said, so "sound" never reads as "on the policy".
        let above = rows.filter { [.c, .d].contains($0.segment) && $0.share * 100 > $0.targetPercent.doubleValue + 0.5 }
        let aboveEnglish = above.map { "\($0.segment.rawValue) takes \(Formatting.percent($0.share)) against the policy's \(Formatting.percent($0.targetPercent.doubleValue / 100))" }
        let aboveJapanese = above.map { "\($0.segment.rawValue)が\(Formatting.percent($0.share))（方針\(Formatting.percent($0.targetPercent.doubleValue / 100))）" }
        switch (isSound, language) {
        case (true, .en):
            return
                "The plan is sound: \(shares.joined(separator: ", ")) of \(unit.amount(total, in: .en)); "
                + "no check warns, and the A follow-ups get every visit the week can give them."
                + (above.isEmpty ? "" : " Still, \(aboveEnglish.joined(separator: " and ")): allowed, but those visits could go to B.")
        case (true, .ja):
            return
                "この計画は健全です：\(unit.amount(total, in: .ja))のうち\(shares.joined(separator: "、"))で警告はなく、"
                + "Aのフォローにも今週の枠で回せる限りの訪問が入っています。"
                + (above.isEmpty ? "" : "ただし\(aboveJapanese.joined(separator: "、"))です。許容範囲ですが、その訪問はBに回せます。")
        case (false, .en):
            return warnings.count == 1
                ? "The plan needs 1 change." : "The plan needs \(warnings.count) changes."
        case (false, .ja):
            return "この計画には\(warnings.count)件の見直し点があります。"
        }
    }
}
