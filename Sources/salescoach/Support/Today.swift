import Foundation
import SalesCoachCore

/// The date the program treats as today: `SALESCOACH_TODAY` (YYYY-MM-DD, for
/// reproducible transcripts) or the local calendar date.
enum Today {
    static func date(environment: [String: String] = ProcessInfo.processInfo.environment) -> LocalDate {
        if let text = environment["SALESCOACH_TODAY"], let date = LocalDate(parsing: text) { return date }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LocalDate(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
    }
}
