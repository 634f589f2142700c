import Foundation
import SalesCoachCore

/// Reads a worksheet of an Excel workbook (`.xlsx`, Office Open XML) from
/// the file's bytes into a `SheetTable`, which the customer importer reads
/// as it reads a CSV.
///
/// Cells come typed as the workbook stores them: shared and inline strings
/// (rich text joined, the phonetic guide of Japanese text left out), numbers,
/// booleans, error values as their text (`#N/A`), and numbers whose format
/// is a date (formats 14–22, the East Asian date formats, and any custom
/// format with a year or day in it) as days in the workbook's date system
/// (1900, or 1904 when `workbookPr date1904` says so). Cells may skip
/// columns (`r="C5"`) and rows may be missing.
///
/// ```swift
/// let workbook = try XLSXReader.read(data, sheet: nil, source: "customers.xlsx")
/// let result = try CustomerImporter.importCustomers(
///     sheet: workbook.sheet, date1904: workbook.date1904, source: "customers.xlsx")
/// ```
public enum XLSXReader {
    /// The sheet read, and what the workbook says about it.
    public struct Workbook: Sendable {
        public var sheet: SheetTable
        /// The names of all the workbook's sheets, in tab order.
        public var sheetNames: [String]
        /// Serial days count from 1904-01-01 rather than 1900.
        public var date1904: Bool
    }

    /// Whether `bytes` start as a ZIP archive does: a workbook, or another
    /// archive the reader names as such.
    public static func looksLikeArchive(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// Reads sheet `sheet` (nil: the first that is not hidden) of the workbook in `data`.
    ///
    /// - Parameter source: the file name as the user gave it, for messages.
    /// - Throws: `SpreadsheetError`: not a workbook (with what it is
    ///   instead), damaged, too large, or no such sheet (with the sheets there are).
    public static func read(_ data: Data, sheet wanted: String?, source: String) throws(SpreadsheetError) -> Workbook {
        try read(data, sheet: wanted, source: source, limits: .standard)
    }

    /// `read` with the limits on what the parts may unpack to (tests lower them).
    static func read(
        _ data: Data, sheet wanted: String?, source: String, limits: WorkbookArchive.Limits
    ) throws(SpreadsheetError) -> Workbook {
        guard looksLikeArchive(data) else { throw .notAWorkbook(source: source, kind: kind(of: data)) }
        var archive = try WorkbookArchive(data, source: source, limits: limits)
        let rootRelations = try relations(of: "", in: &archive)
        let workbookPath = rootRelations.values.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard let workbookXML = try archive.part(workbookPath) else {
            if archive.contains("mimetype") || archive.contains("content.xml") { throw .notAWorkbook(source: source, kind: .openDocument) }
            if workbookPath.hasSuffix(".bin") || archive.contains("xl/workbook.bin") {
                throw .notAWorkbook(source: source, kind: .binaryWorkbook)
            }
            throw .notAWorkbook(source: source, kind: .otherArchive)
        }
        let book = try WorkbookPart(workbookXML, part: workbookPath, source: source)
        let related = try relations(of: workbookPath, in: &archive)
        guard !book.sheets.isEmpty else { throw .noSheets(source: source) }
        let names = book.sheets.map(\.name)
        let chosen: WorkbookPart.Sheet
        if let wanted {
            let folded = wanted.lowercased()
            guard let found = book.sheets.first(where: { $0.name == wanted })
                ?? book.sheets.first(where: { $0.name.lowercased() == folded })
            else { throw .noSuchSheet(source: source, sheet: wanted, available: names) }
            chosen = found
        } else {
            // The first tab a person sees: a hidden sheet (lookup tables, macros' scratch) is never the default.
            chosen = book.sheets.first(where: \.isVisible) ?? book.sheets[0]
        }
        guard let relation = related[chosen.relation] else {
            throw .damaged(source: source, detail: .sheetWithoutPart(sheet: SpreadsheetError.snippet(chosen.name)))
        }
        guard relation.type.hasSuffix("/worksheet") else { throw .notAWorksheet(source: source, sheet: chosen.name) }
        let stylesPath = related.values.first { $0.type.hasSuffix("/styles") }?.target
        let stringsPath = related.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
        let formats = try stylesPath.flatMap { path throws(SpreadsheetError) in try archive.part(path).map { ($0, path) } }
            .map { data, path throws(SpreadsheetError) in try CellFormats(data, part: path, source: source) } ?? CellFormats()
        let strings = try stringsPath.flatMap { path throws(SpreadsheetError) in try archive.part(path).map { ($0, path) } }
            .map { data, path throws(SpreadsheetError) in try SharedStrings.read(data, part: path, source: source) } ?? []
        guard let sheetXML = try archive.part(relation.target) else {
            throw .damaged(source: source, detail: .missingPart(relation.target))
        }
        let rows = try WorksheetPart.rows(
            sheetXML, part: relation.target, source: source, strings: strings, formats: formats, date1904: book.date1904)
        return Workbook(sheet: SheetTable(name: chosen.name, rows: rows), sheetNames: names, date1904: book.date1904)
    }

    /// What a file that is not a ZIP archive looks like.
    static func kind(of data: Data) -> SpreadsheetError.FileKind {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .legacyExcel }
        let head = data.prefix(4096)
        // Text in any of the encodings a CSV comes in: no control bytes but tab and line breaks.
        if !head.isEmpty, head.allSatisfy({ $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .text }
        return .unknown
    }

    /// A relationship of a part: its type (a URI) and the part it points to.
    struct Relation {
        var type: String
        var target: String
    }

    /// The relationships of `part` (`""`: the package's own), by id, with
    /// targets resolved to part names inside the archive.
    static func relations(of part: String, in archive: inout WorkbookArchive) throws(SpreadsheetError) -> [String: Relation] {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let path = (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
        guard let data = try archive.part(path) else { return [:] }
        var found: [String: Relation] = [:]
        try XMLScanner.scan(data, part: path, source: archive.source) { element, attributes in
            guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                attributes["TargetMode"] != "External"
            else { return }
            found[id] = Relation(type: attributes["Type"] ?? "", target: resolve(target, from: folder))
        }
        return found
    }

    /// A relationship target as a part name: relative to `folder`, or from
    /// the package root when it starts with `/`; `..` steps up but never out.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }
}
