import Foundation
import Testing

@testable import SalesCoachCore

/// The public data sets in ../shared/data, read as a user would. Skipped,
/// with a note, where that folder is not next to the repository.
@Suite struct RealDataImportTests {
    private func load(_ path: String, options: ImportOptions = ImportOptions()) throws -> ImportResult? {
        guard let url = ImportFixture.sharedData(path) else {
            print("note: ../shared/data/\(path) not found next to the repository; skipping this check")
            return nil
        }
        let data = try Data(contentsOf: url)
        return try CustomerImporter.importCustomers(from: data, source: url.lastPathComponent, options: options)
    }

    @Test("the CRM export: 85 accounts, growth and profit missing, not zero")
    func crmCanonical() throws {
        guard let result = try load("crm-sales-opportunities/canonical.csv") else { return }
        #expect(result.customers.count == 85)
        #expect(result.warnings.isEmpty)
        let acme = try #require(result.customers.first)
        #expect(acme.name == "Acme Corporation")
        #expect(acme[.companyRevenue] == 1100.04)
        #expect(acme[.employees] == 2822)
        #expect(acme[.growth] == nil)
        #expect(acme[.orders] == 34)
        #expect(acme[.sales] == 101_744)
        #expect(acme[.profit] == nil)
        #expect(acme.lastVisit == LocalDate(year: 2017, month: 12, day: 27))
        #expect(acme.rep == "Daniell Hammack")
        #expect(result.customers.allSatisfy { $0[.growth] == nil && $0[.profit] == nil })
        #expect(try Book(result.customers).count == 85)
    }

    @Test("the per-rep export is refused by name, read per rep, and merged on request")
    func crmByRep() throws {
        let path = "crm-sales-opportunities/canonical_by_rep.csv"
        guard let perRep = try load(path, options: ImportOptions(duplicateScope: .repAndName)) else { return }
        #expect(perRep.customers.count == 1259)
        #expect(Set(perRep.customers.compactMap(\.rep)).count == 30)
        #expect(perRep.merges.isEmpty)

        #expect(throws: ImportError.self) { try load(path) }

        let merged = try #require(try load(path, options: ImportOptions(duplicates: .merge)))
        #expect(merged.customers.count == 85)
        #expect(merged.merges.count == 85)
        // An account's sales over its reps add up to the single-row export's figure.
        let single = try #require(try load("crm-sales-opportunities/canonical.csv"))
        let totals = Dictionary(uniqueKeysWithValues: single.customers.map { ($0.name, $0[.sales]) })
        for customer in merged.customers {
            #expect(customer[.sales] == totals[customer.name] ?? nil, "\(customer.name)")
        }
    }

    @Test("the Fortune Global 500 with synthetic transactions: negative growth, no visits")
    func fortune() throws {
        guard let result = try load("fortune-global-500-2017/canonical_synthetic_tx.csv") else { return }
        #expect(result.customers.count == 500)
        let walmart = try #require(result.customers.first)
        #expect(walmart.name == "Walmart")
        #expect(walmart[.employees] == 2_300_000)
        #expect(walmart[.growth] == 0.8)
        #expect(result.customers[2][.growth] == -9.1)
        #expect(result.customers.allSatisfy { $0.lastVisit == nil && $0.rep == nil })
    }
}
