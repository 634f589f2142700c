@testable import SalesCoachCore

/// A knowledge base stand-in: every id the assistant may cite, with a title
/// and a two-line body that name the id, so tests can see what was quoted.
struct StubGuidance: GuidanceSource {
    static let ids = [
        "method-overview", "axis-objective", "axis-record", "segment-a", "segment-b", "segment-c", "segment-d",
        "why-focus-b", "c-trap", "budget-first", "weekly-plan", "after-sales-follow-up", "borderline", "plan-check",
        "glossary", "scoring", "help", "manager-review", "visit-cadence",
    ]

    func guidance(id: String, in language: Language) -> Guidance? {
        guard StubGuidance.ids.contains(id) else { return nil }
        return language == .en
            ? Guidance(id: id, title: "Title of \(id)", body: "First line of \(id).\n\nSecond line of \(id).", related: ["c-trap"])
            : Guidance(id: id, title: "\(id)の見出し", body: "\(id)の一行目。\n\n\(id)の二行目。", related: ["c-trap"])
    }
}
