import SalesCoachCore

/// What `visit` and `visits` say about the visit log.
enum VisitLogMessage: BilingualMessage {
    case logged(name: String, segment: String, date: LocalDate)
    /// `visits` with nothing logged for the customer (`subject`) or since the day asked.
    case nothingLogged(customer: String?, since: LocalDate?)
    case heading(customer: String?, since: LocalDate?, visits: Int)

    var wording: (en: String, ja: String) {
        switch self {
        case .logged(let name, let segment, let date):
            return ("Logged a visit to \(name) (\(segment)) on \(date).", "\(name)（\(segment)）への訪問を \(date) に記録しました。")
        case .nothingLogged(let customer, let since):
            let which = VisitLogMessage.which(customer, since)
            return (
                "No visits logged\(which.en). Log one with 'visit NAME [DATE] [note]'.",
                "記録された訪問はありません\(which.ja)。'visit 顧客名 [日付] [メモ]' で記録できます。"
            )
        case .heading(let customer, let since, let visits):
            let which = VisitLogMessage.which(customer, since)
            return ("Visits logged\(which.en): \(visits)", "訪問記録\(which.ja)：\(visits)件")
        }
    }

    /// The customer and the day the log was asked for, as they follow "visits logged".
    private static func which(_ customer: String?, _ since: LocalDate?) -> (en: String, ja: String) {
        (
            (customer.map { " to \($0)" } ?? "") + (since.map { " since \($0)" } ?? ""),
            (customer.map { "（\($0)）" } ?? "") + (since.map { "（\($0) 以降）" } ?? "")
        )
    }
}
