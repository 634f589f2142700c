/// "Did you mean …?" by edit distance, for commands, settings and names.
public enum Suggestions {
    /// Edit distance between two strings, by characters, counting a swap of
    /// two neighbours as one edit ("lsit" → "list") as well as insertions,
    /// deletions and substitutions (optimal string alignment).
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var twoBack = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], twoBack[j - 2] + 1)
                }
            }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[b.count]
    }

    /// The candidates closest to `word`, best first, within a cut-off that
    /// grows with the word's length (1 edit for short words, up to a third).
    public static func closest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let key = NameKey.normalize(word)
        guard !key.isEmpty else { return [] }
        let allowed = max(1, key.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let d = distance(key, NameKey.normalize(candidate))
            return d <= allowed ? (candidate, d) : nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }
}
