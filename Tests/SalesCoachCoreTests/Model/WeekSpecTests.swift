import Testing

@testable import SalesCoachCore

/// Weeks as reps type them, counted from Wednesday 2 December 2026 unless a case says otherwise.
@Suite struct WeekSpecTests {
    static let wednesday = DateCase.wednesday
    typealias Case = DateCase

    @Test(arguments: [
        Case("next", is: "2026-12-07"),
        Case("Next Week", is: "2026-12-07"),
        Case("来週", is: "2026-12-07"),
        Case("this", is: "2026-11-30"),
        Case("今週", is: "2026-11-30"),
        Case("last", is: "2026-11-23"),
        Case("先週", is: "2026-11-23"),
        Case("再来週", is: "2026-12-14"),
        Case("next", is: "2026-12-07", on: LocalDate(year: 2026, month: 12, day: 5)!),
        Case("2026-W50", is: "2026-12-07"),
        Case("2026w50", is: "2026-12-07"),
        Case("２０２６－Ｗ５０", is: "2026-12-07"),
        Case("2026-W01", is: "2025-12-29"),
        Case("2020-W53", is: "2020-12-28"),
        Case("2026-12-10", is: "2026-12-07"),
        Case("12/10", is: "2026-12-07"),
        Case("令和8年12月10日", is: "2026-12-07"),
    ])
    func readsWeeks(_ example: Case) throws {
        #expect(try WeekSpec.parse(example.text, today: example.today).start.description == example.expected)
    }

    @Test("a week that is not one is refused with what was expected")
    func refusesNonWeeks() {
        #expect(throws: DateSpecError.notAWeek("next month")) { try WeekSpec.parse("next month", today: Self.wednesday) }
        #expect(throws: DateSpecError.noSuchISOWeek(year: 2027, week: 53, weeks: 52)) {
            try WeekSpec.parse("2027-W53", today: Self.wednesday)
        }
        #expect(
            DateSpecError.noSuchISOWeek(year: 2027, week: 53, weeks: 52).description
                == "2027 has 52 ISO weeks, so there is no week 53")
    }

    @Test("ISO week numbers agree with the calendar at year ends", arguments: [
        ("2026-12-28", "2026-W53"), ("2027-01-03", "2026-W53"), ("2027-01-04", "2027-W01"),
        ("2026-11-30", "2026-W49"), ("2024-12-30", "2025-W01"),
    ])
    func isoNumbers(date: String, week: String) throws {
        let day = try #require(LocalDate(parsing: date))
        #expect(PlanWeek(start: day).isoDescription == week)
    }

    @Test("a question names a week (0 for this one), or does not", arguments: [
        ("plan next week", 1), ("who should I visit next week?", 1), ("来週の訪問予定を立てて", 1),
        ("再来週の計画は？", 2), ("plan the week after next", 2), ("who should I visit this week?", 0),
        ("今週の予定", 0), ("next weekend is free", nil), ("move it from this week to next week", 1),
    ] as [(String, Int?)])
    func weeksAhead(question: String, weeks: Int?) {
        #expect(WeekSpec.weeksAhead(in: question) == weeks)
    }
}
