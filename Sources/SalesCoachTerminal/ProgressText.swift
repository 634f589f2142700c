import SalesCoachCore

/// The words of a progress line: what is being done, how much of how much,
/// the rate, the time left, and that Ctrl-C stops safely. Pure, so the
/// wording is tested without a terminal; `salescoach` draws it on standard
/// error, and only there.
public enum ProgressText {
    /// One line, at most `width` display cells.
    /// - Parameters:
    ///   - snapshot: how far the work has got.
    ///   - subject: what is being read (a file name), sanitized here.
    ///   - elapsed: seconds since this phase started, for the rate and the time left.
    public static func line(_ snapshot: WorkProgress.Snapshot, subject: String, elapsed: Double, language: Language, width: Int) -> String {
        let en = language == .en
        // The file's own name: the folders rarely help and take the room.
        let file = subject.split(separator: "/").last.map(String.init) ?? subject
        let name = DisplayWidth.truncate(TerminalText.sanitize(file), toWidth: 40)
        let stop = en ? "Ctrl-C stops safely" : "Ctrl-C で安全に中止"
        var parts: [String]
        switch snapshot.phase {
        case .reading:
            let done = megabytes(snapshot.done)
            let total = megabytes(snapshot.total)
            parts = [en ? "reading \(name): \(done) of \(total) MB\(percent(snapshot))" : "\(name) を読み込み中：\(done) / \(total) MB\(percent(snapshot))"]
            if let rate = rate(snapshot, elapsed) { parts.append("\(megabytes(Int(rate))) MB/s") }
        case .ranking:
            let count = Formatting.grouped(Double(snapshot.total))
            // A server ranks without saying how many rows it has.
            parts = snapshot.total > 0
                ? [en ? "ranking \(count) customers on every metric…" : "\(count)社を指標ごとに順位づけ中…"]
                : [en ? "\(name) is ranking every customer on every metric…" : "\(name) で全顧客を指標ごとに順位づけ中…"]
        case .writing:
            let done = Formatting.grouped(Double(snapshot.done))
            let total = Formatting.grouped(Double(snapshot.total))
            parts = [en ? "classifying and writing: \(done) of \(total) rows\(percent(snapshot))" : "分類して書き出し中：\(done) / \(total) 行\(percent(snapshot))"]
            if let rate = rate(snapshot, elapsed) { parts.append(en ? "\(Formatting.grouped(Double(Int(rate)))) rows/s" : "毎秒 \(Formatting.grouped(Double(Int(rate)))) 行") }
        case .receiving:
            let done = Formatting.grouped(Double(snapshot.done))
            parts = [en ? "classifying on \(name): \(done) rows received" : "\(name) で分類中：\(done) 行を受信"]
            if let rate = rate(snapshot, elapsed) { parts.append(en ? "\(Formatting.grouped(Double(Int(rate)))) rows/s" : "毎秒 \(Formatting.grouped(Double(Int(rate)))) 行") }
        }
        if let left = secondsLeft(snapshot, elapsed) {
            parts.append(en ? "about \(duration(left)) left" : "残り約\(duration(left, japanese: true))")
        }
        // On a narrow terminal the rate and the time left go first; what is done, and how to stop it, stay.
        let limit = max(10, width - 1)
        while parts.count > 1, DisplayWidth.width(of: (parts + [stop]).joined(separator: " · ")) > limit { parts.removeLast() }
        return DisplayWidth.truncate((parts + [stop]).joined(separator: " · "), toWidth: limit)
    }

    static func megabytes(_ bytes: Int) -> String { Formatting.fixed(Double(bytes) / 1_000_000, decimals: 1) }

    static func percent(_ s: WorkProgress.Snapshot) -> String {
        s.total > 0 ? " (\(Int(Double(s.done) / Double(s.total) * 100))%)" : ""
    }

    static func rate(_ s: WorkProgress.Snapshot, _ elapsed: Double) -> Double? {
        elapsed > 0.2 && s.done > 0 ? Double(s.done) / elapsed : nil
    }

    static func secondsLeft(_ s: WorkProgress.Snapshot, _ elapsed: Double) -> Double? {
        guard let rate = rate(s, elapsed), s.total > s.done else { return nil }
        return Double(s.total - s.done) / rate
    }

    static func duration(_ seconds: Double, japanese: Bool = false) -> String {
        if seconds < 60 { return japanese ? "\(max(1, Int(seconds.rounded())))秒" : "\(max(1, Int(seconds.rounded()))) s" }
        let minutes = Int((seconds / 60).rounded())
        return japanese ? "\(minutes)分" : "\(minutes) min"
    }
}
