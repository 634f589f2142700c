import Foundation
import Testing

/// Files a session writes and reads are what their names and columns say:
/// `export` refuses an ending it does not write, its JSON carries each
/// customer's rep, a plan export is refused as a customer list, and a
/// `--workspace` in a folder that does not exist is refused rather than made.
@Suite struct SessionFileKindTests {
    @Test("export refuses an ending it does not write, in English and Japanese, and writes nothing", arguments: ["en", "ja"])
    func exportEnding(language: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let result = try BinaryRunner.run(
            ["--demo", "--lang", language], input: "export y.svg\nexport y.ics\nexport y --format csv\nquit\n", directory: folder)
        let expected = language == "en"
            ? "error: export: 'y.svg' should end in .csv, .json or .xlsx (or name the format with --format csv|json|xlsx)"
            : "エラー: export：「y.svg」の拡張子は .csv、.json、.xlsx のいずれかにしてください（または --format csv|json|xlsx で形式を指定してください）"
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("y.svg").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("y.ics").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("y").path), "a format named writes any name")
    }

    @Test("export FILE.json carries each customer's rep, and loading it back keeps the reps")
    func jsonCarriesRep() throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let book = folder.appendingPathComponent("book.json")
        let back = folder.appendingPathComponent("back.csv")
        let reference = folder.appendingPathComponent("reference.csv")
        let written = try BinaryRunner.run(["--demo"], input: "export \(book.path)\nexport \(reference.path)\nquit\n")
        #expect(written.status == 0, "\(written.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: book)) as? [[String: Any]])
        #expect(items.count == 46)
        #expect(items.allSatisfy { $0.keys.contains("rep") })
        #expect(items.contains { ($0["rep"] as? String)?.isEmpty == false })
        let loaded = try BinaryRunner.run(["--ephemeral", "--file", book.path], input: "export \(back.path)\nquit\n")
        #expect(loaded.status == 0, "\(loaded.stderr)")
        func reps(_ url: URL) throws -> [String] {
            try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().map { line in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                return "\(fields[0]) \(fields.count > 8 ? String(fields[8]) : "")"
            }.sorted()
        }
        #expect(try reps(back) == (try reps(reference)))
    }

    @Test("a plan written by plan --export is refused by load as a plan, saying what to do, in English and Japanese", arguments: ["en", "ja"])
    func planIsNotABook(language: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let plan = folder.appendingPathComponent("plan.csv")
        let exported = try BinaryRunner.run(["--demo", "--lang", language], input: "plan --export \(plan.path)\nquit\n")
        #expect(exported.status == 0, "\(exported.stderr)")
        let loaded = try BinaryRunner.run(["--demo", "--lang", language], input: "load \(plan.path)\nlist\nquit\n")
        let expected = language == "en"
            ? "error: \(plan.path): a visit plan (customer, visits, week), not a customer list"
            : "エラー: \(plan.path)：訪問計画（顧客・訪問回数・週）で、顧客リストではありません。"
        #expect(loaded.stderr.contains(expected), "\(loaded.stderr)")
        #expect(loaded.stderr.contains("salescoach check \(plan.path) --customers"), "\(loaded.stderr)")
        #expect(!loaded.stdout.contains("Merged") && !loaded.stdout.contains("統合"), "nothing was added: \(loaded.stdout)")
    }

    @Test("--workspace in a folder that does not exist is refused with the folder named and nothing is made", arguments: ["en", "ja"])
    func missingWorkspaceFolder(language: String) throws {
        let folder = try BinaryRunner.temporaryDirectory()
        let missing = folder.appendingPathComponent("no/such")
        let result = try BinaryRunner.run(
            ["--workspace", missing.appendingPathComponent("ws.sqlite").path, "--lang", language], input: "quit\n", home: folder)
        #expect(result.status == 2)
        let expected = language == "en"
            ? "its folder \(missing.path) does not exist (create it first: mkdir -p \(missing.path))"
            : "フォルダー \(missing.path) がありません（先に作ってください：mkdir -p \(missing.path)）"
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("no").path))
        // The default place is still made as needed.
        let fresh = try BinaryRunner.run([], input: "quit\n", home: folder)
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("data/salescoach/workspace.sqlite").path))
    }

    @Test("list in a narrow terminal keeps the part of the names that tells them apart")
    func narrowList() throws {
        let rows = (0..<12).map { "Company \(String(format: "%05d", $0 * 7)) KK,\(100 + $0),\(10 + $0),\(5 + $0)" }
        let book = "name,company_revenue,employees,sales\n" + rows.joined(separator: "\n")
        let folder = try BinaryRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("book.csv")
        try book.write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["--ephemeral", "--file", file.path], input: "list --sort name\nquit\n", environment: ["COLUMNS": "40"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = result.stdout.split(separator: "\n").compactMap { line -> String? in
            guard let first = line.split(separator: " ").first, first.hasPrefix("…") || first.hasPrefix("Company") else { return nil }
            return String(first)
        }
        #expect(names.count == 12, "\(result.stdout)")
        #expect(Set(names).count == 12, "every row told apart: \(names)")
    }
}
