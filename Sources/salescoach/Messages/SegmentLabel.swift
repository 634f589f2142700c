import SalesCoachCore

/// Where a customer named in a plan stands: its segment, or, when it has
/// none here, why (another rep's customer in a rep's scope, or not in the book).
enum SegmentLabel: BilingualMessage {
    case segment(Segment)
    case otherRep(owner: String)
    case notInBook

    var wording: (en: String, ja: String) {
        switch self {
        case .segment(let segment): (segment.rawValue, segment.rawValue)
        case .otherRep(let owner): ("\(owner)'s customer", "\(owner)さんの担当先")
        case .notInBook: ("not in the book", "リスト外")
        }
    }
}
