import Foundation
import SalesCoachCore
import ZIPFoundation

/// Writes tables as an Excel workbook (`.xlsx`) that opens without an
/// import dialog: numbers as number cells at full precision (shown as the
/// column's format says), dates as date cells, text as shared strings,
/// a bold header row frozen at the top, and columns as wide as their text.
///
/// Text cells are never formulas in a workbook, so unlike a CSV no cell
/// needs an apostrophe in front; characters XML cannot hold are written as
/// Excel writes them (`_x001B_`).
///
/// ```swift
/// let data = try XLSXWriter.workbook([TeamReport.table(in: .ja)])
/// ```
public enum XLSXWriter {
    /// The workbook's bytes: one sheet per table, in order.
    public static func workbook(_ tables: [ExportTable]) throws(SpreadsheetError) -> Data {
        var strings = SharedStringTable()
        let sheets = tables.map { WorksheetXML.render($0, strings: &strings) }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets: sheets.count)),
            ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
            ("xl/workbook.xml", workbookXML(tables.map(\.name))),
            (
                "xl/_rels/workbook.xml.rels",
                relationships(
                    sheets.indices.map { ("rId\($0 + 1)", "worksheet", "worksheets/sheet\($0 + 1).xml") }
                        + [("rIdS", "styles", "styles.xml"), ("rIdT", "sharedStrings", "sharedStrings.xml")])
            ),
            ("xl/styles.xml", WorksheetXML.styles),
            ("xl/sharedStrings.xml", strings.xml),
        ]
        parts += sheets.enumerated().map { ("xl/worksheets/sheet\($0 + 1).xml", $1) }
        do {
            let archive = try Archive(accessMode: .create)
            // A fixed time: the same tables give the same bytes.
            let stamp = Date(timeIntervalSince1970: 1_577_836_800)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                    compressionMethod: .deflate
                ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
            }
            guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
            return data
        } catch {
            throw .damaged(source: "xlsx", detail: .notPacked("\(error)"))
        }
    }

    static let packageRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    static func contentTypes(sheets: Int) -> String {
        let main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var overrides = [
            ("/xl/workbook.xml", "\(main).sheet.main+xml"), ("/xl/styles.xml", "\(main).styles+xml"),
            ("/xl/sharedStrings.xml", "\(main).sharedStrings+xml"),
        ]
        overrides += (0..<sheets).map { $0 + 1 }.map { ("/xl/worksheets/sheet\($0).xml", "\(main).worksheet+xml") }
        return header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + overrides.map { #"<Override PartName="\#($0.0)" ContentType="\#($0.1)"/>"# }.joined() + "</Types>"
    }

    static func relationships(_ items: [(id: String, type: String, target: String)]) -> String {
        header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + items.map { #"<Relationship Id="\#($0.id)" Type="\#(packageRelationships)/\#($0.type)" Target="\#($0.target)"/>"# }
                .joined()
            + "</Relationships>"
    }

    static func workbookXML(_ names: [String]) -> String {
        var used = Set<String>()
        let sheets = names.enumerated().map { index, name in
            #"<sheet name="\#(WorksheetXML.escaped(sheetName(name, index: index, used: &used)))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return header
            + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="\#(packageRelationships)">"#
            + "<workbookPr/><bookViews><workbookView/></bookViews><sheets>" + sheets.joined() + "</sheets></workbook>"
    }

    /// A name Excel accepts on a tab: at most 31 characters, none of `[]:*?/\`,
    /// not empty, and unique in the workbook.
    static func sheetName(_ name: String, index: Int, used: inout Set<String>) -> String {
        var clean = String(name.filter { !"[]:*?/\\".contains($0) && !$0.isNewline }.prefix(31))
        if clean.trimmingCharacters(in: .whitespaces).isEmpty { clean = "Sheet\(index + 1)" }
        var candidate = clean
        var number = 2
        while used.contains(candidate.lowercased()) {
            candidate = String(clean.prefix(28)) + " (\(number))"
            number += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }
}

/// The workbook's shared strings: each distinct text once, cells point to it by index.
struct SharedStringTable {
    private var index: [String: Int] = [:]
    private var strings: [String] = []

    mutating func id(of text: String) -> Int {
        if let found = index[text] { return found }
        index[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    var xml: String {
        var out = XLSXWriter.header
            + #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(strings.count)" uniqueCount="\#(strings.count)">"#
        for text in strings { out += #"<si><t xml:space="preserve">"# + WorksheetXML.escaped(text) + "</t></si>" }
        return out + "</sst>"
    }
}
