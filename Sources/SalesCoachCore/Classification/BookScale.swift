/// Whether a book's companies are all of one size, so that the relative
/// objective axis would mislead: in a book of multinationals, "low" means
/// "smaller than most of these", not small; in a book of small firms, "high"
/// means "larger than most of these", not large.
///
/// Measured on head count, the one size measure in the same unit in every
/// book (revenue may be in yen, dollars or millions). A book is all large
/// when at least 90% of the customers with a head count have 1,000 employees
/// or more, and all small when at least 90% have fewer than 300, counted
/// over at least 10 customers. 300 is the line Japan's SME law draws for
/// manufacturers; 1,000 is where companies are large in any country's terms.
public struct BookScale: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case allLarge, allSmall }

    public static let largeEmployees = 1_000.0
    public static let smallEmployees = 300.0
    public static let minimumShare = 0.9
    public static let minimumCounted = 10

    public let kind: Kind
    /// The share of counted customers on the large (or small) side.
    public let share: Double
    /// Customers with a head count.
    public let counted: Int
    public let medianEmployees: Double
    /// A record-axis metric and its median in the book, for an example of
    /// absolute thresholds that keep the record axis where it is.
    public let recordExample: RecordMedian?

    public struct RecordMedian: Sendable, Hashable {
        public let metric: Metric
        public let median: Double
    }

    /// The book's scale when it is all of one size; nil for a mixed book or too few head counts.
    public static func of(_ customers: [Customer]) -> BookScale? {
        let employees = customers.compactMap { $0[.employees] }.filter(\.isFinite).sorted()
        guard employees.count >= minimumCounted else { return nil }
        let large = Double(employees.filter { $0 >= largeEmployees }.count) / Double(employees.count)
        let small = Double(employees.filter { $0 < smallEmployees }.count) / Double(employees.count)
        let kind: Kind
        let share: Double
        if large >= minimumShare {
            (kind, share) = (.allLarge, large)
        } else if small >= minimumShare {
            (kind, share) = (.allSmall, small)
        } else {
            return nil
        }
        let record = [Metric.orders, .sales, .profit].lazy.compactMap { metric -> RecordMedian? in
            let values = customers.compactMap { $0[metric] }.filter(\.isFinite).sorted()
            return values.isEmpty ? nil : RecordMedian(metric: metric, median: median(values))
        }.first
        return BookScale(kind: kind, share: share, counted: employees.count, medianEmployees: median(employees), recordExample: record)
    }

    private init(kind: Kind, share: Double, counted: Int, medianEmployees: Double, recordExample: RecordMedian?) {
        self.kind = kind
        self.share = share
        self.counted = counted
        self.medianEmployees = medianEmployees
        self.recordExample = recordExample
    }

    private static func median(_ sorted: [Double]) -> Double {
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The config command that judges size on a fixed line instead: the
    /// line this check uses, with the record axis held at the book's median.
    public var absoluteExample: String {
        let line = kind == .allLarge ? Self.largeEmployees : 100
        var text = "config set classification.mode=absolute thresholds.employees=\(Int(line))"
        if let record = recordExample {
            text += " thresholds.\(record.metric.rawValue)=\(Formatting.trimmed(record.median.rounded(), decimals: 0))"
        }
        return text
    }

    /// The note said at load and under `summary`, in the session's language.
    public func note(in language: Language) -> [String] {
        let percent = Formatting.percent(share)
        let median = Formatting.grouped(medianEmployees.rounded())
        switch (kind, language) {
        case (.allLarge, .en):
            return [
                "Note: \(percent) of the \(counted) companies with a head count have 1,000 employees or more (median \(median)). "
                    + "The objective axis ranks them against each other, so \"low\" here means smaller than most in this book, not a small company.",
                "  To judge size on a fixed line instead: \(absoluteExample)  (ask \"relative or absolute ranking?\")",
            ]
        case (.allLarge, .ja):
            return [
                "注：従業員数のわかる\(counted)社のうち\(percent)が1,000人以上です（中央値 \(median)人）。"
                    + "客観的評価はこのリストの中での比較なので、「低」は「このリストの中では規模が小さい方」という意味で、小さな会社という意味ではありません。",
                "  決まった基準で規模を判断するには：\(absoluteExample)（「相対評価と絶対評価の違いは？」と聞いてください）",
            ]
        case (.allSmall, .en):
            return [
                "Note: \(percent) of the \(counted) companies with a head count have fewer than 300 employees (median \(median)). "
                    + "The objective axis ranks them against each other, so \"high\" here means larger than most in this book, not a large company.",
                "  To judge size on a fixed line instead: \(absoluteExample)  (ask \"relative or absolute ranking?\")",
            ]
        case (.allSmall, .ja):
            return [
                "注：従業員数のわかる\(counted)社のうち\(percent)が300人未満です（中央値 \(median)人）。"
                    + "客観的評価はこのリストの中での比較なので、「高」は「このリストの中では規模が大きい方」という意味で、大企業という意味ではありません。",
                "  決まった基準で規模を判断するには：\(absoluteExample)（「相対評価と絶対評価の違いは？」と聞いてください）",
            ]
        }
    }
}
