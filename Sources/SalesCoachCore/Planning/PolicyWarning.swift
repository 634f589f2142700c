/// A plan policy that is valid but cannot do what it says for the book at
/// hand, or that turns the method around; shown when the policy is set or listed.
///
/// Settings that can never work together (shares not adding up to 100, a C
/// share above the C maximum) are refused by `Config.validate()` instead.
public enum PolicyWarning: Sendable, Hashable {
    /// A's share of the weekly capacity cannot see every A customer on the policy's cadence.
    case cadenceUnreachable(PlanNote)
    /// Another segment's share is at least B's, though B is where the method puts most time.
    case bNotLargest(b: Rational, largest: Segment, share: Rational)

    /// The warnings for `policy` on a book whose busiest week holds `customersA`
    /// A customers (`rep`'s, in a team's list).
    public static func check(_ policy: PlanPolicy, customersA: Int, rep: String? = nil) -> [PolicyWarning] {
        var warnings: [PolicyWarning] = []
        let weeks = policy.followUpWeeks(customersA: customersA)
        if weeks > policy.followUpWeeksA {
            warnings.append(
                .cadenceUnreachable(
                    .cadenceStretched(
                        customers: customersA, policyWeeks: policy.followUpWeeksA, weeks: weeks,
                        visitsNeeded: policy.visitsForFollowUp(customersA: customersA),
                        visitsForA: Rational(Int128(policy.capacity)) * policy.share(of: .a) / Rational(100),
                        capacityNeeded: policy.capacityForFollowUp(customersA: customersA), rep: rep)))
        }
        let b = policy.share(of: .b)
        if let rival = [Segment.a, .c, .d].max(by: { policy.share(of: $0) < policy.share(of: $1) }),
            !(policy.share(of: rival) < b)
        {
            warnings.append(.bNotLargest(b: b, largest: rival, share: policy.share(of: rival)))
        }
        return warnings
    }

    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.cadenceUnreachable(let note), _):
            return note.text(in: language)
        case (.bNotLargest(let b, let rival, let share), .en):
            return "\(rival.rawValue)'s share (\(Config.format(share))%) is not below B's (\(Config.format(b))%): "
                + "the method gives B, the big companies we sell little to, the most time. Plans will follow your shares."
        case (.bNotLargest(let b, let rival, let share), .ja):
            return "\(rival.rawValue)の割合（\(Config.format(share))%）がBの割合（\(Config.format(b))%）以上です。"
                + "この手法では、まだ取り引きの少ない大企業であるBに最も時間を使います。計画は設定した割合に従います。"
        }
    }
}
