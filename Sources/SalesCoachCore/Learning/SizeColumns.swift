/// The book's size figures, each column sorted once, so that placing every
/// customer of a large book against the rest stays a binary search each.
struct SizeColumns: Sendable {
    private let sorted: [Metric: [Double]]

    init(_ book: [Classification]) {
        var sorted: [Metric: [Double]] = [:]
        for metric in [Metric.employees, .companyRevenue] {
            sorted[metric] = book.compactMap { $0.customer[metric] }.filter(\.isFinite).sorted()
        }
        self.sorted = sorted
    }

    func count(_ metric: Metric, value: Double) -> BookCount {
        let column = sorted[metric] ?? []
        // The first index not below the value, and the first index above it.
        func firstIndex(where isPast: (Double) -> Bool) -> Int {
            var low = 0
            var high = column.count
            while low < high {
                let middle = (low + high) / 2
                if isPast(column[middle]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        let below = firstIndex { $0 >= value }
        let notAbove = firstIndex { $0 > value }
        return BookCount(metric: metric, value: value, population: column.count, above: column.count - notAbove, below: below)
    }
}

/// How many companies of the book have a figure above and below one value.
struct BookCount: Sendable, Hashable {
    let metric: Metric
    let value: Double
    /// Companies with a usable figure for the metric, this one included.
    let population: Int
    let above: Int
    let below: Int

    init(metric: Metric, value: Double, population: Int, above: Int, below: Int) {
        self.metric = metric
        self.value = value
        self.population = max(population, 1)
        self.above = above
        self.below = below
    }

    /// More than half of the book's companies are smaller on this figure.
    var isLargerThanMost: Bool { below * 2 > population }
    /// More than half of the book's companies are larger on this figure.
    var isSmallerThanMost: Bool { above * 2 > population }
}
