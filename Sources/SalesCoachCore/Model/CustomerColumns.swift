/// A book kept as columns: each customer's name, rep and six metric values,
/// and nothing else. What `classify` streams out of a whole file.
///
/// Why columns: a million `Customer`s are a million records of about 130
/// bytes with a String or two each, built row by row, copied when the two
/// halves of a file are joined, then read back metric by metric to be
/// ranked. Here the names lie back to back in one byte array, a rep is a
/// number into a short list, and each metric is one `[Double]` that
/// `BatchClassifier` ranks as it is.
public struct CustomerColumns: Sendable {
    /// The names' UTF-8 bytes back to back: row i's name is
    /// `nameBytes[nameStarts[i]..<nameStarts[i + 1]]`.
    private(set) var nameBytes: [UInt8] = []
    private(set) var nameStarts: [Int] = [0]
    /// Each row's rep as an index into `reps`; -1 for a row without one.
    private(set) var repOfRow: [Int32] = []
    /// The reps as the rows spell them, each spelling once, in order of first appearance.
    private(set) var reps: [String] = []
    private var repIndexBySpelling: [String: Int32] = [:]
    /// `values[metric.index][row]`, NaN where the row has no value.
    private(set) var values: [[Double]] = Array(repeating: [], count: Metric.allCases.count)

    /// Room for `rows` rows with names of about `nameBytes` bytes in all.
    init(reservingRows rows: Int, nameBytes: Int) {
        self.nameBytes.reserveCapacity(nameBytes)
        nameStarts.reserveCapacity(rows + 1)
        repOfRow.reserveCapacity(rows)
        for m in values.indices { values[m].reserveCapacity(rows) }
    }

    /// The same book as `customers`, in their order.
    public init(_ customers: [Customer]) {
        self.init(reservingRows: customers.count, nameBytes: customers.count * 24)
        for customer in customers {
            var name = customer.name
            name.withUTF8 { nameBytes.append(contentsOf: $0) }
            var metrics = MetricValuesRow()
            for metric in Metric.allCases { metrics[metric.index] = customer.metrics[metric] ?? .nan }
            endRow(rep: customer.rep.map { repIndex($0) } ?? -1, metrics: metrics)
        }
    }

    /// How many customers.
    public var count: Int { repOfRow.count }

    /// Row `row`'s name.
    public func name(_ row: Int) -> String {
        withName(row) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of row `row`'s name, without copying them.
    func withName<Result>(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = nameStarts[row]..<nameStarts[row + 1]
        return nameBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Calls `body` with every row's name through plain pointers: the names
    /// of a whole book are written on both cores, where reading the shared
    /// arrays row by row counted references to them on both at once.
    func withNames<Result>(_ body: (Names) -> Result) -> Result {
        withUnsafeBuffers(nameBytes, nameStarts) { body(Names(bytes: $0, starts: $1)) }
    }

    /// The names of `withNames`.
    struct Names {
        let bytes: UnsafeBufferPointer<UInt8>
        let starts: UnsafeBufferPointer<Int>

        /// Row `row`'s name as UTF-8.
        subscript(row: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[starts[row]..<starts[row + 1]])
        }
    }

    /// Row `row`'s rep, nil without one.
    public func rep(_ row: Int) -> String? {
        let index = repOfRow[row]
        return index < 0 ? nil : reps[Int(index)]
    }

    /// Row `row` as a `Customer` (name, rep and metrics), for the classifier
    /// of exact fractions that weights too fine for integers fall back to.
    public func customer(_ row: Int) -> Customer {
        var metrics = MetricValues()
        for metric in Metric.allCases {
            let value = values[metric.index][row]
            if !value.isNaN { metrics[metric] = value }
        }
        return Customer(name: name(row), metrics: metrics, rep: rep(row))
    }

    /// The rows of each rep's book, as `Classifier.repGroups` groups them.
    public func repGroups() -> [(rep: String?, rows: [Int])] {
        Classifier.repGroups(repOfRow: repOfRow, reps: reps)
    }

    // MARK: Building

    /// One row's six values by `Metric.index`, NaN for none.
    struct MetricValuesRow {
        private var values = (Double.nan, Double.nan, Double.nan, Double.nan, Double.nan, Double.nan)

        subscript(index: Int) -> Double {
            get {
                switch index {
                case 0: values.0
                case 1: values.1
                case 2: values.2
                case 3: values.3
                case 4: values.4
                default: values.5
                }
            }
            set {
                switch index {
                case 0: values.0 = newValue
                case 1: values.1 = newValue
                case 2: values.2 = newValue
                case 3: values.3 = newValue
                case 4: values.4 = newValue
                default: values.5 = newValue
                }
            }
        }
    }

    /// Appends a row whose name's bytes were appended with `appendNameBytes`.
    mutating func endRow(rep: Int32, metrics: MetricValuesRow) {
        nameStarts.append(nameBytes.count)
        repOfRow.append(rep)
        for m in values.indices { values[m].append(metrics[m]) }
    }

    /// Appends bytes of the current row's name.
    mutating func appendNameBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        nameBytes.append(contentsOf: bytes)
    }

    /// The bytes of the name being built (since the last row).
    var pendingNameCount: Int { nameBytes.count - nameStarts[nameStarts.count - 1] }

    /// Calls `body` with the bytes of the name being built.
    func withPendingName<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = nameStarts[nameStarts.count - 1]
        return nameBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start...])) }
    }

    /// The index of rep `rep` in `reps`, added if new.
    mutating func repIndex(_ rep: String) -> Int32 {
        if let index = repIndexBySpelling[rep] { return index }
        reps.append(rep)
        repIndexBySpelling[rep] = Int32(reps.count - 1)
        return Int32(reps.count - 1)
    }

    /// Another book's rows after these, its reps renumbered into this one's list.
    mutating func append(_ other: CustomerColumns) {
        let base = nameBytes.count
        nameBytes += other.nameBytes
        nameStarts.reserveCapacity(nameStarts.count + other.count)
        for start in other.nameStarts.dropFirst() { nameStarts.append(start + base) }
        let renumbered = other.reps.map { repIndex($0) }
        repOfRow.reserveCapacity(repOfRow.count + other.count)
        for rep in other.repOfRow { repOfRow.append(rep < 0 ? -1 : renumbered[Int(rep)]) }
        for m in values.indices { values[m] += other.values[m] }
    }
}
