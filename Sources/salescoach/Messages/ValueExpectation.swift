import SalesCoachCore

/// What a value after a prompt command's option should be: one of the
/// values it takes, else what its name says (a week, a day, a file).
enum ValueExpectation: BilingualMessage {
    case oneOf([String])
    case week, day, hours, wholeNumber, rep, file, date
    /// `plan`'s request: accept, a number of visits up to `maximum`, or a week in words.
    case planRequest(maximum: Int)

    var wording: (en: String, ja: String) {
        switch self {
        case .oneOf(let values):
            return (
                values.count > 1 ? values.dropLast().joined(separator: ", ") + " or " + values[values.count - 1] : values.first ?? "",
                values.joined(separator: "・")
            )
        case .week: return ("a week: next, this, last, 2026-W50 or a date in it", "週（next・this・last・2026-W50・その週の日付）")
        case .day: return ("a day such as 2026-04-01, yesterday or last friday", "日付（2026-04-01・昨日・先週金曜など）")
        case .hours: return ("a positive number of hours", "正の時間数")
        case .wholeNumber: return ("a whole number", "整数")
        case .rep: return ("a rep's name", "担当者名")
        case .planRequest(let maximum):
            return (
                "accept, a number of visits (1–\(maximum)) or a week in words (next week, 来週)",
                "accept・訪問件数（1〜\(maximum)）・週（next week・来週）"
            )
        case .date: return ("a date YYYY-MM-DD", "日付 YYYY-MM-DD")
        case .file: return ("a file name", "ファイル名")
        }
    }
}
