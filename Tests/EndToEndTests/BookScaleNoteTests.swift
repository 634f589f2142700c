import Foundation
import Testing

/// Loading a book whose companies are all large says what "low" means there,
/// once at load and again under `summary`; a mixed book gets no such note.
@Suite struct BookScaleNoteTests {
    static let fortune500 = BinaryRunner.packageRoot
        .appendingPathComponent("../shared/data/fortune-global-500-2017/canonical_synthetic_tx.csv").standardizedFileURL.path

    @Test("the Fortune Global 500 book is named all large at load and in summary, and the suggested thresholds work")
    func allLarge() throws {
        guard FileManager.default.fileExists(atPath: Self.fortune500) else {
            print("note: ../shared/data not found next to the repository; skipping this check")
            return
        }
        let result = try BinaryRunner.run(["--ephemeral", "--file", Self.fortune500], input: "summary\n")
        #expect(result.status == 0, "stderr: \(result.stderr) \(Self.fortune500)")
        let notes = result.stdout.split(separator: "\n").filter { $0.hasPrefix("Note: 100% of the 500 companies with a head count have 1,000 employees or more") }
        #expect(notes.count == 2)
        let command = try #require(result.stdout.split(separator: "\n").first { $0.contains("the business decides: ") })
            .components(separatedBy: "decides: ")[1].components(separatedBy: "  (")[0]
        let absolute = try BinaryRunner.run(["--ephemeral", "--file", Self.fortune500, "--lang", "ja"], input: "\(command)\nsummary\n")
        #expect(absolute.status == 0, "stderr: \(absolute.stderr)")
        // Judged on a fixed line, every company is large: nobody is C or D for its size.
        #expect(absolute.stdout.contains("classification.mode = absolute"))
        // Said at load; once size is judged on a fixed line, summary no longer says it.
        #expect(absolute.stdout.split(separator: "\n").filter { $0.hasPrefix("注：従業員数のわかる500社のうち100%が1,000人以上") }.count == 1)
        #expect(absolute.stdout.split(separator: "\n").contains { $0.hasPrefix("C ") && $0.contains(" 0 ") })
    }

    @Test("the demo book, large and small firms together, gets no note")
    func mixedBook() throws {
        let result = try BinaryRunner.run(["--demo"], input: "summary\n")
        #expect(result.status == 0)
        #expect(!result.stdout.contains("Note: "))
    }
}
