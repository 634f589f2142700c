/// What a plan is counted in: visits, or hours when the rep plans time.
public enum PlanUnit: String, Sendable, Hashable, CaseIterable {
    case visits
    case hours

    /// "3 visits", "4.5 hours" / "3件", "4.5時間".
    public func amount(_ value: Double, in language: Language) -> String {
        let number = Formatting.grouped(value)
        switch (self, language) {
        case (.visits, .en): return value == 1 ? "1 visit" : "\(number) visits"
        case (.hours, .en): return value == 1 ? "1 hour" : "\(number) hours"
        case (.visits, .ja): return "\(number)件"
        case (.hours, .ja): return "\(number)時間"
        }
    }

    /// "4 of 10 visits" / "10件中4件".
    func part(_ value: Double, of total: Double, in language: Language) -> String {
        switch language {
        case .en: return "\(Formatting.grouped(value)) of \(amount(total, in: .en))"
        case .ja: return "\(amount(total, in: .ja))中\(amount(value, in: .ja))"
        }
    }
}
