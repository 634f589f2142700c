/// A mistake in a file under knowledge/understanding/, with the file and line
/// to fix: the people who tune the assistant edit those files, not Swift.
public struct UnderstandingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, relative to knowledge/understanding/.
    public let file: String
    /// 1-based; 0 when the problem is the files as a whole (a missing section).
    public let line: Int
    public let message: String

    public var description: String {
        line > 0 ? "knowledge/understanding/\(file):\(line): \(message)" : "knowledge/understanding/\(file): \(message)"
    }

    /// `(did you mean 'x'?)` for the closest of `known`, or nothing when none is close.
    static func hint(for word: String, among known: [String]) -> String {
        let typed = Array(word)
        let best = known.compactMap { candidate -> (Int, String)? in
            EditDistance.within(typed, Array(candidate), limit: max(2, typed.count / 3)).map { ($0, candidate) }
        }.min { $0.0 < $1.0 }
        return best.map { " (did you mean '\($0.1)'?)" } ?? ""
    }
}
