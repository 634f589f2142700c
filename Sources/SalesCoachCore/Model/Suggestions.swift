/// "Did you mean …?" by edit distance, for commands, settings and names.
public enum Suggestions {
    /// Edit distance between two strings, by characters, counting a swap of
    /// two neighbours as one edit ("lsit" → "list"); see `EditDistance`.
    public static func distance(_ a: String, _ b: String) -> Int {
        let (a, b) = (Array(a), Array(b))
        let most = max(a.count, b.count)
        return EditDistance.within(a, b, limit: most) ?? most
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
