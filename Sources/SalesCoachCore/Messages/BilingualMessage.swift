/// A message worded in both languages at once: each case of a conforming
/// type gives its English and its Japanese together, so a change to one is
/// made beside the other and neither language can be left out.
///
/// ```swift
/// case .wrotePlan(let path): ("Wrote the plan to \(path).", "計画を \(path) に書き出しました。")
/// ```
public protocol BilingualMessage {
    /// The message in English and in Japanese.
    var wording: (en: String, ja: String) { get }
}

extension BilingualMessage {
    public func text(in language: Language) -> String {
        let wording = wording
        return language == .en ? wording.en : wording.ja
    }
}

extension Counted {
    /// The count in English, with its plural: for the English side of a wording.
    public var en: String { text(in: .en) }
    /// The count with its Japanese counter: for the Japanese side of a wording.
    public var ja: String { text(in: .ja) }
}
