extension CustomerImporter {
    /// Where a row's fields are, from the header: shared by the importer of
    /// customers and the columnar one, so both read the same cells.
    struct RowLayout {
        /// Fields a row must have: up to the last column with a header.
        let expectedFields: Int
        let nameIndex: Int
        let metricIndices: [(metric: Metric, index: Int)]
        let dateIndex: Int?
        let repIndex: Int?
        let notesIndex: Int?
        /// Ignored columns without a header: reported only if they hold values.
        let unnamedIgnored: [Int]

        init(_ header: HeaderMap) {
            expectedFields = (header.columns.lastIndex { !$0.header.isEmpty } ?? 0) + 1
            nameIndex = header.index(of: .name) ?? 0
            metricIndices = Metric.allCases.compactMap { metric in header.index(of: .metric(metric)).map { (metric, $0) } }
            dateIndex = header.index(of: .lastVisit)
            repIndex = header.index(of: .rep)
            notesIndex = header.index(of: .notes)
            unnamedIgnored = header.ignored.filter(\.header.isEmpty).map { $0.number - 1 }
        }
    }
}
