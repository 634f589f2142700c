/// The languages SalesCoach speaks; answers follow the language of the question.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case en
    case ja
}
