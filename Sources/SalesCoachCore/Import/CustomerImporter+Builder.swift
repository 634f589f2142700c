extension CustomerImporter {
    /// Turns records into customers one at a time, checking each cell, and
    /// then finds and merges or rejects duplicates (`finish`).
    struct Builder {
        let source: String
        let header: HeaderMap
        let options: ImportOptions
        /// Where a row's fields are.
        let layout: RowLayout
        /// Ignored columns without a header: reported only if they hold values.
        var unnamedIgnored: [Int: Bool]
        /// How year-last dates are read: the setting, or what the file showed (`evidence`).
        let dateOrder: DateOrder?
        let dateEvidence: DateOrderEvidence?
        /// Set when a year-last date came up with no order known: the
        /// importer then settles the order from the column and reads again.
        var needsDateOrder = false
        /// Rows set aside under `--skip-bad-rows`, in file order.
        var rejected: [RejectedRow] = []

        /// One per row until `finish` merges duplicates.
        var customers: [Customer] = []
        var lines: [Int] = []
        /// Each row's duplicate key, parallel to `customers` until `finish`.
        var keys: RowKeys
        /// The current row's key, reused from row to row.
        var keyBuffer: [UInt8] = []
        var merges: [MergedDuplicate] = []
        var mergeByCustomer: [Int: Int] = [:]
        var warnings = WarningList()

        /// At most this many warnings of one kind are listed.
        static let warningLimit = 20

        init(
            source: String, header: HeaderMap, options: ImportOptions, expectedRows: Int,
            dateEvidence: DateOrderEvidence? = nil
        ) {
            customers.reserveCapacity(expectedRows)
            lines.reserveCapacity(expectedRows)
            keys = RowKeys(expectedCount: expectedRows)
            self.source = source
            self.header = header
            self.options = options
            layout = RowLayout(header)
            self.dateEvidence = dateEvidence
            dateOrder = options.dateOrder ?? dateEvidence?.order
            unnamedIgnored = [:]
            for index in layout.unnamedIgnored { unnamedIgnored[index] = false }
        }

        /// The rows another builder read after this one's, as if this one had read them.
        mutating func append(_ other: Builder) {
            customers += other.customers
            lines += other.lines
            keys.append(other.keys)
            warnings.append(other.warnings)
            rejected += other.rejected
            needsDateOrder = needsDateOrder || other.needsDateOrder
            for (index, seen) in other.unnamedIgnored where seen { unnamedIgnored[index] = true }
        }

        mutating func add(_ reader: CSVReader) throws(ImportError) {
            let line = reader.recordLine
            let count = reader.fieldCount
            if count < layout.expectedFields
                || (count > header.columns.count && !(header.columns.count..<count).allSatisfy(reader.isBlank))
            {
                throw .raggedRow(source: source, line: line, found: count, expected: header.columns.count)
            }
            let name = text(reader, layout.nameIndex) ?? ""
            guard !name.isEmpty else {
                throw .emptyName(
                    source: source, line: reader.fieldLine(layout.nameIndex), column: header.columns[layout.nameIndex])
            }
            var metrics = MetricValues()
            for (metric, index) in layout.metricIndices where index < count {
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
            if let index = layout.dateIndex, index < count {
                do {
                    let cell = try reader.withField(index) { bytes throws(DateFormatError) in
                        try DateParser.cell(utf8: bytes, serials: true)
                    }
                    if case .yearLast(let first, let second, let year) = cell {
                        guard let dateOrder else {
                            needsDateOrder = true
                            return
                        }
                        lastVisit = try DateParser.date(
                            first, second, year, order: dateOrder, evidence: dateEvidence, notAfter: options.today)
                    } else {
                        lastVisit = try DateParser.date(cell, notAfter: options.today)
                    }
                } catch {
                    throw .badDate(
                        source: source, line: reader.fieldLine(index), column: header.columns[index],
                        found: reader.field(index).trimmingWhitespace, reason: error)
                }
            }
            let rep = layout.repIndex.flatMap { text(reader, $0) }
            let notes = layout.notesIndex.flatMap { text(reader, $0) }
            if !unnamedIgnored.isEmpty {
                for (index, seen) in unnamedIgnored where !seen && index < count && !reader.isBlank(index) {
                    unnamedIgnored[index] = true
                }
            }
            // Names and reps are single-line: Customer joins a line break with a space; say so.
            if SingleLine.hasBreak(name) {
                warnings.add(.lineBreakJoined(
                    source: source, line: reader.fieldLine(layout.nameIndex), column: header.columns[layout.nameIndex],
                    field: .name))
            }
            if let rep, let repIndex = layout.repIndex, SingleLine.hasBreak(rep) {
                warnings.add(.lineBreakJoined(
                    source: source, line: reader.fieldLine(repIndex), column: header.columns[repIndex], field: .rep))
            }
            let customer = Customer(name: name, metrics: metrics, lastVisit: lastVisit, rep: rep, notes: notes)

            keyBuffer.removeAll(keepingCapacity: true)
            if options.duplicateScope == .repAndName {
                // NUL cannot occur in decoded text (it marks a binary file), so it separates rep and name safely.
                if let rep = customer.rep { ImportKey.append(rep, to: &keyBuffer) }
                keyBuffer.append(0)
            }
            ImportKey.append(customer.name, to: &keyBuffer)
            keyBuffer.withUnsafeBufferPointer { keys.append($0) }
            customers.append(customer)
            lines.append(line)
        }

        /// A text field trimmed, nil when blank (`CellText`).
        private func text(_ reader: CSVReader, _ index: Int) -> String? {
            guard index < reader.fieldCount else { return nil }
            return reader.withField(index) { bytes in
                switch CellText(bytes) {
                case .blank: nil
                case .asIs(let range): String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                case .changed(let text): text
                }
            }
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

        mutating func append(_ other: WarningList) {
            for warning in other.kept { add(warning) }
            dropped += other.dropped
        }

        func list(source: String) -> [ImportWarning] {
            dropped > 0 ? kept + [.more(source: source, count: dropped)] : kept
        }
    }
}

extension CustomerImporter.Builder {
    /// A row set aside under `--skip-bad-rows`.
    mutating func reject(_ reader: CSVReader, _ error: ImportError) {
        rejected.append(RejectedRow(line: reader.recordLine, fields: (0..<reader.fieldCount).map(reader.field), problem: error))
    }
}
