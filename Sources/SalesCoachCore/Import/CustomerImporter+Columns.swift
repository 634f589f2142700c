import Dispatch

extension CustomerImporter {
    /// The customers of a customer file as columns, for `classify`'s CSV and
    /// JSON of a whole file; nil when the file needs more than reading.
    ///
    /// The fast path of a large import: no `Customer` is built, names go from
    /// the file's bytes into one array and metrics into their columns
    /// (`CustomerColumns`), on two cores for a large file. It reads each cell
    /// as `importCustomers` does (the same `RowLayout`, `CellText`,
    /// `NumberParser`, `DateParser` and duplicate keys) but does none of its
    /// other work. A row with a problem or a warning (a bad cell, a ragged
    /// row, a negative count, a line break in a name), a duplicate name, a
    /// year-last date to settle, a report footer, text that does not decode:
    /// any of these makes it return nil, and the caller imports the file with
    /// `importCustomers`, which reports them in its own words and lines. So
    /// a file this takes gives the same customers, and the same warnings
    /// (those about the file as a whole, the only ones such a file has).
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - source: the file name as the user gave it.
    ///   - options: as for `importCustomers`.
    ///   - progress: where the bytes parsed are reported, for a progress line.
    ///   - parallelFrom: the size from which the rows are read on two cores
    ///     (`parallelBytes` unless a test lowers it).
    public static func importColumns(
        from bytes: [UInt8], source: String, options: ImportOptions = ImportOptions(), progress: WorkProgress? = nil,
        parallelFrom: Int? = nil
    ) -> (columns: CustomerColumns, warnings: [ImportWarning], notes: [ImportNote])? {
        guard let decoded = try? TextDecoding.decode(bytes, encoding: options.encoding, source: source) else { return nil }
        let text = decoded.utf8
        progress?.start(.reading, total: text.count)
        var reader = CSVReader(utf8: text, delimiter: delimiter(of: text), source: source)
        repeat {
            guard (try? reader.nextRecord()) == true else { return nil }
        } while reader.isBlankRecord
        let headers = (0..<reader.fieldCount).map(reader.field)
        guard
            let header = try? HeaderMap(
                headers: headers, line: reader.recordLine, extraAliases: options.headerAliases, source: source),
            ReportFooter.find(
                in: text, after: reader.offset, delimiter: reader.delimiter, headerFields: headers.count, source: source)
                == nil
        else { return nil }

        let start = reader.offset
        let end = text.count
        var builder: ColumnBuilder
        if let split = halfway(text, after: start, to: end, from: parallelFrom ?? parallelBytes) {
            guard let both = readColumnsInHalves(reader, split: split, end: end, header: header, options: options, progress: progress)
            else { return nil }
            builder = both
        } else {
            builder = ColumnBuilder(
                header: header, options: options, expectedRows: lineCount(text), nameBytes: (end - start) / 4)
            guard readColumns(&reader, to: end, into: &builder, progress: progress) else { return nil }
        }
        guard builder.columns.count > 0, builder.keys.duplicates().isEmpty else { return nil }
        let ignored = Builder.ignoredColumns(header) { builder.unnamedWithValues.contains($0) }
        let warnings = Builder.fileWarnings(
            source: source, encoding: decoded.encoding, ignored: ignored, noMetrics: builder.layout.metricIndices.isEmpty)
        return (builder.columns, warnings, ImportNote.notes(forHeader: header))
    }

    /// Reads records into `builder` until one ends at or after `end`; false
    /// at the first row that `importCustomers` must read.
    static func readColumns(
        _ reader: inout CSVReader, to end: Int, into builder: inout ColumnBuilder, progress: WorkProgress?
    ) -> Bool {
        var reported = reader.offset
        while reader.offset < end {
            do {
                guard try reader.nextRecord() else { break }
            } catch {
                return false
            }
            if let progress, reader.offset - reported >= 1 << 20 {
                progress.advance(by: reader.offset - reported)
                reported = reader.offset
            }
            if reader.isBlankRecord { continue }
            guard builder.add(reader) else { return false }
        }
        return true
    }

    /// The rows before `split` and those after it read at the same time, as
    /// `readInHalves` reads them: a split that turns out to lie inside a
    /// quoted field is given up, and the first half's reader goes on alone.
    private static func readColumnsInHalves(
        _ reader: CSVReader, split: Int, end: Int, header: HeaderMap, options: ImportOptions, progress: WorkProgress?
    ) -> ColumnBuilder? {
        let text = reader.bytes
        let rows = text.withUnsafeBufferPointer { buffer in
            (first: countLineFeeds(buffer, from: reader.offset, to: split), second: countLineFeeds(buffer, from: split, to: end))
        }
        nonisolated(unsafe) var first = reader
        // The first half's columns take in the second's at the end: room for both from the start.
        nonisolated(unsafe) var firstBuilder = ColumnBuilder(
            header: header, options: options, expectedRows: rows.first + rows.second, nameBytes: (end - reader.offset) / 4)
        nonisolated(unsafe) var firstRead = false
        nonisolated(unsafe) var secondBuilder = ColumnBuilder(
            header: header, options: options, expectedRows: rows.second, nameBytes: (end - split) / 4)
        nonisolated(unsafe) var secondRead = false
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 {
                firstRead = readColumns(&first, to: split, into: &firstBuilder, progress: progress)
            } else {
                var second = CSVReader(
                    utf8: text, delimiter: reader.delimiter, source: reader.source, startingAt: split,
                    line: reader.nextLine + rows.first)
                secondRead = readColumns(&second, to: end, into: &secondBuilder, progress: progress)
            }
        }
        guard firstRead else { return nil }
        guard first.offset == split else {
            // The guess fell inside a quoted field: the first reader goes on alone.
            return readColumns(&first, to: end, into: &firstBuilder, progress: progress) ? firstBuilder : nil
        }
        guard secondRead else { return nil }
        firstBuilder.append(secondBuilder)
        return firstBuilder
    }
}
