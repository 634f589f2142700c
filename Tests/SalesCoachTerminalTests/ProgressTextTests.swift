import SalesCoachCore
import SalesCoachTerminal
import Testing

@Suite struct ProgressTextTests {
    static func snapshot(_ phase: WorkProgress.Phase, done: Int, total: Int) -> WorkProgress.Snapshot {
        let progress = WorkProgress()
        progress.start(phase, total: total)
        progress.advance(by: done)
        return progress.snapshot
    }

    @Test("reading says which file, megabytes of megabytes, the rate, the time left and that Ctrl-C stops safely")
    func reading() {
        let line = ProgressText.line(
            Self.snapshot(.reading, done: 47_000_000, total: 94_000_000), subject: "crm.csv", elapsed: 0.5, language: .en, width: 200)
        #expect(line == "reading crm.csv: 47.0 of 94.0 MB (50%) · 94.0 MB/s · about 1 s left · Ctrl-C stops safely")
    }

    @Test("writing counts rows; ranking, which has no count, says what it does")
    func phases() {
        let writing = ProgressText.line(
            Self.snapshot(.writing, done: 250_000, total: 1_000_000), subject: "crm.csv", elapsed: 1, language: .en, width: 200)
        #expect(writing == "classifying and writing: 250,000 of 1,000,000 rows (25%) · 250,000 rows/s · about 3 s left · Ctrl-C stops safely")
        let ranking = ProgressText.line(Self.snapshot(.ranking, done: 0, total: 1_000_000), subject: "", elapsed: 3, language: .en, width: 200)
        #expect(ranking == "ranking 1,000,000 customers on every metric… · Ctrl-C stops safely")
    }

    @Test("rows from a database server are counted as they arrive, with no total to guess from")
    func receiving() {
        let line = ProgressText.line(
            Self.snapshot(.receiving, done: 120_000, total: 0), subject: "crm.accounts", elapsed: 2, language: .en, width: 200)
        #expect(line == "classifying on crm.accounts: 120,000 rows received · 60,000 rows/s · Ctrl-C stops safely")
        let waiting = ProgressText.line(Self.snapshot(.ranking, done: 0, total: 0), subject: "crm.accounts", elapsed: 2, language: .en, width: 200)
        #expect(waiting == "crm.accounts is ranking every customer on every metric… · Ctrl-C stops safely")
    }

    @Test("in Japanese, and cut to the terminal's width")
    func japaneseAndNarrow() {
        let snapshot = Self.snapshot(.reading, done: 10_000_000, total: 40_000_000)
        let japanese = ProgressText.line(snapshot, subject: "顧客.csv", elapsed: 2, language: .ja, width: 200)
        #expect(japanese == "顧客.csv を読み込み中：10.0 / 40.0 MB (25%) · 5.0 MB/s · 残り約6秒 · Ctrl-C で安全に中止")
        let narrow = ProgressText.line(snapshot, subject: "/data/exports/顧客.csv", elapsed: 2, language: .ja, width: 70)
        #expect(narrow == "顧客.csv を読み込み中：10.0 / 40.0 MB (25%) · Ctrl-C で安全に中止")
        let tiny = ProgressText.line(snapshot, subject: "顧客.csv", elapsed: 2, language: .ja, width: 30)
        #expect(DisplayWidth.width(of: tiny) <= 29)
    }

    @Test("a file name cannot drive the terminal: control characters are shown, not sent")
    func hostileName() {
        let line = ProgressText.line(
            Self.snapshot(.reading, done: 1, total: 2), subject: "evil\u{1B}[2J.csv", elapsed: 0.1, language: .en, width: 200)
        #expect(!line.contains("\u{1B}"))
        #expect(line.hasPrefix("reading evil"))
    }

    @Test("before a fifth of a second there is no rate and no time left, rather than a wild guess")
    func tooEarly() {
        let line = ProgressText.line(Self.snapshot(.reading, done: 1_000_000, total: 90_000_000), subject: "a.csv", elapsed: 0.05, language: .en, width: 200)
        #expect(line == "reading a.csv: 1.0 of 90.0 MB (1%) · Ctrl-C stops safely")
    }
}
