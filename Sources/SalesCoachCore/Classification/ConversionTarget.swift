/// What it would take, in business the rep can win, for a customer to sit in
/// A: the A customers nearest to it (a company of about its standing whose
/// business with us is just over the cut), and how many more orders and how
/// much more of our sales and profit matching the nearest of them takes.
///
/// The answer is checked, not estimated: the book is classified again with
/// the customer's record raised to its neighbour's, and only a neighbour
/// that really puts it in A is offered.
public struct ConversionTarget: Sendable {
    /// The A customer whose business the customer would have to match.
    public let neighbour: Classification
    /// Other A customers it would sit beside, nearest first.
    public let others: [Classification]
    /// The record metrics to raise: today's value and the neighbour's.
    public let gaps: [Gap]

    public struct Gap: Sendable, Hashable {
        public let metric: Metric
        public let now: Double
        public let needed: Double
        public var more: Double { needed - now }
    }

    /// Nil when the customer is already high on the record axis, is not
    /// classified, or no A customer's level of business would move it.
    public static func find(for customer: Classification, in book: [Classification], config: ClassifierConfig) -> ConversionTarget? {
        guard let objective = customer.objective?.value, let record = customer.record, !record.isHigh,
            customer.objective?.isHigh == true
        else { return nil }
        let cut = record.cut.doubleValue
        let candidates = book.filter { $0.segment == .a && $0.name != customer.name }
            .compactMap { a -> (Classification, Double)? in
                guard let aObjective = a.objective?.value, let aRecord = a.record?.value else { return nil }
                return (a, abs(aObjective - objective) + abs(aRecord - cut))
            }
            .sorted { $0.1 < $1.1 }.map(\.0)
        let classifier = Classifier(config: config)
        let metrics = Axis.record.metrics.filter { config.uses($0) }
        // Each try classifies the whole book again: fewer tries on a large one.
        for neighbour in candidates.prefix(book.count > 20_000 ? 2 : 5) {
            var raised = customer.customer
            var gaps: [Gap] = []
            for metric in metrics {
                guard let needed = neighbour.customer[metric] else { continue }
                let now = customer.customer[metric] ?? 0
                if needed > now {
                    raised[metric] = needed
                    gaps.append(Gap(metric: metric, now: now, needed: needed))
                }
            }
            guard !gaps.isEmpty else { continue }
            let customers = book.map { $0.name == customer.name ? raised : $0.customer }
            guard let index = book.firstIndex(where: { $0.name == customer.name }),
                classifier.classify(customers)[index].segment == .a
            else { continue }
            let others = candidates.filter { $0.name != neighbour.name }.prefix(2)
            return ConversionTarget(neighbour: neighbour, others: Array(others), gaps: gaps)
        }
        return nil
    }

    /// The neighbour's business with us: "orders 12, our sales 3.4M".
    public func neighbourRecord(in language: Language) -> String {
        gaps.map { gap in
            let value = Formatting.value(gap.needed, of: gap.metric, in: language)
            return language == .en ? "\(gap.metric.label) \(value)" : "\(gap.metric.labelJapanese) \(value)"
        }.joined(separator: language == .en ? ", " : "、")
    }

    /// "5 more orders, 3.2M more of our sales" / 「受注 あと5件、当社売上 あと320万」.
    public func gapText(in language: Language) -> String {
        gaps.map { gap in
            let amount = Formatting.value(gap.more, of: gap.metric, in: language)
            return language == .en
                ? "\(amount) more \(gap.metric == .orders ? (gap.more == 1 ? "order" : "orders") : "of \(gap.metric.label)")"
                : "\(gap.metric.labelJapanese) あと\(amount)\(gap.metric == .orders ? "件" : "")"
        }.joined(separator: language == .en ? ", " : "、")
    }
}
