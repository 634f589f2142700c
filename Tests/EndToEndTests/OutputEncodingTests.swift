import Foundation
import TestSupport
import Testing

/// `--output-encoding` and Japanese headers, through the built binary: what
/// is written reads back with `classify` and `load`.
@Suite struct OutputEncodingTests {
    /// Runs `classify` with its standard output in a file, and returns the file's bytes.
    static func classifyBytes(_ arguments: [String], in directory: URL) throws -> (BinaryRunner.Result, [UInt8], URL) {
        let file = directory.appendingPathComponent("out-\(UUID().uuidString).csv")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        let result = try BinaryRunner.run(["classify"] + arguments, standardOutput: handle)
        try handle.close()
        return (result, [UInt8](try Data(contentsOf: file)), file)
    }

    @Test(
        "classify's CSV in each encoding and language reads back, far enough to be named a classify result, not a customer list",
        arguments: [("utf-8", "en"), ("utf-8-bom", "ja"), ("cp932", "ja"), ("cp932", "en")])
    func classifyReadsBack(encoding: String, lang: String) throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let (result, bytes, file) = try Self.classifyBytes(
            ["examples/demo-customers.csv", "--format", "csv", "--output-encoding", encoding, "--lang", lang], in: directory)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(bytes.prefix(3).elementsEqual([0xEF, 0xBB, 0xBF]) == (encoding == "utf-8-bom"))
        if encoding == "cp932" { #expect(String(validating: bytes, as: UTF8.self) == nil) }
        // Decoded in its encoding, its header is known: segments and scores, none of the figures.
        let again = try BinaryRunner.run(["classify", file.path, "--format", "csv", "--lang", lang])
        #expect(again.status == 1)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr.contains(lang == "ja" ? "classify の結果（領域とスコア）で、顧客リストではありません" : "a classify result (segments and scores), not a customer list"), "\(again.stderr)")
    }

    @Test("standard output stays plain UTF-8 in Japanese unless asked")
    func standardOutputDefault() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let (result, bytes, _) = try Self.classifyBytes(["examples/demo-customers.csv", "--format", "csv", "--lang", "ja"], in: directory)
        #expect(result.status == 0)
        #expect(String(decoding: bytes.prefix(9), as: UTF8.self) == "顧客名")
    }

    @Test(
        "JSON and the table refuse anything but UTF-8 when nothing else would use it, before reading the file; exit 64",
        arguments: ["json", "table"])
    func utf8Only(format: String) throws {
        let result = try BinaryRunner.run(
            ["classify", "examples/demo-customers.csv", "--format", format, "--output-encoding", "cp932"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: --output-encoding cp932: "))
    }

    @Test("a character CP932 lacks is an error naming the row, in the user's language")
    func unencodable() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("emoji.csv")
        try "name,employees,sales\nAcme,12,5\nSmile 😀,3,4\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["classify", file.path, "--format", "csv", "--output-encoding", "cp932", "--lang", "ja"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("2行目のデータ（ファイルの3行目）：「Smile 😀」の「😀」（U+1F600）はShift_JIS（CP932）で表せません"))
    }

    @Test("a Japanese session exports with a BOM by default and in CP932 when asked, and loads both back")
    func sessionExportsLoadBack() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let input = """
            load \(BinaryRunner.packageRoot.path)/examples/demo-customers.csv
            export a.csv
            export b.csv --output-encoding cp932
            export c.json --output-encoding cp932
            load b.csv --replace
            load a.csv --replace

            """
        let result = try BinaryRunner.run(["--ephemeral", "--lang", "ja"], input: input, directory: directory)
        #expect(result.stdout.contains("b.csv から 46社を読み込みました（Shift_JIS (CP932)）。"))
        #expect(result.stdout.contains("a.csv から 46社を読み込みました（UTF-8 with BOM）。"))
        #expect(result.stderr.contains("JSON は常にBOMなしのUTF-8で書き出します"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("c.json").path))
        let bom = [UInt8](try Data(contentsOf: directory.appendingPathComponent("a.csv")))
        #expect(String(decoding: bom.prefix(12), as: UTF8.self) == "\u{FEFF}顧客名")
    }
}
