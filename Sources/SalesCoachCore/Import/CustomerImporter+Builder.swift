extension CustomerImporter {
    /// Turns records into customers one at a time, checking each cell and
    /// finding duplicates as it goes.
    struct Builder {
        let source: String
        let header: HeaderMap
        let options: ImportOptions
        /// Fields a row must have: up to the last column with a header.
        let expectedFields: Int
        let nameIndex: Int
        let metricIndices: [(metric: Metric, index: Int)]
        let dateIndex: Int?
        let repIndex: Int?
        let notesIndex: Int?
        /// Ignored columns without a header: reported only if they hold values.
        var unnamedIgnored: [Int: Bool]

        var customers: [Customer] = []
        var lines: [Int] = []
        var firstByKey: [DuplicateKey: Int] = [:]
        var merges: [MergedDuplicate] = []
        var mergeByCustomer: [Int: Int] = [:]
        var warnings = WarningList()

        /// At most this many warnings of one kind are listed.
        static let warningLimit = 20

        struct DuplicateKey: Hashable {
            var rep: String
            var name: String
        }

        init(source: String, header: HeaderMap, options: ImportOptions) {
            self.source = source
            self.header = header
            self.options = options
            expectedFields = (header.columns.lastIndex { !$0.header.isEmpty } ?? 0) + 1
            nameIndex = header.index(of: .name) ?? 0
            metricIndices = Metric.allCases.compactMap { metric in header.index(of: .metric(metric)).map { (metric, $0) } }
            dateIndex = header.index(of: .lastVisit)
            repIndex = header.index(of: .rep)
            notesIndex = header.index(of: .notes)
            unnamedIgnored = [:]
            for column in header.ignored where column.header.isEmpty { unnamedIgnored[column.number - 1] = false }
        }

        mutating func add(_ reader: CSVReader) throws(ImportError) {
            let line = reader.recordLine
            let count = reader.fieldCount
            if count < expectedFields
                || (count > header.columns.count && !(header.columns.count..<count).allSatisfy(reader.isBlank))
            {
                throw .raggedRow(source: source, line: line, found: count, expected: header.columns.count)
            }
            let name = text(reader, nameIndex) ?? ""
            guard !name.isEmpty else {
                throw .emptyName(source: source, line: reader.fieldLine(nameIndex), column: header.columns[nameIndex])
            }
            var metrics = MetricValues()
            for (metric, index) in metricIndices where index < count {
                let value: Double?
                do {
                    value = try reader.withField(index) { bytes throws(NumberFormatError) in
                        try NumberParser.parse(utf8: bytes)
                    }
                } catch {
                    throw .badNumber(
                        source: source, line: reader.fieldLine(index), column: header.columns[index],
                        found: reader.field(index).trimmingWhitespace, reason: error)
                }
                if let value, value < 0, metric != .growth, metric != .profit, metric != .sales {
                    warnings.add(.negativeValue(
                        source: source, line: reader.fieldLine(index), column: header.columns[index], value: value))
                }
                metrics[metric] = value
            }
            var lastVisit: LocalDate?
            if let index = dateIndex, index < count {
                do {
                    lastVisit = try reader.withField(index) { bytes throws(DateFormatError) in
                        try DateParser.parse(utf8: bytes)
                    }
                } catch {
                    throw .badDate(
                        source: source, line: reader.fieldLine(index), column: header.columns[index],
                        found: reader.field(index).trimmingWhitespace, reason: error)
                }
            }
            let rep = repIndex.flatMap { text(reader, $0) }
            let notes = notesIndex.flatMap { text(reader, $0) }
            if !unnamedIgnored.isEmpty {
                for (index, seen) in unnamedIgnored where !seen && index < count && !reader.isBlank(index) {
                    unnamedIgnored[index] = true
                }
            }
            let customer = Customer(name: name, metrics: metrics, lastVisit: lastVisit, rep: rep, notes: notes)

            let key = DuplicateKey(
                rep: options.duplicateScope == .repAndName ? rep.map(ImportKey.key) ?? "" : "",
                name: ImportKey.key(name))
            guard let first = firstByKey[key] else {
                firstByKey[key] = customers.count
                customers.append(customer)
                lines.append(line)
                return
            }
            switch options.duplicates {
            case .reject:
                throw .duplicateName(
                    source: source, line: line, name: name, firstLine: lines[first], firstName: customers[first].name,
                    rep: options.duplicateScope == .repAndName ? rep : nil)
            case .merge:
                merge(customer, line: line, into: first)
            }
        }

        /// A text field trimmed, nil when blank. A leading apostrophe that
        /// our own export put before `=`, `+`, `-`, `@` (so spreadsheets do
        /// not run the cell as a formula) is taken off again.
        private func text(_ reader: CSVReader, _ index: Int) -> String? {
            guard index < reader.fieldCount else { return nil }
            var value = reader.withField(index) { bytes in
                var start = 0
                var end = bytes.count
                while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
                while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                if start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 || bytes[start] < 0x20
                    || bytes[end - 1] < 0x20
                {
                    return ImportText.trimmed(text)
                }
                return text
            }
            if value.hasPrefix("'"), let second = value.unicodeScalars.dropFirst().first,
                "=+-@\t\r".unicodeScalars.contains(second)
            {
                value.removeFirst()
            }
            return value.isEmpty ? nil : value
        }

        private mutating func merge(_ customer: Customer, line: Int, into index: Int) {
            var merged = customers[index]
            for metric in Metric.allCases {
                guard let value = customer.metrics[metric] else { continue }
                switch metric.axis {
                case .record:
                    merged.metrics[metric] = (merged.metrics[metric] ?? 0) + value
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
            if let existing = mergeByCustomer[index] {
                merges[existing].lines.append(line)
            } else {
                mergeByCustomer[index] = merges.count
                merges.append(MergedDuplicate(
                    name: merged.name, rep: options.duplicateScope == .repAndName ? merged.rep : nil,
                    lines: [lines[index], line]))
            }
        }

        func result(encoding: DetectedEncoding) -> ImportResult {
            let ignored = header.ignored.filter { !$0.header.isEmpty || unnamedIgnored[$0.number - 1] == true }
            var front: [ImportWarning] = []
            if encoding == .shiftJIS || encoding == .utf16LittleEndian || encoding == .utf16BigEndian {
                front.append(.readAs(source: source, encoding: encoding))
            }
            if !ignored.isEmpty { front.append(.ignoredColumns(source: source, ignored)) }
            if metricIndices.isEmpty { front.append(.noMetricColumns(source: source)) }
            if !merges.isEmpty {
                front.append(.mergedDuplicates(
                    source: source, count: merges.count, examples: Array(merges.prefix(Builder.warningLimit))))
            }
            return ImportResult(
                customers: customers, lines: lines, merges: merges, ignoredColumns: ignored, header: header,
                encoding: encoding, warnings: front + warnings.list(source: source), mergeByCustomer: mergeByCustomer)
        }
    }

    /// Warnings kept up to a limit, the rest counted: a million-row file with
    /// a negative column must not print a million lines.
    struct WarningList {
        private var kept: [ImportWarning] = []
        private var dropped = 0

        mutating func add(_ warning: ImportWarning) {
            if kept.count < Builder.warningLimit { kept.append(warning) } else { dropped += 1 }
        }

        func list(source: String) -> [ImportWarning] {
            dropped > 0 ? kept + [.more(source: source, count: dropped)] : kept
        }
    }
}

/// `Book.key`, with a fast path for plain ASCII names that gives the same
/// key (lower case, runs of white space as one space, trimmed): a
/// million-row import computes one per row.
enum ImportKey {
    static func key(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            if byte >= 0x80 { return Book.key(name) }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
