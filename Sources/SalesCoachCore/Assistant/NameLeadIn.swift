/// The words a person types between a command and a customer's name
/// ("show me Contoso", "why the Acme account"), which are not part of it.
public enum NameLeadIn {
    /// The name without its leading filler words, longest lead-in first; nil
    /// when it has none (so a customer really called "The Loft" is tried whole first by the caller).
    public static func stripped(_ words: [String]) -> [String]? {
        var rest = words
        var changed = true
        while changed, rest.count > 1 {
            changed = false
            for phrase in leadIns {
                let parts = phrase.split(separator: " ").map(String.init)
                guard parts.count < rest.count,
                    zip(parts, rest).allSatisfy({ $0.lowercased() == $1.lowercased() })
                else { continue }
                rest.removeFirst(parts.count)
                changed = true
                break
            }
        }
        return rest.count == words.count ? nil : rest
    }

    /// Longest first, so "to me" goes before "to" would.
    private static let leadIns = Understanding.standard.phrases("name-lead-ins-en").sorted { $0.count > $1.count }
}
