import SalesCoachCore

/// A full date, YYYY-MM-DD (`actual --from`, `--to`).
enum DateArgument {
    static func parse(_ text: String) throws -> LocalDate {
        guard let date = LocalDate(parsing: text) else {
            throw ReplValueError(
                "expected a date YYYY-MM-DD, found '\(text)'", "日付を YYYY-MM-DD で指定してください（'\(text)' は使えません）")
        }
        return date
    }
}
