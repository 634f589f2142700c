import SalesCoachKnowledgeFiles

@testable import SalesCoachCore

/// The bundled demo book, read with a small CSV reader of its own so these
/// tests do not depend on the importer.
enum DemoBook {
    static let customers: [Customer] = {
        let rows = parseCSV(EmbeddedDemoBook.csv)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().compactMap { row -> Customer? in
            var fields: [String: String] = [:]
            for (i, column) in header.enumerated() where i < row.count { fields[column] = row[i] }
            guard let name = fields["name"], !name.isEmpty else { return nil }
            var customer = Customer(name: name)
            for metric in Metric.allCases {
                if let text = fields[metric.rawValue], let value = Double(text) { customer[metric] = value }
            }
            customer.lastVisit = fields["last_visit"].flatMap { LocalDate(parsing: $0) }
            customer.rep = fields["rep"].flatMap { $0.isEmpty ? nil : $0 }
            customer.notes = fields["notes"].flatMap { $0.isEmpty ? nil : $0 }
            return customer
        }
    }()

    static let book: Book = (try? Book(customers)) ?? Book()
    static let classifications: [Classification] = Classifier().classify(customers)
    static let names: [String] = customers.map(\.name)

    /// The knowledge base as the program embeds it; a stand-in when it does not load
    /// (its own tests report why).
    static let knowledge: any GuidanceSource = (try? KnowledgeBase(files: EmbeddedKnowledge.files)) ?? StubGuidance()

    static func classification(_ name: String) -> Classification? { classifications.first { $0.name == name } }

    /// Splits CSV text into rows of fields; quoted fields may hold commas and doubled quotes.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars = chars.dropFirst() } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else if c != "\r" {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
