/// A message for the person at the terminal, worded in either language: an
/// error, a warning or a note. The message says what went wrong, where
/// (file, line, column) and what was expected; `hint`, when there is one,
/// says what to do next.
///
/// Library code describes; the executable's presenter adds the prefix
/// (`error:` / `エラー:`), the hint line and the wrapping:
///
/// ```text
/// エラー: customers.csv 12行目、3列目（employees）：数値のはずですが「abc」です
/// ```
public protocol UserMessage: Error {
    /// The message in `language`, without its prefix.
    func text(in language: Language) -> String
    /// What to do next, in `language`, when the message has such a line.
    func hint(in language: Language) -> String?
}

extension UserMessage {
    public func hint(in language: Language) -> String? { nil }
}

/// How many of a thing, worded for each language: English takes the plural
/// when the count is not one, Japanese a counter (件, 社, 回, 行).
public struct Counted: Sendable, Hashable {
    public let count: Int
    public let singular: String
    public let plural: String
    public let counter: String

    /// `Counted(2, "visit", counter: "件")`: "2 visits" / "2件".
    public init(_ count: Int, _ singular: String, plural: String? = nil, counter: String) {
        self.count = count
        self.singular = singular
        self.plural = plural ?? singular + "s"
        self.counter = counter
    }

    public func text(in language: Language) -> String {
        language == .en ? "\(count) \(count == 1 ? singular : plural)" : "\(count)\(counter)"
    }
}
