import Foundation
import ZIPFoundation

/// Workbooks made part by part, for the shapes a test needs that no
/// spreadsheet program writes on request: inline strings, phonetic guides,
/// escaped control characters, a part missing, a lying size.
enum WorkbookParts {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A ZIP archive of `parts` (name → text), deflated.
    static func archive(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return archive.data ?? Data()
    }

    /// A workbook with one sheet per `(name, sheetData rows XML)`, the given
    /// shared strings, and `workbookPr` attributes.
    static func workbook(
        sheets: [(String, String)], strings: [String] = [], workbookProperties: String = "", styles: String? = nil,
        hidden: Set<Int> = []
    ) throws -> Data {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", """
                <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """),
        ]
        let sheetList = sheets.enumerated().map { index, sheet in
            let state = hidden.contains(index) ? #" state="hidden""# : ""
            return #"<sheet name="\#(sheet.0)" sheetId="\#(index + 1)"\#(state) r:id="rId\#(index + 1)"/>"#
        }.joined()
        parts.append(("xl/workbook.xml", """
            <?xml version="1.0"?><workbook xmlns="\(main)" xmlns:r="\(relationships)"><workbookPr \(workbookProperties)/>\
            <sheets>\(sheetList)</sheets></workbook>
            """))
        var relations = sheets.indices.map {
            #"<Relationship Id="rId\#($0 + 1)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }
        relations.append(#"<Relationship Id="rS" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#)
        if styles != nil { relations.append(#"<Relationship Id="rT" Type="\#(relationships)/styles" Target="/xl/styles.xml"/>"#) }
        parts.append(("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(relations.joined())</Relationships>
            """))
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", #"<?xml version="1.0"?><worksheet xmlns="\#(main)"><sheetData>\#(sheet.1)</sheetData></worksheet>"#))
        }
        parts.append(("xl/sharedStrings.xml", #"<?xml version="1.0"?><sst xmlns="\#(main)">\#(strings.joined())</sst>"#))
        if let styles { parts.append(("xl/styles.xml", #"<?xml version="1.0"?><styleSheet xmlns="\#(main)">\#(styles)</styleSheet>"#)) }
        return try archive(parts)
    }

    /// A file of `Tests/Fixtures/xlsx/`.
    static func fixture(_ name: String) throws -> Data {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // …/Tests/SalesCoachSpreadsheetTests/Support/x.swift → Tests
        return try Data(contentsOf: url.appendingPathComponent("Fixtures/xlsx").appendingPathComponent(name))
    }
}
