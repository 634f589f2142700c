import Dispatch
import Foundation

/// Reads a customer CSV into customers: the one place a customer file is
/// parsed, for `classify`, `load` and the REPL alike.
///
/// The importer is handed the file's bytes and never reads files itself.
/// It is all-or-nothing: it returns every customer or throws the first
/// problem, located by file, line and column.
///
/// ```swift
/// let result = try CustomerImporter.importCustomers(from: bytes, source: "customers.csv")
/// // result.customers, result.warnings
/// ```
/// A bad cell reads, for example:
/// `customers.csv, line 12, column 3 (employees): expected a number, found 'abc'`.
public enum CustomerImporter {
    /// Decodes, parses and checks a customer file.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - source: the file name as the user gave it, used in every message.
    ///   - options: encoding, extra header aliases, what duplicates do.
    /// - Returns: the customers in file order, with the lines they came from,
    ///   the columns ignored, the merges made and the warnings.
    /// - Throws: `ImportError` for the first problem; nothing is imported then.
    ///   - progress: where the bytes parsed are reported, for a progress line.
    public static func importCustomers(
        from bytes: [UInt8], source: String, options: ImportOptions = ImportOptions(), progress: WorkProgress? = nil
    ) throws(ImportError) -> ImportResult {
        let decoded = try TextDecoding.decode(bytes, encoding: options.encoding, source: source)
        return try importCustomers(decoded: decoded, source: source, options: options, progress: progress)
    }

    /// The same for `Data`.
    public static func importCustomers(
        from data: Data, source: String, options: ImportOptions = ImportOptions()
    ) throws(ImportError) -> ImportResult {
        try importCustomers(from: [UInt8](data), source: source, options: options)
    }

    /// `parallelFrom`: the size from which the rows are read on two cores
    /// (tests lower it to hold both ways to the same result).
    static func importCustomers(
        decoded: TextDecoding.Decoded, source: String, options: ImportOptions, parallelFrom: Int = parallelBytes,
        progress: WorkProgress? = nil
    ) throws(ImportError) -> ImportResult {
        let text = decoded.utf8
        progress?.start(.reading, total: text.count)
        if text.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw .emptyFile(source: source)
        }
        var reader = CSVReader(utf8: text, delimiter: delimiter(of: text), source: source)
        repeat {
            guard try reader.nextRecord() else { throw .emptyFile(source: source) }
        } while reader.isBlankRecord
        let headers = (0..<reader.fieldCount).map(reader.field)
        let header = try HeaderMap(
            headers: headers, line: reader.recordLine, extraAliases: options.headerAliases, source: source)
        // A report footer ends the rows; the footer itself is skipped.
        let footer = ReportFooter.find(
            in: text, after: reader.offset, delimiter: reader.delimiter, headerFields: headers.count, source: source)
        let end = footer?.offset ?? text.count

        var builder = try readRows(
            reader, to: end, header: header, source: source, options: options, parallelFrom: parallelFrom,
            progress: progress)
        var evidence: DateOrderEvidence?
        if builder.needsDateOrder, let dateIndex = header.index(of: .lastVisit) {
            // A year-last date and no --date-format: the column decides, once, and the rows are read in that order.
            let settled = try settleDateOrder(reader, to: end, column: dateIndex, header: header, source: source)
            evidence = settled.evidence
            var ordered = options
            ordered.dateOrder = settled.order
            builder = try readRows(
                reader, to: end, header: header, source: source, options: ordered, parallelFrom: parallelFrom,
                progress: nil, dateEvidence: evidence)
        }
        guard !builder.customers.isEmpty else {
            // Every row set aside: the first one's problem is the file's.
            if let first = builder.rejected.first { throw first.problem }
            throw .noCustomerRows(source: source)
        }
        var result = try builder.finish(encoding: decoded.encoding)
        result.dateOrder = evidence
        result.rejected = builder.rejected
        if let footer {
            let first = text.withUnsafeBufferPointer { 1 + CSVReader.lineBreaks(in: $0, from: 0, to: footer.offset) }
            let last = text.withUnsafeBufferPointer { first + CSVReader.lineBreaks(in: $0, from: footer.offset, to: $0.count) }
            let trailing = text.last == 0x0A || text.last == 0x0D ? 1 : 0
            result.footer = SkippedFooter(firstLine: first, lastLine: max(first, last - trailing), text: footer.first)
        }
        return result
    }

    /// Reads the rows after the header up to `end`, on two cores for a large file.
    private static func readRows(
        _ reader: CSVReader, to end: Int, header: HeaderMap, source: String, options: ImportOptions, parallelFrom: Int,
        progress: WorkProgress?, dateEvidence: DateOrderEvidence? = nil
    ) throws(ImportError) -> Builder {
        if let split = halfway(reader.bytes, after: reader.offset, to: end, from: parallelFrom) {
            return try readInHalves(
                reader, split: split, end: end, header: header, source: source, options: options, progress: progress,
                dateEvidence: dateEvidence)
        }
        var reader = reader
        var builder = Builder(
            source: source, header: header, options: options, expectedRows: lineCount(reader.bytes),
            dateEvidence: dateEvidence)
        try read(&reader, to: end, into: &builder, progress: progress)
        return builder
    }

    /// The order of the year-last dates in column `column`, from the first
    /// cell that can be read one way only; the rows are scanned only until
    /// that cell. A column whose year-last dates all fit both ways (and
    /// differ when read the other way) is refused, naming the first of them.
    static func settleDateOrder(
        _ reader: CSVReader, to end: Int, column: Int, header: HeaderMap, source: String
    ) throws(ImportError) -> (order: DateOrder, evidence: DateOrderEvidence?) {
        var reader = reader
        var ambiguous: (line: Int, found: String)?
        // A broken row stops the scan; the reading that follows reports it where it is.
        while reader.offset < end, (try? reader.nextRecord()) == true {
            guard column < reader.fieldCount,
                case .yearLast(let first, let second, let year)? = try? reader.withField(column, { bytes throws(DateFormatError) in
                    try DateParser.cell(utf8: bytes, serials: true)
                })
            else { continue }
            let shown: DateOrder?
            do { shown = try DateParser.order(shownBy: first, second, year) } catch { continue }
            if let order = shown {
                let found = ImportText.trimmed(reader.field(column))
                return (order, DateOrderEvidence(order: order, line: reader.fieldLine(column), column: header.columns[column], found: found))
            }
            if ambiguous == nil, first != second { ambiguous = (reader.fieldLine(column), ImportText.trimmed(reader.field(column))) }
        }
        if let ambiguous {
            throw .ambiguousDateOrder(source: source, line: ambiguous.line, column: header.columns[column], found: ambiguous.found)
        }
        // Every year-last date reads the same both ways (`5/5/2026`).
        return (.mdy, nil)
    }

    /// Reads records into `builder` until one ends at or after `end`; the
    /// first problem is thrown, or a duplicate on an earlier line if any.
    /// Under `--skip-bad-rows` a row's own problem sets the row aside instead.
    static func read(
        _ reader: inout CSVReader, to end: Int, into builder: inout Builder, progress: WorkProgress? = nil
    ) throws(ImportError) {
        // Reported once per megabyte: the lock never shows in a profile.
        var reported = reader.offset
        let skipBadRows = builder.options.skipBadRows
        do throws(ImportError) {
            while reader.offset < end, try reader.nextRecord() {
                if let progress, reader.offset - reported >= 1 << 20 {
                    progress.advance(by: reader.offset - reported)
                    reported = reader.offset
                }
                if reader.isBlankRecord { continue }
                if skipBadRows {
                    do throws(ImportError) { try builder.add(reader) } catch where error.isRowProblem {
                        builder.reject(reader, error)
                    }
                } else {
                    try builder.add(reader)
                }
                if builder.needsDateOrder { return }
            }
        } catch {
            // A duplicate on an earlier line is the first problem in the file.
            try builder.throwEarlierDuplicate()
            throw error
        }
    }

    /// Files from this size on are read on two cores.
    static let parallelBytes = 4 << 20

    /// A line start near the middle of the rows, for a large file.
    static func halfway(_ text: [UInt8], after start: Int, to end: Int? = nil, from size: Int) -> Int? {
        let end = end ?? text.count
        guard end - start >= size else { return nil }
        let found = text.withUnsafeBufferPointer { CSVReader.find(0x0A, in: $0, from: start + (end - start) / 2, to: end) }
        guard let found, found + 1 < end else { return nil }
        return found + 1
    }

    /// Reads the rows before `split` and those after it at the same time,
    /// then joins them. The split is only a guess at a record boundary (a
    /// quoted field may hold a line break): it is taken only when the first
    /// half's reader ends exactly there; otherwise that reader simply goes on
    /// alone, so a wrong guess costs time, never a wrong row. Errors and
    /// warnings come out as a single reader's would: the first in the file.
    static func readInHalves(
        _ reader: CSVReader, split: Int, end: Int? = nil, header: HeaderMap, source: String, options: ImportOptions,
        progress: WorkProgress? = nil, dateEvidence: DateOrderEvidence? = nil
    ) throws(ImportError) -> Builder {
        let text = reader.bytes
        let end = end ?? text.count
        let rows = text.withUnsafeBufferPointer { buffer in
            (first: countLineFeeds(buffer, from: reader.offset, to: split), second: countLineFeeds(buffer, from: split, to: end))
        }
        let splitLine = reader.nextLine + rows.first
        nonisolated(unsafe) var first = reader
        // The first half's builder takes in the second's rows at the end: room
        // for all of them from the start spares growing (and copying) a
        // million customers there, which was the peak of the import's memory.
        nonisolated(unsafe) var firstBuilder = Builder(
            source: source, header: header, options: options, expectedRows: rows.first + rows.second,
            dateEvidence: dateEvidence)
        nonisolated(unsafe) var firstError: ImportError?
        nonisolated(unsafe) var secondBuilder = Builder(
            source: source, header: header, options: options, expectedRows: rows.second, dateEvidence: dateEvidence)
        nonisolated(unsafe) var secondError: ImportError?
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 {
                do throws(ImportError) { try read(&first, to: split, into: &firstBuilder, progress: progress) } catch { firstError = error }
            } else {
                var second = CSVReader(
                    utf8: text, delimiter: reader.delimiter, source: source, startingAt: split, line: splitLine)
                do throws(ImportError) { try read(&second, to: end, into: &secondBuilder, progress: progress) } catch { secondError = error }
            }
        }
        if let firstError { throw firstError }
        if firstBuilder.needsDateOrder { return firstBuilder }
        guard first.offset == split, first.nextLine == splitLine else {
            // The guess fell inside a quoted field: the first reader goes on alone.
            try read(&first, to: end, into: &firstBuilder, progress: progress)
            return firstBuilder
        }
        firstBuilder.append(secondBuilder)
        if let secondError {
            try firstBuilder.throwEarlierDuplicate()
            throw secondError
        }
        return firstBuilder
    }

    /// Line feeds in `buffer[start..<end]`.
    static func countLineFeeds(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        var position = start
        while let found = CSVReader.find(0x0A, in: buffer, from: position, to: end) {
            count += 1
            position = found + 1
        }
        return count
    }

    /// Line feeds in the text: room to reserve for rows, so a million-row
    /// file does not regrow its arrays and tables twenty times.
    static func lineCount(_ text: [UInt8]) -> Int {
        text.withUnsafeBufferPointer { buffer in
            var count = 0
            var position = 0
            while let found = CSVReader.find(0x0A, in: buffer, from: position) {
                count += 1
                position = found + 1
            }
            return count
        }
    }

    /// Comma, unless the header line has none and has tabs (Excel's
    /// "Unicode text") or semicolons (spreadsheets set to a decimal comma).
    static func delimiter(of text: [UInt8]) -> UInt8 {
        var commas = 0
        var tabs = 0
        var semicolons = 0
        for byte in text {
            if byte == 0x0A || byte == 0x0D { if commas + tabs + semicolons > 0 { break } else { continue } }
            switch byte {
            case UInt8(ascii: ","): commas += 1
            case UInt8(ascii: "\t"): tabs += 1
            case UInt8(ascii: ";"): semicolons += 1
            default: break
            }
        }
        if commas > 0 { return UInt8(ascii: ",") }
        if tabs > 0 { return UInt8(ascii: "\t") }
        if semicolons > 0 { return UInt8(ascii: ";") }
        return UInt8(ascii: ",")
    }
}
