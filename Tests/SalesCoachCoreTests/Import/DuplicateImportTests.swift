import Testing

@testable import SalesCoachCore

@Suite struct DuplicateImportTests {
    static let text = """
        name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep,notes
        Acme,1000,50,,2,100,10,2026-01-05,,
        Beta,500,20,1,1,50,5,2026-01-01,Bob,b
        ACME,1000,60,3,3,,7,2026-02-01,Ann,call back
        Ａｃｍｅ,,,,1,25,,2025-12-01,Cid,
        """

    @Test("merging sums transactions, keeps company facts from the first row, takes the latest visit")
    func merge() throws {
        let result = try ImportFixture.run(Self.text, options: ImportOptions(duplicates: .merge))
        #expect(result.customers.map(\.name) == ["Acme", "Beta"])
        let acme = result.customers[0]
        #expect(acme[.orders] == 6)
        #expect(acme[.sales] == 125)
        #expect(acme[.profit] == 17)
        #expect(acme[.companyRevenue] == 1000)
        #expect(acme[.employees] == 50)
        #expect(acme[.growth] == 3)
        #expect(acme.lastVisit == LocalDate(year: 2026, month: 2, day: 1))
        #expect(acme.rep == "Ann")
        #expect(acme.notes == "call back")
        #expect(result.merges == [MergedDuplicate(name: "Acme", rep: nil, lines: [2, 4, 5])])
        #expect(result.sourceLines(ofCustomerAt: 0) == [2, 4, 5])
        #expect(result.sourceLines(ofCustomerAt: 1) == [3])
        #expect(result.warnings.map(\.description) == [
            "customers.csv: merged 1 duplicate customer: 'Acme' on lines 2, 4, 5",
            "customers.csv, line 4: employees of 'Acme' is 60 here but 50 on line 2; kept 50",
        ])
    }

    @Test("by default a duplicate fails the import, naming both lines")
    func reject() {
        let error = ImportFixture.error(Self.text)
        #expect(error == .duplicateName(
            source: "customers.csv", line: 4, name: "ACME", firstLine: 2, firstName: "Acme", rep: nil))
    }

    @Test("per rep, the same company under two reps is two customers")
    func perRep() throws {
        let text = "name,rep,sales\nAcme,Ann,1\nAcme,Bob,2\nBeta,Ann,3\nacme,ann,4\n"
        let result = try ImportFixture.run(text, options: ImportOptions(duplicates: .merge, duplicateScope: .repAndName))
        #expect(result.customers.map(\.name) == ["Acme", "Acme", "Beta"])
        #expect(result.customers.map(\.rep) == ["Ann", "Bob", "Ann"])
        #expect(result.customers.map { $0[.sales] } == [5, 2, 3])
        #expect(result.merges == [MergedDuplicate(name: "Acme", rep: "Ann", lines: [2, 5])])
    }

    @Test("merged customers form a valid book")
    func mergedBook() throws {
        let result = try ImportFixture.run(Self.text, options: ImportOptions(duplicates: .merge))
        let book = try Book(result.customers)
        #expect(book.count == 2)
    }
}
