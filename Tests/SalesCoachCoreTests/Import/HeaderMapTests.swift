import Testing

@testable import SalesCoachCore

@Suite struct HeaderMapTests {
    private func field(_ header: String, extra: [String: CustomerField] = [:]) -> CustomerField? {
        HeaderAliases.field(for: header, extra: extra)
    }

    @Test(
        "the headers CRMs and Excel exports carry",
        arguments: [
            ("name", CustomerField.name), ("顧客名", .name), ("会社名", .name), ("取引先名", .name),
            ("company", .name), ("Customer", .name), ("Account Name", .name), ("得意先名", .name),
            ("company_revenue", .metric(.companyRevenue)), ("売上高", .metric(.companyRevenue)),
            ("Revenue", .metric(.companyRevenue)), ("年商", .metric(.companyRevenue)),
            ("employees", .metric(.employees)), ("従業員数", .metric(.employees)), ("Headcount", .metric(.employees)),
            ("growth", .metric(.growth)), ("成長率", .metric(.growth)), ("業績", .metric(.growth)),
            ("orders", .metric(.orders)), ("受注件数", .metric(.orders)), ("受注数", .metric(.orders)),
            ("won_deals", .metric(.orders)),
            ("sales", .metric(.sales)), ("当社売上", .metric(.sales)), ("取引額", .metric(.sales)),
            ("our_sales", .metric(.sales)),
            ("profit", .metric(.profit)), ("粗利", .metric(.profit)), ("利益", .metric(.profit)),
            ("gross_profit", .metric(.profit)),
            ("last_visit", .lastVisit), ("last visit", .lastVisit), ("Last-Visit", .lastVisit),
            ("最終訪問日", .lastVisit),
            ("rep", .rep), ("担当者", .rep), ("Owner", .rep), ("sales rep", .rep),
            ("notes", .notes), ("備考", .notes), ("メモ", .notes), ("memo", .notes),
        ])
    func knownHeader(_ header: String, _ expected: CustomerField) {
        #expect(field(header) == expected)
    }

    @Test("every built-in alias maps to its field in any case, width and spacing")
    func everyAlias() {
        for (alias, expected) in HeaderAliases.builtIn {
            #expect(field(alias) == expected, "\(alias)")
            #expect(field("  " + alias.uppercased() + " ") == expected, "\(alias) upper-cased and padded")
            #expect(field(alias.replacingOccurrences(of: " ", with: "_")) == expected, "\(alias) with underscores")
        }
    }

    @Test(
        "case, width, spacing, a BOM and a unit in brackets do not matter",
        arguments: [
            ("NAME", CustomerField.name), ("\u{FEFF}name", .name), ("ｎａｍｅ", .name), (" Name ", .name),
            ("Company_Revenue", .metric(.companyRevenue)), ("売上高（百万円）", .metric(.companyRevenue)),
            ("Revenue (USD)", .metric(.companyRevenue)), ("粗利[円]", .metric(.profit)),
            ("LastVisit", .lastVisit), ("従業員数【人】", .metric(.employees)),
        ])
    func forgiving(_ header: String, _ expected: CustomerField) {
        #expect(field(header) == expected)
    }

    @Test("unknown headers map to nothing", arguments: ["industry", "売上", "", "id", "No."])
    func unknown(_ header: String) {
        #expect(field(header) == nil)
    }

    @Test("the config file's aliases add names and win over built-in ones")
    func extraAliases() {
        let extra: [String: CustomerField] = ["取引先コード名": .name, "Umsatz": .metric(.companyRevenue), "メモ": .rep]
        #expect(field("取引先コード名", extra: extra) == .name)
        #expect(field("umsatz", extra: extra) == .metric(.companyRevenue))
        #expect(field("メモ", extra: extra) == .rep)
    }

    @Test("columns in any order, unknown ones listed as ignored")
    func map() throws {
        let map = try HeaderMap(headers: ["industry", "Sales", "顧客名", "", "担当者"], source: "a.csv")
        #expect(map.index(of: .name) == 2)
        #expect(map.index(of: .metric(.sales)) == 1)
        #expect(map.index(of: .rep) == 4)
        #expect(map.index(of: .metric(.profit)) == nil)
        #expect(map.ignored == [ImportColumn(number: 1, header: "industry"), ImportColumn(number: 4, header: "")])
        #expect(map.fields == [.name, .metric(.sales), .rep])
    }

    @Test("two columns for one field is an error naming both")
    func ambiguous() {
        let expected = ImportError.ambiguousColumns(
            source: "a.csv", line: 1, field: .name,
            first: ImportColumn(number: 1, header: "会社名"), second: ImportColumn(number: 3, header: "customer"))
        #expect(throws: expected) { try HeaderMap(headers: ["会社名", "sales", "customer"], source: "a.csv") }
        #expect(expected.description
            == "a.csv, line 1: column 1 (会社名) and column 3 (customer) both mean name; keep one of them, "
            + "or map the other to another field in the config file's [columns] section")
    }

    @Test("a config alias that collides with a built-in column is also an error")
    func ambiguousWithConfig() {
        #expect(throws: ImportError.self) {
            try HeaderMap(headers: ["name", "code"], extraAliases: ["code": .name], source: "a.csv")
        }
    }
}
