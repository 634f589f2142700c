import Foundation

extension String {
    /// The text in Unicode's compatibility form (NFKC): full-width letters and
    /// digits as half-width, half-width katakana as full-width.
    ///
    /// Foundation on this platform leaves a half-width voicing mark beside its
    /// kana instead of joining them (ｽﾞ comes out as ス and a combining mark,
    /// not ズ), so a name typed in half-width katakana never met the same name
    /// in the book; the marks left over are joined here.
    var compatibilityFolded: String {
        let folded = precomposedStringWithCompatibilityMapping
        guard folded.unicodeScalars.contains(where: { $0.value == 0x3099 || $0.value == 0x309A }) else { return folded }
        return folded.precomposedStringWithCanonicalMapping
    }
}
