import Foundation

/// Normalisation of company names for lookups.
public enum NameKey {
    /// Folds full-width ASCII to half-width and half-width katakana to
    /// full-width (both are what NFKC does), case to lower case, and runs of
    /// white space to one space.
    public static func normalize(_ name: String) -> String {
        let folded = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.precomposedStringWithCompatibilityMapping
        var result = ""
        var pendingSpace = false
        for character in folded.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing white space (including U+3000).
    public var trimmingWhitespace: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
