import Testing

@testable import SalesCoachCore

/// What the program exports, `load` reads back: every CSV, in each encoding and both languages.
@Suite struct ExportRoundTripTests {
    static let customers = [
        Customer(
            name: "山田商事㈱", metrics: MetricValues([.companyRevenue: 1200.5, .employees: 320, .growth: -2.5, .orders: 14, .sales: 38, .profit: 9.25]),
            lastVisit: LocalDate(year: 2026, month: 3, day: 5), rep: "佐々木", notes: "来期に増額\n（要確認）"),
        Customer(
            name: "Acme, Inc.", metrics: MetricValues([.companyRevenue: 80, .employees: 45, .growth: 4, .orders: 3, .sales: 5, .profit: 1]),
            rep: "Okada"),
        Customer(name: "ｶﾌﾞｼｷｶﾞｲｼｬ髙橋", metrics: MetricValues([.companyRevenue: 400, .employees: 90, .orders: 7, .sales: 20, .profit: 4])),
        Customer(name: "=Formula Co", metrics: MetricValues([.employees: 10]), rep: "Okada", notes: "-note"),
    ]

    static let cases: [(OutputEncoding, Language)] = OutputEncoding.allCases.flatMap { e in Language.allCases.map { (e, $0) } }

    static func load(_ bytes: [UInt8], encoding: SourceEncoding = .automatic) throws -> ImportResult {
        try CustomerImporter.importCustomers(from: bytes, source: "export.csv", options: ImportOptions(encoding: encoding))
    }

    @Test("export → load gives the same customers and values", arguments: cases)
    func book(encoding: OutputEncoding, language: Language) throws {
        let text = ClassificationExport.bookCSV(Classifier().classify(Self.customers), language: language)
        let bytes = try encoding.encode(text)
        let result = try Self.load(bytes)
        #expect(result.customers == Self.customers)
        let detected: DetectedEncoding = switch encoding {
        case .utf8: .utf8
        case .utf8BOM: .utf8WithBOM
        case .cp932: .shiftJIS
        }
        #expect(result.encoding == detected)
        if encoding == .cp932 { #expect(try Self.load(bytes, encoding: .shiftJIS).customers == Self.customers) }
    }

    @Test("the customer writer's file loads back in either language", arguments: cases)
    func customerFile(encoding: OutputEncoding, language: Language) throws {
        let bytes = try encoding.encode(CustomerCSVWriter.csv(Self.customers, language: language))
        #expect(try Self.load(bytes).customers == Self.customers)
    }

    @Test("Japanese headers are the importer's names for the same fields")
    func japaneseHeaders() {
        for field in CustomerField.all {
            #expect(HeaderAliases.field(for: field.japaneseName) == field)
        }
        let header = String(decoding: ClassificationExport.csvHeader(perRep: true, language: .ja), as: UTF8.self)
        #expect(header == "担当者,顧客名,領域,客観的評価スコア,取り引き実績スコア,客観的評価,取り引き実績,境界付近,未分類の理由,最も近い移動\n")
        for column in header.dropLast().split(separator: ",").dropFirst(2) {
            #expect(HeaderAliases.field(for: String(column)) == nil, "\(column) must not be read as a customer field")
        }
    }
}
