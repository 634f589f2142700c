import Testing

@testable import SalesCoachCore

@Suite struct CustomerImporterTests {
    @Test("a canonical file becomes customers in file order with their lines")
    func canonical() throws {
        let result = try ImportFixture.run(
            """
            name,company_revenue,employees,growth,orders,sales,profit,last_visit,rep
            Acme,1100.04,2822,-3.5,34,101744,,2017-12-27,Daniell Hammack
            山田商事,12億,300,5%,3,1200万,240万,2026/3/5,佐藤

            """)
        #expect(result.customers.count == 2)
        let acme = result.customers[0]
        #expect(acme.name == "Acme")
        #expect(acme[.companyRevenue] == 1100.04)
        #expect(acme[.employees] == 2822)
        #expect(acme[.growth] == -3.5)
        #expect(acme[.orders] == 34)
        #expect(acme[.sales] == 101_744)
        #expect(acme[.profit] == nil)
        #expect(acme.lastVisit == LocalDate(year: 2017, month: 12, day: 27))
        #expect(acme.rep == "Daniell Hammack")
        let yamada = result.customers[1]
        #expect(yamada.name == "山田商事")
        #expect(yamada[.companyRevenue] == 1_200_000_000)
        #expect(yamada[.sales] == 12_000_000)
        #expect(yamada[.profit] == 2_400_000)
        #expect(yamada[.growth] == 5)
        #expect(result.lines == [2, 3])
        #expect(result.encoding == .utf8)
        #expect(result.warnings.isEmpty)
        #expect(result.ignoredColumns.isEmpty)
    }

    @Test("Japanese headers, any order, an ignored column reported")
    func japaneseHeaders() throws {
        let result = try ImportFixture.run(
            """
            担当者,業種,取引先名,売上高,従業員数,成長率,受注件数,取引額,粗利,最終訪問日,備考
            鈴木,製造,㈱テスト,"1,234",56,△2,7,"¥3,000",900,2026-01-10,"要フォロー, 来月"
            """)
        let customer = try #require(result.customers.first)
        #expect(customer.name == "㈱テスト")
        #expect(customer.rep == "鈴木")
        #expect(customer[.companyRevenue] == 1234)
        #expect(customer[.growth] == -2)
        #expect(customer[.sales] == 3000)
        #expect(customer.notes == "要フォロー, 来月")
        #expect(result.ignoredColumns == [ImportColumn(number: 2, header: "業種")])
        #expect(result.warnings.map(\.description) == ["customers.csv: ignored a column that matches no field: column 2 (業種)"])
    }

    @Test("an empty cell is missing, never zero")
    func emptyIsMissing() throws {
        let result = try ImportFixture.run("name,sales,profit,employees\nAcme,,0, \n")
        #expect(result.customers[0][.sales] == nil)
        #expect(result.customers[0][.profit] == 0)
        #expect(result.customers[0][.employees] == nil)
    }

    @Test("names and text are trimmed, quoted commas, quotes and line breaks kept")
    func quotedText() throws {
        let result = try ImportFixture.run(
            "name,notes\r\n\"  Smith, Jones & \"\"Co\"\"  \",\"first line\r\nsecond line\"\r\n\u{3000}全角空白\u{3000},x\r\n")
        #expect(result.customers.map(\.name) == ["Smith, Jones & \"Co\"", "全角空白"])
        #expect(result.customers[0].notes == "first line\r\nsecond line")
        #expect(result.lines == [2, 4])
    }

    @Test("Shift_JIS from Excel imports with its Japanese headers")
    func shiftJIS() throws {
        let result = try CustomerImporter.importCustomers(from: TextDecodingTests.excelShiftJIS, source: "a.csv")
        #expect(result.encoding == .shiftJIS)
        #expect(result.customers.map(\.name) == ["㈱山田製作所"])
        #expect(result.customers[0][.employees] == 120)
        #expect(result.customers[0][.sales] == 12_000)
        #expect(result.customers[0].rep == "佐藤")
        #expect(result.warnings.map(\.description) == ["a.csv: read as Shift_JIS (CP932)"])
    }

    @Test("Shift_JIS with every Japanese header alias, detected and named explicitly",
          arguments: [SourceEncoding.automatic, .shiftJIS])
    func shiftJISAliases(_ encoding: SourceEncoding) throws {
        let text = "会社名,売上高,従業員数,業績,受注数,当社売上,利益,最終訪問日,担当者,メモ\r\n"
            + "ｶﾌﾞｼｷｶﾞｲｼｬ①,１億,\"１，２３４\",▲1.5,3,12万,-5,2025年12月1日,高橋,～注意\r\n"
        let bytes = ImportFixture.shiftJIS(text)
        #expect(!bytes.isEmpty)
        let result = try CustomerImporter.importCustomers(
            from: bytes, source: "a.csv", options: ImportOptions(encoding: encoding))
        let customer = try #require(result.customers.first)
        #expect(customer.name == "ｶﾌﾞｼｷｶﾞｲｼｬ①")
        #expect(customer[.companyRevenue] == 100_000_000)
        #expect(customer[.employees] == 1234)
        #expect(customer[.growth] == -1.5)
        #expect(customer[.orders] == 3)
        #expect(customer[.sales] == 120_000)
        #expect(customer[.profit] == -5)
        #expect(customer.lastVisit == LocalDate(year: 2025, month: 12, day: 1))
        #expect(customer.rep == "高橋")
        #expect(customer.notes == "～注意")
    }

    @Test("UTF-16 with a BOM, tab-separated as Excel's Unicode text", arguments: [false, true])
    func utf16(bigEndian: Bool) throws {
        let bytes = ImportFixture.utf16("顧客名\t売上高\r\n𠮷野家\t1,200\r\n", bigEndian: bigEndian)
        let result = try CustomerImporter.importCustomers(from: bytes, source: "a.txt")
        #expect(result.customers.map(\.name) == ["𠮷野家"])
        #expect(result.customers[0][.companyRevenue] == 1200)
    }

    @Test("config aliases map any header")
    func configAliases() throws {
        let options = ImportOptions(headerAliases: ["取引先コード名": .name, "Umsatz": .metric(.companyRevenue)])
        let result = try ImportFixture.run("取引先コード名,umsatz\nX社,5\n", options: options)
        #expect(result.customers[0].name == "X社")
        #expect(result.customers[0][.companyRevenue] == 5)
    }

    @Test("blank lines, blank rows and trailing empty fields are skipped")
    func blanks() throws {
        let result = try ImportFixture.run("\n\nname,sales,\n\nAcme,1,\n,,\n  ,  ,\nBeta,2\n\n")
        #expect(result.customers.map(\.name) == ["Acme", "Beta"])
        #expect(result.lines == [5, 8])
    }

    @Test("an apostrophe our export put before a formula character is removed")
    func neutralisedCells() throws {
        let result = try ImportFixture.run("name,rep\n'=HYPERLINK(1),'@bob\n'plain,x\n")
        #expect(result.customers.map(\.name) == ["=HYPERLINK(1)", "'plain"])
        #expect(result.customers[0].rep == "@bob")
    }

    @Test("negative counts are imported with a warning")
    func negativeWarning() throws {
        let result = try ImportFixture.run("name,employees,growth\nAcme,-5,-5\n")
        #expect(result.customers[0][.employees] == -5)
        #expect(result.warnings.map(\.description) == ["customers.csv, line 2, column 2 (employees): negative value -5"])
    }

    @Test("warnings past the limit are counted, not listed")
    func warningLimit() throws {
        let rows = (1...30).map { "C\($0),-1" }.joined(separator: "\n")
        let result = try ImportFixture.run("name,orders\n" + rows)
        #expect(result.warnings.count == 21)
        #expect(result.warnings.last == .more(source: "customers.csv", count: 10))
    }

    @Test("a file with names only imports with a warning")
    func noMetrics() throws {
        let result = try ImportFixture.run("name\nAcme\n")
        #expect(result.warnings == [.noMetricColumns(source: "customers.csv")])
    }

    @Test("a blank-header column is reported only when it holds values")
    func unnamedColumns() throws {
        #expect(try ImportFixture.run("name,,sales\nA,,1\n").ignoredColumns == [])
        #expect(try ImportFixture.run("name,,sales\nA,x,1\n").ignoredColumns == [ImportColumn(number: 2, header: "")])
    }

    @Test("names with escapes, bidi and zero-width characters and emoji are kept as data")
    func hostileNames() throws {
        let names = ["\u{1B}[31mRed\u{1B}[0m", "\u{1B}]0;title\u{07}Co", "\u{202E}evil", "Zero\u{200B}Width", "🍣 Sushi 🍣"]
        let body = names.map { "\"\($0)\",1" }.joined(separator: "\n")
        let result = try ImportFixture.run("name,sales\n" + body)
        #expect(result.customers.map(\.name) == names)
    }
}
