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
    /// The share of counted customers with 100 employees or more.
    public let shareAtOrAbove100: Double

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
        let atOrAbove100 = Double(employees.filter { $0 >= 100 }.count) / Double(employees.count)
        return BookScale(
            kind: kind, share: share, counted: employees.count, medianEmployees: median(employees), recordExample: record,
            shareAtOrAbove100: atOrAbove100)
    }

    private init(
        kind: Kind, share: Double, counted: Int, medianEmployees: Double, recordExample: RecordMedian?, shareAtOrAbove100: Double
    ) {
        self.shareAtOrAbove100 = shareAtOrAbove100
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

    /// The line a fixed-scale ranking would use: 1,000 employees for a book
    /// of large companies; 100 for a book of small firms (the line above which
    /// a Japanese wholesaler or service firm stops being an SME), or nil when
    /// fewer than a tenth of them reach it and a fixed line would only say
    /// "all small".
    public var absoluteLine: Double? {
        kind == .allLarge ? Self.largeEmployees : (shareAtOrAbove100 >= 0.1 ? 100 : nil)
    }

    /// The config command that judges size on `absoluteLine`, with the
    /// record axis held at the book's median; nil without a useful line.
    public var absoluteExample: String? {
        guard let line = absoluteLine else { return nil }
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
                "  On a fixed line of 1,000 employees every one of them is large, so the segments would be A or B and the business decides: \(absoluteExample ?? "")  (ask \"relative or absolute ranking?\")",
            ]
        case (.allLarge, .ja):
            return [
                "注：従業員数のわかる\(counted)社のうち\(percent)が1,000人以上です（中央値 \(median)人）。"
                    + "客観的評価はこのリストの中での比較なので、「低」は「このリストの中では規模が小さい方」という意味で、小さな会社という意味ではありません。",
                "  従業員1,000人を基準にすると全社が「大」となり、領域はAかBだけで、取り引きの量で分かれます：\(absoluteExample ?? "")（「相対評価と絶対評価の違いは？」と聞いてください）",
            ]
        case (.allSmall, .en):
            return [
                "Note: \(percent) of the \(counted) companies with a head count have fewer than 300 employees (median \(median)). "
                    + "The objective axis ranks them against each other, so \"high\" here means larger than most in this book, not a large company.",
                absoluteExample.map { "  To judge size on a fixed line of 100 employees instead (the ones below it become C or D): \($0)  (ask \"relative or absolute ranking?\")" }
                    ?? "  On any fixed line for company size all of them would be small (C or D); relative ranking is how to choose among them.  (ask \"relative or absolute ranking?\")",
            ]
        case (.allSmall, .ja):
            return [
                "注：従業員数のわかる\(counted)社のうち\(percent)が300人未満です（中央値 \(median)人）。"
                    + "客観的評価はこのリストの中での比較なので、「高」は「このリストの中では規模が大きい方」という意味で、大企業という意味ではありません。",
                absoluteExample.map { "  従業員100人を基準に判断するには（それ未満はCかDになります）：\($0)（「相対評価と絶対評価の違いは？」と聞いてください）" }
                    ?? "  会社の規模をどんな固定の基準で測っても全社が「小」（CかD）になります。その中で選ぶには相対評価が向いています（「相対評価と絶対評価の違いは？」と聞いてください）。",
            ]
        }
    }
}
