import Testing

@testable import SalesCoachCore

/// Hostile and broken input the import tests (Tests/SalesCoachCoreTests/Import/)
/// do not already cover: a real binary file through the whole importer, file
/// text that must come back out of an export unchanged and harmless, and
/// cells whose value must survive being read, written and read again.
@Suite struct HostileInputTests {
    // MARK: Binary files

    /// The start of every PNG: signature, then the IHDR chunk (length 13, big-endian).
    static let pngStart: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        + Array("IHDR".utf8) + [0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0xC8, 0x08, 0x06, 0x00, 0x00, 0x00]

    @Test("a PNG image is refused as a binary file, whatever follows its header", arguments: 0..<20)
    func pngImage(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let bytes = Self.pngStart + (0..<Int.random(in: 0...4096, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        // The signature's first NUL: line 3 (after "\r\n" and "\u{1A}\n"), column 1, byte 8.
        #expect(ImportFixture.error(bytes) == .nulByte(source: "customers.csv", line: 3, column: 1, offset: 8))
        #expect(ImportFixture.error(bytes, options: ImportOptions(encoding: .utf8)) != nil)
        // Told it is Shift_JIS, the importer decodes first: noise stops it as undecodable,
        // a clean decode as binary (its NUL bytes).
        switch ImportFixture.error(bytes, options: ImportOptions(encoding: .shiftJIS)) {
        case .binaryFile?, .nulByte?, .undecodable(_, _, .shiftJIS)?: break
        case let other: Issue.record("PNG read as Shift_JIS: \(String(describing: other))")
        }
    }

    @Test("random bytes behind a PNG signature get a message naming the file, never a crash", arguments: 0..<40)
    func pngSignatureThenNoise(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        // No NUL bytes, so the importer has to look further than the first zero.
        let noise = (0..<Int.random(in: 1...2048, using: &random)).map { _ in UInt8.random(in: 1...255, using: &random) }
        let bytes = Array(Self.pngStart.prefix(8)) + noise
        for encoding in [SourceEncoding.automatic, .utf8, .shiftJIS, .utf16] {
            guard let error = ImportFixture.error(bytes, options: ImportOptions(encoding: encoding)) else {
                Issue.record("a PNG signature and noise imported as customers (\(encoding))")
                continue
            }
            #expect(error.description.hasPrefix("customers.csv"), "\(error)")
            #expect(!error.description.unicodeScalars.contains(where: Self.isTerminalControl), "\(error)")
        }
    }

    // MARK: Text that must come back out harmless

    /// Names and notes as hostile files carry them. Each must import as
    /// written, be written with formula cells neutralised, and read back the same.
    static let hostileTexts: [String] = [
        "\u{1B}[31mRed\u{1B}[0m Corp", "\u{1B}]8;;http://evil.example\u{1B}\\Click\u{1B}]8;;\u{1B}\\",
        "\u{1B}]0;new title\u{07}", "\u{202E}gnp.exe", "Zero\u{200B}Width\u{2060}Join", "\u{FEFF}BOM inside",
        "مرحبا شركة", "שלום בע\"מ", "🍣 Sushi 🍣", "👩‍👩‍👧 Family", "🇯🇵 Flag",
        "=HYPERLINK(\"http://evil.example\",\"click\")", "=1+2", "+81 3 1234", "-cmd|' /C calc'!A0", "@SUM(A1:A9)",
        "\tTabbed", "'already quoted", "a,b;c\td", "line\nbreak", "windows\r\nbreak", "comma,\u{301}mark", "quote \" inside", "\"\"", "   spaced   ",
        "\u{3000}全角\u{3000}", "ＡＢＣ", "ｶﾌﾞｼｷｶﾞｲｼｬ", "e\u{301}cole",
    ]

    /// Building blocks of random hostile text, CR and combining marks included.
    static let fragments: [String] = [
        "\u{1B}", "[", "]", "\u{07}", "\\", "\u{202E}", "\u{202D}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{FEFF}",
        "=", "+", "-", "@", "\t", "'", "\"", ",", ";", "\n", "\r", " ", "\u{3000}", "a", "Z", "9", ".", "ア", "漢", "ｶ",
        "🍣", "👩", "🏽", "\u{301}", "\u{FE0F}", "ش", "א",
    ]

    @Test("hostile names, reps and notes survive an export and a new import unchanged")
    func hostileTextRoundTrip() throws {
        // As a book holds them: trimmed, since the importer trims cell ends.
        let texts = Self.hostileTexts.map(\.trimmingWhitespace)
        let book = try Book(texts.enumerated().map { index, text in
            Customer(name: text, metrics: MetricValues([.sales: Double(index) - 3]), rep: text, notes: text)
        })
        let bytes = CustomerCSVWriter.bytes(book.customers)
        let imported = try CustomerImporter.importCustomers(from: bytes, source: "export.csv")
        #expect(imported.customers == book.customers)
        #expect(imported.lines.count == texts.count)
    }

    @Test("random hostile text survives CSVText.field, and no cell starts a formula", arguments: 0..<40)
    func randomFields(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let texts = (0..<30).map { _ in
            (0..<Int.random(in: 1...12, using: &random)).map { _ in
                Self.fragments.randomElement(using: &random) ?? ""
            }.joined()
        }
        let line = texts.map(CSVText.field).joined(separator: ",") + "\n"
        let records = try CSVReader.records(utf8: Array(line.utf8), source: "fields.csv")
        #expect(records.count == 1)
        let fields = records.first?.fields ?? []
        #expect(fields.count == texts.count)
        for (text, field) in zip(texts, fields) {
            if text.hasPrefix("\t") || text.hasPrefix("\r") || CSVText.startsLikeFormula(text) {
                #expect(field == "'" + text, "\(text.debugDescription)")
            } else {
                #expect(field == text, "\(text.debugDescription)")
            }
            if let first = field.unicodeScalars.first {
                #expect(!"=+-@\t\r".unicodeScalars.contains(first) || CSVText.isPlainNumber(field), "\(field.debugDescription)")
            }
        }
    }

    @Test("file text in warnings and errors cannot drive the terminal")
    func hostileMessages() throws {
        let header = "name,\u{1B}]0;pwn\u{07},\u{202E}revenue,sales,employees"
        let rows = "\"\u{1B}[2JAcme\",x,y,1,-5\n\"\u{202E}Beta\",x,y,2,-3\n"
        let result = try ImportFixture.run(header + "\n" + rows + "\"\u{1B}[2JACME\",x,y,3,-1\n", options: ImportOptions(duplicates: .merge))
        #expect(result.customers.count == 2)
        #expect(!result.warnings.isEmpty)
        for warning in result.warnings {
            #expect(!warning.description.unicodeScalars.contains(where: Self.isTerminalControl), "\(warning)")
        }
        let duplicate = try #require(ImportFixture.error(header + "\n" + rows + "\"\u{1B}[2JACME\",x,y,3,-1\n"))
        #expect(!duplicate.description.unicodeScalars.contains(where: Self.isTerminalControl), "\(duplicate)")
        let missing = try #require(ImportFixture.error("\u{1B}[31mid\u{202E},sales\n1,2\n"))
        #expect(!missing.description.unicodeScalars.contains(where: Self.isTerminalControl), "\(missing)")
    }

    // MARK: Cells whose value must survive

    @Test(
        "number cells read as their value and write back as plain numbers that read the same",
        arguments: [
            ("１，２３４", 1234.0, "1234"),  // unquoted: a full-width comma is no delimiter
            ("\"１，２３４\"", 1234, "1234"),
            ("12万", 120_000, "120000"),
            ("1.5億", 150_000_000, "150000000"),
            ("-0", 0, "0"),
            ("▲0", 0, "0"),
            ("\"▲1,234\"", -1234, "-1234"),
            ("1e300", 1e300, "1e+300"),
            ("1.7976931348623157e308", .greatestFiniteMagnitude, "1.7976931348623157e+308"),
            ("1e-400", 0, "0"),
            ("0.1", 0.1, "0.1"),
        ] as [(String, Double, String)])
    func numberCells(cell: String, value: Double, written: String) throws {
        let result = try ImportFixture.run("name,sales\nAcme,\(cell)\n")
        let read = try #require(result.customers.first?[.sales])
        #expect(read == value)
        #expect(read.sign == .plus || read != 0)
        let csv = CustomerCSVWriter.csv(result.customers)
        #expect(csv.split(separator: "\n").last == "Acme,,,,,\(written),,,,")
        let again = try CustomerImporter.importCustomers(from: Array(csv.utf8), source: "export.csv")
        #expect(again.customers == result.customers)
    }

    @Test("cells that are no number or no date fail the whole import at their line and column", arguments: [
        ("name,sales\nA,1\nB,NaN\n", "customers.csv, line 3, column 2 (sales)"),
        ("name,sales\nA,1\nB,-inf\n", "customers.csv, line 3, column 2 (sales)"),
        ("name,sales\nA,1\nB,\"1e309\"\n", "customers.csv, line 3, column 2 (sales)"),
        ("name,sales\nA,1\nB,9e307万\n", "customers.csv, line 3, column 2 (sales)"),
        ("name,last_visit\nA,2026-01-01\nB,２０２６／１３／４０\n", "customers.csv, line 3, column 2 (last_visit)"),
        ("name,last_visit\nA,2026-01-01\nB,0000-01-01\n", "customers.csv, line 3, column 2 (last_visit)"),
        ("name,last_visit\nA,2026-01-01\nB,99999-01-01\n", "customers.csv, line 3, column 2 (last_visit)"),
    ] as [(String, String)])
    func badCells(text: String, location: String) throws {
        let error = try #require(ImportFixture.error(text))
        #expect(error.description.hasPrefix(location + ": expected a "), "\(error)")
    }

    // MARK: Helpers

    /// C0 and C1 controls (tab included) and the bidi and zero-width controls
    /// that reorder or hide text on a terminal.
    static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    @Test("hostile customer names build the assistant's indexes, and questions naming them never crash", arguments: 0..<20)
    func hostileNamesForTheAssistant(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        // Fragments plus the pieces the romaji reader and the short forms work on.
        let pieces = Self.fragments + ["田中", "商事", "工業", "製作所", "ホールディングス", "っ", "ー", "ゃ", "株式会社", "(株)", "Inc.", "ō"]
        func text() -> String {
            (0..<Int.random(in: 1...8, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
        }
        var seen = Set<String>()
        var customers: [Customer] = []
        for index in 0..<40 {
            let name = text().trimmingWhitespace
            guard !name.isEmpty, seen.insert(Book.key(name)).inserted else { continue }
            customers.append(Customer(name: name, metrics: MetricValues([.sales: Double(index), .employees: Double(40 - index)])))
        }
        let data = AssistantData(classifications: Classifier().classify(customers), today: LocalDate(year: 2026, month: 11, day: 30)!)
        var context = ConversationContext()
        for customer in customers.prefix(10) {
            for question in ["why is \(customer.name) in C?", "\(customer.name)は？", text(), "and \(text())?"] {
                let answer = Assistant.answer(question, context: &context, data: data)
                #expect(!answer.lines.isEmpty, "\(question.debugDescription)")
            }
        }
    }
}
