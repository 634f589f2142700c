import Testing

@testable import SalesCoachCore

@Suite struct DateParserTests {
    @Test(
        "visit dates in the forms spreadsheets and Japanese CRMs write",
        arguments: [
            ("2026-03-05", "2026-03-05"),
            ("2026/3/5", "2026-03-05"),
            ("2026.03.05", "2026-03-05"),
            ("2026年3月5日", "2026-03-05"),
            ("２０２６／０３／０５", "2026-03-05"),
            (" 2026-03-05 ", "2026-03-05"),
            ("2026/3/5 0:00", "2026-03-05"),
            ("2017-12-27 13:45:00", "2017-12-27"),
            ("2017-12-27T09:00:00Z", "2017-12-27"),
            ("2024-02-29", "2024-02-29"),
        ])
    func reads(_ text: String, _ expected: String) throws {
        let date = try #require(try DateParser.parse(text))
        #expect(date.description == expected)
    }

    @Test("a blank cell is no date", arguments: ["", "  ", "\u{3000}"])
    func blank(_ text: String) throws {
        #expect(try DateParser.parse(text) == nil)
    }

    @Test(
        "impossible and foreign dates are refused with a reason",
        arguments: [
            ("2026/13/40", DateFormatError.noSuchMonth(13)),
            ("2026-13-01", .noSuchMonth(13)),
            ("2026-00-10", .noSuchMonth(0)),
            ("2026-02-29", .noSuchDay(year: 2026, month: 2, day: 29)),
            ("2026-04-31", .noSuchDay(year: 2026, month: 4, day: 31)),
            ("2026-01-00", .noSuchDay(year: 2026, month: 1, day: 0)),
            ("3/5/2026", .notADate),
            ("45000", .notADate),
            ("tomorrow", .notADate),
            ("2026-03", .notADate),
        ])
    func refuses(_ text: String, _ reason: DateFormatError) {
        #expect(throws: reason) { try DateParser.parse(text) }
    }

    @Test("the reason names the month and its length")
    func reasonText() {
        #expect(DateFormatError.noSuchDay(year: 2026, month: 2, day: 30).description == "February 2026 has 28 days, not 30")
        #expect(DateFormatError.noSuchMonth(13).description == "there is no month 13")
    }
}
