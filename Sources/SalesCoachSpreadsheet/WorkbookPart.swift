import Foundation

/// `xl/workbook.xml`: the sheets in tab order and the date system.
struct WorkbookPart {
    struct Sheet {
        var name: String
        /// The relationship id (`r:id`) that leads to the sheet's part.
        var relation: String
        /// Shown as a tab (`state` is neither `hidden` nor `veryHidden`).
        var isVisible = true
    }

    var sheets: [Sheet] = []
    var date1904 = false

    init(_ data: Data, part: String, source: String) throws(SpreadsheetError) {
        var sheets: [Sheet] = []
        var date1904 = false
        try XMLScanner.scan(data, part: part, source: source) { element, attributes in
            switch element {
            case "workbookPr": date1904 = attributes["date1904"] == "1" || attributes["date1904"] == "true"
            case "sheet":
                if let name = attributes["name"], let id = attributes["id"] {
                    sheets.append(Sheet(name: name, relation: id, isVisible: attributes["state"].map { $0 == "visible" } ?? true))
                }
            default: break
            }
        }
        self.sheets = sheets
        self.date1904 = date1904
    }
}
