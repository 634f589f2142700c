import Foundation
import Testing

@testable import SalesCoachCore

/// Files SalesCoach wrote, read back: the columns it computes (segment,
/// scores, …) are known as its own and recomputed, never warned about; a
/// `classify` result, which has no figures, is named for what it is.
@Suite struct OwnFileImportTests {
    static let customers = ExportRoundTripTests.customers
    static let cases = ExportRoundTripTests.cases

    static func segments(_ customers: [Customer]) -> [String: Segment?] {
        Dictionary(uniqueKeysWithValues: Classifier().classify(customers).map { ($0.name, $0.segment) })
    }

    @Test("export's CSV loads back without a warning: its computed columns are left out with one note", arguments: cases)
    func bookCSV(encoding: OutputEncoding, language: Language) throws {
        let text = ClassificationExport.bookCSV(Classifier().classify(Self.customers), language: language)
        let result = try ExportRoundTripTests.load(try encoding.encode(text))
        // Shift_JIS is said as it always is, as the encoding the file was read in.
        let warnings = result.warnings.filter { if case .readAs = $0 { false } else { true } }
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(result.ignoredColumns.isEmpty)
        #expect(result.header.computed.map(\.header) == ClassificationExport.bookFields(in: language))
        let notes = ImportNote.notes(for: result)
        #expect(notes.count(where: { if case .recomputed = $0 { true } else { false } }) == 1)
        #expect(Self.segments(result.customers) == Self.segments(Self.customers))
    }

    @Test("the note on recomputed columns, in each language")
    func noteText() throws {
        let result = try ImportFixture.run("name,employees,orders,segment,objective_score\nAcme,5,1,A,60\n")
        #expect(ImportNote.notes(for: result).first?.text(in: .en)
            == "segment, objective_score: computed by SalesCoach, so recomputed from the figures rather than read")
        let japanese = try ImportFixture.run("顧客名,従業員数,受注件数,領域,客観的評価スコア\nAcme,5,1,A,60\n")
        #expect(ImportNote.notes(for: japanese).first?.text(in: .ja) == "領域・客観的評価スコアは分類の結果の列なので読み込まず、数値から計算し直しました")
    }

    @Test(
        "a column of SalesCoach's name without a score column beside it is a column like any other, still warned about",
        arguments: ["name,employees,Segment\nAcme,5,Enterprise\n", "name,employees,borderline,nearest_move\nAcme,5,no,x\n"])
    func segmentAloneWarns(text: String) throws {
        let result = try ImportFixture.run(text)
        #expect(result.header.computed.isEmpty)
        #expect(!result.ignoredColumns.isEmpty)
        #expect(result.warnings.contains { if case .ignoredColumns = $0 { true } else { false } })
    }

    @Test("an unknown column beside SalesCoach's own still warns, naming only itself")
    func unknownBesideOurs() throws {
        let result = try ImportFixture.run("name,employees,segment,objective_score,industry\nAcme,5,A,60,steel\n")
        #expect(result.warnings == [.ignoredColumns(source: "customers.csv", [ImportColumn(number: 5, header: "industry")])])
        #expect(result.header.computed.map(\.header) == ["segment", "objective_score"])
    }

    @Test("classify's CSV, per rep or not, in either language, is refused as a classify result", arguments: cases)
    func classifyResult(encoding: OutputEncoding, language: Language) throws {
        for perRep in [false, true] {
            let rows = Classifier().classify(Self.customers).map { ClassificationExport.Row(rep: $0.customer.rep, classification: $0) }
            let bytes = try encoding.encode(ClassificationExport.csv(rows, perRep: perRep, language: language))
            #expect(ImportFixture.error(bytes) == .classificationResult(source: "customers.csv", line: 1))
        }
    }

    @Test("a plan written by plan --export, in either language, is refused as a plan, not taken as a book without figures")
    func planExport() throws {
        for header in ["customer,visits,segment,reason,day,week,rep", "顧客名,訪問回数,領域,理由,訪問日,週,担当者"] {
            let error = ImportFixture.error(header + "\nAcme,1,A,due,2026-12-04,2026-11-30,\n")
            #expect(error == .planExport(source: "customers.csv", line: 1), "\(header)")
        }
        let text = ImportError.planExport(source: "plan.csv", line: 1)
        #expect(text.text(in: .en) == "plan.csv: a visit plan (customer, visits, week), not a customer list: it has none of the figures "
            + "a segment is computed from; load the customer file instead, and check the plan against it with "
            + "'salescoach check plan.csv --customers FILE'")
        #expect(text.text(in: .ja).hasPrefix("plan.csv：訪問計画（顧客・訪問回数・週）で、顧客リストではありません。"))
        // A book with figures beside a visits and a week column is still a book.
        let book = try ImportFixture.run("name,sales,visits,week\nAcme,5,1,2026-11-30\n")
        #expect(book.customers.map(\.name) == ["Acme"])
    }

    @Test("the classify-result message says what the file is and what to load instead, in each language")
    func classifyResultText() {
        let error = ImportError.classificationResult(source: "segments.csv", line: 1)
        #expect(error.text(in: .en) == "segments.csv: a classify result (segments and scores), not a customer list: it has none of "
            + "the figures a segment is computed from; load the customer file it was made from, or a list written by 'export', "
            + "which keeps the figures")
        #expect(error.text(in: .ja) == "segments.csv：classify の結果（領域とスコア）で、顧客リストではありません。領域を出すもとになる数値が入っていません。"
            + "もとの顧客ファイルか、数値ごと書き出す 'export' のファイルを読み込んでください")
        let sheet = ImportError.inSheet(sheet: "分類", problem: error)
        #expect(sheet.text(in: .ja).hasPrefix("segments.csv シート「分類」：classify の結果"))
    }

    // MARK: JSON

    static func importJSON(_ text: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportResult {
        let sheet = try CustomerJSON.sheet(Array(text.utf8), source: "book.json")
        return try CustomerImporter.importCustomers(sheet: sheet, source: "book.json", options: options)
    }

    @Test("export's JSON loads back with the same figures and segments, its results left out without a warning", arguments: Language.allCases)
    func bookJSON(language: Language) throws {
        let rows = Classifier().classify(Self.customers).map { ClassificationExport.Row(rep: nil, classification: $0) }
        let result = try Self.importJSON(ClassificationExport.json(rows, perRep: false, language: language))
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(result.customers.map(\.name) == Self.customers.map(\.name))
        #expect(result.customers.map(\.metrics) == Self.customers.map(\.metrics))
        #expect(Self.segments(result.customers) == Self.segments(Self.customers))
        #expect(Set(result.header.computed.map(\.header)) == ["segment", "objective_score", "record_score", "borderline", "unclassified_reason", "nearest_move"])
    }

    @Test("classify's JSON per rep keeps each customer's rep")
    func perRepJSON() throws {
        let rows = Classifier().classifyPerRep(Self.customers).flatMap { group in
            group.results.map { ClassificationExport.Row(rep: group.rep, classification: $0) }
        }
        let result = try Self.importJSON(
            ClassificationExport.json(rows, perRep: true), options: ImportOptions(duplicateScope: .repAndName))
        #expect(Set(result.customers.map { "\($0.name)|\($0.rep ?? "")" }) == Set(Self.customers.map { "\($0.name)|\($0.rep ?? "")" }))
    }

    @Test("a JSON list of flat objects named as a CSV's columns reads too, an unknown field warned about")
    func flatJSON() throws {
        let result = try Self.importJSON(#"[{"顧客名": "山田商事", "従業員数": 12, "industry": "steel"}, {"顧客名": "Acme", "当社売上": 3}]"#)
        #expect(result.customers.map(\.name) == ["山田商事", "Acme"])
        #expect(result.customers[0].metrics[.employees] == 12)
        #expect(result.customers[1].metrics[.sales] == 3)
        #expect(result.warnings.map { $0.text(in: .en) } == ["book.json: ignored a column that matches no field: column 1 (industry)"])
    }

    @Test(
        "JSON that is not a list of customers is refused, naming the item",
        arguments: [
            ("{\"name\": \"Acme\"}", ImportError.notCustomerJSON(source: "book.json", item: nil)),
            ("[{\"name\": \"Acme\"}, 3]", .notCustomerJSON(source: "book.json", item: 2)),
            ("[{\"name\": \"A\", \"objective_metrics\": [7]}]", .notCustomerJSON(source: "book.json", item: 1)),
            ("[{}]", .notCustomerJSON(source: "book.json", item: nil)),
            ("[\"name\", ", .notCustomerJSON(source: "book.json", item: nil)),
            ("[]", .noCustomerRows(source: "book.json")),
            ("  \n", .emptyFile(source: "book.json")),
        ])
    func notAList(text: String, expected: ImportError) {
        #expect(throws: expected) { try Self.importJSON(text) }
    }

    @Test("a problem with the fields of a JSON list is the file's, not an item's")
    func headerProblem() throws {
        let error = try #require(throws: ImportError.self) { try Self.importJSON(#"[{"name": "A", "顧客名": "A"}]"#) }
        #expect(error.text(in: .en).hasPrefix("book.json: column "), "\(error.text(in: .en))")
        #expect(error.text(in: .ja).hasPrefix("book.json："), "\(error.text(in: .ja))")
    }

    @Test("a bad value in a JSON list is named by its item and field, in each language")
    func badValue() throws {
        let error = try #require(throws: ImportError.self) { try Self.importJSON(#"[{"name": "A", "employees": 3}, {"name": "B", "employees": "many"}]"#) }
        #expect(error.text(in: .en) == "book.json, item 2, employees: expected a number, found 'many'")
        #expect(error.text(in: .ja).hasPrefix("book.json 2件目のemployees：数値のはずですが「many」です"), "\(error.text(in: .ja))")
        #expect(ImportError.notCustomerJSON(source: "book.json", item: 2).text(in: .ja)
            == "book.json 2件目：顧客の一覧ではありません。'export FILE.json' が書き出すような、顧客1社ごとにオブジェクトを1つ並べたJSONの配列が必要です")
    }

    @Test("JSON is told from CSV by its opening bracket, after a byte-order mark and white space")
    func looksLikeJSON() {
        #expect(CustomerJSON.looksLikeJSON(Array("\u{FEFF}\n  [{}]".utf8)))
        #expect(!CustomerJSON.looksLikeJSON(Array("name,employees\n".utf8)))
        #expect(!CustomerJSON.looksLikeJSON([]))
    }
}
