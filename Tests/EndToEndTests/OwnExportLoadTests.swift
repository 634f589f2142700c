import Foundation
import SalesCoachCore
import Testing

/// What a session exports, a session loads back: the book as CSV, JSON or
/// a workbook, in either language, with no warning about the columns
/// SalesCoach computed itself, and the same segments. A `classify` result,
/// which has no figures, is named for what it is.
@Suite struct OwnExportLoadTests {
    /// Each customer's segment as a CSV written by `export` has it.
    static func segments(of file: URL) throws -> [String: String] {
        var bytes = Array(try Data(contentsOf: file))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let records = try CSVReader.records(utf8: bytes, source: file.lastPathComponent)
        let header = try #require(records.first).fields
        let column = try #require(header.firstIndex { $0 == "segment" || $0 == "領域" })
        return Dictionary(uniqueKeysWithValues: records.dropFirst().map { ($0.fields[0], $0.fields[column]) })
    }

    static let note = ["en": "computed by SalesCoach, so recomputed from the figures rather than read", "ja": "数値から計算し直しました"]

    @Test(
        "the demo book exported as CSV, JSON or a workbook, in English or Japanese, loads back with no warning, one note and the same segments",
        arguments: ["csv", "json", "xlsx"], ["en", "ja"])
    func roundTrip(format: String, language: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let reference = folder.appendingPathComponent("reference.csv")
        let exported = folder.appendingPathComponent("book.\(format)")
        let written = try BinaryRunner.run(
            ["--demo", "--lang", language], input: "export \(reference.path)\nexport \(exported.path)\nquit\n")
        #expect(written.status == 0, "\(written.stderr)")
        let back = folder.appendingPathComponent("back.csv")
        let loaded = try BinaryRunner.run(
            ["--ephemeral", "--lang", language, "--file", exported.path], input: "export \(back.path)\nquit\n")
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(loaded.stderr.isEmpty, "\(loaded.stderr)")
        #expect(!loaded.stdout.contains("ignored columns") && !loaded.stdout.contains("使わない列"), "\(loaded.stdout)")
        let note = try #require(Self.note[language])
        #expect(loaded.stdout.components(separatedBy: note).count == 2, "one note: \(loaded.stdout)")
        let segments = try Self.segments(of: reference)
        #expect(segments.count == 46)
        #expect(try Self.segments(of: back) == segments)
    }

    @Test(
        "classify of a book written by export prints the note, not a warning, whatever the output format",
        arguments: ["en", "ja"])
    func classifyOfExport(language: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let exported = folder.appendingPathComponent("book.csv")
        _ = try BinaryRunner.run(["--demo", "--lang", language], input: "export \(exported.path)\nquit\n")
        let table = try BinaryRunner.run(["classify", "--lang", language, exported.path])
        #expect(table.status == 0)
        let note = try #require(Self.note[language])
        let noted = table.stderr.split(separator: "\n").filter { $0.contains(note) }
        #expect(noted.count == 1 && noted.allSatisfy { $0.hasPrefix(language == "en" ? "note: " : "注: ") }, "\(table.stderr)")
        #expect(!table.stderr.contains("warning") && !table.stderr.contains("警告"), "\(table.stderr)")
        for format in ["csv", "json"] {
            let printed = try BinaryRunner.run(["classify", "--lang", language, "--format", format, exported.path])
            #expect(printed.status == 0)
            #expect(printed.stderr == noted.map { $0 + "\n" }.joined(), "\(format): \(printed.stderr)")
        }
    }

    @Test("a file with a column SalesCoach does not know still warns about that column, and only about it")
    func unknownColumnWarns() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let exported = folder.appendingPathComponent("book.csv")
        _ = try BinaryRunner.run(["--demo"], input: "export \(exported.path)\nquit\n")
        let text = try String(contentsOf: exported, encoding: .utf8).split(separator: "\n")
            .enumerated().map { $0.offset == 0 ? $0.element + ",industry" : $0.element + ",steel" }.joined(separator: "\n")
        try text.write(to: exported, atomically: true, encoding: .utf8)
        let loaded = try BinaryRunner.run(["--ephemeral", "--file", exported.path], input: "quit\n")
        #expect(loaded.status == 0)
        #expect(loaded.stderr == "warning: \(exported.path): ignored a column that matches no field: column 15 (industry)\n")
    }

    @Test(
        "a classify result loaded as a book says what it is and what to load instead, in English and Japanese",
        arguments: [["--format", "csv"], ["--format", "csv", "--per-rep"], ["--format", "xlsx"]], ["en", "ja"])
    func classifyResult(format: [String], language: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let result = folder.appendingPathComponent(format.contains("xlsx") ? "segments.xlsx" : "segments.csv")
        let classify = try BinaryRunner.run(
            ["classify", "examples/demo-customers.csv", "--lang", language] + format, standardOutput: try FileHandle(forWritingTo: {
                _ = FileManager.default.createFile(atPath: result.path, contents: nil)
                return result
            }()))
        #expect(classify.status == 0, "\(classify.stderr)")
        for arguments in [["--ephemeral", "--file", result.path], ["classify", result.path]] {
            let loaded = try BinaryRunner.run(arguments + ["--lang", language], input: "quit\n")
            #expect(loaded.status != 0)
            let expected = language == "en"
                ? "a classify result (segments and scores), not a customer list: it has none of the figures a segment is computed from; "
                    + "load the customer file it was made from, or a list written by 'export', which keeps the figures"
                : "classify の結果（領域とスコア）で、顧客リストではありません。領域を出すもとになる数値が入っていません。"
                    + "もとの顧客ファイルか、数値ごと書き出す 'export' のファイルを読み込んでください"
            #expect(loaded.stderr.contains(expected), "\(loaded.stderr)")
            #expect(loaded.stderr.hasPrefix(language == "en" ? "error: \(result.path)" : "エラー: \(result.path)"), "\(loaded.stderr)")
        }
    }
}
