/// Reasons a rep has written down for seeing a C or D customer before it is overdue.
///
/// C and D customers enter a plan only when long overdue, or when the rep has
/// logged a reason: a line starting with `reason:` (or `理由:`) in the
/// customer's notes, or in the note of the customer's last logged visit
/// ("reason: bring the revised quote"). Any other note is history, not a
/// reason, so that a friendly remark never turns into a standing invitation,
/// which is how time drifts to comfortable accounts. A reason on a visit
/// note lapses once a later visit is logged.
public enum LoggedReasons {
    /// The markers that open a reason line, compared case-insensitively.
    public static let markers = ["reason:", "理由:", "理由："]

    /// The reason in `note`, if a line of it starts with a marker and says something.
    public static func reason(in note: String?) -> String? {
        guard let note else { return nil }
        for line in note.split(whereSeparator: \.isNewline) {
            let trimmed = String(line).trimmingWhitespace
            let lowered = trimmed.lowercased()
            for marker in markers where lowered.hasPrefix(marker) {
                let text = String(trimmed.dropFirst(marker.count)).trimmingWhitespace
                if !text.isEmpty { return text }
            }
        }
        return nil
    }

    /// The reason logged for `customer`: its notes first, then its last visit's note.
    static func reason(for customer: Customer, key: String, history: VisitHistory) -> String? {
        reason(in: customer.notes)
            ?? reason(in: history.noteOfLastVisit(key: key, recorded: customer.lastVisit))
    }
}
