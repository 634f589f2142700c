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

    @Test("a book of small Japanese firms is named all small in Japanese, and a plan speaks of its B customers as larger than most in the list")
    func smallJapaneseFirms() throws {
        let book = """
            会社名,従業員数,受注件数,当社売上
            山田精工,45,2,1200000
            鈴木製作所,120,3,900000
            佐藤電機,210,1,500000
            田中工業,35,14,8800000
            高橋商店,12,20,9500000
            伊藤塗装,28,11,7000000
            渡辺鉄工,150,2,800000
            中村印刷,60,9,4000000
            小林製菓,18,7,3000000
            加藤運送,95,1,300000
            吉田建材,240,4,1500000
            山本紙器,22,6,2500000

            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("salescoach-small-\(UUID().uuidString).csv")
        try book.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try BinaryRunner.run(
            ["--ephemeral", "--file", file.path, "--lang", "ja"], input: "plan\n", environment: ["SALESCOACH_TODAY": "2026-12-02"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("注：従業員数のわかる12社のうち100%が300人未満です（中央値 53人）。"))
        #expect(result.stdout.contains("「高」は「このリストの中では規模が大きい方」という意味で、大企業という意味ではありません。"))
        #expect(result.stdout.contains("従業員100人を基準に判断するには（それ未満はCかDになります）：config set classification.mode=absolute thresholds.employees=100"))
        #expect(result.stdout.contains("B：このリストの中では規模が大きい方なのに、当社との取引はまだ少ない。"), "\(result.stdout)")
        #expect(!result.stdout.contains("大きな会社"))
    }
}
