import Testing

@testable import SalesCoachCore

/// Inputs the fuzz targets (fuzz/) and the property tests found problems
/// with, as bytes, each with what must hold once the problem is fixed. The
/// same inputs are in fuzz/regressions/ for `fuzz/run.sh replay`.
///
/// A problem found and not yet fixed goes in as a disabled test that names
/// the code at fault; the fix enables it.
@Suite struct FuzzRegressionTests {
    /// Imports `bytes`, writes the customers as the canonical CSV and reads
    /// that back: the customers must come back unchanged.
    static func expectExportRoundTrip(_ bytes: [UInt8], options: ImportOptions = ImportOptions()) throws {
        let imported = try CustomerImporter.importCustomers(from: bytes, source: "fuzz.csv", options: options)
        let book = try Book(imported.customers)
        let written = CustomerCSVWriter.bytes(book.customers)
        let again = try CustomerImporter.importCustomers(from: written, source: "export.csv")
        #expect(again.customers == book.customers)
    }

    // MARK: Export (Export/CSVText.swift, Export/CustomerCSVWriter.swift)

    @Test("a CRLF inside a quoted field is quoted again on export")
    func crlfInField() throws {
        // fuzz/regressions/CSVImport-crlf-in-quoted-field-breaks-export.csv
        try Self.expectExportRoundTrip(Array("name,notes\nAcme,\"first line\r\nsecond line\"\n".utf8))
    }

    @Test(
        "a comma joined with a combining mark or an emoji modifier is quoted on export",
        arguments: [
            // fuzz/regressions/CSVImport-comma-before-combining-mark-breaks-export.csv
            [0x6E, 0x61, 0x6D, 0x65, 0x0A, 0x22, 0x61, 0x2C, 0xCC, 0x81, 0x62, 0x22, 0x0A],
            // Found by HostileInputTests.randomFields.
            Array("name\n\"a,🏽b\"\n".utf8),
            Array("name\n\"a\r\n\u{301}b\"\n".utf8),
        ] as [[UInt8]])
    func combiningMarkAfterComma(bytes: [UInt8]) throws {
        try Self.expectExportRoundTrip(bytes)
    }

    @Test(
        "a quote joined with a combining mark is doubled on export",
        arguments: [
            // fuzz/regressions/CSVImport-quote-before-combining-mark-breaks-export.csv
            [0x6E, 0x61, 0x6D, 0x65, 0x0A, 0x22, 0x61, 0x22, 0x22, 0xCC, 0x81, 0x62, 0x22, 0x0A],
            Array("name\n\"a\"\"\u{200D}🍣\"\n".utf8),
        ] as [[UInt8]])
    func combiningMarkAfterQuote(bytes: [UInt8]) throws {
        try Self.expectExportRoundTrip(bytes)
    }

    @Test(
        "a negative number written with an exponent reads back",
        arguments: ["-0.00001", "-1e17", "-2.5e-7"])
    func negativeExponent(cell: String) throws {
        // fuzz/regressions/CSVImport-negative-exponent-number-does-not-read-back.csv
        try Self.expectExportRoundTrip(Array("name,growth,profit\nA,\(cell),\(cell)\nB,1,1\n".utf8))
    }

    @Test(
        "a name that starts with an apostrophe and a formula character keeps it through an export",
        arguments: [
            // fuzz/regressions/CSVImport-apostrophe-then-formula-text-changes-on-export.csv
            Array("name,sales\n'\t'=x,1\n".utf8),
            // The core of fuzz/regressions/CSVImportShiftJIS-apostrophe-tab-name-duplicates-on-export.csv:
            // after the round trip the two names became one.
            // `name,sales` / `ﾉ\t'2,1` / `'\t'\t\tﾉ\t'2,2` in Shift_JIS with CR line ends.
            [0x6E, 0x61, 0x6D, 0x65, 0x2C, 0x73, 0x61, 0x6C, 0x65, 0x73, 0x0D]
                + [0xC9, 0x09, 0x27, 0x32, 0x2C, 0x31, 0x0D]
                + [0x27, 0x09, 0x27, 0x09, 0x09, 0xC9, 0x09, 0x27, 0x32, 0x2C, 0x32, 0x0D],
        ] as [[UInt8]])
    func apostropheBeforeFormula(bytes: [UInt8]) throws {
        try Self.expectExportRoundTrip(bytes)
        let imported = try CustomerImporter.importCustomers(from: bytes, source: "fuzz.csv")
        for customer in imported.customers { #expect(customer.name == customer.name.trimmingWhitespace) }
    }

    @Test(
        "names a user typed with apostrophes before a formula character come back exactly",
        arguments: ["'=x", "''+1", "'-", "'@home", "'-5", "'", "it's", "'\t=x"])
    func typedApostrophesRoundTrip(name: String) throws {
        let book = try Book([Customer(name: name)])
        let written = CustomerCSVWriter.bytes(book.customers)
        let again = try CustomerImporter.importCustomers(from: written, source: "export.csv")
        #expect(again.customers.map(\.name) == [name])
    }

    // MARK: Import (Import/CustomerImporter+Duplicates.swift)

    @Test(
        "merged duplicate rows never add up to infinity")
    func mergedSumOverflow() throws {
        // fuzz/regressions/CSVImport-merged-sales-overflow-to-infinity.csv
        let bytes = Array("name,sales\nA,1e308\na,1e308\n".utf8)
        let error = try #require(throws: ImportError.self) {
            try CustomerImporter.importCustomers(from: bytes, source: "fuzz.csv", options: ImportOptions(duplicates: .merge))
        }
        #expect(error.line == 3)
        #expect(error.description.contains("line 3") && error.description.contains("sales"))
        #expect(error.description.contains("(line 2)"))
    }

    // MARK: Config (Config/Config.swift, Config/ConfigFile.swift)

    @Test(
        "a setting below 0.0001 survives the workspace's key/value form")
    func smallFractionSetting() throws {
        // fuzz/regressions/ConfigFile-setting-printed-with-exponent.toml
        let config = try Config(file: "[classification]\nborderline_margin = 0.00001\n[weights]\nsales = 0.000000001\n", source: "fuzz.toml")
        let settings = Dictionary(uniqueKeysWithValues: config.settings.map { ($0.key, $0.value) })
        let again = try Config(settings: settings)
        #expect(again.classifier.borderlineMargin == Rational(1, 100_000))
        #expect(again.classifier.weight(of: .sales) == Rational(1, 1_000_000_000))
    }

    @Test(
        "an escaped quote in a quoted key does not end the quotes")
    func escapedQuoteInKey() throws {
        // fuzz/regressions/ConfigFile-escaped-quote-before-equals.toml
        let config = try Config(file: "[columns]\n\"x\\\"=y\" = \"name\"\n\"a\\\"#b\" = \"rep\"\n", source: "fuzz.toml")
        #expect(config.columns == ["x\"=y": .name, "a\"#b": .rep])
    }

    // MARK: Assistant (Assistant/IntentClassifier.swift)

    @Test("the learnt scorer scores the same words the same, to the last bit, whatever their order")
    func modelSumOrder() {
        // fuzz/regressions/Interpreter-model-sum-order-reads-a-question-two-ways.txt: the
        // sum over a Set's order differed between two readings of one question.
        let bytes: [UInt8] = [65, 227, 131, 169, 227, 131, 66, 179, 227, 130, 186, 175, 129, 239, 188, 159]
        let question = String(decoding: bytes, as: UTF8.self)
        let interpreter = InterpreterAccuracyTests.data.interpreter
        let masked = QuestionText(question)
        let prepared = interpreter.prepare(masked)
        let features = IntentFeatures.extract(prepared, segments: SegmentRecognizer.segments(in: masked, prepared: prepared))
        var random = SeededRandom(seed: 5)
        let cues = interpreter.scorer.score(prepared)
        func probabilities(_ ngrams: [String]) -> [Double] {
            interpreter.classifier.probabilities(Interpreter.classifierFeatures(
                cues: cues, ngrams: ngrams, customers: 0, segments: 0, unknownName: false, request: nil, unfamiliar: false))
        }
        let first = probabilities(features)
        for _ in 0..<50 {
            #expect(probabilities(features.shuffled(using: &random)) == first)
        }
        #expect(interpreter.interpret(question) == interpreter.interpret(question))
    }

    @Test("another company's name is said back as its words, never with what lay between them")
    func otherCompanySaidBack() {
        // fuzz/regressions/Interpreter-other-company-name-said-back-with-control-characters.txt:
        // "why is O'Neil\0\0 Logistics D?" said the name back with its NULs.
        let customer = Customer(name: "O'Neil & Sons, Ltd.")
        let data = AssistantData(classifications: Classifier().classify([customer]), today: LocalDate(year: 2026, month: 11, day: 30)!)
        var context = ConversationContext()
        let answer = Assistant.answer("why is O'Neil\u{0}\u{0}\u{202E} logistics D?", context: &context, data: data)
        for line in answer.lines {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(line.debugDescription)")
        }
        #expect(answer.interpretation.unknownName == "O'Neil Logistics", "\(answer.lines)")
    }
}
