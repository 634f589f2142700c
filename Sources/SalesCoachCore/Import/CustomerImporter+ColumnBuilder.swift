#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CustomerImporter {
    /// Turns records into columns for `importColumns`: the checks of
    /// `Builder.add`, in the same order, but a row that `Builder` would
    /// reject, warn about or hold back makes `add` return false instead.
    struct ColumnBuilder {
        let layout: RowLayout
        /// Columns the header has: fields past them must be blank.
        let headerFields: Int
        let duplicateScope: DuplicateScope
        let today: LocalDate?
        let dateOrder: DateOrder?
        var columns: CustomerColumns
        /// Each row's duplicate key, as `Builder` makes them.
        var keys: RowKeys
        private var keyBuffer: [UInt8] = []
        /// The unnamed ignored columns that held a value in some row.
        var unnamedWithValues: Set<Int> = []
        /// Each rep's key, by its index in `columns.reps`, for per-rep duplicate keys.
        private var repKeys: [[UInt8]] = []
        /// The rep spellings seen so far with their index: a team has a
        /// handful, so a row's rep is found by comparing bytes, not by
        /// hashing a String.
        private var repSpellings: [(bytes: [UInt8], index: Int32)] = []

        init(header: HeaderMap, options: ImportOptions, expectedRows: Int, nameBytes: Int) {
            layout = RowLayout(header)
            headerFields = header.columns.count
            duplicateScope = options.duplicateScope
            today = options.today
            dateOrder = options.dateOrder
            columns = CustomerColumns(reservingRows: expectedRows, nameBytes: nameBytes)
            keys = RowKeys(expectedCount: expectedRows)
        }

        /// The rows another builder read after this one's, as if this one had read them.
        mutating func append(_ other: ColumnBuilder) {
            columns.append(other.columns)
            keys.append(other.keys)
            unnamedWithValues.formUnion(other.unnamedWithValues)
        }

        /// Adds the reader's record; false when `importCustomers` must read the file.
        mutating func add(_ reader: CSVReader) -> Bool {
            let count = reader.fieldCount
            if count < layout.expectedFields
                || (count > headerFields && !(headerFields..<count).allSatisfy(reader.isBlank))
            {
                return false
            }
            guard layout.nameIndex < count, reader.withField(layout.nameIndex, { appendName($0) }) else { return false }
            var metrics = CustomerColumns.MetricValuesRow()
            for (metric, index) in layout.metricIndices where index < count {
                let value: Double?
                do {
                    value = try reader.withField(index) { bytes throws(NumberFormatError) in try NumberParser.parse(utf8: bytes) }
                } catch {
                    return false
                }
                // A negative count or company revenue is a warning.
                if let value, value < 0, metric != .growth, metric != .profit, metric != .sales { return false }
                metrics[metric.index] = value ?? .nan
            }
            if let index = layout.dateIndex, index < count, !isDate(reader, index) { return false }
            var rep: Int32 = -1
            if let index = layout.repIndex, index < count {
                guard let found = reader.withField(index, { repIndex($0) }) else { return false }
                rep = found
            }
            for index in layout.unnamedIgnored where index < count && !unnamedWithValues.contains(index) {
                if !reader.isBlank(index) { unnamedWithValues.insert(index) }
            }

            var key: [UInt8] = []
            swap(&key, &keyBuffer)
            key.removeAll(keepingCapacity: true)
            if duplicateScope == .repAndName {
                // NUL cannot occur in decoded text (it marks a binary file), so it separates rep and name safely.
                if rep >= 0 { key += repKeys[Int(rep)] }
                key.append(0)
            }
            columns.withPendingName { ImportKey.append(utf8: $0, to: &key) }
            key.withUnsafeBufferPointer { keys.append($0) }
            swap(&key, &keyBuffer)
            columns.endRow(rep: rep, metrics: metrics)
            return true
        }

        /// Appends the name in `cell` to the row being built; false for a
        /// blank name or one with a line break (which `Builder` warns about).
        private mutating func appendName(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
            switch CellText(cell) {
            case .blank:
                return false
            case .asIs(let range):
                let name = UnsafeBufferPointer(rebasing: cell[range])
                guard !SingleLine.hasBreak(utf8: name) else { return false }
                columns.appendNameBytes(name)
            case .changed(var name):
                guard !SingleLine.hasBreak(name) else { return false }
                name.withUTF8 { columns.appendNameBytes($0) }
            }
            return true
        }

        /// Whether the date cell reads as `Builder` reads it, without an
        /// error and without a year-last order left to settle.
        private func isDate(_ reader: CSVReader, _ index: Int) -> Bool {
            do {
                let cell = try reader.withField(index) { bytes throws(DateFormatError) in
                    try DateParser.cell(utf8: bytes, serials: true)
                }
                if case .yearLast(let first, let second, let year) = cell {
                    guard let dateOrder else { return false }
                    _ = try DateParser.date(first, second, year, order: dateOrder, evidence: nil, notAfter: today)
                } else {
                    _ = try DateParser.date(cell, notAfter: today)
                }
                return true
            } catch {
                return false
            }
        }

        /// The index of the rep in `cell` (-1 when blank); nil for a rep with a line break.
        private mutating func repIndex(_ cell: UnsafeBufferPointer<UInt8>) -> Int32? {
            switch CellText(cell) {
            case .blank:
                return -1
            case .asIs(let range):
                let spelling = UnsafeBufferPointer(rebasing: cell[range])
                for known in repSpellings where known.bytes.count == spelling.count {
                    // memcmp: the generic `elementsEqual` showed in profiles, run on every row.
                    let same = known.bytes.withUnsafeBufferPointer { known in
                        spelling.isEmpty || memcmp(known.baseAddress!, spelling.baseAddress!, spelling.count) == 0
                    }
                    if same { return known.index }
                }
                guard !SingleLine.hasBreak(utf8: spelling) else { return nil }
                let index = addRep(String(decoding: spelling, as: UTF8.self))
                // Past a few dozen spellings, the String table of `CustomerColumns` finds them.
                if repSpellings.count < 32 { repSpellings.append((Array(spelling), index)) }
                return index
            case .changed(let rep):
                guard !SingleLine.hasBreak(rep) else { return nil }
                return addRep(rep)
            }
        }

        private mutating func addRep(_ rep: String) -> Int32 {
            let index = columns.repIndex(rep)
            if Int(index) == repKeys.count {
                var key: [UInt8] = []
                ImportKey.append(rep, to: &key)
                repKeys.append(key)
            }
            return index
        }
    }
}
