@testable import SalesCoachCore

extension AssistantData {
    /// A trial's book as the assistant sees it on the trials' day, Wednesday
    /// 2026-12-09: imported, classified, with the stub guidance.
    static func trialBook(_ csv: String, source: String) -> AssistantData {
        let customers = try! CustomerImporter.importCustomers(from: Array(csv.utf8), source: source, options: ImportOptions()).customers
        return AssistantData(
            classifications: Classifier().classify(customers), guidance: StubGuidance(), today: LocalDate(year: 2026, month: 12, day: 9)!)
    }
}
