import Foundation
import Testing

@testable import SalesCoachCore

/// The account exports of Salesforce (English and Japanese), HubSpot, Zoho
/// CRM and Pipedrive, read as they come: `Tests/Fixtures/crm-exports/`, invented companies.
@Suite struct CRMExportTests {
    private func load(_ name: String, options: ImportOptions = ImportOptions()) throws -> ImportResult {
        let url = ImportFixture.fixture("crm-exports/\(name)")
        return try CustomerImporter.importCustomers(from: Data(contentsOf: url), source: name, options: options)
    }

    @Test(
        "each CRM's field names map to the fields",
        arguments: [
            ("salesforce-accounts-en.csv", ["Account Name", "Annual Revenue", "Employees", "Last Activity", "Account Owner"]),
            ("salesforce-accounts-ja.csv", ["取引先名", "年間売上", "従業員数", "最終活動日", "取引先 所有者"]),
            ("hubspot-companies.csv", ["Company name", "Annual Revenue", "Number of Employees", "Last Activity Date", "Company owner"]),
            ("zoho-accounts.csv", ["Account Name", "Annual Revenue", "Employees", "Last Activity Time", "Account Owner"]),
            ("pipedrive-organizations.csv", [
                "Organization - Name", "Organization - Annual revenue", "Organization - Number of employees",
                "Organization - Last activity date", "Organization - Owner",
            ]),
        ])
    func headers(_ file: String, _ expected: [String]) throws {
        let result = try load(file)
        let fields: [CustomerField] = [.name, .metric(.companyRevenue), .metric(.employees), .lastVisit, .rep]
        #expect(fields.map { result.header.column(of: $0)?.header } == expected)
    }

    @Test("Salesforce (US): M/D/YYYY dates read month first as the file shows, the footer skipped")
    func salesforceEnglish() throws {
        let result = try load("salesforce-accounts-en.csv")
        #expect(result.customers.map(\.name) == [
            "Harborline Freight", "Quillmere Textiles", "Brackenfield Labs", "Ostrava Tooling", "Pellucid Energy",
        ])
        #expect(result.customers[0].lastVisit == LocalDate(year: 2025, month: 12, day: 27))
        #expect(result.customers[1].lastVisit == LocalDate(year: 2026, month: 3, day: 4))
        #expect(result.customers[0][.companyRevenue] == 48_000_000)
        #expect(result.customers[0].rep == "Jane Okafor")
        #expect(result.dateOrder?.line == 2)
        #expect(result.footer == SkippedFooter(
            firstLine: 8, lastLine: 11, text: "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."))
        let notes = ImportNote.notes(for: result).map { $0.text(in: .en) }
        #expect(notes == [
            "dates in column 8 (Last Activity) read as month/day/year, as line 2 shows ('12/27/2025'); --date-format names the order instead",
            "skipped the report footer on lines 8–11 ('Copyright (c) 2000-2026 salesforce.com, inc. All r…')",
            "objective evaluation rests on company revenue and employees only: no growth column",
            "no transaction record column (orders, our sales or our profit): every customer will be unclassified until one is added",
        ])
    }

    @Test("Salesforce (Japanese): the labels, year-first dates and the Japanese footer")
    func salesforceJapanese() throws {
        let result = try load("salesforce-accounts-ja.csv")
        #expect(result.customers.count == 4)
        #expect(result.customers[0].name == "株式会社みなと精機")
        #expect(result.customers[0].rep == "佐藤 健")
        #expect(result.customers[0].lastVisit == LocalDate(year: 2026, month: 11, day: 20))
        #expect(result.footer?.firstLine == 7)
        #expect(result.footer?.lastLine == 10)
        #expect(result.dateOrder == nil)
        let notes = ImportNote.notes(for: result).map { $0.text(in: .ja) }
        #expect(notes.contains("客観的評価は売上高・従業員数だけで判断します（成長率の列がありません）"))
    }

    @Test("HubSpot and Zoho: date-times keep their day")
    func hubSpotAndZoho() throws {
        let hubSpot = try load("hubspot-companies.csv")
        #expect(hubSpot.customers.map { $0.lastVisit?.description ?? "-" } == ["2026-11-20", "2026-10-05", "-", "2026-08-31"])
        #expect(hubSpot.customers[1].name == "Gantry & Sons Roofing")
        #expect(hubSpot.customers[2].rep == "Owen Achebe")
        let zoho = try load("zoho-accounts.csv")
        #expect(zoho.customers.map { $0.lastVisit?.description ?? "-" } == ["2026-11-20", "2026-09-01", "-", "2026-10-17"])
        #expect(zoho.footer == nil)
    }

    @Test("a last customer called Salesforce.com is a customer, not a footer")
    func customerNamedLikeAFooter() throws {
        let result = try ImportFixture.run("name,employees,sales\nAcme,10,1\nSalesforce.com,,\n")
        #expect(result.customers.map(\.name) == ["Acme", "Salesforce.com"])
        #expect(result.footer == nil)
    }

    @Test("a footer line alone after the rows, without a blank line before it")
    func footerWithoutBlankLine() throws {
        let result = try ImportFixture.run("name,employees,sales\r\nAcme,10,1\r\n\"Confidential Information - Do Not Distribute\"\r\n")
        #expect(result.customers.map(\.name) == ["Acme"])
        #expect(result.footer?.firstLine == 3)
        #expect(result.footer?.lastLine == 3)
    }
}
