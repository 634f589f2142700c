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
    public static func importCustomers(
        from bytes: [UInt8], source: String, options: ImportOptions = ImportOptions()
    ) throws(ImportError) -> ImportResult {
        let decoded = try TextDecoding.decode(bytes, encoding: options.encoding, source: source)
        return try importCustomers(decoded: decoded, source: source, options: options)
    }

    /// The same for `Data`.
    public static func importCustomers(
        from data: Data, source: String, options: ImportOptions = ImportOptions()
    ) throws(ImportError) -> ImportResult {
        try importCustomers(from: [UInt8](data), source: source, options: options)
    }

    static func importCustomers(
        decoded: TextDecoding.Decoded, source: String, options: ImportOptions
    ) throws(ImportError) -> ImportResult {
        let text = decoded.utf8
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

        var builder = Builder(source: source, header: header, options: options, expectedRows: lineCount(text))
        do throws(ImportError) {
            while try reader.nextRecord() {
                if reader.isBlankRecord { continue }
                try builder.add(reader)
            }
        } catch {
            // A duplicate on an earlier line is the first problem in the file.
            try builder.throwEarlierDuplicate()
            throw error
        }
        guard !builder.customers.isEmpty else { throw .noCustomerRows(source: source) }
        return try builder.finish(encoding: decoded.encoding)
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
