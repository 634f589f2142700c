#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An RFC 4180 CSV reader over UTF-8 bytes, one record at a time.
///
/// Fields may be quoted, with commas, doubled quotes (`""`) and line breaks
/// inside; records end with LF, CRLF or a lone CR; the last one may lack a
/// line break; a trailing comma makes a last empty field. Spaces before an
/// opening quote and after a closing one are allowed, as some exporters
/// write `a, "b"`. A quote inside an unquoted field, text after a closing
/// quote and a quote that never closes are errors with their line and
/// column.
///
/// The reader works on the bytes and hands out byte ranges, so a
/// million-row file costs no String per line: callers turn into Strings
/// only the fields they keep. Every record knows the 1-based line it starts
/// on, and every field the line it starts on.
///
/// ```swift
/// var reader = CSVReader(utf8: Array("name,sales\nAcme,100\n".utf8), source: "a.csv")
/// while try reader.nextRecord() {
///     print(reader.recordLine, reader.field(0))
/// }
/// ```
public struct CSVReader: Sendable {
    /// The file name errors mention.
    public let source: String
    let bytes: [UInt8]
    let delimiter: UInt8
    private var position = 0
    private var line = 1
    private var spans: [Span] = []
    /// Unescaped copies of the current record's fields that had doubled quotes.
    private var scratch: [UInt8] = []
    /// The 1-based line the current record starts on.
    public private(set) var recordLine = 0

    private struct Span: Sendable {
        var start: Int
        var end: Int
        var line: Int
        var inScratch: Bool
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")

    /// - Parameters:
    ///   - bytes: UTF-8 text without a byte-order mark (see `TextDecoding`).
    ///   - delimiter: `,` by default; `\t` for tab-separated text.
    ///   - source: the file name for error messages.
    public init(utf8 bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), source: String) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.source = source
    }

    /// A reader that starts at `position`, which must be the start of a
    /// record on line `line`: the second half of a file read on two cores.
    init(utf8 bytes: [UInt8], delimiter: UInt8, source: String, startingAt position: Int, line: Int) {
        self.init(utf8: bytes, delimiter: delimiter, source: source)
        self.position = position
        self.line = line
    }

    /// Where the next record starts, and its line.
    var offset: Int { position }
    var nextLine: Int { line }

    /// Number of fields in the current record.
    public var fieldCount: Int { spans.count }

    /// Field `index` (0-based) of the current record as a String.
    public func field(_ index: Int) -> String {
        let span = spans[index]
        if span.inScratch { return String(decoding: scratch[span.start..<span.end], as: UTF8.self) }
        return String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    /// The line field `index` starts on (later than `recordLine` when an
    /// earlier field holds a line break).
    public func fieldLine(_ index: Int) -> Int { spans[index].line }

    /// Whether field `index` is empty or only spaces and tabs.
    public func isBlank(_ index: Int) -> Bool {
        withField(index) { field in field.allSatisfy { $0 == CSVReader.space || $0 == 0x09 } }
    }

    /// Whether every field of the current record is blank (an empty line, or `,,,`).
    public var isBlankRecord: Bool { (0..<spans.count).allSatisfy(isBlank) }

    /// Calls `body` with the UTF-8 bytes of field `index`, unescaped, without copying them.
    public func withField<Result, Failure: Error>(
        _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let span = spans[index]
        if span.inScratch {
            return try scratch.withUnsafeBufferPointer { buffer throws(Failure) in
                try body(UnsafeBufferPointer(rebasing: buffer[span.start..<span.end]))
            }
        }
        return try bytes.withUnsafeBufferPointer { buffer throws(Failure) in
            try body(UnsafeBufferPointer(rebasing: buffer[span.start..<span.end]))
        }
    }

    /// Reads the next record; false at the end of the text.
    public mutating func nextRecord() throws(ImportError) -> Bool {
        guard position < bytes.count else {
            spans.removeAll(keepingCapacity: true)
            return false
        }
        // Work on locals and store them back, so the buffer can be read while they change.
        var spans = self.spans
        var scratch = self.scratch
        self.spans = []
        self.scratch = []
        spans.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
        recordLine = line
        var cursor = Cursor(position: position, line: line)
        defer {
            self.spans = spans
            self.scratch = scratch
        }
        try bytes.withUnsafeBufferPointer { buffer throws(ImportError) in
            try readRecord(buffer, cursor: &cursor, spans: &spans, scratch: &scratch)
        }
        position = cursor.position
        line = cursor.line
        return true
    }

    private struct Cursor {
        var position: Int
        var line: Int
    }

    private func readRecord(
        _ buffer: UnsafeBufferPointer<UInt8>, cursor: inout Cursor, spans: inout [Span], scratch: inout [UInt8]
    ) throws(ImportError) {
        let count = buffer.count
        let delimiter = self.delimiter
        var position = cursor.position
        var line = cursor.line
        defer {
            cursor.position = position
            cursor.line = line
        }
        while true {
            let column = spans.count + 1
            // After a trailing delimiter at the very end: one last empty field.
            if position >= count {
                spans.append(Span(start: count, end: count, line: line, inScratch: false))
                return
            }
            var probe = position
            if delimiter != CSVReader.space {
                while probe < count && buffer[probe] == CSVReader.space { probe += 1 }
            }
            if probe < count && buffer[probe] == CSVReader.quote {
                let openLine = line
                position = probe + 1
                var segmentStart = position
                var usesScratch = false
                let scratchStart = scratch.count
                // Jump from quote to quote (memchr: a 10 MB field is one call), counting line breaks between.
                while true {
                    guard let found = CSVReader.find(CSVReader.quote, in: buffer, from: position) else {
                        throw .unterminatedQuote(source: source, line: openLine, column: column)
                    }
                    line += CSVReader.lineBreaks(in: buffer, from: position, to: found)
                    position = found
                    if position + 1 < count && buffer[position + 1] == CSVReader.quote {
                        usesScratch = true
                        scratch.append(contentsOf: buffer[segmentStart...position])
                        position += 2
                        segmentStart = position
                        continue
                    }
                    break
                }
                if usesScratch {
                    scratch.append(contentsOf: buffer[segmentStart..<position])
                    spans.append(Span(start: scratchStart, end: scratch.count, line: openLine, inScratch: true))
                } else {
                    spans.append(Span(start: segmentStart, end: position, line: openLine, inScratch: false))
                }
                position += 1
                if delimiter != CSVReader.space {
                    while position < count && buffer[position] == CSVReader.space { position += 1 }
                }
                if position >= count { return }
                let next = buffer[position]
                if next != delimiter && next != CSVReader.lineFeed && next != CSVReader.carriageReturn {
                    var end = position
                    while end < count, buffer[end] != delimiter, buffer[end] != CSVReader.lineFeed,
                        buffer[end] != CSVReader.carriageReturn, end - position < 200
                    {
                        end += 1
                    }
                    let found = String(decoding: buffer[position..<end], as: UTF8.self)
                    throw .textAfterClosingQuote(source: source, line: line, column: column, found: found)
                }
            } else {
                let start = position
                position = CSVReader.skipPlain(buffer, from: position, delimiter: delimiter)
                while position < count {
                    let byte = buffer[position]
                    if byte == delimiter || byte == CSVReader.lineFeed || byte == CSVReader.carriageReturn
                        || byte == CSVReader.quote
                    {
                        break
                    }
                    position += 1
                }
                if position < count && buffer[position] == CSVReader.quote {
                    throw .strayQuote(source: source, line: line, column: column)
                }
                spans.append(Span(start: start, end: position, line: line, inScratch: false))
                if position >= count { return }
            }
            // `position` is at a delimiter or a line break.
            let terminator = buffer[position]
            position += 1
            if terminator == delimiter { continue }
            if terminator == CSVReader.carriageReturn && position < count && buffer[position] == CSVReader.lineFeed {
                position += 1
            }
            line += 1
            return
        }
    }
}

extension CSVReader {
    /// The index of the first `byte` in `buffer[start..<end]` (to the end of the buffer by default).
    static func find(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil) -> Int? {
        let end = min(end ?? buffer.count, buffer.count)
        guard start < end, let base = buffer.baseAddress,
            let hit = memchr(base + start, Int32(byte), end - start)
        else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }

    /// The index of the first delimiter, quote or line break at or after
    /// `start`, found 8 bytes at a time; stops at the last whole word, where
    /// the caller's byte loop takes over.
    @inline(__always)
    static func skipPlain(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8) -> Int {
        guard let base = buffer.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let delimiters = ones &* UInt64(delimiter)
        let quotes = ones &* UInt64(quote)
        let lineFeeds = ones &* UInt64(lineFeed)
        let returns = ones &* UInt64(carriageReturn)
        // A byte equal to the target turns into zero under XOR, and
        // `(v - ones) & ~v & highs` sets the high bit of zero bytes. The lowest
        // bit set is exact (a borrow can only mark bytes above a real zero),
        // so it gives the first special byte of the (little-endian) word.
        func zeros(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        var position = start
        while position + 8 <= buffer.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            let found = zeros(word ^ delimiters) | zeros(word ^ quotes) | zeros(word ^ lineFeeds) | zeros(word ^ returns)
            if found != 0 { return position + found.trailingZeroBitCount / 8 }
            position += 8
        }
        return position
    }

    /// Line breaks in `buffer[start..<end]`: LF, and CR not followed by LF.
    static func lineBreaks(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var breaks = 0
        for terminator in [lineFeed, carriageReturn] {
            var position = start
            while let found = find(terminator, in: buffer, from: position, to: end) {
                if terminator == lineFeed || found + 1 >= buffer.count || buffer[found + 1] != lineFeed { breaks += 1 }
                position = found + 1
            }
        }
        return breaks
    }
}

extension CSVReader {
    /// Every record of `bytes` with the line it starts on, fields as Strings;
    /// for small files (plans, lists) where convenience beats speed.
    public static func records(
        utf8 bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), source: String
    ) throws(ImportError) -> [(line: Int, fields: [String])] {
        var reader = CSVReader(utf8: bytes, delimiter: delimiter, source: source)
        var result: [(line: Int, fields: [String])] = []
        while try reader.nextRecord() {
            result.append((reader.recordLine, (0..<reader.fieldCount).map(reader.field)))
        }
        return result
    }
}
