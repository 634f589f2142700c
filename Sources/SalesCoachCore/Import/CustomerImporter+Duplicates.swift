extension CustomerImporter.Builder {
    /// Under `.reject`, throws the first duplicate among the rows read so
    /// far. Called before another error is thrown, so that the error the
    /// user sees is always the first one in the file.
    func throwEarlierDuplicate() throws(ImportError) {
        guard options.duplicates == .reject, let duplicate = keys.duplicates().first else { return }
        throw duplicateError(duplicate.row, duplicate.first)
    }

    /// Finds the rows that name a customer an earlier row already named,
    /// rejects or merges them, and builds the result.
    mutating func finish(encoding: DetectedEncoding) throws(ImportError) -> ImportResult {
        let duplicates = keys.duplicates()
        if options.duplicates == .reject, let duplicate = duplicates.first {
            throw duplicateError(duplicate.row, duplicate.first)
        }
        if !duplicates.isEmpty { try mergeRows(duplicates) }
        return result(encoding: encoding)
    }

    private func duplicateError(_ row: Int, _ first: Int) -> ImportError {
        .duplicateName(
            source: source, line: lines[row], name: customers[row].name, firstLine: lines[first],
            firstName: customers[first].name, rep: options.duplicateScope == .repAndName ? customers[row].rep : nil)
    }

    /// Merges each duplicate row into its first row (in file order, so "the
    /// first row that has it" means what it says), then drops the merged rows.
    private mutating func mergeRows(_ duplicates: [(row: Int, first: Int)]) throws(ImportError) {
        var removed = [Bool](repeating: false, count: customers.count)
        var mergeByFirst: [Int: Int] = [:]
        var found: [MergedDuplicate] = []
        for (row, first) in duplicates {
            try merge(customers[row], line: lines[row], into: first)
            removed[row] = true
            if let existing = mergeByFirst[first] {
                found[existing].lines.append(lines[row])
            } else {
                mergeByFirst[first] = found.count
                found.append(MergedDuplicate(
                    name: customers[first].name,
                    rep: options.duplicateScope == .repAndName ? customers[first].rep : nil,
                    lines: [lines[first], lines[row]]))
            }
        }
        var kept = 0
        var newIndex: [Int: Int] = [:]
        for row in customers.indices where !removed[row] {
            if mergeByFirst[row] != nil { newIndex[row] = kept }
            if kept != row {
                customers[kept] = customers[row]
                lines[kept] = lines[row]
            }
            kept += 1
        }
        customers.removeLast(customers.count - kept)
        lines.removeLast(lines.count - kept)
        // Reported in the order of the customers' first rows.
        let order = mergeByFirst.keys.sorted()
        merges = order.compactMap { mergeByFirst[$0].map { found[$0] } }
        mergeByCustomer = [:]
        for (position, first) in order.enumerated() {
            if let index = newIndex[first] { mergeByCustomer[index] = position }
        }
    }

    /// Orders, sales and profit add up; company facts come from the first
    /// row that has them (a differing later value is reported); the latest
    /// visit wins; rep and notes come from the first row that has them. A sum
    /// past the largest Double is refused rather than stored as infinity,
    /// which no score or export could use.
    private mutating func merge(_ customer: Customer, line: Int, into index: Int) throws(ImportError) {
        var merged = customers[index]
        for metric in Metric.allCases {
            guard let value = customer.metrics[metric] else { continue }
            switch metric.axis {
            case .record:
                let total = (merged.metrics[metric] ?? 0) + value
                guard total.isFinite else {
                    throw .mergedTotalOutOfRange(
                        source: source, line: line, name: merged.name, firstLine: lines[index], metric: metric)
                }
                merged.metrics[metric] = total
            case .objective:
                if let kept = merged.metrics[metric] {
                    if kept != value {
                        warnings.add(.conflictingValues(
                            source: source, name: merged.name, field: .metric(metric),
                            keptLine: lines[index], kept: ImportNumber.text(kept),
                            otherLine: line, other: ImportNumber.text(value)))
                    }
                } else {
                    merged.metrics[metric] = value
                }
            }
        }
        if let visit = customer.lastVisit, merged.lastVisit.map({ visit > $0 }) ?? true { merged.lastVisit = visit }
        if merged.rep == nil { merged.rep = customer.rep }
        if merged.notes == nil { merged.notes = customer.notes }
        customers[index] = merged
    }

    private func result(encoding: DetectedEncoding) -> ImportResult {
        let ignored = Self.ignoredColumns(header) { unnamedIgnored[$0] == true }
        var front = Self.fileWarnings(
            source: source, encoding: encoding, ignored: ignored, noMetrics: layout.metricIndices.isEmpty)
        if !merges.isEmpty {
            front.append(.mergedDuplicates(
                source: source, count: merges.count, examples: Array(merges.prefix(Self.warningLimit))))
        }
        return ImportResult(
            customers: customers, lines: lines, merges: merges, ignoredColumns: ignored, header: header,
            encoding: encoding, warnings: front + warnings.list(source: source), mergeByCustomer: mergeByCustomer)
    }
}

extension CustomerImporter.Builder {
    /// The header's columns that map to no field, those without a header
    /// only when `holdsValues` (by column index) says a row had one there.
    static func ignoredColumns(_ header: HeaderMap, holdsValues: (Int) -> Bool) -> [ImportColumn] {
        header.ignored.filter { !$0.header.isEmpty || holdsValues($0.number - 1) }
    }

    /// The warnings about the file as a whole that lead the list: how it was
    /// decoded, the columns ignored, no metric at all.
    static func fileWarnings(
        source: String, encoding: DetectedEncoding, ignored: [ImportColumn], noMetrics: Bool
    ) -> [ImportWarning] {
        var warnings: [ImportWarning] = []
        if encoding == .shiftJIS || encoding == .utf16LittleEndian || encoding == .utf16BigEndian {
            warnings.append(.readAs(source: source, encoding: encoding))
        }
        if !ignored.isEmpty { warnings.append(.ignoredColumns(source: source, ignored)) }
        if noMetrics { warnings.append(.noMetricColumns(source: source)) }
        return warnings
    }
}
