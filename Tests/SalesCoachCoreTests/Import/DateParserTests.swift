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
            ("2026年 3月 5日", "2026-03-05"),
            ("令和8年11月1日", "2026-11-01"),
            ("令和 8年11月1日", "2026-11-01"),
            ("令和元年5月1日", "2019-05-01"),
            ("R8.11.1", "2026-11-01"),
            ("r08/11/01", "2026-11-01"),
            ("Ｒ８．１１．１", "2026-11-01"),
            ("平成31年4月30日", "2019-04-30"),
            ("H31.4.30", "2019-04-30"),
            ("平成元年1月8日", "1989-01-08"),
            ("昭和64年1月7日", "1989-01-07"),
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
            ("-2026-11-01", .notADate),
            ("+2026-11-01", .notADate),
            ("2026--11-01", .notADate),
            ("2026-11-01-", .notADate),
            ("2026/11/1.", .notADate),
            ("−2026-11-01", .notADate),
            ("令和8年11月", .notADate),
            ("R8.11", .notADate),
            ("平成32年1月1日", .outsideEra(
                era: "平成", date: LocalDate(year: 2020, month: 1, day: 1)!,
                first: LocalDate(year: 1989, month: 1, day: 8)!, last: LocalDate(year: 2019, month: 4, day: 30)!)),
            ("令和1年4月30日", .outsideEra(
                era: "令和", date: LocalDate(year: 2019, month: 4, day: 30)!,
                first: LocalDate(year: 2019, month: 5, day: 1)!, last: nil)),
            ("令和8年2月30日", .noSuchDay(year: 2026, month: 2, day: 30)),
        ])
    func refuses(_ text: String, _ reason: DateFormatError) {
        #expect(throws: reason) { try DateParser.parse(text) }
    }

    @Test("a date after the today handed in is refused; today itself is fine")
    func afterToday() throws {
        let today = LocalDate(year: 2026, month: 11, day: 30)!
        #expect(try DateParser.parse("2026-11-30", notAfter: today) == today)
        #expect(throws: DateFormatError.afterToday(LocalDate(year: 9999, month: 12, day: 31)!, today: today)) {
            try DateParser.parse("9999-12-31", notAfter: today)
        }
        #expect(throws: DateFormatError.afterToday(LocalDate(year: 2026, month: 12, day: 1)!, today: today)) {
            try DateParser.parse("令和8年12月1日", notAfter: today)
        }
        #expect(DateFormatError.afterToday(LocalDate(year: 9999, month: 12, day: 31)!, today: today).description
            == "9999-12-31 is after today, 2026-11-30; a visit date cannot be in the future")
    }

    @Test("what a typed word meant as a date looks like", arguments: [
        ("2026-11-01", true), ("-2026-11-01", true), ("令和8年11月1日", true), ("R8.11.1", true), ("平成31年", true),
        ("３日", true), ("renewal", false), ("Rep", false), ("R&D", false), ("", false),
    ])
    func looksLikeDate(_ word: String, _ expected: Bool) {
        #expect(DateParser.looksLikeDate(word) == expected)
    }

    @Test("a signed or garbled date is not a LocalDate either", arguments: ["-2026-11-01", "2026-11-01-", "/2026/1/1"])
    func localDateRefusesSigns(_ text: String) {
        #expect(LocalDate(parsing: text) == nil)
    }

    @Test("the reason names the month and its length")
    func reasonText() {
        #expect(DateFormatError.noSuchDay(year: 2026, month: 2, day: 30).description == "February 2026 has 28 days, not 30")
        #expect(DateFormatError.noSuchMonth(13).description == "there is no month 13")
    }
}
