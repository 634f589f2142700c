import Testing

@testable import SalesCoachCore

/// A day or week as typed, the day it is typed on, and the date it should read as.
struct DateCase: CustomTestStringConvertible, Sendable {
    /// Wednesday 2 December 2026: yesterday is 12-01, last week starts 11-23, next week 12-07.
    static let wednesday = LocalDate(year: 2026, month: 12, day: 2)!

    let text: String
    let today: LocalDate
    let expected: String
    var testDescription: String { "'\(text)' on \(today) is \(expected)" }

    init(_ text: String, is expected: String, on today: LocalDate = DateCase.wednesday) {
        self.text = text
        self.today = today
        self.expected = expected
    }
}
