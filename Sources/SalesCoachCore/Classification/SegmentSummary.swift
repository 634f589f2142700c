/// Counts and shares per segment, as `classify` prints under its table and
/// the assistant quotes for "how many A customers do I have?".
public struct SegmentSummary: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public let segment: Segment
        public let count: Int
        /// Share of all customers in the book (classified or not), 0–1.
        public let shareOfCustomers: Double
        /// Share of our sales to the book's classified customers, 0–1; nil when no sales are known.
        public let shareOfSales: Double?
        /// Our sales to this segment's customers.
        public let sales: Double
    }

    public let rows: [Row]
    public let total: Int
    public let unclassified: Int

    public init(_ classifications: [Classification]) {
        total = classifications.count
        var counts: [Segment: Int] = [:]
        var sales: [Segment: Double] = [:]
        var unclassified = 0
        var totalSales = 0.0
        var anySales = false
        // Read in place by index: a `for` over the array copied each whole
        // classification (its customer, both axes and moves) to count it.
        for i in classifications.indices {
            guard let segment = classifications[i].segment else {
                unclassified += 1
                continue
            }
            counts[segment, default: 0] += 1
            if let s = classifications[i].customer[.sales] {
                sales[segment, default: 0] += s
                totalSales += s
                anySales = true
            }
        }
        self.unclassified = unclassified
        let total = self.total
        rows = Segment.allCases.map { segment in
            let count = counts[segment] ?? 0
            let segmentSales = sales[segment] ?? 0
            return Row(
                segment: segment, count: count,
                shareOfCustomers: total == 0 ? 0 : Double(count) / Double(total),
                shareOfSales: anySales && totalSales != 0 ? segmentSales / totalSales : nil,
                sales: segmentSales)
        }
    }

    public func row(_ segment: Segment) -> Row {
        // rows holds every segment, in Segment.allCases order.
        rows[Segment.allCases.firstIndex(of: segment) ?? 0]
    }
}
