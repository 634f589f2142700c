import SalesCoachCore

/// A metric's label in either language, as tables and `show` name it.
extension Metric: BilingualMessage {
    public var wording: (en: String, ja: String) { (label, labelJapanese) }
}
