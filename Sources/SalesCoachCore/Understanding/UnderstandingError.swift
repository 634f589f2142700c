/// A mistake in a file under knowledge/understanding/ (or knowledge/prose/,
/// which shares its layout), with the file and line to fix: the people who
/// tune the assistant and word the method edit those files, not Swift.
public struct UnderstandingError: UserMessage, Sendable, Equatable, CustomStringConvertible {
    /// The folder under knowledge/ the file is in: `understanding` or `prose`.
    public let folder: String
    /// The file, relative to its folder.
    public let file: String
    /// 1-based; 0 when the problem is the files as a whole (a missing section).
    public let line: Int
    public let problem: Problem

    public init(folder: String = "understanding", file: String, line: Int, _ problem: Problem) {
        self.folder = folder
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String { text(in: .en) }

    /// `knowledge/understanding/FILE:LINE: ` and the problem in `language`.
    public func text(in language: Language) -> String {
        let place = line > 0 ? "knowledge/\(folder)/\(file):\(line)" : "knowledge/\(folder)/\(file)"
        return "\(place): \(problem.text(in: language))"
    }

    /// The closest of `known` to `word`, or nil when none is close.
    static func suggestion(for word: String, among known: [String]) -> String? {
        let typed = Array(word)
        let best = known.compactMap { candidate -> (Int, String)? in
            EditDistance.within(typed, Array(candidate), limit: max(2, typed.count / 3)).map { ($0, candidate) }
        }.min { $0.0 < $1.0 }
        return best?.1
    }
}
