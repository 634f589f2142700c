import SalesCoachCore

/// The marks that join the parts of a message, which differ between the
/// languages: Japanese lists take 、 and a full-width colon.
enum Punctuation: BilingualMessage {
    /// Between the items of a list of names.
    case listComma
    /// Between the items of a short list of choices ("A or B").
    case or
    /// After a label, before what is said of it.
    case colon

    var wording: (en: String, ja: String) {
        switch self {
        case .listComma: (", ", "、")
        case .or: (" or ", "、")
        case .colon: (": ", "：")
        }
    }
}
