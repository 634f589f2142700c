import Testing

@testable import SalesCoachCore

/// Visit days as reps type them, counted from Wednesday 2 December 2026 unless a case says otherwise.
@Suite struct DaySpecTests {
    static let wednesday = DateCase.wednesday
    static let saturday = LocalDate(year: 2026, month: 12, day: 5)!
    typealias Case = DateCase

    @Test(arguments: [
        Case("today", is: "2026-12-02"),
        Case("Today", is: "2026-12-02"),
        Case("今日", is: "2026-12-02"),
        Case("yesterday", is: "2026-12-01"),
        Case("昨日", is: "2026-12-01"),
        Case("一昨日", is: "2026-11-30"),
        Case("おととい", is: "2026-11-30"),
        Case("friday", is: "2026-11-27"),
        Case("Fri", is: "2026-11-27"),
        Case("wednesday", is: "2026-12-02"),
        Case("金曜", is: "2026-11-27"),
        Case("金曜日", is: "2026-11-27"),
        Case("last friday", is: "2026-11-27"),
        Case("先週金曜", is: "2026-11-27"),
        Case("先週の金曜日", is: "2026-11-27"),
        Case("先週金曜", is: "2026-11-27", on: DaySpecTests.saturday),
        Case("friday", is: "2026-12-04", on: DaySpecTests.saturday),
        Case("今週の月曜", is: "2026-11-30"),
        Case("this monday", is: "2026-11-30"),
        Case("12/1", is: "2026-12-01"),
        Case("１２／１", is: "2026-12-01"),
        Case("11月27日", is: "2026-11-27"),
        Case("12/28", is: "2026-12-28", on: LocalDate(year: 2026, month: 12, day: 31)!),
        Case("12/28", is: "2026-12-28", on: LocalDate(year: 2027, month: 1, day: 3)!),
        Case("2026-12-01", is: "2026-12-01"),
        Case("2026/11/5", is: "2026-11-05"),
        Case("令和8年12月1日", is: "2026-12-01"),
        Case("R8.11.30", is: "2026-11-30"),
    ])
    func readsDays(_ example: Case) throws {
        #expect(try DaySpec.parse(example.text, today: example.today).description == example.expected)
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        let text: String
        let today: LocalDate
        let error: DateSpecError
        var testDescription: String { "'\(text)' on \(today) is refused: \(error)" }
    }

    static func d(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    @Test(arguments: [
        Refusal(text: "tomorrow", today: wednesday, error: .afterToday("tomorrow", date: d("2026-12-03"), today: wednesday)),
        Refusal(text: "明日", today: wednesday, error: .afterToday("明日", date: d("2026-12-03"), today: wednesday)),
        Refusal(text: "this friday", today: wednesday, error: .afterToday("this friday", date: d("2026-12-04"), today: wednesday)),
        Refusal(text: "来週月曜", today: wednesday, error: .afterToday("来週月曜", date: d("2026-12-07"), today: wednesday)),
        Refusal(text: "12/25", today: wednesday, error: .afterToday("12/25", date: d("2026-12-25"), today: wednesday)),
        Refusal(text: "2027-01-01", today: wednesday, error: .afterToday("2027-01-01", date: d("2027-01-01"), today: wednesday)),
        Refusal(
            text: "last friday", today: saturday,
            error: .ambiguous("last friday", candidates: [d("2026-12-04"), d("2026-11-27")], weekday: "friday")),
        Refusal(text: "someday", today: wednesday, error: .notADay("someday", reason: nil)),
        Refusal(text: "2/30", today: wednesday, error: .notADay("2/30", reason: .noSuchDay(year: 2026, month: 2, day: 30))),
        Refusal(text: "13/1", today: wednesday, error: .notADay("13/1", reason: .noSuchMonth(13))),
        Refusal(
            text: "2026-02-30", today: wednesday,
            error: .notADay("2026-02-30", reason: .noSuchDay(year: 2026, month: 2, day: 30))),
    ])
    func refuses(_ example: Refusal) {
        #expect(throws: example.error) { try DaySpec.parse(example.text, today: example.today) }
    }

    @Test("the refusals say what was found and what is expected")
    func messages() {
        #expect(
            DateSpecError.afterToday("tomorrow", date: Self.d("2026-12-03"), today: Self.wednesday).description
                == "tomorrow (2026-12-03) is after today, 2026-12-02; log visits once they happen (plans go in 'planned add')")
        #expect(
            DateSpecError.ambiguous(
                "last friday", candidates: [Self.d("2026-12-04"), Self.d("2026-11-27")],
                weekday: "friday"
            ).description == "'last friday' could mean 2026-12-04 or 2026-11-27; type 'friday' for 2026-12-04, or the date")
        #expect(
            DateSpecError.notADay("someday", reason: nil).description
                == "'someday' is not a day we read; expected today, yesterday, a weekday (friday, last friday, 先週金曜), 12/1, 2026-12-01 or 令和8年12月1日")
    }
}
