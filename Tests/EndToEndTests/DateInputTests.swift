import Foundation
import Testing

/// Dates typed at the prompt or read from a file: Japanese era dates are
/// read, and a date that is not one (or is after today) is refused, never
/// taken for a note or stored.
@Suite struct DateInputTests {
    @Test("visit reads 和暦 dates and refuses signed, impossible and future ones instead of logging today")
    func visitDates() throws {
        let result = try BinaryRunner.run(["--demo"], input: """
            visit 田中商事 令和8年11月1日 renewal talk
            visit 田中商事 R8.10.2
            visit 田中商事 令和9年1月1日 too early
            visit 田中商事 -2026-11-01
            visit 田中商事 R8.13.1 bad month

            """)
        #expect(result.stdout.contains("Logged a visit to 田中商事 (C) on 2026-11-01."))
        #expect(result.stdout.contains("Logged a visit to 田中商事 (C) on 2026-10-02."))
        #expect(!result.stdout.contains("on 2026-11-30"))
        let errors = result.stderr.split(separator: "\n").map(String.init)
        let expected = "expected today, yesterday, a weekday (friday, last friday, 先週金曜), 12/1, 2026-12-01 or 令和8年12月1日"
        #expect(errors == [
            "error: visit: 令和9年1月1日 (2027-01-01) is after today, 2026-11-30; log visits once they happen (plans go in 'planned add')",
            "error: visit: '-2026-11-01' is not a day we read (not a date; write it year first, as in 2026-03-05 "
                + "(or 令和8年3月5日)); " + expected,
            "error: visit: 'R8.13.1' is not a day we read (there is no month 13); " + expected,
        ])
        #expect(result.status == 1)
    }

    @Test("a last visit after today is refused by set, add, load and classify, with today's date")
    func futureLastVisit() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("future.csv")
        try "name,sales,last_visit\nAcme,5,2026-11-01\nBeta,3,9999-12-31\n".write(to: file, atomically: true, encoding: .utf8)
        let session = try BinaryRunner.run(["--demo"], input: """
            set 田中商事 last_visit=9999-12-31
            add Newco employees=3 last_visit=2027-01-01
            load \(file.path)
            show 田中商事

            """)
        #expect(session.stderr.contains(
            "error: 田中商事, last_visit: expected a date YYYY-MM-DD (9999-12-31 is after today, 2026-11-30; "
                + "a visit date cannot be in the future), found '9999-12-31'; nothing was changed"))
        #expect(session.stderr.contains("Newco, last_visit: expected a date YYYY-MM-DD (2027-01-01 is after today, 2026-11-30"))
        let located = "future.csv, line 3, column 3 (last_visit): expected a date YYYY-MM-DD, found '9999-12-31' "
            + "(9999-12-31 is after today, 2026-11-30; a visit date cannot be in the future)"
        #expect(session.stderr.contains(located))
        #expect(!session.stdout.contains("9999"))
        let classify = try BinaryRunner.run(["classify", file.path])
        #expect(classify.status == 1)
        #expect(classify.stderr.contains(located))
    }
}
