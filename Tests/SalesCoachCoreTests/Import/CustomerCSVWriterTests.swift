import Testing

@testable import SalesCoachCore

@Suite struct CustomerCSVWriterTests {
    static let customers = [
        Customer(
            name: "Acme, Inc.", metrics: MetricValues([.companyRevenue: 1100.04, .employees: 2822, .growth: -3.5]),
            lastVisit: LocalDate(year: 2026, month: 3, day: 5), rep: "Ann", notes: "said \"maybe\"\nnext week"),
        Customer(name: "=HYPERLINK(\"http://x\",\"y\")", metrics: MetricValues([.sales: -5, .profit: 0]), rep: "@bob"),
        Customer(name: "山田商事", metrics: MetricValues([.sales: 1.5e20]), notes: "-note"),
        Customer(name: "+81 Holdings", notes: "'\tindent"),
    ]

    @Test("canonical header, quoting, empty cells for missing values, whole numbers without a point")
    func text() {
        let csv = CustomerCSVWriter.csv(Array(Self.customers.prefix(1)))
        #expect(csv == """
            name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep,notes
            "Acme, Inc.",1100.04,2822,-3.5,,,,2026-03-05,Ann,"said ""maybe""
            next week"

            """)
    }

    @Test("formula-looking cells get an apostrophe; plain negative numbers stay numbers")
    func neutralised() {
        let lines = CustomerCSVWriter.csv(Self.customers).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 7)
        #expect(lines[3] == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,,,,-5,0,,'@bob,")
        #expect(lines[4] == "山田商事,,,,,1.5e+20,,,,'-note")
        #expect(lines[5] == "'+81 Holdings,,,,,,,,,'\tindent")
    }

    @Test("what the writer writes, the importer reads back unchanged")
    func roundTrip() throws {
        let bytes = CustomerCSVWriter.bytes(Self.customers, byteOrderMark: true)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let result = try CustomerImporter.importCustomers(from: bytes, source: "export.csv")
        #expect(result.customers == Self.customers)
        #expect(result.encoding == .utf8WithBOM)
    }
}
