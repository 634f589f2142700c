/// Bounded edit distance for typo tolerance on words and names.
///
/// Optimal string alignment (Levenshtein plus swapping two neighbours), so
/// "shuold" is one edit from "should" as a reader would count it. Work stops
/// as soon as the distance must exceed `limit`, which keeps matching over
/// thousands of candidates cheap.
enum EditDistance {
    /// The distance between `a` and `b`, or nil when it is more than `limit`.
    static func within(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        let width = b.count + 1
        var twoBack = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, twoBack[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        let distance = previous[b.count]
        return distance <= limit ? distance : nil
    }

    static func within(_ a: String, _ b: String, limit: Int) -> Int? {
        within(Array(a), Array(b), limit: limit)
    }

    /// How many typos a word of this length may carry and still be recognised:
    /// none below four letters, one up to six, two from seven.
    static func allowedEdits(length: Int) -> Int {
        switch length {
        case ..<4: 0
        case 4...6: 1
        default: 2
        }
    }
}
